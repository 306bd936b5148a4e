import { expect } from '@open-wc/testing';
import { FeedError, validateFeed, validateFeedInSlices, type FeedIssue } from '../../src/feed/validate.js';
import { generateFeed } from '../../bench/event-calendar/generate-events.js';
import { SAMPLE_FEEDS, sampleFeed } from '../support/helpers.js';

/** Validates and returns the issues, keyed "path: message" for readable assertions. */
function issuesOf(document: unknown): FeedIssue[] {
  return validateFeed(document).issues;
}

function rejection(input: unknown): FeedError {
  try {
    validateFeed(input);
  } catch (error) {
    expect(error).to.be.instanceOf(FeedError);
    return error as FeedError;
  }
  throw new Error('expected the feed to be rejected');
}

const event = (fields: Record<string, unknown>) => ({ id: 'e1', title: 'Creative Talks', start: '2016-03-10T18:00:00+01:00', ...fields });

describe('feed validation', () => {
  for (const name of SAMPLE_FEEDS) {
    it(`accepts the sample feed ${name} without a single issue`, async () => {
      const document = await sampleFeed(name);
      const { feed, issues } = validateFeed(document);
      expect(issues).to.deep.equal([]);
      expect(feed.version).to.equal(1);
      expect(feed.programme?.id).to.be.a('string');
    });
  }

  it('keeps real figures from the seeds in the samples', async () => {
    const fusion = validateFeed(await sampleFeed('creative-nodes-fusion')).feed;
    expect(fusion.programme?.budget).to.deep.equal({ value: 7_400_000, currency: 'SEK' });
    expect(fusion.phases?.map((phase) => phase.target?.value)).to.deep.equal([120, 50, 15]);
    const north = validateFeed(await sampleFeed('creative-north')).feed;
    expect(north.members).to.have.length(12);
    expect(north.memberTarget?.value).to.equal(18);
    const loket = validateFeed(await sampleFeed('loket')).feed;
    expect(loket.funders?.map((funder) => funder.amount?.value)).to.deep.equal([3_402_775, 3_402_775]);
    expect(loket.programme?.period).to.deep.equal({ start: '2020-03-01', end: '2023-04-30' });
  });

  it('uses only fictional contact details in the samples', async () => {
    for (const name of SAMPLE_FEEDS) {
      for (const contact of validateFeed(await sampleFeed(name)).feed.contacts ?? []) {
        if (contact.email) expect(contact.email, contact.email).to.match(/@example\.org$/);
        if (contact.phone) {
          const digits = contact.phone.replace(/\D/g, '');
          expect(Number(digits), contact.phone).to.be.within(701740605, 701740699);
        }
      }
    }
  });

  describe('rejects a document that cannot be used', () => {
    it('not JSON', () => {
      const error = rejection('{"version": 1,');
      expect(error.kind).to.equal('not-json');
      expect(error.message).to.contain('not valid JSON');
    });
    it('an HTML page instead of JSON, with a hint', () => {
      expect(rejection('<!doctype html><title>404</title>').message).to.contain('looks like an HTML page');
    });
    it('not an object', () => {
      expect(rejection([1, 2]).message).to.equal('the feed must be a JSON object, not a list');
      expect(rejection('"text"').kind).to.equal('invalid');
      expect(rejection(null).kind).to.equal('invalid');
    });
    it('an unknown version', () => {
      const error = rejection({ version: 2, events: [] });
      expect(error.kind).to.equal('version');
      expect(error.message).to.contain('version: 2 is not a version this library reads');
    });
    it('a missing version', () => {
      expect(rejection({ events: [] }).message).to.contain('version: is required');
    });
  });

  describe('drops an invalid item with a located message and keeps the rest', () => {
    it('a start that is not a date', () => {
      const { feed, issues } = validateFeed({
        version: 1,
        events: [event({ id: 'a' }), event({ id: 'b' }), event({ id: 'c' }), event({ id: 'd', start: 'next Thursday' })],
      });
      expect(feed.events?.map((item) => item.id)).to.deep.equal(['a', 'b', 'c']);
      expect(issues).to.have.length(1);
      expect(issues[0].path).to.equal('events[3].start');
      expect(issues[0].message).to.match(/^not a date/);
      expect(issues[0].severity).to.equal('error');
    });

    it('a date that does not exist, a time without its offset', () => {
      const issues = issuesOf({ version: 1, events: [event({ start: '2017-02-29' }), event({ id: 'e2', start: '2017-02-01T18:00:00' })] });
      expect(issues.map((issue) => `${issue.path}: ${issue.message}`)).to.deep.equal([
        'events[0].start: not a date: no such day in the calendar',
        'events[1].start: not a date: use 2026-03-14 for a whole day or 2026-03-14T18:00:00+01:00 for a time (with its offset)',
      ]);
    });

    it('knows the length of every month, leap years included (dates and moments alike)', () => {
      const real = ['2016-02-29', '2000-02-29', '2017-02-28', '2016-04-30', '2016-12-31', '2016-01-31T18:00:00+01:00'];
      const unreal = ['2017-02-29', '1900-02-29', '2016-02-30', '2016-04-31', '2016-06-31', '2016-09-31', '2016-11-31T18:00:00+01:00', '0026-03-14'];
      const dates = [...real, ...unreal];
      const { feed, issues } = validateFeed({
        version: 1,
        events: dates.map((start, index) => event({ id: `e${index}`, start })),
        phases: dates.filter((date) => date.length === 10).map((start, index) => ({ id: `p${index}`, name: 'Fas', start })),
      });
      expect(feed.events?.map((item) => item.start)).to.deep.equal(real);
      // A phase's start is optional: a wrong one is left out, the phase kept.
      expect(feed.phases?.map((item) => item.start).filter(Boolean)).to.deep.equal(real.filter((date) => date.length === 10));
      expect(issues.map((issue) => issue.message)).to.satisfy((messages: string[]) => messages.every((message) => message.startsWith('not a date: no such day')));
      expect(issues).to.have.length(unreal.length + unreal.filter((date) => date.length === 10).length);
    });

    it('a date that is not text, and one that is missing', () => {
      const issues = issuesOf({ version: 1, events: [event({ start: 20160310 }), event({ id: 'e2', start: undefined }), event({ id: 'e3', end: 20160311 })] });
      expect(issues.map((issue) => `${issue.path}: ${issue.message}`)).to.deep.equal([
        'events[0].start: must be text, not 20160310',
        'events[1].start: is required',
        'events[2].end: must be text, not 20160311 (ignored)',
      ]);
    });

    it('accepts dates with offsets, Z, and all-day dates', () => {
      const { issues } = validateFeed({
        version: 1,
        events: [
          event({ id: 'a', start: '2016-10-30T01:30:00+02:00', end: '2016-10-30T02:30:00+01:00' }),
          event({ id: 'b', start: '2016-03-10T17:00:00Z' }),
          event({ id: 'c', start: '2016-02-23', end: '2016-02-25' }),
        ],
      });
      expect(issues).to.deep.equal([]);
    });

    it('a missing required field, a wrong type, an item that is not an object', () => {
      const { feed, issues } = validateFeed({ version: 1, contacts: [{ id: 'x' }, { id: 'y', name: 42 }, 'Anna', { id: 'z', name: 'Anna Exempelsson' }] });
      expect(feed.contacts?.map((contact) => contact.id)).to.deep.equal(['z']);
      expect(issues.map((issue) => `${issue.path}: ${issue.message}`)).to.deep.equal([
        'contacts[0].name: is required',
        'contacts[1].name: must be text, not 42',
        'contacts[2]: must be an object, not "Anna"',
      ]);
    });

    it('a value outside its list', () => {
      const issues = issuesOf({ version: 1, funders: [{ id: 'f', name: 'X', kind: 'lottery' }] });
      expect(issues[0].path).to.equal('funders[0].kind');
      expect(issues[0].message).to.contain('must be one of "eu", "national", "regional", "municipal", "private", "academic"');
    });

    it('a duplicate id', () => {
      const { feed, issues } = validateFeed({ version: 1, members: [{ id: 'oh-my', name: 'Oh my' }, { id: 'oh-my', name: 'Oh my again' }] });
      expect(feed.members).to.have.length(1);
      expect(issues[0]).to.deep.include({ path: 'members[1].id', severity: 'error' });
    });

    it('a section that is not a list', () => {
      const { feed, issues } = validateFeed({ version: 1, events: { id: 'x' }, contacts: [] });
      expect(feed.events).to.equal(undefined);
      expect(feed.contacts).to.deep.equal([]);
      expect(issues[0]).to.deep.equal({ path: 'events', message: 'must be a list, not an object', severity: 'error' });
    });
  });

  describe('links', () => {
    const hostile = ['javascript:alert(1)', 'JAVASCRIPT:alert(1)', ' javascript:alert(1)', 'java\tscript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'vbscript:msgbox', 'file:///etc/passwd', '//evil.example/x', '/relative/path', 'https://', 'mailto:a@example.org'];

    for (const url of hostile) {
      it(`ignores ${JSON.stringify(url)} as a link, keeping its item`, () => {
        const { feed, issues } = validateFeed({ version: 1, events: [event({ registrationUrl: url })] });
        expect(feed.events).to.have.length(1);
        expect(feed.events![0].registrationUrl).to.equal(undefined);
        expect(issues).to.have.length(1);
        expect(issues[0].path).to.equal('events[0].registrationUrl');
        expect(issues[0].severity).to.equal('warning');
      });
    }

    it('accepts https and http links', () => {
      const { feed } = validateFeed({ version: 1, events: [event({ registrationUrl: 'https://example.org/anmalan?id=1', url: 'http://example.org' })] });
      expect(feed.events![0].registrationUrl).to.equal('https://example.org/anmalan?id=1');
      expect(feed.events![0].url).to.equal('http://example.org');
    });

    it('rejects a hostile link nested in an object (an image) without losing the event', () => {
      const { feed, issues } = validateFeed({ version: 1, events: [event({ image: { url: 'javascript:alert(1)', alt: 'x' } })] });
      expect(feed.events).to.have.length(1);
      expect(feed.events![0].image).to.equal(undefined);
      expect(issues[0].path).to.equal('events[0].image.url');
      expect(issues[0].severity).to.equal('warning');
    });

    it('leaves out only the wrong field of a nested object', () => {
      const { feed, issues } = validateFeed({ version: 1, events: [event({ location: { name: 'Kaleido', city: 42 } })] });
      expect(feed.events![0].location).to.deep.equal({ name: 'Kaleido' });
      expect(issues).to.deep.equal([{ path: 'events[0].location.city', message: 'must be text, or an object of texts by language such as {"sv": "…", "en": "…"} (ignored)', severity: 'warning' }]);
    });

    it('checks e-mail addresses and phone numbers of contacts', () => {
      const { feed, issues } = validateFeed({
        version: 1,
        contacts: [{ id: 'c', name: 'Anna Exempelsson', email: 'javascript:alert(1)//@x', phone: 'call me' }],
      });
      expect(feed.contacts![0]).to.deep.equal({ id: 'c', name: 'Anna Exempelsson' });
      expect(issues.map((issue) => issue.path)).to.deep.equal(['contacts[0].email', 'contacts[0].phone']);
    });
  });

  it('ignores unknown fields and keeps texts by language', () => {
    const { feed, issues } = validateFeed({
      version: 1,
      futureField: { anything: true },
      contacts: [{ id: 'c', name: 'Anna', role: { sv: 'Projektledare', en: 'Project manager' }, shoeSize: 38 }],
    });
    expect(issues).to.deep.equal([]);
    expect(feed.contacts![0]).to.deep.equal({ id: 'c', name: 'Anna', role: { sv: 'Projektledare', en: 'Project manager' } });
    expect(feed).not.to.have.property('futureField');
  });

  it('drops an end before the start but keeps the event', () => {
    const { feed, issues } = validateFeed({ version: 1, events: [event({ start: '2016-03-10', end: '2016-03-09' })] });
    expect(feed.events![0].end).to.equal(undefined);
    expect(issues[0]).to.deep.include({ path: 'events[0].end', severity: 'warning' });
  });

  it('fills defaults: language sv, status scheduled, currency SEK', () => {
    const { feed } = validateFeed({ version: 1, programme: { id: 'p', name: 'P', budget: { value: 10 } }, events: [event({})] });
    expect(feed.language).to.equal('sv');
    expect(feed.events![0].status).to.equal('scheduled');
    expect(feed.programme!.budget).to.deep.equal({ value: 10, currency: 'SEK' });
  });

  it('falls back to the default for a wrong language or currency, but never for a wrong status', () => {
    const { feed, issues } = validateFeed({
      version: 1,
      language: 'svenska',
      programme: { id: 'p', name: 'P', budget: { value: 10, currency: 'kr' } },
      events: [event({ status: 'canceled' })],
    });
    expect(feed.language).to.equal('sv');
    expect(feed.programme!.budget).to.deep.equal({ value: 10, currency: 'SEK' });
    expect(feed.events).to.deep.equal([]);
    expect(issues.map((issue) => `${issue.path} ${issue.severity}`)).to.deep.equal(['language warning', 'programme.budget.currency warning', 'events[0].status error']);
  });

  it('validates a large feed in slices, giving the page a turn between them, with the same result', async () => {
    const feed = { ...generateFeed(2000), contacts: [{ id: 'x' }] };
    let turns = 0;
    const counting = setInterval(() => turns++, 0);
    const sliced = await validateFeedInSlices(feed);
    clearInterval(counting);
    expect(turns).to.be.greaterThan(2, 'other tasks ran while it validated');
    expect(sliced).to.deep.equal(validateFeed(feed));
    expect(sliced.feed.events).to.have.length(2000);
    expect(sliced.issues.map((issue) => issue.path)).to.deep.equal(['contacts[0].name']);
  });
});
