/** The configurator's own words, in Swedish and English (the widget's language is chosen separately). */
export interface ConfiguratorStrings {
  widgetAndFeed: string;
  widget: string;
  sampleFeed: string;
  customFeed: string;
  customFeedHint: string;
  options: string;
  optionsHint: string;
  unset: string;
  unsetWithDefault: (value: string) => string;
  language: string;
  swedish: string;
  english: string;
  look: string;
  partnerTheme: string;
  themes: Record<string, string>;
  themeHint: string;
  preview: string;
  previewHint: string;
  snippet: string;
  cdnBase: string;
  cdnBaseHint: string;
  onlyThisWidget: string;
  html: string;
  css: string;
  cssHint: string;
  copyHtml: string;
  copyCss: string;
  copied: string;
  selected: string;
  loadingManifest: string;
  manifestFailed: (reason: string) => string;
}

export const configuratorStrings: Record<'sv' | 'en', ConfiguratorStrings> = {
  sv: {
    widgetAndFeed: 'Widget och flöde',
    widget: 'Widget',
    sampleFeed: 'Exempelflöde',
    customFeed: 'Egen flödesadress',
    customFeedHint: 'Används i stället för exempelflödet när den är ifylld. Flera adresser åtskilda av mellanslag slås ihop. Servern måste tillåta andra webbplatser (CORS).',
    options: 'Alternativ',
    optionsHint: 'Ur custom-elements.json. Tomma fält utelämnas och widgeten använder sitt standardvärde. Beskrivningarna är på engelska.',
    unset: '(standard)',
    unsetWithDefault: (value) => `(standard: ${value})`,
    language: 'Widgetens språk',
    swedish: 'svenska',
    english: 'engelska',
    look: 'Utseende',
    partnerTheme: 'Partnertema',
    themes: {
      default: 'Standard',
      'science-park': 'Science park (som Piteå)',
      'business-agency': 'Näringslivsbolag (som Luleå)',
      'research-institute': 'Forskningsinstitut (som RISE)',
    },
    themeHint: 'Bara CSS custom properties (--cn-*), samma som i Storybook. light-dark() följer sidans color-scheme.',
    preview: 'Så ser det ut',
    previewHint: 'Widgeten skapas på nytt när du ändrar något.',
    snippet: 'Inbäddningskod',
    cdnBase: 'Adress till mappen cdn/',
    cdnBaseHint: 'Där hela dist/cdn/ från npm run build ligger (filerna delar på gemensamma delar och flyttas tillsammans).',
    onlyThisWidget: 'Ladda bara den här widgetens fil',
    html: 'HTML att klistra in',
    css: 'CSS till webbplatsens stilmall',
    cssHint: 'Lägg den i en stilmall, inte i ett style-attribut: en strikt Content-Security-Policy tillåter det.',
    copyHtml: 'Kopiera HTML',
    copyCss: 'Kopiera CSS',
    copied: 'Kopierat.',
    selected: 'Texten är markerad: tryck Ctrl+C (⌘C på Mac) för att kopiera.',
    loadingManifest: 'Läser in widgetarnas beskrivning …',
    manifestFailed: (reason) => `Kunde inte läsa custom-elements.json: ${reason}`,
  },
  en: {
    widgetAndFeed: 'Widget and feed',
    widget: 'Widget',
    sampleFeed: 'Sample feed',
    customFeed: 'Your feed address',
    customFeedHint: 'Used instead of the sample feed when filled in. Several addresses separated by spaces are merged. The server must allow other sites (CORS).',
    options: 'Options',
    optionsHint: 'From custom-elements.json. Empty fields are left out and the widget uses its default.',
    unset: '(default)',
    unsetWithDefault: (value) => `(default: ${value})`,
    language: "Widget's language",
    swedish: 'Swedish',
    english: 'English',
    look: 'Look',
    partnerTheme: 'Partner theme',
    themes: {
      default: 'Default',
      'science-park': 'Science park (Piteå-like)',
      'business-agency': 'Business agency (Luleå-like)',
      'research-institute': 'Research institute (RISE-like)',
    },
    themeHint: "Only CSS custom properties (--cn-*), the same as in Storybook. light-dark() follows the page's color-scheme.",
    preview: 'Preview',
    previewHint: 'The widget is created anew whenever you change something.',
    snippet: 'Embed code',
    cdnBase: 'Address of the cdn/ folder',
    cdnBaseHint: 'Where the whole dist/cdn/ from npm run build is hosted (the files share chunks and move together).',
    onlyThisWidget: "Load only this widget's file",
    html: 'HTML to paste',
    css: "CSS for the site's stylesheet",
    cssHint: 'Put it in a stylesheet, not a style attribute: a strict Content-Security-Policy allows that.',
    copyHtml: 'Copy HTML',
    copyCss: 'Copy CSS',
    copied: 'Copied.',
    selected: 'The text is selected: press Ctrl+C (⌘C on a Mac) to copy it.',
    loadingManifest: 'Reading the widgets’ description …',
    manifestFailed: (reason) => `Could not read custom-elements.json: ${reason}`,
  },
};
