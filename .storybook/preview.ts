import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';
import { html } from 'lit';
import manifest from '../custom-elements.json';
import '../src/index.js';
import './partner-themes.css';

// Docs pages list attributes, properties, events, parts and CSS properties from the manifest.
setCustomElementsManifest(manifest);

const preview: Preview = {
  tags: ['autodocs'],
  globalTypes: {
    lang: {
      description: 'Page language',
      toolbar: { title: 'Language', icon: 'globe', items: [{ value: 'sv', title: 'Svenska' }, { value: 'en', title: 'English' }], dynamicTitle: true },
    },
    scheme: {
      description: 'Page colour scheme',
      toolbar: { title: 'Scheme', icon: 'mirror', items: [{ value: 'light', title: 'Light' }, { value: 'dark', title: 'Dark' }], dynamicTitle: true },
    },
    partner: {
      description: 'A partner site look, made only of the documented CSS custom properties',
      toolbar: {
        title: 'Partner theme',
        icon: 'paintbrush',
        items: [
          { value: 'none', title: 'Default' },
          { value: 'science-park', title: 'Science park (Piteå-like)' },
          { value: 'business-agency', title: 'Business agency (Luleå-like)' },
          { value: 'research-institute', title: 'Research institute (RISE-like)' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { lang: 'sv', scheme: 'light', partner: 'none' },
  decorators: [
    // A partner page: its language, its colour scheme and its look, which the widgets follow.
    (story, context) =>
      html`<div class="partner-page ${context.globals.scheme} theme-${context.globals.partner}" lang=${context.globals.lang}>${story()}</div>`,
  ],
  parameters: { controls: { expanded: true } },
};

export default preview;
