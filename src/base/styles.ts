import { css } from 'lit';

/**
 * The design tokens every widget reads, and the looks of the shared states.
 *
 * Public hooks are `--cn-*` custom properties (documented in README and on each class);
 * the styles read private `--_*` copies with our defaults for any hook the page leaves unset.
 * (A hook set to a value of the wrong type is the page's choice: `var()` falls back only
 * when a property is unset; see docs/security.md.)
 *
 * Colours use `light-dark()`: a widget follows the page's `color-scheme` (a light-only site
 * stays light even when the visitor's system is dark); `theme="auto"` follows the system,
 * `theme="light"`/`"dark"` force one.
 */
export const baseStyles = css`
  /*
   * Everything a widget's look inherits is declared here with !important: a page rule on the
   * element itself (even "* { all: unset !important }" or "* { --_text: red }") beats a normal
   * :host rule, while a shadow root's !important rule beats any page rule. Layout (display,
   * margins, size) stays the page's to set; the look changes only through the --cn-* hooks.
   * Widgets follow the same rule for their own :host tokens (not for --cn-placeholder-height,
   * which is itself a hook a page may set on the element).
   */
  :host {
    --_font: var(--cn-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif) !important;
    --_font-size: var(--cn-font-size, 1rem) !important;
    --_text: var(--cn-color-text, light-dark(#1d2125, #eef0f2)) !important;
    --_muted: var(--cn-color-muted, light-dark(#535b63, #b5bcc3)) !important;
    --_surface: var(--cn-color-surface, light-dark(#ffffff, #1d2125)) !important;
    --_surface-alt: var(--cn-color-surface-alt, light-dark(#f3f5f7, #2a2f35)) !important;
    --_border: var(--cn-color-border, light-dark(#c9d0d6, #4a525b)) !important;
    --_accent: var(--cn-color-accent, light-dark(#005a8c, #8ccaf0)) !important;
    --_accent-contrast: var(--cn-color-accent-contrast, light-dark(#ffffff, #10202b)) !important;
    --_danger: var(--cn-color-danger, light-dark(#a4161a, #ff9b9b)) !important;
    --_focus: var(--cn-color-focus, light-dark(#005a8c, #8ccaf0)) !important;
    --_radius: var(--cn-radius, 0.5rem) !important;
    --_space: var(--cn-space, 1rem) !important;

    display: block;
    box-sizing: border-box;
    color: var(--_text) !important;
    /* The shorthand also resets weight, style, variant and stretch a page may set on us. */
    font: var(--_font-size) / 1.5 var(--_font) !important;
    letter-spacing: normal !important;
    word-spacing: normal !important;
    text-align: start !important;
    text-indent: 0 !important;
    text-transform: none !important;
    text-shadow: none !important;
    white-space: normal !important;
  }
  :host([hidden]) {
    display: none !important;
  }
  :host([theme='light']) {
    color-scheme: light !important;
  }
  :host([theme='dark']) {
    color-scheme: dark !important;
  }
  :host([theme='auto']) {
    color-scheme: light dark !important;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  a {
    color: var(--_accent);
    text-underline-offset: 0.15em;
  }
  a:focus-visible,
  button:focus-visible,
  input:focus-visible,
  select:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  button {
    font: inherit;
  }

  .visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }

  /* Loading placeholder: reserves the space the content will take. */
  [part~='placeholder'] {
    min-height: var(--cn-placeholder-height, 8rem);
    border-radius: var(--_radius);
    background: var(--_surface-alt);
  }
  @media (prefers-reduced-motion: no-preference) {
    [part~='placeholder'] {
      animation: cn-pulse 1.6s ease-in-out infinite;
    }
  }
  @keyframes cn-pulse {
    50% {
      opacity: 0.55;
    }
  }

  [part~='message'] {
    margin: 0;
    padding: calc(var(--_space) * 0.75) var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_muted);
  }
  [part~='notice'] {
    margin: calc(var(--_space) * 0.5) 0 0;
    font-size: 0.875em;
    color: var(--_muted);
  }
`;
