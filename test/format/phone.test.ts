import { expect } from '@open-wc/testing';
import { parsePhoneNumber, type PhoneNumber } from '../../src/format/phone.js';

const mobile: PhoneNumber = {
  e164: '+46701740605',
  national: '070-174 06 05',
  international: '+46 70 174 06 05',
};

/** Every way of typing the same mobile number that must be understood. */
const mobileInputs = [
  '070-174 06 05',
  '0701740605',
  '+46 70 174 06 05',
  '+46 (0)70-174 06 05',
  '+46(0)701740605',
  '0046701740605',
  '0046 (0)70 174 06 05',
  '00 46 70 174 06 05',
  '+46701740605',
  '+46 070-174 06 05',
  '070 174 06 05',
  '070/174 06 05',
  '070.174.06.05',
  '(070) 174 06 05',
  '  070-174 06 05  ',
  '070\u2013174\u00a006\u00a005', // en dash and no-break spaces, as pasted from a document
  '070\u202f174\u202f06\u202f05', // narrow no-break spaces
];

describe('parsePhoneNumber', () => {
  describe('Swedish mobile numbers', () => {
    for (const input of mobileInputs) {
      it(`reads ${JSON.stringify(input)}`, () => {
        expect(parsePhoneNumber(input)).to.deep.equal(mobile);
      });
    }
  });

  describe('Swedish landline numbers', () => {
    const cases: Array<[input: string, e164: string, national: string, international: string]> = [
      // Stockholm: 08, the only two-digit area code; subscriber numbers of 5–8 digits.
      ['08-123 456 78', '+46812345678', '08-123 456 78', '+46 8 123 456 78'],
      ['0812345678', '+46812345678', '08-123 456 78', '+46 8 123 456 78'],
      ['+46 8 123 456 78', '+46812345678', '08-123 456 78', '+46 8 123 456 78'],
      ['(08) 123 456 78', '+46812345678', '08-123 456 78', '+46 8 123 456 78'],
      ['08-123 45 67', '+4681234567', '08-123 45 67', '+46 8 123 45 67'],
      ['08-12 34 56', '+468123456', '08-12 34 56', '+46 8 12 34 56'],
      ['08-123 45', '+46812345', '08-123 45', '+46 8 123 45'],
      // Four-digit area codes in the north.
      ['0920-123 45', '+4692012345', '0920-123 45', '+46 920 123 45'], // Luleå
      ['0920-12345', '+4692012345', '0920-123 45', '+46 920 123 45'],
      ['+46 920 12345', '+4692012345', '0920-123 45', '+46 920 123 45'],
      ['0911-123 456', '+46911123456', '0911-12 34 56', '+46 911 12 34 56'], // Piteå
      ['0980-123 45', '+4698012345', '0980-123 45', '+46 980 123 45'], // Kiruna
      ['0485-123 45', '+4648512345', '0485-123 45', '+46 485 123 45'], // Öland: 048x is not a three-digit code
      // Three-digit area codes.
      ['031-12 34 56', '+4631123456', '031-12 34 56', '+46 31 12 34 56'], // Göteborg
      ['031-123 45 67', '+46311234567', '031-123 45 67', '+46 31 123 45 67'],
      ['040-123 45', '+464012345', '040-123 45', '+46 40 123 45'], // Malmö
      ['046-12 34 56', '+4646123456', '046-12 34 56', '+46 46 12 34 56'], // Lund
      ['090-12 34 56', '+4690123456', '090-12 34 56', '+46 90 12 34 56'], // Umeå
      ['018-123 45 67', '+46181234567', '018-123 45 67', '+46 18 123 45 67'], // Uppsala
      ['010-123 45 67', '+46101234567', '010-123 45 67', '+46 10 123 45 67'],
      ['020-12 34 56', '+4620123456', '020-12 34 56', '+46 20 12 34 56'],
      ['063-12 34 56', '+4663123456', '063-12 34 56', '+46 63 12 34 56'], // Östersund
      // Other mobile series.
      ['073-123 45 67', '+46731234567', '073-123 45 67', '+46 73 123 45 67'],
      ['0761234567', '+46761234567', '076-123 45 67', '+46 76 123 45 67'],
    ];
    for (const [input, e164, national, international] of cases) {
      it(`reads ${JSON.stringify(input)} as ${national}`, () => {
        expect(parsePhoneNumber(input)).to.deep.equal({ e164, national, international });
      });
    }
  });

  describe('foreign numbers', () => {
    const cases: Array<[input: string, e164: string, display: string]> = [
      ['+44 20 7946 0958', '+442079460958', '+44 20 7946 0958'],
      ['0044 20 7946 0958', '+442079460958', '+44 20 7946 0958'],
      ['+44 (0)20 7946 0958', '+442079460958', '+44 20 7946 0958'],
      ['+1 (555) 123-4567', '+15551234567', '+1 (555) 123-4567'],
      ['  +47   22 12  34 56 ', '+4722123456', '+47 22 12 34 56'],
      ['+358401234567', '+358401234567', '+358401234567'],
      ['00358 40 123 4567', '+358401234567', '+358 40 123 4567'],
    ];
    for (const [input, e164, display] of cases) {
      it(`keeps ${JSON.stringify(input)} as ${display}`, () => {
        expect(parsePhoneNumber(input)).to.deep.equal({ e164, national: display, international: display });
      });
    }
  });

  describe('rejections', () => {
    const rejected = [
      '',
      '   ',
      'abc',
      'okänt',
      '070-ABC 06 05',
      '070-174 06 05 ext 12',
      'tel:+46701740605',
      '070#1740605',
      '070,174 06 05',
      '070-174 06 05*',
      '070-174 06', // mobile numbers have seven digits after 07x
      '070-174 06 056',
      '0701740605123',
      '08-123 4', // four-digit subscriber number
      '08-123 456 789', // nine-digit subscriber number
      '0920-123 456 78', // too long for a four-digit area code
      '0920-123 45 67', // 11 digits: no Swedish number is that long
      '031-123 456 78', // 11 digits
      '0920-1234', // too short
      '08-0123 4567', // subscriber numbers never start with 0
      '12345',
      '701740605', // neither trunk 0 nor country code
      '46701740605', // country code without + or 00
      '000701740605',
      '+',
      '+46',
      '+46 0',
      '++46701740605',
      '+46 70 174 06 05 +',
      '46+701740605',
      '(070-174 06 05',
      '070-174 06 05)',
      '((070)) 174 06 05',
      '+0 123 456 789', // country codes never start with 0
      '+1 234', // too short for E.164
      '+1234567890123456', // 16 digits: too long for E.164
      '-',
      '()',
    ];
    for (const input of rejected) {
      it(`rejects ${JSON.stringify(input)}`, () => {
        expect(parsePhoneNumber(input)).to.be.undefined;
      });
    }

    it('rejects non-string input from untyped callers', () => {
      expect(parsePhoneNumber(undefined as unknown as string)).to.be.undefined;
      expect(parsePhoneNumber(701740605 as unknown as string)).to.be.undefined;
    });
  });

  describe('consistency', () => {
    const valid = [...mobileInputs, '08-123 456 78', '0920-123 45', '0911-123 456', '031-12 34 56', '08-123 45', '+44 20 7946 0958'];

    it('always gives an E.164 number usable in a tel: link', () => {
      for (const input of valid) {
        expect(parsePhoneNumber(input)!.e164, input).to.match(/^\+[1-9]\d{6,14}$/);
      }
    });

    it('reads its own output back to the same number', () => {
      for (const input of valid) {
        const number = parsePhoneNumber(input)!;
        // A foreign number is displayed as typed, so only its E.164 form is compared.
        expect(parsePhoneNumber(number.e164)!.e164, number.e164).to.equal(number.e164);
        if (number.e164.startsWith('+46')) expect(parsePhoneNumber(number.e164), number.e164).to.deep.equal(number);
        expect(parsePhoneNumber(number.national), number.national).to.deep.equal(number);
        expect(parsePhoneNumber(number.international), number.international).to.deep.equal(number);
      }
    });
  });
});
