import { SMS_GSM7_MULTI_SEGMENT, SMS_GSM7_SINGLE_SEGMENT, SMS_UCS2_MULTI_SEGMENT, SMS_UCS2_SINGLE_SEGMENT } from '../limits/sms';

/**
 * How an SMS text will travel: GSM-7 when every character is in the GSM 03.38 default alphabet or
 * its extension table (extension characters cost two septets: an escape plus the character),
 * otherwise UCS-2 (UTF-16 code units, so an emoji outside the BMP costs two).
 */

// The GSM 03.38 default alphabet (escape 0x1B excluded: it is not a character a user types).
const GSM7_BASIC = new Set(
  '@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà',
);
// The extension table: each of these is sent as ESC + character, two septets.
const GSM7_EXTENSION = new Set('\f^{}\\[~]|€');

export type SmsEncoding = 'GSM-7' | 'UCS-2';

export interface SmsCharacterIssue {
  /** The character as the user typed it (one code point, may be two UTF-16 units). */
  char: string;
  /** Index in the text (UTF-16 units), for highlighting. */
  index: number;
  /** A GSM-7 look-alike that keeps the message in GSM-7, when there is one. */
  replacement?: string;
}

export interface SmsAnalysis {
  encoding: SmsEncoding;
  /** Code points the user sees. */
  characters: number;
  /** What the segments are filled with: septets for GSM-7, UTF-16 units for UCS-2. */
  units: number;
  segments: number;
  /** Units one segment holds at this length (160/153 or 70/67). */
  perSegment: number;
  /** Units left in the last segment before another one is needed. */
  remainingInSegment: number;
  /** Characters outside GSM-7 (they force UCS-2), in order of appearance. */
  ucs2Characters: SmsCharacterIssue[];
  /** GSM-7 extension characters present (counted as two). */
  extensionCharacters: string[];
}

/** Look-alikes that silently force UCS-2, with the GSM-7 characters a reader cannot tell apart. */
export const GSM7_LOOKALIKES: Readonly<Record<string, string>> = {
  '\u2018': "'", // left single quote
  '\u2019': "'", // right single quote / apostrophe
  '\u201A': "'",
  '\u201B': "'",
  '\u2032': "'", // prime
  '\u00B4': "'", // acute accent
  '\u0060': "'", // grave accent (not in GSM-7)
  '\u201C': '"',
  '\u201D': '"',
  '\u201E': '"',
  '\u201F': '"',
  '\u2033': '"',
  '\u00AB': '"',
  '\u00BB': '"',
  '\u2010': '-',
  '\u2011': '-',
  '\u2012': '-',
  '\u2013': '-', // en dash
  '\u2014': '-', // em dash
  '\u2015': '-',
  '\u2212': '-', // minus sign
  '\u00A0': ' ', // non-breaking space
  '\u2007': ' ',
  '\u2009': ' ', // thin space
  '\u200A': ' ',
  '\u202F': ' ', // narrow non-breaking space
  '\u2002': ' ',
  '\u2003': ' ',
  '\u2026': '...', // ellipsis
  '\u2022': '-', // bullet
  '\u00B7': '.',
  '\u200B': '', // zero-width space: invisible, yet forces UCS-2
  '\u200C': '',
  '\u200D': '',
  '\uFEFF': '',
  '\t': ' ',
  '\u00E7': 'Ç', // GSM-7 has only the capital
};

export function isGsm7Char(char: string): boolean {
  return GSM7_BASIC.has(char) || GSM7_EXTENSION.has(char);
}

export function isGsm7ExtensionChar(char: string): boolean {
  return GSM7_EXTENSION.has(char);
}

/** Septets (GSM-7) or units (UCS-2) for each code point, in order. */
function unitCosts(text: string, encoding: SmsEncoding): number[] {
  const costs: number[] = [];
  for (const char of text) {
    if (encoding === 'UCS-2') costs.push(char.length);
    else costs.push(GSM7_EXTENSION.has(char) ? 2 : 1);
  }
  return costs;
}

/**
 * Parts needed: a message that fits one segment is one part; otherwise parts of 153/67 units are
 * filled greedily without splitting an escape pair or a surrogate pair across two parts, as
 * handsets and SMSCs do.
 */
function countSegments(costs: number[], single: number, multi: number): { segments: number; lastFill: number } {
  const total = costs.reduce((sum, cost) => sum + cost, 0);
  if (total <= single) return { segments: total === 0 ? 0 : 1, lastFill: total };
  let segments = 1;
  let fill = 0;
  for (const cost of costs) {
    if (fill + cost > multi) {
      segments += 1;
      fill = 0;
    }
    fill += cost;
  }
  return { segments, lastFill: fill };
}

/**
 * `forceUcs2`: the request says `type: unicode` (v1 type 4), so the message goes as UCS-2 even when
 * every character would fit GSM-7, and costs 70/67 per part.
 */
export function analyzeSms(text: string, options: { forceUcs2?: boolean } = {}): SmsAnalysis {
  const ucs2Characters: SmsCharacterIssue[] = [];
  const extension = new Set<string>();
  let index = 0;
  let characters = 0;
  for (const char of text) {
    characters += 1;
    if (GSM7_EXTENSION.has(char)) extension.add(char);
    else if (!GSM7_BASIC.has(char)) {
      const replacement = GSM7_LOOKALIKES[char];
      ucs2Characters.push(replacement === undefined ? { char, index } : { char, index, replacement });
    }
    index += char.length;
  }
  const encoding: SmsEncoding = ucs2Characters.length === 0 && options.forceUcs2 !== true ? 'GSM-7' : 'UCS-2';
  const costs = unitCosts(text, encoding);
  const units = costs.reduce((sum, cost) => sum + cost, 0);
  const [single, multi] =
    encoding === 'GSM-7' ? [SMS_GSM7_SINGLE_SEGMENT, SMS_GSM7_MULTI_SEGMENT] : [SMS_UCS2_SINGLE_SEGMENT, SMS_UCS2_MULTI_SEGMENT];
  const { segments, lastFill } = countSegments(costs, single, multi);
  const perSegment = segments <= 1 ? single : multi;
  return {
    encoding,
    characters,
    units,
    segments,
    perSegment,
    remainingInSegment: segments === 0 ? single : perSegment - lastFill,
    ucs2Characters,
    extensionCharacters: [...extension],
  };
}

/** Replaces every look-alike with its GSM-7 twin; returns the new text and how many were replaced. */
export function replaceLookalikes(text: string): { text: string; replaced: number } {
  let replaced = 0;
  let out = '';
  for (const char of text) {
    const replacement = GSM7_LOOKALIKES[char];
    if (replacement !== undefined && !isGsm7Char(char)) {
      out += replacement;
      replaced += 1;
    } else out += char;
  }
  return { text: out, replaced };
}
