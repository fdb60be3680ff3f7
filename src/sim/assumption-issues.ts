// What can be wrong with an assumptions file, as typed issues naming the field, and the size limit.
// No zod here: the workshop panel imports this to refuse a large file before reading it and to
// word an issue in the player's language, without loading the schema (the worker validates).

/**
 * The assumptions file format's version. 2: every parameter is present (a missing one is refused,
 * by name). 1: files saved by earlier builds, each with the parameters of its day. Parameters have
 * been added since, never removed or renamed, so a version 1 file is read by giving each parameter
 * it lacks its published value, and the facilitator is told which (assumptions.ts, `filled`).
 */
export const ASSUMPTIONS_VERSION = 2;
/** The versions this build reads. */
export const ASSUMPTIONS_VERSIONS_READ = '1 or 2';

/** Files larger than this are refused by their size, before their content is read (1 MB). */
export const ASSUMPTIONS_MAX_BYTES = 1_000_000;

/** What is wrong with a field. */
export type AssumptionsIssueKind =
  | 'tooLarge' // the file is over ASSUMPTIONS_MAX_BYTES
  | 'notJson' // the text does not parse as JSON
  | 'missing' // a required field is absent
  | 'unknown' // a field the format does not have (a typo, an extra key)
  | 'wrongType' // not the type expected (an object, a number, a boolean)
  | 'notFinite' // NaN or an infinity (a number beyond 1.8e308, the string "NaN", "Infinity")
  | 'negative' // below zero where the quantity cannot be
  | 'belowMin' // below the smallest value the unit allows (lifts: -100%)
  | 'aboveMax' // above the largest value the unit allows (rates: 100%)
  | 'wrongVersion' // a format version this build does not read
  | 'inverted' // low above high
  | 'outsideRange' // value outside [low, high]
  | 'zeroWidth'; // low = high for a parameter whose range must keep a spread

export interface AssumptionsIssue {
  readonly kind: AssumptionsIssueKind;
  /** Dotted path of the field (`params.emailOpenRate.low`); '' for the whole file. */
  readonly field: string;
  /** The bound broken (belowMin, aboveMax, negative), or the size limit (tooLarge). */
  readonly limit?: number;
  /** Expected type (wrongType, missing): 'object', 'number', 'boolean', or a version number. */
  readonly expected?: string;
  /** The range's ends (inverted, outsideRange, zeroWidth). */
  readonly low?: number;
  readonly high?: number;
  /** The size of the file in bytes (tooLarge). */
  readonly bytes?: number;
}

/** An English sentence for an issue (the command line's wording; the workshop has its own, EN and FR). */
export function describeIssue(i: AssumptionsIssue): string {
  const f = i.field || (i.kind === 'tooLarge' || i.kind === 'notJson' ? 'file' : '(root)');
  switch (i.kind) {
    case 'tooLarge': return `${f}: the file is ${i.bytes ?? '?'} bytes, over the ${i.limit ?? ASSUMPTIONS_MAX_BYTES} byte limit`;
    case 'notJson': return `${f}: not JSON`;
    case 'missing': return `${f}: missing (expected ${i.expected ?? 'a value'})`;
    case 'unknown': return `${f}: unknown field`;
    case 'wrongType': return `${f}: expected ${i.expected ?? 'another type'}`;
    case 'notFinite': return `${f}: NaN or infinite, expected a finite number`;
    case 'negative': return `${f}: negative, must be 0 or more`;
    case 'belowMin': return `${f}: below the minimum ${i.limit ?? ''}`;
    case 'aboveMax': return `${f}: above the maximum ${i.limit ?? ''}`;
    case 'wrongVersion': return `${f}: unsupported version (expected ${i.expected ?? ASSUMPTIONS_VERSIONS_READ})`;
    case 'inverted': return `${f}: inverted range, low ${i.low ?? ''} is above high ${i.high ?? ''}`;
    case 'outsideRange': return `${f}: outside the range [${i.low ?? ''}, ${i.high ?? ''}]`;
    case 'zeroWidth': return `${f}: range of zero width (low = high = ${i.low ?? ''}), this parameter needs a spread`;
  }
}

/** The issue of a file too large to read, or null (the caller checks the size before reading). */
export function checkAssumptionsSize(bytes: number): AssumptionsIssue | null {
  return bytes > ASSUMPTIONS_MAX_BYTES || !Number.isFinite(bytes) ? { kind: 'tooLarge', field: '', bytes, limit: ASSUMPTIONS_MAX_BYTES } : null;
}

