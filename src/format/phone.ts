/**
 * Swedish phone numbers: reads what people type and writes it the way Swedes write it
 * (SS 63 60 04 style grouping) plus E.164 for `tel:` links. Pure: no DOM, no dependencies.
 * Foreign numbers are accepted in international form but only tidied, never re-grouped.
 */

/** One phone number in the three forms the widgets need. */
export interface PhoneNumber {
  /** `+46701740605`: for `tel:` links and vCards. */
  e164: string;
  /** `070-174 06 05`: how it is written in Sweden. Foreign numbers: same as `international`. */
  national: string;
  /** `+46 70 174 06 05`: for readers abroad. */
  international: string;
}

/** Three-digit area codes (with trunk 0); 08 is the only two-digit one, all others have four. */
const THREE_DIGIT_AREA_CODES = new Set([
  '010', '011', '013', '016', '018', '019', '020', '021', '023', '026', '031', '033', '035',
  '036', '040', '042', '044', '046', '054', '060', '063', '070', '071', '072', '073', '074',
  '075', '076', '077', '078', '079', '090', '099',
]);

/** Longest Swedish number, trunk 0 included: 070-123 45 67, 08-123 456 78, 0920-12 34 56. */
const MAX_NATIONAL_DIGITS = 10;
/** E.164 allows at most 15 digits; below 7 it cannot be a real international number. */
const MIN_E164_DIGITS = 7;
const MAX_E164_DIGITS = 15;

/**
 * Reads a phone number as people type it: `070-174 06 05`, `0701740605`,
 * `+46 70 174 06 05`, `+46 (0)70-174 06 05`, `0046701740605`, `08-123 456 78`,
 * `0920-123 45`, or a foreign number such as `+44 20 7946 0958`.
 *
 * Separators may be spaces, dashes, dots, slashes and parentheses. Returns `undefined` for
 * letters, other symbols, unbalanced parentheses, a number without trunk 0 or country code,
 * and digit counts no Swedish (or E.164) number has.
 */
export function parsePhoneNumber(input: string): PhoneNumber | undefined {
  if (typeof input !== 'string') return undefined;
  const text = input.trim();
  // Only digits, whitespace, dashes (incl. typographic ones), dots, slashes, parens and '+'.
  if (!text || /[^\d\s\-\u2010-\u2013./()+]/.test(text)) return undefined;

  const hasPlus = text.startsWith('+');
  const body = hasPlus ? text.slice(1) : text;
  if (body.includes('+') || !parenthesesBalanced(body)) return undefined;

  const allDigits = body.replace(/\D/g, '');
  if (!hasPlus && !allDigits.startsWith('00')) {
    // National form: must start with the trunk 0 (a bare "701740605" is ambiguous).
    return allDigits.startsWith('0') ? swedish(allDigits) : undefined;
  }

  // International form. "(0)" marks the trunk prefix that is dialled only at home.
  let digits = body.replace(/\(\s*0\s*\)/g, '').replace(/\D/g, '');
  if (!hasPlus) digits = digits.slice(2); // the "00" international prefix
  if (digits.startsWith('46')) {
    // People also write "+46 070…": a Swedish number after +46 never starts with 0.
    const significant = digits.slice(2).replace(/^0/, '');
    return swedish(`0${significant}`);
  }
  return foreign(text, digits);
}

/** Formats a Swedish number given as national digits with trunk 0 (`0701740605`). */
function swedish(national: string): PhoneNumber | undefined {
  if (national.length > MAX_NATIONAL_DIGITS) return undefined;
  const areaLength = national.startsWith('08') ? 2 : THREE_DIGIT_AREA_CODES.has(national.slice(0, 3)) ? 3 : 4;
  const area = national.slice(0, areaLength);
  const subscriber = national.slice(areaLength);
  // Area codes never start 00, subscriber numbers never start with 0.
  if (!/^0[1-9]/.test(area) || subscriber.startsWith('0')) return undefined;
  // Mobile numbers always have seven digits after 07x.
  if (area.startsWith('07') && subscriber.length !== 7) return undefined;
  const grouped = groupSubscriber(subscriber);
  if (!grouped) return undefined;
  return {
    e164: `+46${area.slice(1)}${subscriber}`,
    national: `${area}-${grouped}`,
    international: `+46 ${area.slice(1)} ${grouped}`,
  };
}

/** Groups a subscriber number the Swedish way; `undefined` outside 5–8 digits. */
function groupSubscriber(digits: string): string | undefined {
  switch (digits.length) {
    case 5: // 123 45
      return `${digits.slice(0, 3)} ${digits.slice(3)}`;
    case 6: // 12 34 56
      return `${digits.slice(0, 2)} ${digits.slice(2, 4)} ${digits.slice(4)}`;
    case 7: // 123 45 67
      return `${digits.slice(0, 3)} ${digits.slice(3, 5)} ${digits.slice(5)}`;
    case 8: // 123 456 78
      return `${digits.slice(0, 3)} ${digits.slice(3, 6)} ${digits.slice(6)}`;
    default:
      return undefined;
  }
}

/** A non-Swedish number: validated as E.164, displayed as typed but tidied. */
function foreign(text: string, digits: string): PhoneNumber | undefined {
  // Country codes never start with 0.
  if (digits.startsWith('0') || digits.length < MIN_E164_DIGITS || digits.length > MAX_E164_DIGITS) {
    return undefined;
  }
  const display = text
    .replace(/^00\s*/, '+')
    .replace(/\s*\(\s*0\s*\)\s*/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return { e164: `+${digits}`, national: display, international: display };
}

/** True when every "(" is closed by a ")" with no nesting: "(08) 123 45" yes, "08) 1" no. */
function parenthesesBalanced(text: string): boolean {
  return !/[()]/.test(text.replace(/\([^()]*\)/g, ''));
}
