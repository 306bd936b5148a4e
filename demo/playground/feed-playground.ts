/**
 * The feed playground: paste or load a feed, read its problems as you type (with line and
 * column, the same words as `cn-feed validate`), and see every registered widget render it,
 * in Swedish and English side by side.
 *
 * A small custom element so that the page and the tests mount the same thing. It renders into
 * the light DOM: the widgets inside find their language from the columns' `lang` attributes,
 * and the page's stylesheet styles the controls.
 */
import { html, LitElement, nothing } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { checkFeedText, type FileReport, type Problem } from '../../src/cli/check-feed.js';
import type { CliLanguage } from '../../src/cli/issue-messages.js';
import { cliStrings } from '../../src/cli/strings.js';
import { SAMPLE_FEEDS } from '../../stories/support/samples.js';

/** Every widget the library has or is getting; those not registered on the page are skipped. */
export const WIDGET_TAGS = ['cn-contact-card', 'cn-event-calendar', 'cn-member-roster', 'cn-phase-meter', 'cn-funder-strip'];


/** The offset in `text` of a 1-based line and column (as the checker reports them). */
export function offsetOf(text: string, line: number, column: number): number {
  let offset = 0;
  for (let current = 1; current < line; current++) {
    const match = /\r\n|\n|\r/g;
    match.lastIndex = offset;
    const found = match.exec(text);
    if (!found) return text.length;
    offset = found.index + found[0].length;
  }
  return Math.min(offset + column - 1, text.length);
}

/**
 * @summary Paste or load a feed, see its problems and every widget rendering it, in Swedish and English.
 */
export class FeedPlayground extends LitElement {
  /** The feed text being edited. */
  @state() private text = '';

  /** The result of the last check; `undefined` before anything was typed. */
  @state() private report?: FileReport;

  /** The last text that parsed as a feed: the widgets keep showing it while the text is broken. */
  @state() private shownFeed?: unknown;

  /** Whether the widgets show an older version than the text (the text cannot be used). */
  @state() private previewIsStale = false;

  /** A problem loading from an address or a file. */
  @state() private loadError = '';

  @query('#feed-text') private textArea!: HTMLTextAreaElement;

  /** A feed to load when the playground starts (relative to the page or absolute). */
  @property() src?: string;

  /** Milliseconds of quiet typing before the feed is checked again. */
  @property({ type: Number }) debounce = 300;

  /** The language of the problem messages. */
  @property({ attribute: 'message-lang' }) messageLanguage: CliLanguage = 'sv';

  /** The widget tags to try; each appears once it is registered. */
  @property({ attribute: false }) tags: string[] = WIDGET_TAGS;

  private timer?: ReturnType<typeof setTimeout>;

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Widgets built in parallel appear as soon as their tag is registered.
    for (const tag of this.tags) void customElements.whenDefined(tag).then(() => this.requestUpdate());
    if (this.src) void this.loadFrom(this.src);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.timer);
  }

  /** Replaces the text and checks it at once (for loading, and for scripts). */
  setText(text: string): void {
    this.text = text;
    if (this.textArea) this.textArea.value = text;
    this.check();
  }

  /** Checks the current text now. */
  check(): void {
    clearTimeout(this.timer);
    if (this.text.trim() === '') {
      this.report = undefined;
      return;
    }
    this.report = checkFeedText('', this.text, this.messageLanguage);
    if (this.report.fatal) {
      this.previewIsStale = this.shownFeed !== undefined;
      return;
    }
    this.shownFeed = JSON.parse(this.text.replace(/^\uFEFF/, ''));
    this.previewIsStale = false;
  }

  /** Fetches a feed from an address, as a partner page would (no cookies). */
  async loadFrom(address: string): Promise<void> {
    this.loadError = '';
    try {
      const response = await fetch(new URL(address, document.baseURI), { credentials: 'omit' });
      if (!response.ok) throw new Error(`${response.status} ${response.statusText}`.trim());
      this.setText(await response.text());
    } catch (error) {
      // A fetch that fails without a status is most often a missing CORS header.
      const reason = error instanceof TypeError ? 'inget svar, eller servern tillåter inte andra webbplatser (CORS)' : (error as Error).message;
      this.loadError = `Kunde inte hämta ${address}: ${reason}`;
    }
  }

  private onInput(event: InputEvent): void {
    this.text = (event.target as HTMLTextAreaElement).value;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.check(), this.debounce);
  }

  private async onFile(event: Event): Promise<void> {
    const file = (event.target as HTMLInputElement).files?.[0];
    if (!file) return;
    this.loadError = '';
    this.setText(await file.text());
  }

  private onLoadSubmit(event: SubmitEvent): void {
    event.preventDefault();
    const address = new FormData(event.target as HTMLFormElement).get('address');
    if (typeof address === 'string' && address.trim()) void this.loadFrom(address.trim());
  }

  private onMessageLanguage(event: Event): void {
    this.messageLanguage = (event.target as HTMLSelectElement).value as CliLanguage;
    this.check();
  }

  /** Puts the caret where a problem is, so the editor can fix it there. */
  private goTo(problem: Problem): void {
    if (!problem.line) return;
    const offset = offsetOf(this.text, problem.line, problem.column ?? 1);
    this.textArea.focus();
    this.textArea.setSelectionRange(offset, offset);
    const lineHeight = parseFloat(getComputedStyle(this.textArea).lineHeight) || 20;
    this.textArea.scrollTop = Math.max(0, (problem.line - 3) * lineHeight);
  }

  /** One sentence for the live region: how it went, and the first problem. */
  private statusText(): string {
    const report = this.report;
    const sv = this.messageLanguage === 'sv';
    if (!report) return sv ? 'Klistra in ett flöde, eller hämta ett.' : 'Paste a feed, or load one.';
    if (report.problems.length === 0) return sv ? 'Inga problem.' : 'No problems.';
    const strings = cliStrings[this.messageLanguage];
    const first = report.problems[0];
    const where = first.line ? `${strings.position(first.line, first.column!)}: ` : '';
    const what = report.fatal
      ? sv ? 'Flödet kan inte användas alls.' : 'The feed cannot be used at all.'
      : `${report.errors} ${sv ? 'fel' : report.errors === 1 ? 'error' : 'errors'}, ${report.warnings} ${sv ? (report.warnings === 1 ? 'varning' : 'varningar') : report.warnings === 1 ? 'warning' : 'warnings'}.`;
    return `${what} ${sv ? 'Första' : 'First'}: ${where}${first.path ? `${first.path}: ` : ''}${first.message}`;
  }

  private renderProblems(): unknown {
    const report = this.report;
    if (!report || report.problems.length === 0) return nothing;
    const strings = cliStrings[this.messageLanguage];
    return html`<ol class="problems" aria-label=${this.messageLanguage === 'sv' ? 'Problem i flödet' : 'Problems in the feed'}>
      ${report.problems.map(
        (problem) => html`<li class=${problem.severity}>
          ${problem.line
            ? html`<button type="button" class="go-to" @click=${() => this.goTo(problem)}>${strings.position(problem.line, problem.column!)}</button>`
            : nothing}
          <span class="severity">${strings.severity[problem.severity]}</span>
          ${problem.path ? html`<code>${problem.path}</code>` : nothing}
          <span class="message">${problem.message}</span>
        </li>`,
      )}
    </ol>`;
  }

  private renderColumn(language: 'sv' | 'en', heading: string): unknown {
    const registered = this.tags.filter((tag) => customElements.get(tag));
    return html`<section class="preview-column" lang=${language} aria-labelledby=${`preview-${language}`}>
      <h3 id=${`preview-${language}`}>${heading}</h3>
      ${registered.map((tag) => html`<div class="preview-widget" data-tag=${tag}><h4><code>&lt;${tag}&gt;</code></h4></div>`)}
    </section>`;
  }

  /** Widgets are created by tag name, which a Lit template cannot do safely; they are placed after each render. */
  protected override updated(): void {
    for (const slot of this.querySelectorAll<HTMLElement>('.preview-widget')) {
      const tag = slot.dataset.tag!;
      let widget = slot.querySelector<HTMLElement & { data?: unknown }>(tag);
      if (!widget) {
        widget = document.createElement(tag) as HTMLElement & { data?: unknown };
        // The data first: a widget connected without any source reports that it has none.
        widget.data = this.shownFeed;
        widget.setAttribute('heading-level', '5');
        slot.append(widget);
      }
      if (widget.data !== this.shownFeed) widget.data = this.shownFeed;
    }
  }

  protected override render(): unknown {
    return html`
      <section class="editor" aria-labelledby="editor-heading">
        <h2 id="editor-heading">Flödet</h2>
        <form class="load" @submit=${this.onLoadSubmit}>
          <label for="feed-address">Hämta från en adress</label>
          <input id="feed-address" name="address" type="text" inputmode="url" list="sample-feeds" autocomplete="url" placeholder="https://…/flode.json" />
          <datalist id="sample-feeds">
            ${SAMPLE_FEEDS.map((name) => html`<option value=${`/samples/feeds/${name}.json`}></option>`)}
          </datalist>
          <button type="submit">Hämta</button>
        </form>
        <p class="load">
          <label for="feed-file">eller öppna en fil</label>
          <input id="feed-file" type="file" accept=".json,application/json" @change=${this.onFile} />
        </p>
        ${this.loadError ? html`<p class="load-error" role="alert">${this.loadError}</p>` : nothing}
        <label for="feed-text" class="text-label">Flödet som JSON (kontrolleras medan du skriver)</label>
        <textarea id="feed-text" spellcheck="false" autocapitalize="off" rows="24" aria-describedby="feed-status" .value=${this.text} @input=${this.onInput}></textarea>
      </section>

      <section class="check" aria-labelledby="check-heading">
        <h2 id="check-heading">Kontroll</h2>
        <p>
          <label for="message-language">Meddelanden på</label>
          <select id="message-language" @change=${this.onMessageLanguage}>
            <option value="sv" ?selected=${this.messageLanguage === 'sv'}>svenska</option>
            <option value="en" ?selected=${this.messageLanguage === 'en'}>engelska</option>
          </select>
        </p>
        <p id="feed-status" class="status" role="status">${this.statusText()}</p>
        ${this.renderProblems()}
      </section>

      <section class="preview" aria-labelledby="preview-heading">
        <h2 id="preview-heading">Så visas flödet</h2>
        ${this.previewIsStale
          ? html`<p class="stale">Widgetarna visar den senaste versionen som gick att läsa.</p>`
          : nothing}
        ${this.shownFeed === undefined
          ? html`<p>Widgetarna visas här när flödet går att läsa.</p>`
          : html`<div class="preview-columns">${this.renderColumn('sv', 'Svenska')} ${this.renderColumn('en', 'English')}</div>`}
      </section>
    `;
  }
}

if (!customElements.get('cn-feed-playground')) customElements.define('cn-feed-playground', FeedPlayground);

declare global {
  interface HTMLElementTagNameMap {
    'cn-feed-playground': FeedPlayground;
  }
}
