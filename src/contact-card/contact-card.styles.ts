import { css } from 'lit';

export const contactCardStyles = css`
  :host {
    --_photo-size: var(--cn-contact-card-photo-size, 4rem) !important;
    --_card-min-width: var(--cn-contact-card-min-width, 20rem) !important;
    /* One height for the placeholder and a card, so that nothing moves when data arrives. */
    --cn-placeholder-height: var(--cn-contact-card-min-height, 17rem);
  }
  [part~='list'] {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--_card-min-width)), 1fr));
    gap: var(--_space);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  /* Cards in one row share its height. */
  [part~='list'] > li {
    display: flex;
  }
  [part~='list'] [part~='card'] {
    flex: 1;
  }
  [part~='card'] {
    display: flex;
    gap: var(--_space);
    align-items: flex-start;
    min-height: var(--cn-placeholder-height);
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  [part~='photo'],
  [part~='initials'] {
    flex: none;
    width: var(--_photo-size);
    height: var(--_photo-size);
    border-radius: 50%;
  }
  [part~='photo'] {
    object-fit: cover;
    background: var(--_surface-alt);
  }
  [part~='initials'] {
    display: grid;
    place-items: center;
    color: #fff;
    font-weight: 600;
    font-size: calc(var(--_photo-size) * 0.36);
    letter-spacing: 0.02em;
  }

  [part~='body'] {
    min-width: 0;
    flex: 1;
  }
  [part~='name'] {
    margin: 0;
    font-size: 1.125em;
    font-weight: 650;
    line-height: 1.3;
    overflow-wrap: anywhere;
  }
  [part~='role'] {
    margin: 0.125rem 0 0;
    color: var(--_muted);
    overflow-wrap: anywhere;
  }
  [part~='details'] {
    margin: 0.5rem 0 0;
    padding: 0;
    list-style: none;
  }
  [part~='details'] li {
    overflow-wrap: anywhere;
  }
  .label {
    color: var(--_muted);
  }
  [part~='save'] {
    margin-top: 0.75rem;
    padding: 0.375rem 0.875rem;
    min-height: 2.75rem;
    border: 1px solid var(--_accent);
    border-radius: var(--_radius);
    background: transparent;
    color: var(--_accent);
    cursor: pointer;
  }
  [part~='save']:hover {
    background: var(--_accent);
    color: var(--_accent-contrast);
  }
`;
