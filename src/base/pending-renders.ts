import { adoptStyles, type CSSResult, type LitElement, type ReactiveController } from 'lit';

/**
 * A part of a widget that most pages never use (a view, an export): loaded when first needed
 * and shared by every element on the page. `module` is null when it could not be loaded.
 */
export interface LazyPart<T> {
  /** What the part is, for the console ("its month grid"). */
  readonly name: string;
  readonly load: () => Promise<T>;
  module?: T | null;
  loading?: Promise<unknown>;
}

export function lazyPart<T>(name: string, load: () => Promise<T>): LazyPart<T> {
  return { name, load };
}

/**
 * Resolves in a task of its own once the next frame has been painted: a batch of a long list
 * built there is one task, and its style, layout and paint in the following frame another
 * (built in a frame callback, they would add up to one long task). In a tab that draws no
 * frames (hidden), a tenth of a second later.
 */
export function afterPaint(): Promise<void> {
  return new Promise((resolve) => {
    requestAnimationFrame(() => setTimeout(resolve));
    setTimeout(resolve, 100);
  });
}

/** Work that has settled: asked about again, it must not bring a render again (that would never end). */
const settledWork = new WeakSet<Promise<unknown>>();

/**
 * Work that will bring another render of its element (a part loaded on demand, the next slice
 * of a long list): the element renders again when each piece settles, and its
 * `updateComplete` waits, through `settled()`, until none is left. An element taken out of the
 * page renders no more (a long list stops drawing) until it is back.
 */
export class PendingRenders implements ReactiveController {
  private readonly pending = new Map<Promise<unknown>, Promise<void>>();
  /** The styles of parts loaded on demand, adopted into the element's shadow root. */
  private readonly partStyles = new Set<CSSResult>();
  /** Work settled while the element was out of the page: its render comes when it is back. */
  private renderWhenBack = false;

  constructor(private readonly host: LitElement) {
    host.addController(this);
  }

  hostConnected(): void {
    if (!this.renderWhenBack) return;
    this.renderWhenBack = false;
    this.host.requestUpdate();
  }

  /** Renders again when `work` is done (once: settled work never brings another render). */
  add(work: Promise<unknown>): void {
    if (this.pending.has(work) || settledWork.has(work)) return;
    const settled = () => {
      settledWork.add(work);
      this.pending.delete(work);
      if (this.host.isConnected) this.host.requestUpdate();
      else this.renderWhenBack = true;
    };
    this.pending.set(work, work.then(settled, settled));
  }

  /** For `getUpdateComplete`: `updateComplete` (the element's own) once no work is left to bring a render. */
  async settled(updateComplete: () => Promise<boolean>): Promise<boolean> {
    let complete = await updateComplete();
    while (this.pending.size) {
      await Promise.all(this.pending.values());
      complete = await updateComplete();
    }
    return complete;
  }

  /** A part's module once it has arrived (its `styles` adopted), undefined while it loads, null if it could not be loaded. */
  part<T extends object>(part: LazyPart<T>): T | undefined | null {
    if (part.module === undefined) {
      part.loading ??= part.load().then(
        (module) => (part.module = module),
        (error: unknown) => {
          part.module = null;
          console.error(`<${this.host.localName}> could not load ${part.name}: ${error}`);
        },
      );
      this.add(part.loading);
    }
    const styles = (part.module as { styles?: CSSResult } | null | undefined)?.styles;
    const root = this.host.shadowRoot;
    if (styles && !this.partStyles.has(styles) && root) {
      this.partStyles.add(styles);
      adoptStyles(root, [...(this.host.constructor as typeof LitElement).elementStyles, ...this.partStyles]);
    }
    return part.module;
  }
}
