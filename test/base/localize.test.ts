import { expect } from '@open-wc/testing';
import { languageOf, resolveText } from '../../src/base/localize.js';
import { contactCardStrings } from '../../src/contact-card/strings.js';
import { baseStrings } from '../../src/i18n/strings.js';
import { expectCompleteTranslations } from '../support/translations.js';

describe('localisation', () => {
  afterEach(() => document.documentElement.setAttribute('lang', 'en'));

  /** Plain elements need no rendering: build them directly (a fixture would wait for a frame). */
  function element(markup: string): HTMLElement {
    const template = document.createElement('template');
    template.innerHTML = markup;
    return document.body.appendChild(template.content.firstElementChild as HTMLElement);
  }

  it('picks the nearest lang, across shadow roots, then <html lang>', () => {
    const outer = element('<div lang="sv"><span><b></b></span></div>');
    expect(languageOf(outer.querySelector('b')!)).to.equal('sv');
    const host = document.createElement('div');
    outer.append(host);
    const inner = host.attachShadow({ mode: 'open' }).appendChild(document.createElement('i'));
    expect(languageOf(inner)).to.equal('sv');
    const loose = element('<p></p>');
    document.documentElement.lang = 'en-GB';
    expect(languageOf(loose)).to.equal('en-GB');
    outer.remove();
    loose.remove();
  });

  it('chooses feed text by language with sensible fallbacks', () => {
    const text = { sv: 'Projektledare', en: 'Project manager' };
    expect(resolveText(text, 'sv')).to.deep.equal({ text: 'Projektledare', lang: 'sv' });
    expect(resolveText(text, 'en-GB')).to.deep.equal({ text: 'Project manager', lang: 'en' });
    expect(resolveText(text, 'de')).to.deep.equal({ text: 'Project manager', lang: 'en' });
    expect(resolveText({ sv: 'Bara svenska' }, 'en')).to.deep.equal({ text: 'Bara svenska', lang: 'sv' });
    expect(resolveText('Luleå', 'en')).to.deep.equal({ text: 'Luleå', lang: 'sv' });
    expect(resolveText('Luleå', 'en', 'en')).to.deep.equal({ text: 'Luleå', lang: 'en' });
  });

  it('has every UI string in both languages', () => {
    expectCompleteTranslations(baseStrings);
    expectCompleteTranslations(contactCardStrings);
  });
});
