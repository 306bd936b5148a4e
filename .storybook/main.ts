import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  framework: '@storybook/web-components-vite',
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  // Docs pages: attributes, properties, events, parts and CSS properties from custom-elements.json.
  addons: ['@storybook/addon-docs'],
  // The sample feeds, served as partner pages would fetch them.
  staticDirs: [
    { from: '../samples', to: '/samples' },
    { from: '../stories/support/logos', to: '/stories/support/logos' },
  ],
  core: { disableTelemetry: true },
};

export default config;
