// How much to trust a field: the reading's score (label match × position × validation) and
// the OCR engine's own confidence in the words it came from.
import type { Word } from '../../ingest/word';
import type { Kind } from './kinds';

export const REVIEW_THRESHOLD = 0.8;

const clamp = (v: number): number => Math.max(0, Math.min(1, v));

// Values whose shape is checked strictly (a real ISO prefix, a calendar date, a KP HS code):
// passing that check is evidence of its own, whatever the label looked like.
const STRICT = new Set<Kind>([
  'certificate',
  'certificates',
  'date',
  'hs_codes',
  'country',
  'origins',
  'awb',
  'currency',
]);

const FREE_TEXT = new Set<Kind>(['name', 'address', 'text']);

// Printed names and addresses do not hold these; OCR writes them for smudges and stamps
// ("Negev Phainond Sorting {ad", "Bterat Tamond", "Recursos SR Minerais <").
const ODD = /[{}¢<>|\\§¥~^_]|\p{Ll}\p{Lu}/u;

/**
 * 0..1 from the reading's score (label match × position × validation), the OCR engine's
 * confidence in its words (the weakest word weighs most: one misread letter makes the value
 * wrong) and, for free text, whether its words look like print.
 */
export function fieldConfidence(score: number, words: readonly Word[], kind?: Kind): number {
  const mean = words.length > 0 ? words.reduce((s, w) => s + w.confidence, 0) / words.length : 0.5;
  const min = words.length > 0 ? Math.min(...words.map((w) => w.confidence)) : 0.5;
  const ocr = 0.3 * clamp(mean) + 0.7 * clamp(min);
  const s = kind && STRICT.has(kind) ? 0.6 + 0.4 * clamp(score) : clamp(score);
  const odd = kind && FREE_TEXT.has(kind) && words.some((w) => ODD.test(w.text)) ? 0.85 : 1;
  const c = Math.sqrt(s) * (0.3 + 0.7 * ocr) * odd;
  return Math.round(c * 1000) / 1000;
}

/**
 * Below this, free text is illegible rather than read: OCR doubted its words and they do not
 * look like print ("RpudrFeadmz-BV", "Mt, WY)"). Such a field is left unread, as the checks
 * treat an illegible field (certificate.missing_fields), not compared as a name or address.
 */
const ILLEGIBLE = 0.45;

// Below this OCR doubted a word (Tesseract's own confidence, 0..1).
const DOUBTED = 0.6;

const CODE = /^\p{L}{2}\W?$/u;

/**
 * A party's name is a few words (a name and its legal form); one word OCR doubted is what is
 * left of a name a smudge took ("REGE", "Sequel"), not a name. One sure word may be one.
 */
export function illegible(
  confidence: number,
  kind?: Kind,
  words: readonly Word[] = [],
  value?: unknown,
): boolean {
  const [only] = words;
  const doubtedOne = words.length === 1 && (only?.confidence ?? 1) < DOUBTED;
  if (kind === 'name' && doubtedOne) return true;
  // Likewise a country read from two letters OCR doubted ("PE" for the asterisks of a mixed
  // origin): too little print to tell a code from a smudge. (Read as those asterisks, MIXED,
  // it stands: see unread-asterisks.)
  const country = !(Array.isArray(value) && value[0] === 'MIXED');
  if (
    (kind === 'country' || kind === 'origins') &&
    country &&
    doubtedOne &&
    CODE.test(only?.text ?? '')
  ) {
    return true;
  }
  return kind !== undefined && FREE_TEXT.has(kind) && confidence < ILLEGIBLE;
}

export function unionBox(words: readonly Word[]): [number, number, number, number] {
  const r = (v: number) => Math.round(v * 10000) / 10000;
  return [
    r(Math.min(...words.map((w) => w.x0))),
    r(Math.min(...words.map((w) => w.y0))),
    r(Math.max(...words.map((w) => w.x1))),
    r(Math.max(...words.map((w) => w.y1))),
  ];
}
