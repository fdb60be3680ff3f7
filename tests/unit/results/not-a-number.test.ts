// Issue 13, item 4: no NaN on screen: every number format shows a dash for a value that is not a number.
import { describe, expect, it } from 'vitest';
import { formatters, NOT_A_NUMBER } from '../../../src/i18n';
import { formats } from '../../../src/ui/results/format';
import { paramValue } from '../../../src/ui/debrief/panel';

describe('number formats and non-finite numbers', () => {
  it.each(['en', 'fr'] as const)('%s: NaN and infinities show a dash, never NaN or €NaN', (lang) => {
    const f = formatters(lang);
    const g = formats(lang);
    for (const x of [Number.NaN, Infinity, -Infinity]) {
      for (const out of [f.fmt(x), f.pct(x), f.eur(x), g.int(x), g.pct(x, 2), g.eur(x), g.signed(x), g.signedPts(x), g.signedEur(x), g.compact(x), paramValue({ unit: 'euros', value: 1 }, x, lang)]) {
        expect(out).toBe(NOT_A_NUMBER);
      }
    }
    expect(f.eur(12)).toMatch(/12/);
    expect(g.pct(0.5, 0)).toMatch(/50/);
  });
});
