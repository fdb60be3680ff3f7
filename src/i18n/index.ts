// UI strings per language and the number formatters the story prints with.
import type { Lang, Strings } from './strings';
import { en } from './en';
import { fr } from './fr';

export const STRINGS: Readonly<Record<Lang, Strings>> = { en, fr };

export function t(lang: Lang): Strings {
  return STRINGS[lang];
}

const locale = (lang: Lang) => (lang === 'fr' ? 'fr-FR' : 'en-GB');

/** What the screen shows for a number that is not one (NaN, ±Infinity): never "NaN" or "€NaN". */
export const NOT_A_NUMBER = '—';

/** A number format that shows NOT_A_NUMBER for a non-finite value (issue 13). */
export function finite<A extends unknown[]>(f: (n: number, ...rest: A) => string): (n: number, ...rest: A) => string {
  return (n, ...rest) => (typeof n === 'number' && Number.isFinite(n) ? f(n, ...rest) : NOT_A_NUMBER);
}

/** A formatter made on first use: the first Intl.NumberFormat of a page costs ~15 ms (its locale data), before the first choice. */
function lazyFormat(make: () => Intl.NumberFormat): { format(n: number): string } {
  let f: Intl.NumberFormat | null = null;
  return { format: (n) => (f ??= make()).format(n) };
}

export function formatters(lang: Lang) {
  const int = lazyFormat(() => new Intl.NumberFormat(locale(lang), { maximumFractionDigits: 0 }));
  const pct = lazyFormat(() => new Intl.NumberFormat(locale(lang), { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 }));
  const eur = lazyFormat(() => new Intl.NumberFormat(locale(lang), { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 }));
  return {
    fmt: finite((n: number) => int.format(n)),
    pct: finite((x: number) => pct.format(x / 100)),
    eur: finite((n: number) => eur.format(n)),
  };
}
