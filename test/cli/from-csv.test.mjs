import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { detectDelimiter, parseCsv } from '../../dist/node/cli/csv.js';
import { normaliseHeader, slugOf } from '../../dist/node/cli/csv-to-feed.js';
import { validateFeed } from '../../dist/node/feed/validate.js';
import { fixture, run } from './support.mjs';

describe('reading CSV', () => {
  it('quoted cells with "" for a quote, separators and line breaks inside', () => {
    const { records } = parseCsv('a;b;c\r\n"x; y";"say ""hi""";"two\r\nlines"\r\nlast;;\r\n');
    assert.deepEqual(records.map((record) => record.cells), [['a', 'b', 'c'], ['x; y', 'say "hi"', 'two\nlines'], ['last', '', '']]);
    assert.deepEqual(records.map((record) => record.row), [1, 2, 3]);
  });

  it('finds the delimiter from the header row; Excel\'s sep= line; a BOM is dropped', () => {
    assert.equal(detectDelimiter('Namn;Ort;Bransch\n"a,b";c;d'), ';');
    assert.equal(detectDelimiter('name,city\n"a;b",c'), ',');
    assert.equal(detectDelimiter('name\tcity\n'), '\t');
    assert.equal(detectDelimiter('name\n'), ',');
    const { records, delimiter } = parseCsv('\uFEFFsep=,\r\nNamn,Ort\r\nOh my,Luleå');
    assert.equal(delimiter, ',');
    assert.deepEqual(records[0].cells, ['Namn', 'Ort']);
    assert.deepEqual(records[1], { cells: ['Oh my', 'Luleå'], row: 2 });
  });

  it('compares headers without case, accents or punctuation; ids from names', () => {
    assert.equal(normaliseHeader(' E-post '), 'epost');
    assert.equal(normaliseHeader('Företag'), 'foretag');
    assert.equal(slugOf('Åsa Östlunds Ateljé!'), 'asa-ostlunds-atelje');
  });
});

describe('cn-feed from-csv', () => {
  it('turns a Swedish Excel export (BOM, semicolons, quotes, line breaks) into members and names the rows it could not use', async () => {
    const { status, stdout, stderr } = await run(['from-csv', fixture('members-excel-sv.csv'), '--lang', 'sv']);
    assert.equal(status, 1, 'a row was skipped');
    const feed = JSON.parse(stdout);
    assert.deepEqual(validateFeed(feed).issues, [], 'the output is a valid feed');
    assert.deepEqual(feed.members.map((member) => member.id), ['oh-my', 'in-the-cold', 'helikopter-brand-design', 'kaleido']);
    const [ohMy, inTheCold, helikopter, kaleido] = feed.members;
    assert.deepEqual(ohMy, { id: 'oh-my', name: 'Oh my', url: 'https://www.ohmy.example.org', sectors: ['digital'], city: 'Luleå', summary: 'Digital byrå i Norrbotten', joined: '2016-03-10' });
    assert.deepEqual(inTheCold.sectors, ['film', 'digital']);
    assert.equal(inTheCold.summary, 'Film- och innehållsproduktion, "nordligt" berättande');
    assert.equal(inTheCold.joined, '2016-04-01');
    assert.equal(helikopter.summary, 'Varumärken och design.\nTvå rader i samma cell.');
    assert.equal(kaleido.url, undefined, 'a javascript: link is dropped');
    assert.deepEqual(stderr.trim().split('\n'), [
      'varning: Kolumner som inte används: Kommentar',
      'varning: Rad 2: www.ohmy.example.org saknade https://; det har lagts till.',
      'fel: Rad 4 hoppas över: namnet saknas',
      'varning: Rad 6, Medlem sedan: våren 2016 är inget datum som 2026-03-14 (fältet hoppas över)',
      'varning: Rad 7, Webbplats: måste vara en länk som börjar med https:// eller http:// (fältet hoppas över)',
      'fel: Rad 8 hoppas över: id oh-my används redan på rad 2',
      '4 medlemmar från 6 rader.',
    ]);
  });

  it('turns an English export into contacts, with texts in two languages', async () => {
    const { status, stdout, stderr } = await run(['from-csv', fixture('contacts-en.csv'), '--contacts', '--lang', 'en']);
    assert.equal(status, 1);
    const { contacts } = JSON.parse(stdout);
    assert.deepEqual(contacts[0], {
      id: 'anna-exempelsson',
      name: 'Anna Exempelsson',
      role: { sv: 'Projektledare', en: 'Project manager' },
      organisation: 'Luleå Näringsliv AB',
      email: 'anna.exempelsson@example.org',
      phone: '070-174 06 05',
    });
    assert.equal(contacts[1].email, undefined);
    assert.match(stderr, /warning: Row 3, email: is not an e-mail address \(ignored\)/);
    assert.match(stderr, /error: Row 4 is skipped: the name is missing/);
    assert.match(stderr, /Columns not used: notes/);
  });

  it('joins first and last names, and exits 0 when every row was used', async () => {
    const { status, stdout } = await run(['from-csv', fixture('contacts-first-last.csv'), '--contacts', '--array']);
    assert.equal(status, 0);
    assert.deepEqual(JSON.parse(stdout), [{ id: 'sara-pahittad', name: 'Sara Påhittad', role: 'Kommunikatör', email: 'sara.pahittad@example.org', phone: '070-174 06 42' }]);
  });

  it('reads Excel\'s Windows-1252 "CSV" and says so', async () => {
    const { status, stdout, stderr } = await run(['from-csv', fixture('members-windows-1252.csv'), '--lang', 'en']);
    assert.equal(status, 0);
    assert.equal(JSON.parse(stdout).members[0].name, 'Åsa Östlunds Ateljé');
    assert.match(stderr, /was read as Windows-1252/);
  });

  it('exits 1 without output when no column holds the name, or the file is empty', async () => {
    const noName = await run(['from-csv', fixture('no-name-column.csv'), '--lang', 'en']);
    assert.equal(noName.status, 1);
    assert.equal(noName.stdout, '');
    assert.match(noName.stderr, /needs a column called "namn" or "name"/);
    const empty = await run(['from-csv', fixture('empty.csv'), '--lang', 'sv']);
    assert.equal(empty.status, 1);
    assert.match(empty.stderr, /ingen rubrikrad/);
    assert.equal((await run(['from-csv', fixture('missing.csv')])).status, 1);
  });
});
