/**
 * The phase meter draws its bars under a strict CSP that forbids style attributes: bar widths
 * go through the CSSOM, never `style="…"`. This file runs on its own page, so the policy it
 * adds stays here.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/phase-meter/define.js';
import type { PhaseMeter } from '../../src/phase-meter/phase-meter.js';
import { restore, sampleUrl, settled } from '../support/helpers.js';

const violations: string[] = [];

describe('<cn-phase-meter> under a strict CSP', () => {
  before(() => {
    const policy = document.createElement('meta');
    policy.httpEquiv = 'Content-Security-Policy';
    policy.content = "style-src-attr 'none'";
    document.head.append(policy);
    document.addEventListener('securitypolicyviolation', (event) => violations.push(`${event.violatedDirective} ${event.sample}`));
  });
  afterEach(restore);

  it('draws every view with no style attribute, and the bars still fill', async () => {
    // The policy is live: a style attribute is refused.
    const probe = document.createElement('div');
    probe.setAttribute('style', 'width: 10px');
    document.body.append(probe);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(probe.getBoundingClientRect().width).to.not.equal(10);
    probe.remove();
    violations.length = 0;

    for (const view of ['full', 'compact', 'funnel', 'period']) {
      const element = await fixture<PhaseMeter>(html`<cn-phase-meter view=${view} today="2017-06-15" src=${sampleUrl('creative-nodes-fusion')}></cn-phase-meter>`);
      await settled(element);
      const fills = [...element.shadowRoot!.querySelectorAll<HTMLElement>('[part~="fill"]')];
      expect(fills.length, view).to.be.greaterThan(0);
      for (const fill of fills) await Promise.all(fill.getAnimations().map((animation) => animation.finish()));
      const first = fills[0];
      expect(first.getBoundingClientRect().width, `${view}: the first bar is filled`).to.be.greaterThan(0);
    }
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(violations).to.deep.equal([]);
  });
});
