/**
 * Language for a widget: its own `lang`, else the nearest ancestor's (across shadow roots),
 * else `<html lang>`, else Swedish. UI strings come in Swedish and English; feed texts in
 * any language the feed has; dates and numbers through `Intl`.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { composedAncestors } from './ancestors.js';
import type { LocalizedText } from '../feed/schema.js';
import { baseLanguage, resolveText, type ResolvedText } from '../feed/text.js';
import { baseStrings, type BaseStrings, type Translations, type UiLanguage } from '../i18n/strings.js';

export { resolveText, type ResolvedText };

export const DEFAULT_TIME_ZONE = 'Europe/Stockholm';

/** The `lang` that applies to an element: its own or its nearest ancestor's, across shadow roots. */
export function languageOf(element: Element): string {
  for (const candidate of [element, ...composedAncestors(element)]) {
    if (candidate.hasAttribute('lang')) return candidate.getAttribute('lang')!;
  }
  return document.documentElement.lang || 'sv';
}

// One observer for the whole page notices `lang` changes anywhere and updates the widgets.
const controllers = new Set<LocalizeController>();
let observer: MutationObserver | undefined;

function observeLanguageChanges(): void {
  if (observer) return;
  observer = new MutationObserver(() => controllers.forEach((controller) => controller.refresh()));
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
}

/** `Intl` locales by `lang` value: canonicalising one is slow enough to matter in a long list. */
const canonicalLocales = new Map<string, string>();

/**
 * `Intl` formats by kind, locale and options, shared by every widget on the page: making one
 * costs far more than using it, and a long list formats hundreds of dates and amounts.
 */
const formats = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();

function cachedFormat<T extends Intl.NumberFormat | Intl.DateTimeFormat>(key: string, make: () => T): T {
  let format = formats.get(key) as T | undefined;
  if (!format) formats.set(key, (format = make()));
  return format;
}

/** A number format for `locale`, made once per page (for code that has a locale but no controller). */
export function numberFormat(locale: string, options?: Intl.NumberFormatOptions): Intl.NumberFormat {
  return cachedFormat(`n|${locale}|${JSON.stringify(options)}`, () => new Intl.NumberFormat(locale, options));
}

/** An amount in `currency`: whole amounts without decimals ("3 402 775 kr"), others with two. */
export function formatMoney(locale: string, value: number, currency: string): string {
  return numberFormat(locale, { style: 'currency', currency, maximumFractionDigits: Number.isInteger(value) ? 0 : 2 }).format(value);
}

export class LocalizeController implements ReactiveController {
  /** The `lang` in force for the host (`sv`, `en-GB`, `de` …). */
  language = 'sv';
  /** The UI language used for the widget's own words: Swedish for `sv*`, English otherwise. */
  uiLanguage: UiLanguage = 'sv';

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostConnected(): void {
    controllers.add(this);
    observeLanguageChanges();
    this.refresh();
  }

  hostDisconnected(): void {
    controllers.delete(this);
    if (controllers.size === 0) {
      observer?.disconnect();
      observer = undefined;
    }
  }

  /** Re-reads the language; re-renders the host when it changed. */
  refresh(): void {
    const language = languageOf(this.host);
    if (language === this.language) return;
    this.language = language;
    this.uiLanguage = baseLanguage(language) === 'sv' ? 'sv' : 'en';
    this.host.requestUpdate();
  }

  /** The words every widget shares, in the UI language. */
  get strings(): BaseStrings {
    return baseStrings[this.uiLanguage];
  }

  /** A widget's own words in the UI language: `this.localize.pick(contactCardStrings)`. */
  pick<T>(translations: Translations<T>): T {
    return translations[this.uiLanguage];
  }

  /** A feed text in the best language available for this page. */
  text(value: LocalizedText, feedLanguage?: string): ResolvedText {
    return resolveText(value, this.language, feedLanguage);
  }

  /** The locale for `Intl`: the page's language where `Intl` knows it, else the UI language. */
  get locale(): string {
    let locale = canonicalLocales.get(this.language);
    if (locale === undefined) {
      try {
        locale = Intl.getCanonicalLocales(this.language)[0];
      } catch {
        locale = this.uiLanguage;
      }
      canonicalLocales.set(this.language, locale);
    }
    return locale;
  }

  /** A number format for this page's locale, made once per page (see `formats`). */
  numberFormat(options?: Intl.NumberFormatOptions): Intl.NumberFormat {
    return numberFormat(this.locale, options);
  }

  /** A date format for this page's locale in `timeZone` (Stockholm's unless given), made once per page. */
  dateFormat(options: Intl.DateTimeFormatOptions, timeZone = DEFAULT_TIME_ZONE): Intl.DateTimeFormat {
    const { locale } = this;
    return cachedFormat(`d|${locale}|${timeZone}|${JSON.stringify(options)}`, () => new Intl.DateTimeFormat(locale, { ...options, timeZone }));
  }

  formatNumber(value: number, options?: Intl.NumberFormatOptions): string {
    return this.numberFormat(options).format(value);
  }

  formatMoney(value: number, currency: string): string {
    return formatMoney(this.locale, value, currency);
  }

  formatDate(value: Date | number, options: Intl.DateTimeFormatOptions = { dateStyle: 'long' }, timeZone = DEFAULT_TIME_ZONE): string {
    return this.dateFormat(options, timeZone).format(value);
  }
}
