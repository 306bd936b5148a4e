import assert from 'node:assert/strict';
import { readFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { escapeText, feedToICalendar, foldLine } from '../../dist/node/cli/ical-write.js';
import { icsToEvents } from '../../dist/node/cli/ics-to-events.js';
import { validateFeed } from '../../dist/node/feed/validate.js';
import { fixture, run, sample } from './support.mjs';

const feed = {
  version: 1,
  language: 'sv',
  updated: '2026-03-01T10:00:00+01:00',
  programme: { id: 'creative-talks', name: { sv: 'Creative Talks', en: 'Creative Talks (English)' } },
  events: [
    {
      id: 'talks-2026-03',
      title: { sv: 'Creative Talks: mars', en: 'Creative Talks: March' },
      summary: 'Tre föredrag, frågor; mingel',
      start: '2026-03-10T18:00:00+01:00',
      end: '2026-03-10T20:00:00+01:00',
      location: { name: 'Bergströmska gården', city: 'Luleå' },
      registrationUrl: 'https://www.example.org/anmalan',
      categories: ['talk', 'network, regional'],
    },
    { id: 'designveckan', title: 'Designveckan', start: '2026-09-23', end: '2026-09-25', status: 'cancelled' },
    { id: 'heldag', title: 'Heldag', start: '2026-11-12' },
  ],
};

describe('writing iCalendar', () => {
  it('escapes text and folds lines at 75 octets without splitting a letter', () => {
    assert.equal(escapeText('a, b; c\\d\ne'), 'a\\, b\\; c\\\\d\\ne');
    const line = `SUMMARY:${'å'.repeat(60)}`;
    const folded = foldLine(line);
    for (const piece of folded.split('\r\n')) assert.ok(Buffer.byteLength(piece) <= 75, piece);
    assert.equal(folded.split('\r\n').map((piece, index) => (index === 0 ? piece : piece.slice(1))).join(''), line);
    // Each content line ends in CRLF (RFC 5545 §3.1).
    assert.equal(foldLine('SHORT:x'), 'SHORT:x\r\n');
  });

  it('writes a calendar: UTC times, all-day dates with the day after as end, status, escaped lists', () => {
    const { feed: validated } = validateFeed(feed);
    const text = feedToICalendar(validated, { language: 'sv' });
    assert.ok(text.endsWith('\r\n'));
    assert.ok(!/[^\r]\n/.test(text), 'every line ends in CRLF');
    const unfolded = text.replace(/\r\n /g, '');
    for (const expected of [
      'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Creative Nodes//cn-feed//EN',
      'X-WR-CALNAME:Creative Talks\r\n',
      'UID:talks-2026-03@creative-talks.creative-nodes\r\nDTSTAMP:20260301T090000Z\r\nDTSTART:20260310T170000Z\r\nDTEND:20260310T190000Z\r\nSUMMARY:Creative Talks: mars\r\n',
      'DESCRIPTION:Tre föredrag\\, frågor\\; mingel\\n\\nAnmälan: https://www.example.org/anmalan\r\n',
      'LOCATION:Bergströmska gården\\, Luleå\r\nURL:https://www.example.org/anmalan\r\nCATEGORIES:talk,network\\, regional\r\nSTATUS:CONFIRMED\r\n',
      'DTSTART;VALUE=DATE:20260923\r\nDTEND;VALUE=DATE:20260926\r\nSUMMARY:Designveckan\r\nSTATUS:CANCELLED',
      'DTSTART;VALUE=DATE:20261112\r\nDTEND;VALUE=DATE:20261113\r\n',
      'END:VEVENT\r\nEND:VCALENDAR\r\n',
    ]) {
      assert.ok(unfolded.includes(expected), `missing:\n${expected}\nin:\n${unfolded}`);
    }
    assert.match(feedToICalendar(validated, { language: 'en' }), /SUMMARY:Creative Talks: March/);
  });

  it('comes back unchanged through from-ics', () => {
    const { feed: validated } = validateFeed(JSON.parse(readFileSync(sample('creative-talks'), 'utf8')));
    const calendar = feedToICalendar(validated, { language: 'sv' });
    const back = icsToEvents(Buffer.from(calendar), { language: 'en', from: '2000-01-01', to: '2000-12-31' });
    assert.deepEqual(back.messages, []);
    assert.deepEqual(back.events.map((event) => [event.id, event.start, event.end]), validated.events.map((event) => [event.id, event.start, event.end]));
  });
});

describe('cn-feed to-ics', () => {
  it('writes the sample feed to standard output or a file', async () => {
    const { status, stdout, stderr } = await run(['to-ics', sample('loket'), '--lang', 'en']);
    assert.equal(status, 0, stderr);
    assert.equal((stdout.match(/BEGIN:VEVENT/g) ?? []).length, 7);
    assert.match(stderr, /7 events written\./);
    const directory = mkdtempSync(join(tmpdir(), 'cn-feed-'));
    const file = join(directory, 'loket.ics');
    assert.equal((await run(['to-ics', sample('loket'), '--output', file])).status, 0);
    assert.equal(readFileSync(file, 'utf8'), stdout);
  });

  it('leaves out broken events, says so and exits 1; refuses a feed that is not JSON', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'cn-feed-'));
    const file = join(directory, 'feed.json');
    writeFileSync(file, JSON.stringify({ ...feed, events: [...feed.events, { id: 'x', title: 'X', start: 'soon' }] }, null, 2));
    const { status, stdout, stderr } = await run(['to-ics', file, '--lang', 'sv']);
    assert.equal(status, 1);
    assert.equal((stdout.match(/BEGIN:VEVENT/g) ?? []).length, 3);
    assert.match(stderr, /events\[3\]\.start: inte ett datum/);
    assert.match(stderr, /3 evenemang skrivna; 1 med fel utelämnades\./);
    const notJson = await run(['to-ics', fixture('trailing-comma.json'), '--lang', 'en']);
    assert.equal(notJson.status, 1);
    assert.equal(notJson.stdout, '');
  });
});

describe('cn-feed schema and help', () => {
  it('prints the same JSON Schema as schema/programme-feed.v1.schema.json', async () => {
    const { status, stdout } = await run(['schema']);
    assert.equal(status, 0);
    assert.deepEqual(JSON.parse(stdout), JSON.parse(readFileSync(new URL('../../schema/programme-feed.v1.schema.json', import.meta.url), 'utf8')));
  });

  it('has help for every command, in both languages', async () => {
    for (const command of ['validate', 'schema', 'from-ics', 'from-csv', 'to-ics']) {
      for (const lang of ['sv', 'en']) {
        const { status, stdout } = await run([command, '--help', '--lang', lang]);
        assert.equal(status, 0);
        assert.match(stdout, new RegExp(`^cn-feed ${command}`));
      }
    }
    const main = await run(['--help', '--lang', 'sv']);
    assert.match(main.stdout, /Kommandon:/);
    assert.equal((await run([])).status, 2, 'no command at all is a usage error, with the help');
    assert.match((await run(['--version'])).stdout, /^\d+\.\d+\.\d+\n$/);
  });
});
