import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';
import { html } from 'lit';
import manifest from '../custom-elements.json';
import '../src/index.js';

// Docs pages list attributes, properties, events, parts and CSS properties from the manifest.
setCustomElementsManifest(manifest);

const preview: Preview = {
  globalTypes: {
    lang: {
      description: 'Page language',
      toolbar: { title: 'Language', icon: 'globe', items: [{ value: 'sv', title: 'Svenska' }, { value: 'en', title: 'English' }], dynamicTitle: true },
    },
    scheme: {
      description: 'Page colour scheme',
      toolbar: { title: 'Theme', icon: 'mirror', items: [{ value: 'light', title: 'Light' }, { value: 'dark', title: 'Dark' }], dynamicTitle: true },
    },
  },
  initialGlobals: { lang: 'sv', scheme: 'light' },
  decorators: [
    // A partner page: its language and its colour scheme, which the widgets follow.
    (story, context) =>
      html`<div class="partner-page ${context.globals.scheme}" lang=${context.globals.lang}>${story()}</div>`,
  ],
  parameters: { controls: { expanded: true } },
};

export default preview;
