import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  framework: '@storybook/web-components-vite',
  stories: ['../stories/**/*.stories.ts'],
  // The sample feeds, served as partner pages would fetch them.
  staticDirs: [{ from: '../samples', to: '/samples' }],
  core: { disableTelemetry: true },
};

export default config;
