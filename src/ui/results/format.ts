// Number formats of the dashboard and the debrief, per language (the story's formatters plus
// signed deltas, rates given as fractions and percentage points).
import { finite, formatters } from '../../i18n';
import type { Lang } from '../../i18n/strings';

export interface Formats {
  /** Whole number: 12,345 / 12 345. */
  int(n: number): string;
  /** A fraction as a percentage: 0.074 -> 7.4%. */
  pct(x: number, digits?: number): string;
  eur(n: number): string;
  /** Signed whole number with a real minus sign: +12, −3, 0. */
  signed(n: number): string;
  /** Signed percentage points from two fractions' difference: 0.031 -> +3.1. */
  signedPts(dx: number): string;
  signedEur(n: number): string;
  /** Short form for axis ticks: 1.2M / 1,2 M. */
  compact(n: number): string;
  /** The language's singular applies to this count (English: 1; French: 0 and 1), as shown rounded. */
  one(n: number): boolean;
}

const locale = (lang: Lang) => (lang === 'fr' ? 'fr-FR' : 'en-GB');

export function formats(lang: Lang): Formats {
  const base = formatters(lang);
  const loc = locale(lang);
  const pctN = [0, 1, 2].map((d) => new Intl.NumberFormat(loc, { style: 'percent', minimumFractionDigits: d, maximumFractionDigits: d }));
  const sInt = new Intl.NumberFormat(loc, { maximumFractionDigits: 0, signDisplay: 'exceptZero' });
  const sPts = new Intl.NumberFormat(loc, { minimumFractionDigits: 1, maximumFractionDigits: 1, signDisplay: 'exceptZero' });
  const cmp = new Intl.NumberFormat(loc, { notation: 'compact', maximumFractionDigits: 1 });
  const plural = new Intl.PluralRules(loc);
  const sEur = new Intl.NumberFormat(loc, { style: 'currency', currency: 'EUR', maximumFractionDigits: 0, signDisplay: 'exceptZero' });
  // Intl uses a hyphen-minus; typography (and screen readers) prefer the minus sign.
  const minus = (s: string) => s.replace('-', '\u2212');
  return {
    // Every format shows a dash for a number that is not one (issue 13: never NaN on screen).
    int: finite((n) => base.fmt(Math.round(n))),
    pct: finite((x: number, digits: number = 1) => (pctN[digits] ?? pctN[1]!).format(x)),
    eur: finite((n) => base.eur(n)),
    signed: finite((n) => minus(sInt.format(Math.round(n)))),
    signedPts: finite((dx) => minus(sPts.format(Math.round(dx * 1000) / 10))),
    signedEur: finite((n) => minus(sEur.format(Math.round(n)))),
    compact: finite((n) => cmp.format(n)),
    one: (n) => Number.isFinite(n) && plural.select(Math.round(n)) === 'one',
  };
}
