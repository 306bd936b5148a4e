import { css } from 'lit';

/** The cards and the controls; the list, the logo wall, the target meter and a filtered roster bring their own (layouts.ts, target.ts, filtering.ts). */
export const memberRosterStyles = css`
  :host {
    --_logo-width: var(--cn-member-roster-logo-width, 8rem) !important;
    /* Room for the controls and a row of cards, so the page does not jump when data arrives. */
    --cn-placeholder-height: var(--cn-member-roster-placeholder-height, 24rem);
  }
  :host([layout='list']) {
    --cn-placeholder-height: var(--cn-member-roster-placeholder-height, 16rem);
  }
  :host([layout='logos']) {
    --cn-placeholder-height: var(--cn-member-roster-placeholder-height, 12rem);
  }

  /* Layout follows the widget's own width (a sidebar or a full page), not the viewport. */
  [part~='base'] {
    container-type: inline-size;
    display: grid;
    gap: calc(var(--_space) * 0.75);
  }
  /* A forced theme may differ from the page's: then the widget paints its own background. */
  :host([theme]) [part~='base'] {
    padding: var(--_space);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  p {
    margin: 0;
  }
  label,
  .group-label {
    font-weight: 600;
  }
  label,
  .group-label,
  [part~='count'] {
    font-size: 0.875em;
  }
  [part~='count'],
  [part~='city'],
  [part~='joined'],
  [part~='sector'] {
    color: var(--_muted);
  }

  /* Fields share a row where there is room and stack on a narrow widget. */
  [part~='controls'],
  [part~='sector-filter'],
  [part~='sectors'] {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem;
  }
  [part~='controls'] {
    align-items: flex-end;
    gap: 0.75rem;
  }
  .field {
    display: grid;
    flex: 1 1 10rem;
    max-width: 18rem;
    gap: 0.25rem;
    min-width: 0;
  }
  .search-field {
    flex: 2 1 14rem;
    max-width: 28rem;
  }
  /* Component edges at 3:1 or better against the page (WCAG 1.4.11). */
  input,
  select,
  button {
    min-height: 2.75rem;
    padding: 0.375rem 0.625rem;
    border: 1px solid var(--_muted);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    font: inherit;
  }
  input,
  select {
    width: 100%;
  }
  :focus-visible,
  [part~='member']:focus {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  [part~='sector-filter'] {
    flex: 1 1 100%;
  }
  .group-label {
    flex-basis: 100%;
  }
  button {
    padding: 0.25rem 0.875rem;
    border-color: var(--_accent);
    color: var(--_accent);
    cursor: pointer;
  }
  button:hover {
    text-decoration: underline;
  }
  [part~='chip'] {
    border-radius: var(--cn-member-roster-chip-radius, 999px);
  }
  [part~='more'] {
    justify-self: center;
  }

  /* ---- Members, every layout ---- */
  [part~='list'] {
    margin: 0;
    padding: 0;
    list-style: none;
    overflow-wrap: anywhere;
  }
  .layout-cards,
  .layout-logos {
    --_min: var(--cn-member-roster-card-min-width, 16rem);
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--_min)), 1fr));
    gap: var(--_space);
  }
  [part~='logo-box'] {
    display: block;
    flex: none;
    inline-size: var(--_logo-width);
    aspect-ratio: 2;
    overflow: hidden;
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) * 0.75);
    /* Logos are drawn for white paper: keep them on white in dark mode too. */
    background: var(--cn-member-roster-logo-background, #fff);
  }
  [part~='logo'],
  [part~='initials'] {
    display: grid;
    place-items: center;
    inline-size: 100%;
    block-size: 100%;
  }
  [part~='logo'] {
    padding: 0.375rem;
    object-fit: contain;
  }
  /* Colours from toneStyles keep white text at 4.5:1 or better (WCAG 1.4.3). */
  [part~='initials'] {
    color: #fff;
    font-size: 1.375em;
    letter-spacing: 0.04em;
  }
  [part~='initials'],
  [part~='name'] {
    font-weight: 650;
  }
  [part~='sectors'] {
    gap: 0.25rem;
  }
  [part~='sector'] {
    padding: 0 0.5rem;
    border: 1px solid var(--_border);
    border-radius: 999px;
    font-size: 0.8125em;
  }
  /* A long roster: off-screen members cost no layout or paint (a card's typical height; the list and the logo wall set their own). */
  .many > * {
    content-visibility: auto;
    contain-intrinsic-size: auto 15rem;
  }

  /* ---- Cards: reflow from one column on a phone to many on a wide page ---- */
  [part~='card'],
  [part~='card'] [part~='body'] {
    display: flex;
    flex-direction: column;
    gap: 0.75rem;
  }
  [part~='card'] {
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  [part~='card'] [part~='body'] {
    flex: 1;
    gap: 0.375rem;
    min-width: 0;
  }
  [part~='card'] [part~='name'] {
    font-size: 1.125em;
    line-height: 1.3;
  }
  /* The website at the foot of the card, whatever the length of the text above. */
  [part~='card'] [part~='link'] {
    margin-top: auto;
    align-self: flex-start;
  }
  @container (max-width: 30rem) {
    .field {
      max-width: none;
    }
    /* On a narrow widget the logo goes beside the text: less scrolling on a phone. */
    [part~='card'] {
      flex-direction: row;
      align-items: flex-start;
    }
    [part~='card'] [part~='logo-box'] {
      inline-size: min(var(--_logo-width), 5rem);
    }
    [part~='card'] [part~='initials'] {
      font-size: 1.125em;
    }
  }
  /*
   * Pressed is told by a check mark as well as by colour (WCAG 1.4.1): here, not with the
   * filtering part, so that a chip pressed before that part arrives (or if it never does) shows it.
   */
  [aria-pressed='true'] {
    background: var(--_accent);
    color: var(--_accent-contrast);
  }
  [aria-pressed='true'] .check::before {
    content: '✓ ';
  }
`;
