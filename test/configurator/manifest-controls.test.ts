/**
 * The configurator's controls come from custom-elements.json: every attribute of every widget
 * gets one, of the right kind.
 */
import { expect } from '@open-wc/testing';
import { aliasChoices, controlFor, controlsFor, stringLiterals, widgetsIn, type Control, type Manifest, type WidgetInfo } from '../../demo/configurator/manifest-controls.js';

let manifest: Manifest;
let widgets: WidgetInfo[];

const widget = (tag: string) => widgets.find((each) => each.tag === tag)!;
const control = (tag: string, name: string) => controlsFor(widget(tag)).find((each) => each.name === name)!;
const choices = (each: Control) => (each.kind === 'select' ? each.choices : undefined);

describe('controls from the manifest', () => {
  before(async () => {
    manifest = await (await fetch('/custom-elements.json')).json();
    widgets = widgetsIn(manifest);
  });

  it('offers every widget with a tag, but not the provider that draws nothing', () => {
    const tags = widgets.map((each) => each.tag);
    expect(tags).to.include.members(['cn-contact-card', 'cn-event-calendar', 'cn-funder-strip', 'cn-phase-meter']);
    expect(tags).not.to.include('cn-programme');
    for (const each of widgets) expect(each.summary, each.tag).not.to.equal('');
  });

  it('gives every attribute of every widget one control, except the feed', () => {
    for (const each of widgets) {
      const controls = controlsFor(each);
      const expected = each.attributes.map((attribute) => attribute.name).filter((name) => name !== 'src');
      expect(controls.map((one) => one.name), each.tag).to.deep.equal(expected);
      expect(controls.map((one) => one.name)).not.to.include('src');
      for (const attribute of each.attributes.filter((one) => one.name !== 'src')) {
        const one = controls.find((candidate) => candidate.name === attribute.name)!;
        const type = attribute.type?.text ?? '';
        if (type === 'boolean') expect(one.kind, `${each.tag} ${attribute.name}`).to.equal('boolean');
        else if (/'/.test(type)) expect(one.kind, `${each.tag} ${attribute.name}`).to.equal('select');
        else if (/^(string|number)( \| undefined)?$/.test(type)) expect(one.kind, `${each.tag} ${attribute.name}`).to.equal('text');
      }
    }
  });

  it('makes booleans checkboxes', () => {
    expect(control('cn-event-calendar', 'past').kind).to.equal('boolean');
    expect(control('cn-event-calendar', 'structured-data').kind).to.equal('boolean');
    expect(control('cn-funder-strip', 'show-amounts').kind).to.equal('boolean');
  });

  it('makes unions of string literals selects, named unions included', () => {
    for (const each of widgets) expect(choices(control(each.tag, 'theme')), each.tag).to.deep.equal(['light', 'dark', 'auto']);
    expect(choices(control('cn-event-calendar', 'view'))).to.deep.equal(['list', 'month']);
    expect(control('cn-event-calendar', 'view')).to.include({ defaultValue: 'list' });
    expect(choices(control('cn-event-calendar', 'attendance'))).to.deep.equal(['onsite', 'online', 'hybrid']);
    expect(choices(control('cn-phase-meter', 'view'))).to.deep.equal(['full', 'compact', 'funnel', 'period']);
    expect(choices(control('cn-funder-strip', 'layout'))).to.deep.equal(['strip', 'grid', 'footer']);
  });

  it('makes everything else a text field, numeric where the type is a number', () => {
    expect(control('cn-event-calendar', 'limit')).to.include({ kind: 'text', numeric: true });
    expect(control('cn-event-calendar', 'category')).to.include({ kind: 'text', numeric: false });
    expect(control('cn-event-calendar', 'today')).to.include({ kind: 'text' });
    expect(control('cn-contact-card', 'heading-level')).to.include({ kind: 'text', numeric: true, defaultValue: '3' });
    // An identifier as default (DEFAULT_TIME_ZONE) is not a value a person types.
    expect(control('cn-event-calendar', 'time-zone')).to.include({ kind: 'text', defaultValue: undefined });
  });

  it('reads literal unions and named unions, and nothing else', () => {
    expect(stringLiterals("'a' | \"b\" | undefined")).to.deep.equal(['a', 'b']);
    expect(stringLiterals("'a' | string")).to.equal(undefined);
    expect(stringLiterals('undefined')).to.equal(undefined);
    expect(aliasChoices('Layout | undefined', '`cards` (default), `list` or `logos`.')).to.deep.equal(['cards', 'list', 'logos']);
    expect(aliasChoices('string | undefined', '`cards` or `list`')).to.equal(undefined);
    expect(aliasChoices('Layout', 'one `cards` only')).to.equal(undefined);
    expect(aliasChoices('Layout', 'an ISO date (`2016-03-01`) or `today`')).to.equal(undefined);
    expect(controlFor({ name: 'x', type: { text: 'boolean' } }).kind).to.equal('boolean');
    expect(controlFor({ name: 'x' }).kind).to.equal('text');
  });
});
