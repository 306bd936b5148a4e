import { expect, fixture, html } from '@open-wc/testing';
import sinon from 'sinon';
import '../../src/contact-card/define.js';
import type { ContactCard } from '../../src/contact-card/contact-card.js';
import { anna, erik } from '../../stories/support/people.js';
import { jsonResponse, restore, settled, stubFetch } from '../support/helpers.js';

const A = 'https://feeds.example.org/a.json';
const B = 'https://feeds.example.org/b.json';
const DOWN = 'https://feeds.example.org/down.json';

describe('several feeds in one src', () => {
  afterEach(restore);

  it('merges them, each id once, one request per feed', async () => {
    const fetch = stubFetch((url) => jsonResponse({ version: 1, contacts: url === A ? [anna] : [{ ...anna, name: 'Anna again' }, erik] }));
    const card = await fixture<ContactCard>(html`<cn-contact-card src="${A}
      ${B} ${A}"></cn-contact-card>`);
    await settled(card);
    await new Promise((resolve) => setTimeout(resolve, 20));
    await card.updateComplete;
    expect(fetch.callCount).to.equal(2);
    const state = card.feedState;
    expect(state.status === 'ready' && state.feed.contacts!.map((contact) => contact.name)).to.deep.equal(['Anna Exempelsson', 'Erik Testström']);
    expect(state.status === 'ready' && state.sources!.map((source) => source.url)).to.deep.equal([A, B]);
  });

  it('shows the feeds that answer, with a note, and reports the one that did not', async () => {
    stubFetch((url) => (url === DOWN ? new Response('gone', { status: 404 }) : jsonResponse({ version: 1, contacts: [anna] })));
    const error = sinon.stub(console, 'error');
    const errors: CustomEvent[] = [];
    const card = await fixture<ContactCard>(html`<cn-contact-card lang="en" src="${A} ${DOWN}" @cn-error=${(event: CustomEvent) => errors.push(event)}></cn-contact-card>`);
    await settled(card);
    await new Promise((resolve) => setTimeout(resolve, 20));
    await card.updateComplete;
    expect(card.shadowRoot!.textContent).to.contain('Anna Exempelsson');
    expect(card.shadowRoot!.querySelector('[part~="notice"]')!.textContent!.trim()).to.equal('Information from 1 of 2 sources could not be loaded right now.');
    expect(errors.map((event) => [event.detail.url, event.detail.fatal])).to.deep.equal([[DOWN, false]]);
    expect(error.firstCall.args[0]).to.contain(`feed ${DOWN}: the server answered 404; the other feeds are shown.`);
    await expect(card).to.be.accessible();
  });
});
