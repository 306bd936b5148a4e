import { expect } from '@open-wc/testing';
import sinon from 'sinon';
import { defineElement } from '../../src/base/define.js';
import { ContactCard } from '../../src/contact-card/contact-card.js';
import '../../src/index.js';

describe('guarded registration', () => {
  afterEach(() => sinon.restore());

  it('loading a widget module twice does not throw', async () => {
    await import(`../../src/contact-card/define.ts?again=${Date.now()}`);
    await import(`../../src/index.ts?again=${Date.now()}`);
    expect(customElements.get('cn-contact-card')).to.equal(ContactCard);
  });

  it('defining the same class again is silent', () => {
    const warn = sinon.stub(console, 'warn');
    expect(defineElement('cn-contact-card', ContactCard)).to.equal(false);
    expect(warn.callCount).to.equal(0);
  });

  it('another version of a tag is reported once and leaves the first in place', () => {
    const warn = sinon.stub(console, 'warn');
    class OtherVersion extends HTMLElement {
      static version = '9.9.9';
    }
    expect(() => defineElement('cn-programme', OtherVersion)).not.to.throw();
    defineElement('cn-programme', class extends HTMLElement {});
    expect(warn.callCount).to.equal(1);
    expect(warn.firstCall.args[0]).to.contain('<cn-programme> is already defined (Creative Nodes widgets 0.1.0)');
    expect(customElements.get('cn-programme')).not.to.equal(OtherVersion);
  });

  it('registers a tag that is free', () => {
    class Fresh extends HTMLElement {}
    expect(defineElement('cn-test-fresh', Fresh)).to.equal(true);
    expect(customElements.get('cn-test-fresh')).to.equal(Fresh);
  });
});
