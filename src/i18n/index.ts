// UI strings per language and the number formatters the story prints with.
import type { Lang, Strings } from './strings';
import { en } from './en';
import { fr } from './fr';

export const STRINGS: Readonly<Record<Lang, Strings>> = { en, fr };

export function t(lang: Lang): Strings {
  return STRINGS[lang];
}

const locale = (lang: Lang) => (lang === 'fr' ? 'fr-FR' : 'en-GB');

export function formatters(lang: Lang) {
  const int = new Intl.NumberFormat(locale(lang), { maximumFractionDigits: 0 });
  const pct = new Intl.NumberFormat(locale(lang), { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const eur = new Intl.NumberFormat(locale(lang), { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 });
  return {
    fmt: (n: number) => int.format(n),
    pct: (x: number) => pct.format(x / 100),
    eur: (n: number) => eur.format(n),
  };
}
