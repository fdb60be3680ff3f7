import { describe, expect, it } from 'vitest';
import { DEFAULT_ASSUMPTIONS, PARAM_IDS, parseAssumptions, withParams } from '../../../src/sim';

const clone = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;
/** Assumptions as loose JSON, to be broken on purpose. */
type Loose = { version: unknown; sampleRanges: unknown; params: Record<string, Record<string, unknown>> };

describe('parseAssumptions', () => {
  it('accepts the defaults and a JSON round trip of them', () => {
    const r = parseAssumptions(DEFAULT_ASSUMPTIONS);
    expect(r.ok).toBe(true);
    const rt = parseAssumptions(JSON.parse(JSON.stringify(DEFAULT_ASSUMPTIONS)));
    expect(rt).toEqual({ ok: true, value: DEFAULT_ASSUMPTIONS });
    expect(Object.keys(DEFAULT_ASSUMPTIONS.params).sort()).toEqual([...PARAM_IDS].sort());
  });

  it('accepts an edited value inside the bounds', () => {
    const r = parseAssumptions(withParams(DEFAULT_ASSUMPTIONS, { salesCapacity: { value: 100, high: 130 } }));
    expect(r.ok && r.value.params.salesCapacity).toEqual({ value: 100, low: 60, high: 130 });
  });

  const bad: [string, (a: Loose) => void, RegExp][] = [
    ['not an object', () => undefined, /\(root\)/],
    ['a missing parameter', (a) => delete a.params['emailOpenRate'], /params\.emailOpenRate/],
    ['a string instead of a number', (a) => (a.params['bannerCtr']!['value'] = '0.1%'), /params\.bannerCtr\.value/],
    ['a rate above 1', (a) => (a.params['mqlRate'] = { value: 1.5, low: 0.2, high: 2 }), /params\.mqlRate\.(value|high)/],
    ['low above value', (a) => (a.params['showCost']!['low'] = 99999), /params\.showCost.*low <= value <= high/],
    ['a negative count', (a) => (a.params['salesCapacity']!['low'] = -1), /params\.salesCapacity\.low/],
    ['NaN', (a) => (a.params['inboxHigh']!['value'] = Number.NaN), /params\.inboxHigh\.value/],
    ['an unknown parameter (typo)', (a) => (a.params['emailOpenRat'] = { value: 0.2, low: 0.1, high: 0.3 }), /params.*emailOpenRat/],
    ['an unknown field in a range', (a) => (a.params['linkedinCtr']!['mean'] = 0.005), /params\.linkedinCtr.*mean/],
    ['a wrong version', (a) => (a.version = 2), /version/],
    ['sampleRanges not a boolean', (a) => (a.sampleRanges = 'yes'), /sampleRanges/],
  ];
  for (const [what, mutate, msg] of bad) {
    it(`rejects ${what} with a message naming the field`, () => {
      let input: unknown = clone(DEFAULT_ASSUMPTIONS);
      if (what === 'not an object') input = 'hello';
      else mutate(input as Loose);
      const r = parseAssumptions(input);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.error).toMatch(msg);
    });
  }

  it('does not change the defaults when parsing fails', () => {
    const before = JSON.stringify(DEFAULT_ASSUMPTIONS);
    parseAssumptions({ ...clone(DEFAULT_ASSUMPTIONS), version: 9 });
    expect(JSON.stringify(DEFAULT_ASSUMPTIONS)).toBe(before);
    expect(Object.isFrozen(DEFAULT_ASSUMPTIONS.params)).toBe(true);
  });
});
