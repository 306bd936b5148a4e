/**
 * The embed configurator: choose a widget, a feed, its options (read from
 * custom-elements.json), a language and a partner theme; see the widget live; copy the snippet.
 *
 * A small custom element so that the page and the tests mount the same thing. It renders into
 * the light DOM so that the page's stylesheets (the partner themes among them) reach the
 * preview. The live widget is built with `document.createElement` + `setAttribute` (never
 * markup from what a person typed), and the snippet text comes from the same module as the
 * "Embedding" docs page.
 */
import { html, LitElement, nothing } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { keyed } from 'lit/directives/keyed.js';
import { repeat } from 'lit/directives/repeat.js';
import {
  CDN_PLACEHOLDER,
  cssRuleSnippet,
  elementSnippet,
  embedSnippet,
  isTagName,
  type AttributeValue,
} from '../../stories/support/embed-snippets.js';
import { SAMPLE_FEEDS, type SampleFeed } from '../../stories/support/samples.js';
import { controlsFor, widgetsIn, type Control, type Manifest, type WidgetInfo } from './manifest-controls.js';
import { configuratorStrings, type ConfiguratorStrings } from './strings.js';


/** The sample feed that has something for each widget (Creative North is the one with members). */
const SAMPLE_FOR_TAG: Record<string, SampleFeed> = { 'cn-member-roster': 'creative-north' };

/** The partner looks of `.storybook/partner-themes.css`, one class `theme-<name>` each. */
export const PARTNER_THEMES = ['default', 'science-park', 'business-agency', 'research-institute'] as const;
export type PartnerTheme = (typeof PARTNER_THEMES)[number];

export type WidgetLanguage = 'sv' | 'en';

/** Enough rows to show a text without scrolling, long lines wrapped (where `field-sizing` is not supported). */
function rowsFor(text: string): number {
  return text.split('\n').reduce((rows, line) => rows + Math.max(1, Math.ceil(line.length / 72)), 0) + 1;
}

/**
 * The custom properties a partner theme sets, read from the page's stylesheets (the theme file
 * is linked, not copied, so this stays what Storybook shows).
 */
export function themeDeclarations(theme: PartnerTheme, sheets: Iterable<CSSStyleSheet> = document.styleSheets): Array<[string, string]> {
  if (theme === 'default') return [];
  const selector = `.theme-${theme}`;
  const declarations: Array<[string, string]> = [];
  for (const sheet of sheets) {
    let rules: CSSRuleList;
    try {
      rules = sheet.cssRules;
    } catch {
      continue; // another origin's sheet: not ours
    }
    for (const rule of rules) {
      if (!(rule instanceof CSSStyleRule) || rule.selectorText !== selector) continue;
      for (const name of rule.style) {
        if (name.startsWith('--cn-')) declarations.push([name, rule.style.getPropertyValue(name).trim()]);
      }
    }
  }
  return declarations;
}

/**
 * @summary Choose a widget, a feed, its options and a theme; see it live; copy the HTML to embed it.
 */
export class EmbedConfigurator extends LitElement {
  /** The manifest, once loaded (or set by a script). */
  @property({ attribute: false }) manifest?: Manifest;

  /** Where to read the manifest from when none is set. */
  @property({ attribute: 'manifest-src' }) manifestSrc = '/custom-elements.json';

  /** The chosen widget's tag. */
  @property() widget?: string;

  /** The chosen sample feed. */
  @state() private sampleFeed: SampleFeed = 'creative-nodes-fusion';

  /** A feed address typed by the person; wins over the sample. */
  @state() private customFeed = '';

  /** The options' values by attribute name: text for fields and selects, `true` for ticked boxes. */
  @state() private values: Record<string, string | boolean> = {};

  @state() private language: WidgetLanguage = 'sv';

  @state() private partnerTheme: PartnerTheme = 'default';

  @state() private cdnBase = CDN_PLACEHOLDER;

  @state() private onlyThisWidget = false;

  /** What the polite status line says (after a copy). */
  @state() private status = '';

  @state() private manifestError = '';

  @query('.preview-stage') private stage?: HTMLElement;

  /** The element markup the live widget was last built from: it is rebuilt only when that changes. */
  private builtFrom = '';

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // The widget starts in the page's language; the person can change it.
    this.language = this.uiLanguage;
    if (!this.manifest) void this.loadManifest();
  }

  /** The widgets offered: those in the manifest that are registered on this page. */
  get widgets(): WidgetInfo[] {
    return this.manifest ? widgetsIn(this.manifest).filter((widget) => customElements.get(widget.tag)) : [];
  }

  /** The chosen widget (the first one until something is chosen). */
  get selectedWidget(): WidgetInfo | undefined {
    const widgets = this.widgets;
    return widgets.find((widget) => widget.tag === this.widget) ?? widgets[0];
  }

  /** The feed address as it goes into the widget and the snippet (a sample is made absolute, to work when pasted). */
  get feedAddress(): string {
    const custom = this.customFeed.trim();
    if (custom) return custom;
    return new URL(`/samples/feeds/${this.sampleFeed}.json`, document.baseURI).href;
  }

  /** The widget's attributes, in the order they are written: the feed, the language, then the options. */
  get widgetAttributes(): Array<[string, AttributeValue]> {
    const widget = this.selectedWidget;
    if (!widget) return [];
    const options = controlsFor(widget).map((control): [string, AttributeValue] => {
      const value = this.values[control.name];
      return [control.name, typeof value === 'string' ? value.trim() : value];
    });
    return [['src', this.feedAddress], ['lang', this.language], ...options];
  }

  /** The HTML a partner pastes. */
  get snippet(): string {
    const widget = this.selectedWidget;
    return widget ? embedSnippet({ tag: widget.tag, attributes: this.widgetAttributes, cdnBase: this.cdnBase.trim() || CDN_PLACEHOLDER, onlyThisWidget: this.onlyThisWidget }) : '';
  }

  /** The partner theme's CSS for the partner's stylesheet, or '' for the default look. */
  get themeCss(): string {
    const widget = this.selectedWidget;
    return widget ? cssRuleSnippet(widget.tag, themeDeclarations(this.partnerTheme)) : '';
  }

  /** The live widget in the preview. */
  get liveWidget(): HTMLElement | null {
    return this.stage?.firstElementChild as HTMLElement | null;
  }

  private get strings(): ConfiguratorStrings {
    return configuratorStrings[this.uiLanguage];
  }

  /** The configurator's own language: the page's (Swedish unless the page says otherwise), not the widget's. */
  private get uiLanguage(): WidgetLanguage {
    const pageLanguage = this.closest('[lang]')?.getAttribute('lang') || 'sv';
    return /^sv\b/i.test(pageLanguage) ? 'sv' : 'en';
  }

  async loadManifest(): Promise<void> {
    this.manifestError = '';
    try {
      const response = await fetch(new URL(this.manifestSrc, document.baseURI));
      if (!response.ok) throw new Error(`${response.status} ${response.statusText}`.trim());
      this.manifest = (await response.json()) as Manifest;
    } catch (error) {
      this.manifestError = (error as Error).message;
    }
  }

  /** Copies a text area's text; where the clipboard is refused, selects it for Ctrl+C. */
  async copy(area: HTMLTextAreaElement): Promise<void> {
    try {
      if (!navigator.clipboard) throw new Error('no clipboard');
      await navigator.clipboard.writeText(area.value);
      this.status = this.strings.copied;
    } catch {
      area.focus();
      area.select();
      this.status = this.strings.selected;
    }
  }

  private changed(update: () => void): void {
    update();
    this.status = '';
  }

  private onWidget(event: Event): void {
    const tag = (event.target as HTMLSelectElement).value;
    this.changed(() => {
      this.widget = tag;
      this.values = {};
      this.sampleFeed = SAMPLE_FOR_TAG[tag] ?? 'creative-nodes-fusion';
    });
  }

  private onOption(control: Control, event: Event): void {
    const input = event.target as HTMLInputElement | HTMLSelectElement;
    const value = control.kind === 'boolean' ? (input as HTMLInputElement).checked : input.value;
    this.changed(() => (this.values = { ...this.values, [control.name]: value }));
  }

  /** Enter in a text field commits it (as leaving it does), and never reloads the page. */
  private onSubmit(event: SubmitEvent): void {
    event.preventDefault();
    const active = document.activeElement;
    if (active instanceof HTMLInputElement && this.contains(active)) active.dispatchEvent(new Event('change', { bubbles: true }));
  }

  /** Builds the live widget again when its markup changed: a new element, as a partner's page would create it. */
  protected override updated(): void {
    const stage = this.stage;
    const widget = this.selectedWidget;
    if (!stage || !widget || !isTagName(widget.tag)) return;
    const markup = elementSnippet(widget.tag, this.widgetAttributes);
    if (markup === this.builtFrom && stage.firstElementChild) return;
    this.builtFrom = markup;
    const element = document.createElement(widget.tag);
    for (const [name, value] of this.widgetAttributes) {
      if (value === undefined || value === null || value === false || value === '') continue;
      element.setAttribute(name, value === true ? '' : String(value));
    }
    stage.replaceChildren(element);
  }

  private renderControl(control: Control): unknown {
    const id = `option-${control.name}`;
    const hintId = `${id}-hint`;
    const value = this.values[control.name];
    const hint = html`<p class="hint" id=${hintId} lang="en">${control.description}</p>`;
    switch (control.kind) {
      case 'boolean':
        return html`<div class="field checkbox">
          <input id=${id} type="checkbox" aria-describedby=${hintId} .checked=${value === true} @change=${(event: Event) => this.onOption(control, event)} />
          <label for=${id}><code>${control.name}</code></label>
          ${hint}
        </div>`;
      case 'select':
        return html`<div class="field">
          <label for=${id}><code>${control.name}</code></label>
          <select id=${id} aria-describedby=${hintId} @change=${(event: Event) => this.onOption(control, event)}>
            <option value="" ?selected=${!value}>${control.defaultValue ? this.strings.unsetWithDefault(control.defaultValue) : this.strings.unset}</option>
            ${control.choices.map((choice) => html`<option value=${choice} ?selected=${value === choice}>${choice}</option>`)}
          </select>
          ${hint}
        </div>`;
      case 'text':
        return html`<div class="field">
          <label for=${id}><code>${control.name}</code></label>
          <input
            id=${id}
            type="text"
            inputmode=${control.numeric ? 'numeric' : 'text'}
            autocomplete="off"
            spellcheck="false"
            placeholder=${control.defaultValue ?? ''}
            aria-describedby=${hintId}
            .value=${typeof value === 'string' ? value : ''}
            @change=${(event: Event) => this.onOption(control, event)}
          />
          ${hint}
        </div>`;
    }
  }

  protected override render(): unknown {
    const strings = this.strings;
    if (!this.manifest) {
      return this.manifestError
        ? html`<p class="configurator-error" role="alert">${strings.manifestFailed(this.manifestError)}</p>`
        : html`<p role="status">${strings.loadingManifest}</p>`;
    }
    const widget = this.selectedWidget;
    const css = this.themeCss;
    return html`
      <form class="configurator" @submit=${this.onSubmit}>
        <fieldset>
          <legend>${strings.widgetAndFeed}</legend>
          <div class="field">
            <label for="configurator-widget">${strings.widget}</label>
            <select id="configurator-widget" aria-describedby="configurator-widget-summary" @change=${this.onWidget}>
              ${this.widgets.map((each) => html`<option value=${each.tag} ?selected=${each.tag === widget?.tag}>${each.tag}</option>`)}
            </select>
            <p class="hint" id="configurator-widget-summary" lang="en">${widget?.summary}</p>
          </div>
          <div class="field">
            <label for="configurator-sample">${strings.sampleFeed}</label>
            <select id="configurator-sample" @change=${(event: Event) => this.changed(() => (this.sampleFeed = (event.target as HTMLSelectElement).value as SampleFeed))}>
              ${SAMPLE_FEEDS.map((name) => html`<option value=${name} ?selected=${name === this.sampleFeed}>/samples/feeds/${name}.json</option>`)}
            </select>
          </div>
          <div class="field">
            <label for="configurator-feed">${strings.customFeed}</label>
            <input
              id="configurator-feed"
              type="text"
              inputmode="url"
              autocomplete="url"
              spellcheck="false"
              placeholder="https://…/flode.json"
              aria-describedby="configurator-feed-hint"
              .value=${this.customFeed}
              @change=${(event: Event) => this.changed(() => (this.customFeed = (event.target as HTMLInputElement).value))}
            />
            <p class="hint" id="configurator-feed-hint">${strings.customFeedHint}</p>
          </div>
          <div class="field">
            <label for="configurator-language">${strings.language}</label>
            <select id="configurator-language" @change=${(event: Event) => this.changed(() => (this.language = (event.target as HTMLSelectElement).value as WidgetLanguage))}>
              <option value="sv" ?selected=${this.language === 'sv'}>${strings.swedish} (sv)</option>
              <option value="en" ?selected=${this.language === 'en'}>${strings.english} (en)</option>
            </select>
          </div>
        </fieldset>

        ${keyed(
          widget?.tag,
          html`<fieldset class="options">
            <legend>${strings.options}: <code>${widget?.tag}</code></legend>
            <p class="hint">${strings.optionsHint}</p>
            ${widget ? repeat(controlsFor(widget), (control) => control.name, (control) => this.renderControl(control)) : nothing}
          </fieldset>`,
        )}

        <fieldset>
          <legend>${strings.look}</legend>
          <div class="field">
            <label for="configurator-theme">${strings.partnerTheme}</label>
            <select id="configurator-theme" aria-describedby="configurator-theme-hint" @change=${(event: Event) => this.changed(() => (this.partnerTheme = (event.target as HTMLSelectElement).value as PartnerTheme))}>
              ${PARTNER_THEMES.map((theme) => html`<option value=${theme} ?selected=${theme === this.partnerTheme}>${strings.themes[theme]}</option>`)}
            </select>
            <p class="hint" id="configurator-theme-hint">${strings.themeHint}</p>
          </div>
        </fieldset>
      </form>

      <section class="snippet" aria-labelledby="configurator-snippet-heading">
        <h2 id="configurator-snippet-heading">${strings.snippet}</h2>
        <div class="field">
          <label for="configurator-cdn">${strings.cdnBase}</label>
          <input
            id="configurator-cdn"
            type="text"
            inputmode="url"
            spellcheck="false"
            aria-describedby="configurator-cdn-hint"
            .value=${this.cdnBase}
            @change=${(event: Event) => this.changed(() => (this.cdnBase = (event.target as HTMLInputElement).value))}
          />
          <p class="hint" id="configurator-cdn-hint">${strings.cdnBaseHint}</p>
        </div>
        <div class="field checkbox">
          <input id="configurator-only" type="checkbox" .checked=${this.onlyThisWidget} @change=${(event: Event) => this.changed(() => (this.onlyThisWidget = (event.target as HTMLInputElement).checked))} />
          <label for="configurator-only">${strings.onlyThisWidget}</label>
        </div>
        <div class="field">
          <label for="configurator-html">${strings.html}</label>
          <textarea id="configurator-html" readonly rows=${rowsFor(this.snippet)} spellcheck="false" .value=${this.snippet}></textarea>
          <button type="button" class="copy" @click=${() => this.copy(this.querySelector<HTMLTextAreaElement>('#configurator-html')!)}>${strings.copyHtml}</button>
        </div>
        ${css
          ? html`<div class="field">
              <label for="configurator-css">${strings.css}</label>
              <textarea id="configurator-css" readonly rows=${rowsFor(css)} spellcheck="false" aria-describedby="configurator-css-hint" .value=${css}></textarea>
              <p class="hint" id="configurator-css-hint">${strings.cssHint}</p>
              <button type="button" class="copy" @click=${() => this.copy(this.querySelector<HTMLTextAreaElement>('#configurator-css')!)}>${strings.copyCss}</button>
            </div>`
          : nothing}
        <p class="copy-status" role="status">${this.status}</p>
      </section>

      <section class="preview" aria-labelledby="configurator-preview-heading">
        <h2 id="configurator-preview-heading">${strings.preview}</h2>
        <p class="hint">${strings.previewHint}</p>
        <div class="partner-page theme-${this.partnerTheme}">
          <div class="preview-stage"></div>
        </div>
      </section>
    `;
  }
}

if (!customElements.get('cn-embed-configurator')) customElements.define('cn-embed-configurator', EmbedConfigurator);

declare global {
  interface HTMLElementTagNameMap {
    'cn-embed-configurator': EmbedConfigurator;
  }
}
