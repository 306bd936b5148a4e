import { expect } from '@open-wc/testing';
import {
  foldLine,
  parseVCard,
  parseVCardProperties,
  toVCard,
  type VCardFields,
} from '../../src/contact-card/vcard.js';

const encoder = new TextEncoder();
const octets = (text: string) => encoder.encode(text).length;

/** Physical lines of a card, without their CRLF. */
function physicalLines(card: string): string[] {
  expect(card.endsWith('\r\n'), 'card ends with CRLF').to.be.true;
  return card.slice(0, -2).split('\r\n');
}

/** Content lines after unfolding (CRLF + one space removed). */
function contentLines(card: string): string[] {
  return physicalLines(card.replace(/\r\n /g, ''));
}

/** The single content line of a property, e.g. `TITLE:…`. */
function line(card: string, name: string): string | undefined {
  return contentLines(card).find((l) => l.startsWith(`${name}:`) || l.startsWith(`${name};`));
}

/**
 * Checks folding at the byte level: every physical line is at most 75 octets and is valid
 * UTF-8 on its own (a split multi-byte sequence would make the fatal decoder throw).
 */
function expectWellFolded(card: string): void {
  const bytes = encoder.encode(card);
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let start = 0;
  for (let i = 0; i < bytes.length - 1; i++) {
    if (bytes[i] === 0x0d && bytes[i + 1] === 0x0a) {
      const physical = bytes.subarray(start, i);
      expect(physical.length, `line ${decoder.decode(physical)}`).to.be.at.most(75);
      expect(() => decoder.decode(physical)).not.to.throw();
      start = i + 2;
    }
  }
  expect(start, 'nothing after the last CRLF').to.equal(bytes.length);
  expect(card).not.to.include('\uFFFD');
}

/** Reads the fields back from a parsed card, to compare with what went in. */
function fieldsFrom(parsed: Record<string, string[]>): VCardFields {
  const fields: VCardFields = { name: parsed['FN']![0]! };
  if (parsed['TITLE']) fields.role = parsed['TITLE'][0];
  if (parsed['ORG']) fields.organisation = parsed['ORG'][0];
  if (parsed['EMAIL']) fields.email = parsed['EMAIL'][0];
  if (parsed['TEL']) fields.phone = parsed['TEL'][0]!.replace(/^tel:/, '');
  if (parsed['PHOTO']) fields.photo = parsed['PHOTO'][0];
  if (parsed['URL']) fields.url = parsed['URL'][0];
  if (parsed['UID']) fields.uid = parsed['UID'][0];
  return fields;
}

const full: VCardFields = {
  name: 'Anna Exempelsson',
  role: 'Projektledare',
  organisation: 'Creative Nodes',
  email: 'anna.exempelsson@example.se',
  phone: '+46701740605',
  photo: 'https://example.se/img/anna.jpg',
  url: 'https://example.se/kontakt',
  uid: 'urn:uuid:6f1c2b7e-8d2a-4c55-9a3e-0b4d1f2e3c4a',
};

describe('toVCard', () => {
  describe('structure', () => {
    it('starts with BEGIN:VCARD and has VERSION:4.0 as the second line', () => {
      const lines = physicalLines(toVCard(full));
      expect(lines[0]).to.equal('BEGIN:VCARD');
      expect(lines[1]).to.equal('VERSION:4.0');
    });

    it('ends with END:VCARD followed by CRLF', () => {
      const card = toVCard(full);
      expect(card.endsWith('\r\nEND:VCARD\r\n')).to.be.true;
    });

    it('uses CRLF for every line break, with no bare LF or CR', () => {
      const card = toVCard({ ...full, role: 'Rad ett\nrad två\r\nrad tre\rrad fyra', organisation: 'x'.repeat(200) });
      expect(card.replace(/\r\n/g, '')).not.to.match(/[\r\n]/);
      expect(card.match(/\r\n/g)!.length).to.be.greaterThan(10);
    });

    it('writes only FN and N when only the name is given', () => {
      expect(toVCard({ name: 'Anna Exempelsson' })).to.equal(
        'BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Anna Exempelsson\r\nN:Exempelsson;Anna;;;\r\nEND:VCARD\r\n',
      );
    });

    it('writes the optional properties in a fixed order', () => {
      const names = contentLines(toVCard(full)).map((l) => l.split(/[;:]/)[0]);
      expect(names).to.deep.equal([
        'BEGIN', 'VERSION', 'FN', 'N', 'TITLE', 'ORG', 'EMAIL', 'TEL', 'PHOTO', 'URL', 'UID', 'END',
      ]);
    });

    it('writes the whole card as expected', () => {
      expect(toVCard(full)).to.equal(
        [
          'BEGIN:VCARD',
          'VERSION:4.0',
          'FN:Anna Exempelsson',
          'N:Exempelsson;Anna;;;',
          'TITLE:Projektledare',
          'ORG:Creative Nodes',
          'EMAIL:anna.exempelsson@example.se',
          'TEL;VALUE=uri;TYPE=work:tel:+46701740605',
          'PHOTO:https://example.se/img/anna.jpg',
          'URL:https://example.se/kontakt',
          'UID:urn:uuid:6f1c2b7e-8d2a-4c55-9a3e-0b4d1f2e3c4a',
          'END:VCARD',
          '',
        ].join('\r\n'),
      );
    });

    it('leaves out optional fields that are empty, blank or undefined', () => {
      const card = toVCard({ name: 'Anna', role: '', organisation: '   ', email: undefined, phone: ' ', url: '\n' });
      expect(contentLines(card)).to.have.length(5);
    });

    it('throws for a blank name, since FN is required', () => {
      expect(() => toVCard({ name: '' })).to.throw(RangeError);
      expect(() => toVCard({ name: ' \n\t\u0000' })).to.throw(RangeError);
    });
  });

  describe('N (structured name)', () => {
    const n = (name: string) => line(toVCard({ name }), 'N');

    it('takes the last word as family name and the rest as given names', () => {
      expect(n('Anna Exempelsson')).to.equal('N:Exempelsson;Anna;;;');
      expect(n('Anna Maria Exempelsson')).to.equal('N:Exempelsson;Anna Maria;;;');
      expect(n('Anna-Karin Öberg')).to.equal('N:Öberg;Anna-Karin;;;');
    });

    it('handles a single word and extra whitespace', () => {
      expect(n('Madonna')).to.equal('N:Madonna;;;;');
      expect(n('  Anna   Exempelsson  ')).to.equal('N:Exempelsson;Anna;;;');
    });

    it('escapes backslash, comma and semicolon inside components', () => {
      expect(n('A\\B C,D;E')).to.equal('N:C\\,D\\;E;A\\\\B;;;');
    });
  });

  describe('text escaping (RFC 6350 §3.4)', () => {
    const title = (role: string) => line(toVCard({ name: 'A', role }), 'TITLE');

    it('escapes a backslash as \\\\', () => {
      expect(title('a\\b')).to.equal('TITLE:a\\\\b');
    });

    it('escapes a comma as \\,', () => {
      expect(title('a,b')).to.equal('TITLE:a\\,b');
    });

    it('escapes a semicolon as \\;', () => {
      expect(title('a;b')).to.equal('TITLE:a\\;b');
    });

    it('escapes LF, CRLF and CR line breaks as \\n', () => {
      expect(title('a\nb')).to.equal('TITLE:a\\nb');
      expect(title('a\r\nb')).to.equal('TITLE:a\\nb');
      expect(title('a\rb')).to.equal('TITLE:a\\nb');
    });

    it('does not escape a colon', () => {
      expect(title('Ordförande: styrelsen')).to.equal('TITLE:Ordförande: styrelsen');
    });

    it('escapes FN', () => {
      expect(line(toVCard({ name: 'Anna; Exempelsson, \\ jr' }), 'FN')).to.equal('FN:Anna\\; Exempelsson\\, \\\\ jr');
    });

    it('escapes commas and semicolons within the single ORG component', () => {
      expect(line(toVCard({ name: 'A', organisation: 'Region Norrbotten; Kultur, Luleå' }), 'ORG')).to.equal(
        'ORG:Region Norrbotten\\; Kultur\\, Luleå',
      );
    });

    it('escapes EMAIL as text', () => {
      expect(line(toVCard({ name: 'A', email: 'a,b@example.se' }), 'EMAIL')).to.equal('EMAIL:a\\,b@example.se');
    });
  });

  describe('URI values', () => {
    it('writes TEL as a tel: URI with VALUE=uri and TYPE=work', () => {
      expect(line(toVCard({ name: 'A', phone: '+46701740605' }), 'TEL')).to.equal('TEL;VALUE=uri;TYPE=work:tel:+46701740605');
    });

    it('reduces a typed phone number to + and digits', () => {
      expect(line(toVCard({ name: 'A', phone: ' +46 70-174 06 05 ' }), 'TEL')).to.equal('TEL;VALUE=uri;TYPE=work:tel:+46701740605');
      expect(line(toVCard({ name: 'A', phone: 'tel:+46701740605' }), 'TEL')).to.equal('TEL;VALUE=uri;TYPE=work:tel:+46701740605');
    });

    it('leaves out TEL when there are no digits', () => {
      expect(line(toVCard({ name: 'A', phone: 'saknas' }), 'TEL')).to.be.undefined;
    });

    it('does not text-escape PHOTO and URL', () => {
      const card = toVCard({ name: 'A', photo: 'https://example.se/a,b;c.jpg', url: 'https://example.se/?a=1,2;b=\\' });
      expect(line(card, 'PHOTO')).to.equal('PHOTO:https://example.se/a,b;c.jpg');
      expect(line(card, 'URL')).to.equal('URL:https://example.se/?a=1,2;b=\\');
    });

    it('drops line breaks and control characters from URIs and encodes spaces', () => {
      const card = toVCard({ name: 'A', url: ' https://example.se/\r\nsida\t2\u0000 med mellanslag ' });
      expect(line(card, 'URL')).to.equal('URL:https://example.se/sida2%20med%20mellanslag');
    });

    it('writes a URI UID as is and any other UID as text', () => {
      expect(line(toVCard({ name: 'A', uid: 'urn:uuid:1234' }), 'UID')).to.equal('UID:urn:uuid:1234');
      expect(line(toVCard({ name: 'A', uid: 'kontakt 42; Luleå' }), 'UID')).to.equal('UID;VALUE=text:kontakt 42\\; Luleå');
    });
  });

  describe('sanitising', () => {
    it('strips C0, DEL and C1 control characters', () => {
      const card = toVCard({ name: 'An\u0000na\u0007 Exem\u001bpels\u007fson\u0085\u009f', role: 'a\u0008b\u000bc\u000cd' });
      expect(line(card, 'FN')).to.equal('FN:Anna Exempelsson');
      expect(line(card, 'TITLE')).to.equal('TITLE:abcd');
      expect(card.replace(/\r\n/g, '')).not.to.match(/[\u0000-\u001f\u007f-\u009f]/);
    });

    it('turns tabs into spaces and trims', () => {
      expect(line(toVCard({ name: '\tAnna\tExempelsson ' }), 'FN')).to.equal('FN:Anna Exempelsson');
    });

    it('drops lone surrogates but keeps emoji', () => {
      const card = toVCard({ name: 'Anna \uD83D Exempelsson 🎨' });
      expect(line(card, 'FN')).to.equal('FN:Anna  Exempelsson 🎨');
    });

    it('writes single-line values (EMAIL, UID) without line breaks', () => {
      const card = toVCard({ name: 'A', email: 'anna@\nexample.se', uid: 'id\n42' });
      expect(line(card, 'EMAIL')).to.equal('EMAIL:anna@ example.se');
      expect(line(card, 'UID')).to.equal('UID;VALUE=text:id 42');
    });
  });

  describe('folding at 75 octets (RFC 6350 §3.2)', () => {
    it('does not fold a line of exactly 75 octets', () => {
      const card = toVCard({ name: 'A', role: 'x'.repeat(69) }); // "TITLE:" is 6 octets
      expect(physicalLines(card)).to.include(`TITLE:${'x'.repeat(69)}`);
    });

    it('folds a 76-octet line after 75 octets with CRLF and one space', () => {
      const card = toVCard({ name: 'A', role: 'x'.repeat(70) });
      expect(card).to.include(`\r\nTITLE:${'x'.repeat(69)}\r\n x\r\n`);
    });

    it('fills continuation lines to 75 octets including the leading space', () => {
      const lines = physicalLines(toVCard({ name: 'A', role: 'x'.repeat(250) }));
      const title = lines.findIndex((l) => l.startsWith('TITLE:'));
      expect(lines[title]).to.have.length(75);
      expect(lines[title + 1]).to.equal(` ${'x'.repeat(74)}`);
      expect(lines[title + 2]).to.equal(` ${'x'.repeat(74)}`);
      expect(lines[title + 3]).to.equal(` ${'x'.repeat(250 - 69 - 74 * 2)}`);
    });

    it('keeps a 2-byte å whole when it would end at octet 75', () => {
      // "TITLE:" + 67 x = 73 octets; å takes octets 74–75 and still fits.
      const fits = physicalLines(toVCard({ name: 'A', role: `${'x'.repeat(67)}åäö` }));
      expect(fits).to.include(`TITLE:${'x'.repeat(67)}å`);
      expect(fits).to.include(' äö');
    });

    it('moves a 2-byte å to the next line when it would straddle octet 75', () => {
      // "TITLE:" + 68 x = 74 octets; å would take octets 75–76.
      const lines = physicalLines(toVCard({ name: 'A', role: `${'x'.repeat(68)}åäö` }));
      const first = `TITLE:${'x'.repeat(68)}`;
      expect(lines).to.include(first);
      expect(octets(first)).to.equal(74);
      expect(lines).to.include(' åäö');
    });

    it('folds Swedish text of 2-byte letters at every alignment without splitting one', () => {
      for (let pad = 0; pad < 4; pad++) {
        for (const letter of ['å', 'ä', 'ö', 'Å', 'Ä', 'Ö']) {
          const role = `${'x'.repeat(pad)}${letter.repeat(120)}`;
          const card = toVCard({ name: 'A', role });
          expectWellFolded(card);
          expect(parseVCard(card)['TITLE']).to.deep.equal([role]);
        }
      }
    });

    it('folds 3- and 4-byte characters (€, emoji, ZWJ sequences) at every alignment', () => {
      for (let pad = 0; pad < 5; pad++) {
        for (const char of ['€', '😀', '👩‍👩‍👧', '🇸🇪']) {
          const role = `${'x'.repeat(pad)}${char.repeat(60)}`;
          const card = toVCard({ name: 'A', role });
          expectWellFolded(card);
          expect(parseVCard(card)['TITLE']).to.deep.equal([role]);
        }
      }
    });

    it('folds greedily: only the last piece of a content line is shorter than 72 octets', () => {
      const role = 'Kulturhus i Luleå, Piteå och Umeå; ö-liv 🎨 '.repeat(10);
      const pieces = toVCard({ name: 'A', role }).split(/\r\n(?! )/).filter((l) => l.startsWith('TITLE'));
      const physical = pieces[0]!.split('\r\n');
      expect(physical.length).to.be.greaterThan(5);
      for (const piece of physical.slice(0, -1)) expect(octets(piece)).to.be.within(72, 75);
    });

    it('unfolding reproduces the escaped content line exactly', () => {
      const role = 'Övergripande ansvar för åtgärder, möten; och\nrådgivning 🎨 '.repeat(6);
      const card = toVCard({ name: 'A', role });
      const escaped = role.replace(/[\\,;]/g, '\\$&').replace(/\n/g, '\\n').trim();
      expect(line(card, 'TITLE')).to.equal(`TITLE:${escaped}`);
    });

    it('foldLine ends a short line with CRLF and leaves it otherwise unchanged', () => {
      expect(foldLine('FN:Anna')).to.equal('FN:Anna\r\n');
    });
  });
});

describe('parseVCard', () => {
  it('parses a generated card into upper-case names with values', () => {
    const parsed = parseVCard(toVCard(full));
    expect(parsed).to.deep.equal({
      BEGIN: ['VCARD'],
      VERSION: ['4.0'],
      FN: ['Anna Exempelsson'],
      N: ['Exempelsson;Anna;;;'],
      TITLE: ['Projektledare'],
      ORG: ['Creative Nodes'],
      EMAIL: ['anna.exempelsson@example.se'],
      TEL: ['tel:+46701740605'],
      PHOTO: ['https://example.se/img/anna.jpg'],
      URL: ['https://example.se/kontakt'],
      UID: ['urn:uuid:6f1c2b7e-8d2a-4c55-9a3e-0b4d1f2e3c4a'],
      END: ['VCARD'],
    });
  });

  it('unfolds CRLF followed by a space or a tab', () => {
    const parsed = parseVCard('BEGIN:VCARD\r\nNOTE:abc\r\n def\r\n\tghi\r\nEND:VCARD\r\n');
    expect(parsed['NOTE']).to.deep.equal(['abcdefghi']);
  });

  it('removes only the one whitespace character of a fold', () => {
    expect(parseVCard('NOTE:abc\r\n  def\r\n')['NOTE']).to.deep.equal(['abc def']);
  });

  it('accepts LF line endings', () => {
    expect(parseVCard('BEGIN:VCARD\nFN:Anna\n Exempelsson\nEND:VCARD\n')['FN']).to.deep.equal(['AnnaExempelsson']);
  });

  it('unescapes \\n, \\N, \\, \\; and \\\\', () => {
    expect(parseVCard('NOTE:a\\nb\\Nc\\,d\\;e\\\\f\r\n')['NOTE']).to.deep.equal(['a\nb\nc,d;e\\f']);
  });

  it('reads an escaped backslash before n as a backslash and an n', () => {
    expect(parseVCard('NOTE:C:\\\\new\r\n')['NOTE']).to.deep.equal(['C:\\new']);
  });

  it('keeps unknown escapes as written', () => {
    expect(parseVCard('NOTE:a\\tb\r\n')['NOTE']).to.deep.equal(['a\\tb']);
  });

  it('splits at the first colon that is not inside a quoted parameter value', () => {
    const [property] = parseVCardProperties('X-NOTE;X-LABEL="a:b;c";type=work,voice:value:with:colons\r\n');
    expect(property).to.deep.equal({
      name: 'X-NOTE',
      params: { 'X-LABEL': ['a:b;c'], TYPE: ['work', 'voice'] },
      rawValue: 'value:with:colons',
      value: 'value:with:colons',
    });
  });

  it('upper-cases names and strips groups', () => {
    const [property] = parseVCardProperties('item1.email;type=work:anna@example.se\r\n');
    expect(property!.name).to.equal('EMAIL');
    expect(property!.group).to.equal('item1');
    expect(parseVCard('item1.email:anna@example.se\r\n')).to.deep.equal({ EMAIL: ['anna@example.se'] });
  });

  it('does not unescape URI values', () => {
    const parsed = parseVCard(
      'URL:https://example.se/a\\,b\r\nTEL;VALUE=uri:tel:+46\\;1\r\nX-LINK;VALUE=URI:https://x/\\n\r\n',
    );
    expect(parsed['URL']).to.deep.equal(['https://example.se/a\\,b']);
    expect(parsed['TEL']).to.deep.equal(['tel:+46\\;1']);
    expect(parsed['X-LINK']).to.deep.equal(['https://x/\\n']);
  });

  it('unescapes a URI-default property reset to text', () => {
    expect(parseVCard('UID;VALUE=text:a\\;b\\,c\r\n')['UID']).to.deep.equal(['a;b,c']);
  });

  it('collects repeated properties in order', () => {
    const parsed = parseVCard('EMAIL:a@example.se\r\nFN:A\r\nEMAIL:b@example.se\r\nEMAIL:c@example.se\r\n');
    expect(parsed['EMAIL']).to.deep.equal(['a@example.se', 'b@example.se', 'c@example.se']);
  });

  it('skips blank lines and lines without a colon', () => {
    expect(parseVCard('\r\nFN:A\r\n\r\nnonsense\r\n   \r\nTITLE:B')).to.deep.equal({ FN: ['A'], TITLE: ['B'] });
  });

  it('decodes RFC 6868 caret escapes in parameter values', () => {
    const [property] = parseVCardProperties(`ADR;LABEL="Storgatan 1^nLuleå ^'Norr^' ^^":;;Storgatan 1;;;;\r\n`);
    expect(property!.params['LABEL']).to.deep.equal(['Storgatan 1\nLuleå "Norr" ^']);
  });

  it('keeps an empty value', () => {
    expect(parseVCard('NOTE:\r\n')['NOTE']).to.deep.equal(['']);
  });
});

describe('toVCard → parseVCard round trip', () => {
  const roundTrip = (fields: VCardFields) => fieldsFrom(parseVCard(toVCard(fields)));

  it('gives back plain fields', () => {
    expect(roundTrip(full)).to.deep.equal(full);
    expect(roundTrip({ name: 'Anna Exempelsson' })).to.deep.equal({ name: 'Anna Exempelsson' });
  });

  it('gives back fields full of special characters', () => {
    const nasty: VCardFields = {
      name: 'Åsa "Åsk" Öberg-Ängström; jr, \\ 🎨',
      role: 'Projektledare, kultur; regional utveckling\nOch en rad till \\n som inte är radbrytning',
      organisation: 'Region Norrbotten; Kulturförvaltningen, Luleå \\ Piteå',
      email: 'åsa.öberg+nodes@exempel.se',
      phone: '+46701740605',
      photo: 'https://example.se/bilder/åsa,öberg;2.jpg?w=200&h=200',
      url: 'https://example.se/sök?q=a,b;c\\d',
      uid: 'kontakt; 42, Luleå \\ nord',
    };
    expect(roundTrip(nasty)).to.deep.equal(nasty);
  });

  it('gives back long Swedish text and emoji across many folds', () => {
    const long: VCardFields = {
      name: 'Ålänningen Östen Ärlig-Åström',
      role: 'Samordnare för kulturella och kreativa näringar i Norrbotten, Västerbotten och Jämtland; ansvarar för ökad samverkan 🎨🎭🎬👩‍👩‍👧 '.repeat(5).trim(),
      organisation: 'Föreningen för kreativa noder i övre Norrland, även känd som "Noderna"; säte i Luleå'.repeat(3),
      url: `https://example.se/${'långsökväg/'.repeat(20)}`,
    };
    const card = toVCard(long);
    expectWellFolded(card);
    expect(physicalLines(card).length).to.be.greaterThan(15);
    expect(roundTrip(long)).to.deep.equal(long);
  });

  it('gives back fields that straddle the fold at every alignment', () => {
    for (let pad = 0; pad < 80; pad++) {
      const fields: VCardFields = { name: `${'x'.repeat(pad)}å ö,\\;ä`, role: `${'y'.repeat(pad)}\\n;😀,ä` };
      const card = toVCard(fields);
      expectWellFolded(card);
      expect(roundTrip(fields)).to.deep.equal(fields);
    }
  });

  it('normalises line breaks, so CRLF in a value comes back as LF', () => {
    expect(roundTrip({ name: 'A', role: 'rad 1\r\nrad 2' }).role).to.equal('rad 1\nrad 2');
  });
});
