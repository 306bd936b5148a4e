import { css } from 'lit';

export const memberRosterStyles = css`
  :host {
    --_card-min-width: var(--cn-member-roster-card-min-width, 16rem) !important;
    --_tile-min-width: var(--cn-member-roster-tile-min-width, 10rem) !important;
    --_logo-width: var(--cn-member-roster-logo-width, 8rem) !important;
    /* Logos are drawn for white paper: keep them on white in dark mode too. */
    --_logo-background: var(--cn-member-roster-logo-background, #ffffff) !important;
    --_chip-radius: var(--cn-member-roster-chip-radius, 999px) !important;
    --_meter-color: var(--cn-member-roster-meter-color, var(--_accent)) !important;
    --_meter-track: var(--cn-member-roster-meter-track, var(--_surface-alt)) !important;
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
  p {
    margin: 0;
  }
  /* A forced theme may differ from the page's: then the widget paints its own background,
     or light text would sit on a light page. */
  :host([theme]) [part~='base'] {
    padding: var(--_space);
    border-radius: var(--_radius);
    background: var(--_surface);
  }

  /* ---- Target ---------------------------------------------------------------------- */
  .target-head {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    gap: 0.25rem 1rem;
  }
  [part~='target-label'] {
    font-weight: 600;
  }
  .reached {
    font-weight: 600;
  }
  [part~='meter'] {
    block-size: 0.75rem;
    margin-top: 0.375rem;
    border: 1px solid var(--_muted);
    border-radius: 999px;
    background: var(--_meter-track);
    overflow: hidden;
  }
  [part~='meter-bar'] {
    block-size: 100%;
    background: var(--_meter-color);
  }
  [part~='deadline'] {
    margin-top: 0.25rem;
    font-size: 0.875em;
    color: var(--_muted);
  }

  /* ---- Controls -------------------------------------------------------------------- */
  /* Fields share a row where there is room and stack on a narrow widget. */
  [part~='controls'] {
    display: flex;
    flex-wrap: wrap;
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
  .clear-field {
    flex: 0 0 auto;
  }
  @container (max-width: 30rem) {
    .field,
    .search-field {
      max-width: none;
    }
  }
  label,
  .group-label {
    font-weight: 600;
    font-size: 0.875em;
  }
  input,
  select {
    min-height: 2.75rem;
    width: 100%;
    padding: 0.375rem 0.625rem;
    /* Component edges at 3:1 or better against the page (WCAG 1.4.11). */
    border: 1px solid var(--_muted);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    font: inherit;
  }
  input:focus-visible,
  select:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  [part~='sector-filter'] {
    display: flex;
    flex: 1 1 100%;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem;
  }
  [part~='sector-filter'] .group-label {
    flex-basis: 100%;
  }
  [part~='chip'],
  [part~='clear'],
  [part~='more'] {
    min-height: 2.75rem;
    padding: 0.25rem 0.875rem;
    border: 1px solid var(--_accent);
    border-radius: var(--_chip-radius);
    background: var(--_surface);
    color: var(--_accent);
    cursor: pointer;
  }
  [part~='clear'],
  [part~='more'] {
    border-radius: var(--_radius);
    justify-self: start;
  }
  /* Pressed is told by a check mark as well as by colour (WCAG 1.4.1). */
  [part~='chip'][aria-pressed='true'] {
    background: var(--_accent);
    color: var(--_accent-contrast);
  }
  [part~='chip'][aria-pressed='true'] .check::before {
    content: '✓ ';
  }
  [part~='chip']:hover,
  [part~='clear']:hover,
  [part~='more']:hover {
    text-decoration: underline;
  }

  [part~='count'] {
    color: var(--_muted);
    font-size: 0.875em;
  }

  /* ---- Members, every layout --------------------------------------------------------- */
  [part~='list'] {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  [part~='logo-box'] {
    display: block;
    flex: none;
    inline-size: var(--_logo-width);
    aspect-ratio: 2 / 1;
    overflow: hidden;
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) * 0.75);
    background: var(--_logo-background);
  }
  [part~='logo'] {
    display: block;
    inline-size: 100%;
    block-size: 100%;
    padding: 0.375rem;
    object-fit: contain;
  }
  [part~='initials'] {
    display: grid;
    place-items: center;
    inline-size: 100%;
    block-size: 100%;
    color: #fff;
    font-weight: 650;
    font-size: 1.375em;
    letter-spacing: 0.04em;
  }
  /* Stable colours for initials; each keeps white text at 4.5:1 or better (WCAG 1.4.3).

  [part~='name'] {
    font-weight: 650;
    overflow-wrap: anywhere;
  }
  [part~='sectors'] {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem;
  }
  [part~='sector'] {
    padding: 0 0.5rem;
    border: 1px solid var(--_border);
    border-radius: 999px;
    font-size: 0.8125em;
    color: var(--_muted);
  }
  [part~='city'],
  [part~='joined'] {
    color: var(--_muted);
    overflow-wrap: anywhere;
  }
  [part~='summary'],
  [part~='link'] {
    overflow-wrap: anywhere;
  }

  /* A long roster: off-screen members cost no layout or paint (the sizes are typical heights). */
  .many > [part~='member'] {
    content-visibility: auto;
  }
  .layout-cards.many > [part~='card'] {
    contain-intrinsic-size: auto 15rem;
  }
  .layout-list.many > [part~='row'] {
    contain-intrinsic-size: auto 3.5rem;
  }
  .layout-logos.many > [part~='tile'] {
    contain-intrinsic-size: auto 7rem;
  }
  /* Reached by "show more": the first new member takes focus. */
  [part~='member']:focus {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  [part~='more'] {
    justify-self: center;
  }

  /* ---- Cards: reflow from one column on a phone to many on a wide page ---------------- */
  .layout-cards {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--_card-min-width)), 1fr));
    gap: var(--_space);
  }
  [part~='card'] {
    display: flex;
    flex-direction: column;
    gap: 0.75rem;
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  [part~='card'] [part~='body'] {
    display: flex;
    flex-direction: column;
    gap: 0.375rem;
    min-width: 0;
  }
  [part~='card'] [part~='name'] {
    font-size: 1.125em;
    line-height: 1.3;
  }
  .link-line {
    margin-top: auto;
    padding-top: 0.25rem;
  }
  /* On a narrow widget the logo goes beside the text: less scrolling on a phone. */
  @container (max-width: 30rem) {
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

  /* ---- List: one compact row per member --------------------------------------------- */
  .layout-list {
    border-top: 1px solid var(--_border);
  }
  [part~='row'] {
    display: flex;
    align-items: center;
    gap: 0.75rem;
    padding: 0.5rem 0;
    border-bottom: 1px solid var(--_border);
  }
  [part~='row'] [part~='logo-box'] {
    inline-size: 4.5rem;
  }
  [part~='row'] [part~='initials'] {
    font-size: 0.9375em;
  }
  [part~='row'] [part~='body'] {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0.125rem 0.75rem;
    min-width: 0;
  }
  .meta {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0.25rem 0.75rem;
    font-size: 0.875em;
  }

  /* ---- Logo wall ------------------------------------------------------------------- */
  .layout-logos {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--_tile-min-width)), 1fr));
    gap: var(--_space);
  }
  [part~='tile'] {
    display: flex;
  }
  [part~='tile'] > a,
  .tile-body {
    display: flex;
    flex: 1;
    flex-direction: column;
    align-items: center;
    gap: 0.375rem;
    min-width: 0;
    text-align: center;
    text-decoration: none;
    border-radius: var(--_radius);
  }
  [part~='tile'] [part~='logo-box'] {
    inline-size: 100%;
  }
  [part~='tile'] > a [part~='name'] {
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  [part~='tile'] [part~='name'] {
    font-size: 0.875em;
  }

  /* ---- No match -------------------------------------------------------------------- */
  [part~='no-matches'] {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0.5rem 1rem;
  }
`;
