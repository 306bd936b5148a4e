/**
 * What the reliability tests share: the widgets under test (every registered `cn-*` widget,
 * so the member roster is covered as soon as it is in src/index.ts), a valid item per feed
 * section, and a trap for uncaught errors.
 *
 * `npm run stress` (scripts/stress.mjs) sets `window.__CN_STRESS = { scale, seed }` in the
 * test page: the property tests then run `scale` times as many cases, from a fresh seed.
 */
import '../../src/index.js';
import type { FeedElement } from '../../src/base/feed-element.js';

export interface StressSettings {
  /** Multiplies the number of generated cases (1 in CI). */
  scale: number;
  /** The fast-check seed; fixed in CI so that a failure is reproducible. */
  seed: number;
}

export const STRESS: StressSettings = {
  scale: 1,
  seed: 20_260_309,
  ...((globalThis as { __CN_STRESS?: Partial<StressSettings> }).__CN_STRESS ?? {}),
};

/** How many fast-check runs: `ci` in CI, `ci × scale` under `npm run stress`. */
export function runs(ci: number): number {
  return Math.max(1, Math.round(ci * STRESS.scale));
}

export type ListSectionName = 'contacts' | 'events' | 'funders' | 'phases' | 'members';

export interface WidgetUnderTest {
  tag: string;
  /** The list section the widget draws. */
  section: ListSectionName;
  /** Attributes that make every valid item visible (a fixed "today", one page for all events). */
  attributes: Record<string, string>;
}

const CANDIDATES: WidgetUnderTest[] = [
  { tag: 'cn-contact-card', section: 'contacts', attributes: {} },
  { tag: 'cn-event-calendar', section: 'events', attributes: { today: '2000-01-01', 'page-size': '100000', 'hide-filters': '' } },
  { tag: 'cn-funder-strip', section: 'funders', attributes: { 'show-amounts': '' } },
  { tag: 'cn-phase-meter', section: 'phases', attributes: { today: '2017-06-15' } },
  { tag: 'cn-member-roster', section: 'members', attributes: { 'page-size': '0' } },
];

/** The widgets registered on this page (the roster joins once src/index.ts defines it). */
export const WIDGETS: WidgetUnderTest[] = CANDIDATES.filter((widget) => customElements.get(widget.tag));

/** A valid item of `section` whose visible name contains `marker`, with id `id`. */
export function validItem(section: ListSectionName, id: string, marker: string, index = 0): Record<string, unknown> {
  const day = `20${String(10 + (index % 20)).padStart(2, '0')}-0${1 + (index % 9)}-1${index % 10}`;
  switch (section) {
    case 'contacts':
      return { id, name: `${marker} Exempelsson`, role: { sv: 'Projektledare', en: 'Project manager' }, email: `${id}@example.org`, phone: '070-174 06 05' };
    case 'events':
      return { id, title: `${marker} Creative Talks`, start: `${day}T18:00:00+01:00`, end: `${day}T20:00:00+01:00`, location: { city: 'Luleå' }, categories: ['talk'] };
    case 'funders':
      return { id, name: `${marker} Region Norrbotten`, kind: index % 2 ? 'regional' : 'municipal', amount: { value: 1000 + index } };
    case 'phases':
      return { id, name: `${marker} INSPIRE`, target: { value: 120, unit: 'companies', deadline: '2016-12-31' }, actual: { value: 87 } };
    case 'members':
      return { id, name: `${marker} Oh my`, sectors: ['digital'], city: 'Luleå' };
  }
}

/** Everything a visitor (or a screen reader) gets from the widget: its text and its labels. */
export function visibleText(element: Element): string {
  const root = element.shadowRoot!;
  const labels = [...root.querySelectorAll('[alt], [aria-label]')].map((node) => `${node.getAttribute('alt') ?? ''} ${node.getAttribute('aria-label') ?? ''}`);
  return `${root.textContent ?? ''} ${labels.join(' ')}`;
}

/** Records uncaught errors and unhandled rejections on the page until `stop()`. */
export function trapUncaught(): { errors: string[]; stop: () => void } {
  const errors: string[] = [];
  const onError = (event: ErrorEvent) => errors.push(`error: ${event.message}`);
  const onRejection = (event: PromiseRejectionEvent) => errors.push(`unhandledrejection: ${String((event.reason as Error)?.stack ?? event.reason)}`);
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  return {
    errors,
    stop: () => {
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
    },
  };
}

/** Silences the console for a noisy block (hundreds of deliberately broken feeds). */
export function quietConsole(): () => void {
  const saved = { warn: console.warn, error: console.error, info: console.info };
  console.warn = console.error = console.info = () => undefined;
  return () => Object.assign(console, saved);
}

/** A fresh widget in `container`, with the test's attributes. */
export function createWidget(widget: WidgetUnderTest, container: HTMLElement): FeedElement {
  const element = document.createElement(widget.tag) as FeedElement;
  for (const [name, value] of Object.entries(widget.attributes)) element.setAttribute(name, value);
  element.setAttribute('lang', 'en');
  container.append(element);
  return element;
}

/** Gives a frame for anything scheduled outside Lit's update (observers, animation frames). */
export function nextFrame(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
}
