import { html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { FeedElement } from '../base/feed-element.js';
import { initialsOf, toneOf, toneStyles } from '../base/initials.js';
import type { LoadedFeed } from '../data/load-feed.js';
import type { Contact, FeedSection } from '../feed/schema.js';
import { parsePhoneNumber } from '../format/phone.js';
import { contactCardStyles } from './contact-card.styles.js';
import { contactCardStrings } from './strings.js';
import { toVCard } from './vcard.js';

/** A file name people recognise: "anna-exempelsson.vcf". */
function vcardFileName(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return `${slug || 'contact'}.vcf`;
}

/**
 * @summary The programme's contact people: name, role, organisation, photo (or initials), e-mail and phone links, and a "save contact" vCard.
 *
 * @csspart list - The list of contact cards.
 * @csspart card - One contact.
 * @csspart photo - The contact's photo.
 * @csspart initials - The initials shown when there is no photo (or it does not load).
 * @csspart body - The text beside the photo.
 * @csspart name - The contact's name.
 * @csspart role - Role and organisation.
 * @csspart details - The e-mail and phone lines.
 * @csspart email - The e-mail link.
 * @csspart phone - The phone link.
 * @csspart save - The "save contact" button.
 *
 * @cssprop --cn-contact-card-photo-size - Diameter of the photo or initials (default: 4rem).
 * @cssprop --cn-contact-card-min-width - Narrowest a card gets before the list wraps (default: 20rem).
 * @cssprop --cn-contact-card-min-height - Height of a card and of the loading placeholder (default: 17rem, a full card in a 20rem column).
 */
export class ContactCard extends FeedElement {
  static override styles = [...FeedElement.styles, toneStyles, contactCardStyles];

  protected readonly sections: readonly FeedSection[] = ['contacts'];

  /** Photos that failed to load: their contacts get initials instead. */
  @state() private brokenPhotos = new Set<string>();

  /** The `id` of one contact in the feed; all contacts when unset. */
  @property() contact?: string;

  /** The heading level of each contact's name, to fit the page's outline (2–6, default 3). */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 3;

  protected renderFeed(loaded: LoadedFeed): unknown {
    const contacts = loaded.feed.contacts ?? [];
    const shown = this.contact ? contacts.filter((contact) => contact.id === this.contact) : contacts;
    if (shown.length === 0) {
      if (this.contact && contacts.length > 0) {
        console.warn(`<${this.localName}> contact="${this.contact}" is not in the feed; its contacts are: ${contacts.map((contact) => contact.id).join(', ')}`);
        return this.renderMessage(this.localize.pick(contactCardStrings).notFound);
      }
      return this.renderMessage(this.localize.pick(contactCardStrings).empty);
    }
    if (shown.length === 1) return this.renderCard(shown[0], loaded);
    return html`<ul part="list" aria-label=${this.localize.pick(contactCardStrings).listLabel}>
      ${shown.map((contact) => html`<li>${this.renderCard(contact, loaded)}</li>`)}
    </ul>`;
  }

  private renderCard(contact: Contact, loaded: LoadedFeed) {
    const strings = this.localize.pick(contactCardStrings);
    const phone = contact.phone ? parsePhoneNumber(contact.phone) : undefined;
    const level = Math.min(6, Math.max(2, Math.round(this.headingLevel) || 3));
    return html`<article part="card" aria-label=${contact.name}>
      ${this.renderPhoto(contact)}
      <div part="body">
        <div part="name" role="heading" aria-level=${level}>${contact.name}</div>
        ${contact.role || contact.organisation
          ? html`<p part="role">
              ${this.text(contact.role, loaded)}${contact.role && contact.organisation ? ', ' : nothing}${this.text(contact.organisation, loaded)}
            </p>`
          : nothing}
        ${contact.email || contact.phone
          ? html`<ul part="details">
              ${contact.email
                ? html`<li><span class="label">${strings.email}:</span> <a part="email" href=${`mailto:${contact.email}`}>${contact.email}</a></li>`
                : nothing}
              ${contact.phone
                ? html`<li>
                    <span class="label">${strings.phone}:</span>
                    ${phone
                      ? html`<a part="phone" href=${`tel:${phone.e164}`}>${this.localize.uiLanguage === 'sv' ? phone.national : phone.international}</a>`
                      : contact.phone}
                  </li>`
                : nothing}
            </ul>`
          : nothing}
        <button part="save" type="button" aria-label=${strings.saveContactOf(contact.name)} @click=${() => this.saveContact(contact)}>
          ${strings.saveContact}
        </button>
      </div>
    </article>`;
  }

  private renderPhoto(contact: Contact) {
    if (contact.photo && !this.brokenPhotos.has(contact.photo)) {
      const photo = contact.photo;
      // alt="" because the name stands right beside the photo.
      return html`<img part="photo" src=${photo} alt="" loading="lazy" decoding="async" @error=${() => this.markBroken(photo)} />`;
    }
    return html`<span part="initials" class="tone-${toneOf(contact.name)}" aria-hidden="true">${initialsOf(contact.name)}</span>`;
  }

  private markBroken(photo: string): void {
    this.brokenPhotos = new Set(this.brokenPhotos).add(photo);
  }

  /** The contact as a vCard 4.0 (RFC 6350), in the page's language. */
  vcardOf(contact: Contact): string {
    const loaded = this.feed.state.status === 'ready' ? this.feed.state : undefined;
    const phone = contact.phone ? parsePhoneNumber(contact.phone) : undefined;
    return toVCard({
      name: contact.name,
      role: loaded ? this.plainText(contact.role, loaded) || undefined : undefined,
      organisation: loaded ? this.plainText(contact.organisation, loaded) || undefined : undefined,
      email: contact.email,
      phone: phone?.e164,
      photo: contact.photo,
      uid: loaded?.feed.programme ? `urn:creative-nodes:${loaded.feed.programme.id}:${contact.id}` : `urn:creative-nodes:${contact.id}`,
    });
  }

  /** Offers the contact as a `.vcf` download; the Blob URL is ours, never feed text. */
  private saveContact(contact: Contact): void {
    const url = URL.createObjectURL(new Blob([this.vcardOf(contact)], { type: 'text/vcard;charset=utf-8' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = vcardFileName(contact.name);
    link.hidden = true;
    this.renderRoot.appendChild(link);
    link.click();
    link.remove();
    // Revoked later: some browsers read the Blob after click() returns.
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cn-contact-card': ContactCard;
  }
}
