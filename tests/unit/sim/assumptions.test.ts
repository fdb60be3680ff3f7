import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ASSUMPTIONS_MAX_BYTES, DEFAULT_ASSUMPTIONS, PARAM_IDS, canonicalJson, checkAssumptionsSize, needsSpread, parseAssumptions,
  readAssumptionsText, withParams, type Assumptions, type AssumptionsIssueKind,
} from '../../../src/sim';

const clone = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;
/** Assumptions as loose JSON, to be broken on purpose. */
type Loose = { version: unknown; sampleRanges: unknown; params: Record<string, Record<string, unknown>> };

describe('parseAssumptions', () => {
  it('accepts the defaults and a JSON round trip of them', () => {
    const r = parseAssumptions(DEFAULT_ASSUMPTIONS);
    expect(r.ok).toBe(true);
    const rt = parseAssumptions(JSON.parse(JSON.stringify(DEFAULT_ASSUMPTIONS)));
    expect(rt).toEqual({ ok: true, value: DEFAULT_ASSUMPTIONS, filled: [] });
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
    ['low above high', (a) => (a.params['showCost']!['low'] = 99999), /params\.showCost: inverted range/],
    ['a negative count', (a) => (a.params['salesCapacity']!['low'] = -1), /params\.salesCapacity\.low/],
    ['NaN', (a) => (a.params['inboxHigh']!['value'] = Number.NaN), /params\.inboxHigh\.value/],
    ['an unknown parameter (typo)', (a) => (a.params['emailOpenRat'] = { value: 0.2, low: 0.1, high: 0.3 }), /params.*emailOpenRat/],
    ['an unknown field in a range', (a) => (a.params['linkedinCtr']!['mean'] = 0.005), /params\.linkedinCtr.*mean/],
    ['a wrong version', (a) => (a.version = 3), /version: unsupported version \(expected 1 or 2\)/],
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

describe('older files (version 1, saved by earlier builds)', () => {
  /** A version 1 file as an earlier build saved it: without the parameters added since. */
  const older = (lacking: readonly string[], edit?: (a: Loose) => void): Loose => {
    const a = clone(DEFAULT_ASSUMPTIONS) as unknown as Loose;
    a.version = 1;
    for (const id of lacking) delete a.params[id];
    edit?.(a);
    return a;
  };

  it('a complete version 1 file reads as it is, nothing filled', () => {
    const r = parseAssumptions(older([]));
    expect(r).toEqual({ ok: true, value: DEFAULT_ASSUMPTIONS, filled: [] });
  });

  it('the parameters it lacks take their published values and are named; its own values are kept', () => {
    const r = parseAssumptions(older(['engagedShare', 'dormantShare', 'repermissionRate'], (a) => (a.params['salesCapacity'] = { value: 90, low: 60, high: 130 })));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect([...r.filled].sort()).toEqual(['dormantShare', 'engagedShare', 'repermissionRate']);
    expect(r.value.version).toBe(2);
    expect(r.value.params.engagedShare).toEqual(DEFAULT_ASSUMPTIONS.params.engagedShare);
    expect(r.value.params.salesCapacity).toEqual({ value: 90, low: 60, high: 130 });
    expect(Object.keys(r.value.params).sort()).toEqual([...PARAM_IDS].sort());
  });

  it('what it holds is checked as in a current file: a bad value, an unknown parameter, no params object', () => {
    const bad = parseAssumptions(older(['engagedShare'], (a) => (a.params['inboxHigh']!['value'] = Number.NaN)));
    expect(!bad.ok && bad.issue).toMatchObject({ kind: 'notFinite', field: 'params.inboxHigh.value' });
    const typo = parseAssumptions(older(['engagedShare'], (a) => (a.params['emailOpenRat'] = { value: 0.2, low: 0.1, high: 0.3 })));
    expect(!typo.ok && typo.issue).toMatchObject({ kind: 'unknown', field: 'params.emailOpenRat' });
    const none = parseAssumptions({ version: 1, sampleRanges: true });
    expect(!none.ok && none.issue).toMatchObject({ kind: 'missing', field: 'params' });
  });

  it('a current (version 2) file that lacks a parameter is refused, the parameter named', () => {
    const a = clone(DEFAULT_ASSUMPTIONS) as unknown as Loose;
    delete a.params['engagedShare'];
    const r = parseAssumptions(a);
    expect(!r.ok && r.issue).toMatchObject({ kind: 'missing', field: 'params.engagedShare' });
  });
});

describe('assumption issues: each kind of fault is typed and names its field', () => {
  const broken = (mutate: (a: Loose) => void): unknown => {
    const a = clone(DEFAULT_ASSUMPTIONS) as unknown as Loose;
    mutate(a);
    return a;
  };
  const cases: [string, unknown, AssumptionsIssueKind, string][] = [
    ['a missing field', broken((a) => delete a.params['emailOpenRate']!['low']), 'missing', 'params.emailOpenRate.low'],
    ['a missing parameter', broken((a) => delete a.params['salesCapacity']), 'missing', 'params.salesCapacity'],
    ['a missing top-level field', broken((a) => delete (a as Partial<Loose>).sampleRanges), 'missing', 'sampleRanges'],
    ['an unknown parameter', broken((a) => (a.params['emailOpenRat'] = { value: 0.2, low: 0.1, high: 0.3 })), 'unknown', 'params.emailOpenRat'],
    ['an unknown top-level field', broken((a) => ((a as Record<string, unknown>)['extra'] = 1)), 'unknown', 'extra'],
    ['the string "NaN"', broken((a) => (a.params['bannerCtr']!['value'] = 'NaN')), 'notFinite', 'params.bannerCtr.value'],
    ['the string "Infinity"', broken((a) => (a.params['bannerCtr']!['high'] = 'Infinity')), 'notFinite', 'params.bannerCtr.high'],
    ['a NaN number', broken((a) => (a.params['inboxHigh']!['value'] = Number.NaN)), 'notFinite', 'params.inboxHigh.value'],
    ['null', broken((a) => (a.params['mqlRate']!['low'] = null)), 'wrongType', 'params.mqlRate.low'],
    ['a negative count', broken((a) => (a.params['salesCapacity']!['low'] = -1)), 'negative', 'params.salesCapacity.low'],
    ['a negative price', broken((a) => (a.params['showCost'] = { value: -5, low: -10, high: 0 })), 'negative', 'params.showCost.value'],
    ['a lift below -100%', broken((a) => (a.params['segOpenLift']!['low'] = -2)), 'belowMin', 'params.segOpenLift.low'],
    ['a rate above 100%', broken((a) => (a.params['emailOpenRate']!['high'] = 1.5)), 'aboveMax', 'params.emailOpenRate.high'],
    ['an inverted range', broken((a) => (a.params['salesCapacity'] = { value: 36, low: 42, high: 30 })), 'inverted', 'params.salesCapacity'],
    ['a value outside its range', broken((a) => (a.params['salesCapacity']!['value'] = 50)), 'outsideRange', 'params.salesCapacity.value'],
    ['a zero-width range that needs a spread', broken((a) => (a.params['emailOpenRate'] = { value: 0.2, low: 0.2, high: 0.2 })), 'zeroWidth', 'params.emailOpenRate'],
    ['a wrong version', broken((a) => (a.version = 3)), 'wrongVersion', 'version'],
    ['a boolean as a string', broken((a) => (a.sampleRanges = 'yes')), 'wrongType', 'sampleRanges'],
    ['an array', [], 'wrongType', ''],
  ];
  for (const [what, input, kind, field] of cases) {
    it(`${what}: ${kind} at ${field || '(root)'}`, () => {
      const r = parseAssumptions(input);
      expect(r.ok).toBe(false);
      if (r.ok) return;
      expect(r.issue).toMatchObject({ kind, field });
      expect(r.error).toContain(field || '(root)');
    });
  }

  it('keeps a fixed range fixed: zero width is fine where the calibration gives none', () => {
    const fixed = PARAM_IDS.filter((id) => !needsSpread(id));
    expect(fixed.length).toBeGreaterThan(0);
    const id = fixed[0]!;
    const v = DEFAULT_ASSUMPTIONS.params[id].value;
    expect(parseAssumptions(withParams(DEFAULT_ASSUMPTIONS, { [id]: { value: v, low: v, high: v } })).ok).toBe(true);
  });

  it('refuses a file of zeros (the NaN of issue 13) with the first field named', () => {
    const zeros = { ...clone(DEFAULT_ASSUMPTIONS), params: Object.fromEntries(PARAM_IDS.map((id) => [id, { value: 0, low: 0, high: 0 }])) };
    const r = parseAssumptions(zeros);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issue).toEqual({ kind: 'zeroWidth', field: `params.${PARAM_IDS.find(needsSpread)!}`, low: 0, high: 0 });
  });

  it('reads a file: over 1 MB, not JSON, 1e309 (infinite once parsed), a byte-order mark', () => {
    const good = JSON.stringify(DEFAULT_ASSUMPTIONS, null, 2);
    expect(readAssumptionsText(good)).toEqual({ ok: true, value: DEFAULT_ASSUMPTIONS, filled: [] });
    expect(readAssumptionsText(`\ufeff${good}`).ok).toBe(true);
    const big = readAssumptionsText(good + ' '.repeat(ASSUMPTIONS_MAX_BYTES));
    expect(!big.ok && big.issue).toMatchObject({ kind: 'tooLarge', field: '', limit: ASSUMPTIONS_MAX_BYTES });
    expect(checkAssumptionsSize(ASSUMPTIONS_MAX_BYTES)).toBeNull();
    expect(checkAssumptionsSize(ASSUMPTIONS_MAX_BYTES + 1)).toMatchObject({ kind: 'tooLarge', bytes: ASSUMPTIONS_MAX_BYTES + 1 });
    const nj = readAssumptionsText('{ "version": 1,');
    expect(!nj.ok && nj.issue).toEqual({ kind: 'notJson', field: '' });
    const inf = readAssumptionsText(good.replace(/"value": 0\.2131/, '"value": 1e309'));
    expect(!inf.ok && inf.issue).toEqual({ kind: 'notFinite', field: 'params.emailOpenRate.value' });
  });

  it('hashes the same assumptions the same way whatever the key order', () => {
    const a = clone(DEFAULT_ASSUMPTIONS);
    const reordered = { params: Object.fromEntries(Object.entries(a.params).reverse()), sampleRanges: a.sampleRanges, version: a.version };
    expect(canonicalJson(reordered as Assumptions)).toBe(canonicalJson(DEFAULT_ASSUMPTIONS));
    expect(canonicalJson(withParams(DEFAULT_ASSUMPTIONS, { salesCapacity: { value: 40 } }))).not.toBe(canonicalJson(DEFAULT_ASSUMPTIONS));
  });
});

describe('assumption parsers never throw (property)', () => {
  const isTyped = (r: ReturnType<typeof parseAssumptions>): boolean =>
    r.ok ? true : typeof r.error === 'string' && typeof r.issue.kind === 'string' && typeof r.issue.field === 'string' && r.issues.length > 0;

  it('random JSON values: ok or a typed issue', () => {
    fc.assert(fc.property(fc.jsonValue(), (v) => isTyped(parseAssumptions(v))), { numRuns: 300 });
  });

  it('random text: ok or a typed issue', () => {
    fc.assert(fc.property(fc.oneof(fc.string(), fc.json()), (t) => isTyped(readAssumptionsText(t))), { numRuns: 300 });
  });

  // Mutations of the default file: a random path into it gets a random JSON value (or is deleted,
  // or gets an extra key beside it); the parser must answer with ok or a typed issue.
  const paths: string[][] = [[], ['version'], ['sampleRanges'], ['params'], ...PARAM_IDS.flatMap((id) => [['params', id], ...['value', 'low', 'high'].map((k) => ['params', id, k])])];
  const special = fc.constantFrom<unknown>(Number.NaN, Infinity, -Infinity, 'NaN', 'Infinity', null, -1, 0, Number('1e309'), -1e-9, 1.0000001, '', [], {});
  const mutation = fc.record({
    path: fc.constantFrom(...paths),
    op: fc.constantFrom('set', 'delete', 'extra'),
    value: fc.oneof(fc.jsonValue(), special, fc.double()),
    key: fc.string({ maxLength: 12 }),
  });
  it('random mutations of the default assumptions: ok or a typed issue', () => {
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 4 }), (muts) => {
        let doc: unknown = clone(DEFAULT_ASSUMPTIONS);
        for (const m of muts) {
          if (m.path.length === 0) {
            if (m.op === 'set') doc = m.value;
            continue;
          }
          let parent: unknown = doc;
          for (const k of m.path.slice(0, -1)) parent = parent && typeof parent === 'object' ? (parent as Record<string, unknown>)[k] : undefined;
          if (!parent || typeof parent !== 'object') continue;
          const obj = parent as Record<string, unknown>;
          const last = m.path[m.path.length - 1]!;
          if (m.op === 'set') obj[last] = m.value;
          else if (m.op === 'delete') delete obj[last];
          else obj[`${last}${m.key}`] = m.value;
        }
        const r = parseAssumptions(doc);
        expect(isTyped(r)).toBe(true);
        // The text route too (what the CLI and the panel read).
        let text: string | undefined;
        try {
          text = JSON.stringify(doc);
        } catch {
          text = undefined;
        }
        if (text !== undefined) expect(isTyped(readAssumptionsText(text))).toBe(true);
      }),
      { numRuns: 400 },
    );
  });
});
