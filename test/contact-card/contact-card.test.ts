import { expect, fixture, html } from '@open-wc/testing';
import sinon from 'sinon';
import '../../src/contact-card/define.js';
import type { ContactCard } from '../../src/contact-card/contact-card.js';
import { initialsOf } from '../../src/base/initials.js';
import { parseVCard } from '../../src/contact-card/vcard.js';
import { anna, erik } from '../../stories/support/people.js';
import { jsonResponse, never, restore, sampleFeed, sampleUrl, settled, stubFetch } from '../support/helpers.js';

const feedOf = (...contacts: unknown[]) => ({ version: 1, contacts });

function part(element: ContactCard, name: string): HTMLElement | null {
  return element.shadowRoot!.querySelector(`[part~="${name}"]`);
}

async function card(template: ReturnType<typeof html>): Promise<ContactCard> {
  const element = await fixture<ContactCard>(template);
  await settled(element);
  return element;
}

describe('<cn-contact-card>', () => {
  afterEach(restore);

  it('shows every contact of a sample feed as a labelled list, and passes axe', async () => {
    const element = await card(html`<cn-contact-card lang="sv" src=${sampleUrl('creative-nodes-fusion')}></cn-contact-card>`);
    const feed = await sampleFeed('creative-nodes-fusion');
    const list = part(element, 'list')!;
    expect(list.getAttribute('aria-label')).to.equal('Kontaktpersoner');
    expect(list.querySelectorAll('[part~="card"]')).to.have.length((feed.contacts as unknown[]).length);
    await expect(element).to.be.accessible();
  });

  it('shows one contact by id: name as heading, role, organisation, links', async () => {
    const element = await card(html`<cn-contact-card lang="sv" contact="anna" .data=${feedOf(anna, erik)}></cn-contact-card>`);
    expect(part(element, 'list')).to.equal(null);
    const name = part(element, 'name')!;
    expect(name.getAttribute('role')).to.equal('heading');
    expect(name.getAttribute('aria-level')).to.equal('3');
    expect(name.textContent).to.equal('Anna Exempelsson');
    expect(part(element, 'role')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Projektledare, Luleå Näringsliv AB');
    expect(part(element, 'email')!.getAttribute('href')).to.equal('mailto:anna.exempelsson@example.org');
    const phone = part(element, 'phone')!;
    expect(phone.getAttribute('href')).to.equal('tel:+46701740605');
    expect(phone.textContent).to.equal('070-174 06 05');
    expect(element.shadowRoot!.textContent).not.to.contain('Erik');
    await expect(element).to.be.accessible();
  });

  it('switches language with the nearest lang attribute', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div lang="sv"><cn-contact-card .data=${feedOf(anna)}></cn-contact-card></div>`);
    const element = wrapper.querySelector('cn-contact-card')!;
    await settled(element);
    expect(part(element, 'role')!.textContent).to.contain('Projektledare');
    expect(part(element, 'save')!.textContent!.trim()).to.equal('Spara kontakt');
    wrapper.lang = 'en';
    await new Promise((resolve) => setTimeout(resolve));
    await element.updateComplete;
    expect(part(element, 'role')!.textContent).to.contain('Project manager');
    expect(part(element, 'save')!.textContent!.trim()).to.equal('Save contact');
    expect(part(element, 'save')!.getAttribute('aria-label')).to.equal('Save contact: Anna Exempelsson');
    expect(part(element, 'phone')!.textContent).to.equal('+46 70 174 06 05');
  });

  it('marks feed text in another language than the page with its own lang', async () => {
    const element = await card(html`<cn-contact-card lang="en" .data=${feedOf(anna)}></cn-contact-card>`);
    // The organisation is a plain string, in the feed's language (Swedish).
    const organisation = part(element, 'role')!.querySelector('[lang="sv"]');
    expect(organisation?.textContent).to.equal('Luleå Näringsliv AB');
  });

  it('falls back to initials when there is no photo or it does not load', async () => {
    const element = await card(html`<cn-contact-card .data=${feedOf({ ...anna, photo: 'https://127.0.0.1:1/missing.jpg' }, erik)}></cn-contact-card>`);
    const photo = part(element, 'photo') as HTMLImageElement;
    expect(photo.alt).to.equal('');
    photo.dispatchEvent(new Event('error'));
    await element.updateComplete;
    const initials = [...element.shadowRoot!.querySelectorAll('[part~="initials"]')].map((node) => node.textContent);
    expect(initials).to.deep.equal(['AE', 'ET']);
    expect(part(element, 'initials')!.getAttribute('aria-hidden')).to.equal('true');
    expect(initialsOf('Lars-Åke Låtsasson')).to.equal('LL');
    expect(initialsOf('Åsa')).to.equal('Å');
  });

  it('offers a vCard that parses back to the same fields', async () => {
    const element = await card(html`<cn-contact-card lang="sv" .data=${{ ...feedOf(anna), programme: { id: 'fusion', name: 'Creative Nodes Fusion' } }}></cn-contact-card>`);
    const vcard = parseVCard(element.vcardOf(element.feedState.status === 'ready' ? element.feedState.feed.contacts![0] : (undefined as never)));
    expect(vcard.FN).to.deep.equal(['Anna Exempelsson']);
    expect(vcard.TITLE).to.deep.equal(['Projektledare']);
    expect(vcard.ORG).to.deep.equal(['Luleå Näringsliv AB']);
    expect(vcard.EMAIL).to.deep.equal(['anna.exempelsson@example.org']);
    expect(vcard.TEL).to.deep.equal(['tel:+46701740605']);
    expect(vcard.UID).to.deep.equal(['urn:creative-nodes:fusion:anna']);
    expect(vcard.VERSION).to.deep.equal(['4.0']);
  });

  it('downloads the vCard from the save button', async () => {
    const element = await card(html`<cn-contact-card .data=${feedOf(anna)}></cn-contact-card>`);
    const created = sinon.spy(URL, 'createObjectURL');
    const clicks: HTMLAnchorElement[] = [];
    const click = sinon.stub(HTMLAnchorElement.prototype, 'click').callsFake(function (this: HTMLAnchorElement) {
      clicks.push(this);
    });
    part(element, 'save')!.click();
    expect(click.callCount).to.equal(1);
    expect(clicks[0].download).to.equal('anna-exempelsson.vcf');
    expect(clicks[0].href).to.match(/^blob:/);
    const blob = created.firstCall.args[0] as Blob;
    expect(blob.type).to.equal('text/vcard;charset=utf-8');
    expect(parseVCard(await blob.text()).FN).to.deep.equal(['Anna Exempelsson']);
  });

  it('is operable by keyboard: links and the button are in tab order', async () => {
    const element = await card(html`<cn-contact-card .data=${feedOf(anna)}></cn-contact-card>`);
    const focusable = [...element.shadowRoot!.querySelectorAll('a[href], button')];
    expect(focusable.map((node) => node.getAttribute('part'))).to.deep.equal(['email', 'phone', 'save']);
    for (const node of focusable) expect((node as HTMLElement).tabIndex).to.equal(0);
  });

  it('shows a placeholder while loading that keeps the space of one card', async () => {
    stubFetch(() => never());
    const loading = await fixture<ContactCard>(html`<cn-contact-card src="https://feeds.example.org/slow.json"></cn-contact-card>`);
    const placeholder = part(loading, 'placeholder')!;
    expect(placeholder.getAttribute('aria-hidden')).to.equal('true');
    expect(loading.shadowRoot!.textContent).to.contain('Laddar');
    const loaded = await card(html`<cn-contact-card .data=${feedOf(erik)}></cn-contact-card>`);
    expect(loaded.getBoundingClientRect().height).to.equal(loading.getBoundingClientRect().height);
  });

  it('keeps the height of a full card (role, organisation, e-mail, phone) in a narrow column, so nothing moves when it arrives', async () => {
    const fusion = await sampleFeed('creative-nodes-fusion');
    stubFetch(() => never());
    const full = (fusion.contacts as { email?: string; phone?: string; role?: unknown; organisation?: unknown }[]).find((contact) => contact.email && contact.phone && contact.role && contact.organisation);
    const wrapper = await fixture<HTMLElement>(html`<div lang="sv" style="width: 21rem">
      <cn-contact-card src="https://feeds.example.org/slow.json"></cn-contact-card>
      <cn-contact-card .data=${{ ...fusion, contacts: [full] }}></cn-contact-card>
    </div>`);
    const [loading, loaded] = wrapper.querySelectorAll('cn-contact-card');
    await settled(loaded);
    expect(loaded.getBoundingClientRect().height).to.equal(loading.getBoundingClientRect().height);
  });

  it('says so politely when there are no contacts, or the one asked for is not there', async () => {
    const empty = await card(html`<cn-contact-card lang="en" .data=${{ version: 1 }}></cn-contact-card>`);
    expect(part(empty, 'message')!.textContent).to.equal('There are no contacts to show.');
    await expect(empty).to.be.accessible();
    const warn = sinon.stub(console, 'warn');
    const missing = await card(html`<cn-contact-card lang="en" contact="nobody" .data=${feedOf(anna)}></cn-contact-card>`);
    expect(part(missing, 'message')!.textContent).to.equal('This contact is no longer listed.');
    expect(warn.firstCall.args[0]).to.contain('contact="nobody" is not in the feed; its contacts are: anna');
  });

  it('shows a polite error to visitors and the full story to the webmaster', async () => {
    stubFetch(() => new Response('nope', { status: 404, statusText: 'Not Found' }));
    const error = sinon.stub(console, 'error');
    const errors: CustomEvent[] = [];
    const element = await fixture<ContactCard>(html`<cn-contact-card id="kontakt" lang="sv" src="https://feeds.example.org/gone.json" @cn-error=${(event: CustomEvent) => errors.push(event)}></cn-contact-card>`);
    await settled(element);
    expect(part(element, 'message')!.textContent).to.equal('Informationen kan inte visas just nu. Försök igen senare.');
    expect(errors).to.have.length(1);
    expect(errors[0].detail).to.include({ url: 'https://feeds.example.org/gone.json', fatal: true });
    expect(errors[0].bubbles && errors[0].composed).to.equal(true);
    expect(error.firstCall.args[0]).to.equal('<cn-contact-card id="kontakt"> feed https://feeds.example.org/gone.json: the server answered 404 Not Found');
    await expect(element).to.be.accessible();
  });

  it('shows the valid contacts of a partly broken feed, with a note, and reports the rest', async () => {
    const warn = sinon.stub(console, 'warn');
    const loads: CustomEvent[] = [];
    const errors: CustomEvent[] = [];
    const element = await card(html`<cn-contact-card
      lang="en"
      .data=${feedOf(anna, { id: 'broken', role: 'No name' }, { ...erik, email: 'not an address' })}
      @cn-load=${(event: CustomEvent) => loads.push(event)}
      @cn-error=${(event: CustomEvent) => errors.push(event)}
    ></cn-contact-card>`);
    expect(element.shadowRoot!.querySelectorAll('[part~="card"]')).to.have.length(2);
    expect(part(element, 'notice')!.textContent!.trim()).to.equal('Some details could not be shown.');
    expect(loads).to.have.length(1);
    expect(errors[0].detail.fatal).to.equal(false);
    expect(errors[0].detail.issues.map((issue: { path: string }) => issue.path)).to.deep.equal(['contacts[1].name', 'contacts[2].email']);
    expect(warn.firstCall.args[0]).to.contain('2 problems, 1 item dropped').and.contain('contacts[1].name: is required');
  });

  it('reads an inline <script type="application/json"> feed', async () => {
    const element = await fixture<ContactCard>(html`<cn-contact-card>
      <script type="application/json">
        {"version": 1, "contacts": [{"id": "erik", "name": "Erik Testström"}]}
      </script>
    </cn-contact-card>`);
    await settled(element);
    expect(part(element, 'name')!.textContent).to.equal('Erik Testström');
  });

  it('never turns feed text into markup', async () => {
    const hostile = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>';
    const element = await card(html`<cn-contact-card .data=${feedOf({ id: 'x', name: hostile, role: hostile, organisation: hostile })}></cn-contact-card>`);
    expect(element.shadowRoot!.querySelector('img, script')).to.equal(null);
    expect(part(element, 'name')!.textContent).to.equal(hostile);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
  });

  it('follows the page colour scheme, or the system with theme="auto"', async () => {
    const element = await card(html`<cn-contact-card theme="dark" .data=${feedOf(anna)}></cn-contact-card>`);
    const background = getComputedStyle(part(element, 'card')!).backgroundColor;
    expect(background).to.equal('rgb(29, 33, 37)');
    element.theme = 'light';
    await element.updateComplete;
    expect(getComputedStyle(part(element, 'card')!).backgroundColor).to.equal('rgb(255, 255, 255)');
  });

  it('takes the host page look through custom properties and parts', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div>
      <style>
        .themed { --cn-color-surface: rgb(1, 2, 3); --cn-radius: 0px; }
        .themed::part(name) { text-transform: uppercase; }
      </style>
      <cn-contact-card class="themed" .data=${feedOf(anna)}></cn-contact-card>
    </div>`);
    const element = wrapper.querySelector('cn-contact-card')!;
    await settled(element);
    const cardStyle = getComputedStyle(part(element, 'card')!);
    expect(cardStyle.backgroundColor).to.equal('rgb(1, 2, 3)');
    expect(cardStyle.borderTopLeftRadius).to.equal('0px');
    expect(getComputedStyle(part(element, 'name')!).textTransform).to.equal('uppercase');
  });

  it('gets its feed from a <cn-programme> provider, one request for all', async () => {
    const fetch = stubFetch(() => jsonResponse(feedOf(anna, erik)));
    const provider = await fixture<HTMLElement>(html`<cn-programme src="https://feeds.example.org/p.json">
      <cn-contact-card contact="anna"></cn-contact-card>
      <section><cn-contact-card contact="erik"></cn-contact-card></section>
    </cn-programme>`);
    const [annaCard, erikCard] = provider.querySelectorAll('cn-contact-card');
    await settled(annaCard);
    await settled(erikCard);
    expect(part(annaCard, 'name')!.textContent).to.equal('Anna Exempelsson');
    expect(part(erikCard, 'name')!.textContent).to.equal('Erik Testström');
    expect(fetch.callCount).to.equal(1);
  });

  it('says when it has no feed at all', async () => {
    const error = sinon.stub(console, 'error');
    const element = await card(html`<cn-contact-card></cn-contact-card>`);
    expect(element.feedState.status).to.equal('error');
    expect(error.firstCall.args[0]).to.contain('no feed: give the widget a src attribute');
  });
});
