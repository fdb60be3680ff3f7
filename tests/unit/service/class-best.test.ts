// The Class panel's best path searched ahead of time (src/service/class-best.ts): the file is the
// search's answer under today's model (else: npx tsx scripts/gen-class-best.ts), and it is used only
// for its own seed, options and assumptions, and only while the model gives its check numbers.
import { describe, expect, it } from 'vitest';
import { DEFAULT_ASSUMPTIONS } from '../../../src/sim';
import { CLASS_SEED } from '../../../src/ui/class/aggregate';
import { classBestSource, precomputedBest, searchClassBest } from '../../../src/service/class-best';
import { CLASS_BEST } from '../../../src/service/class-best.generated';
import { DEBRIEF_OPTIONS } from '../../../src/service/debrief-request';
import { readFileSync } from 'node:fs';

describe('the Class panel’s best path searched ahead of time', () => {
  it('is the search’s answer under today’s model (regenerate with npx tsx scripts/gen-class-best.ts)', async () => {
    const entry = await searchClassBest(CLASS_SEED, DEFAULT_ASSUMPTIONS);
    expect(CLASS_BEST).toEqual([entry]);
    expect(readFileSync('src/service/class-best.generated.ts', 'utf8')).toBe(classBestSource([entry]));
    expect(precomputedBest(CLASS_SEED, DEFAULT_ASSUMPTIONS)).toEqual(entry.decisions);
  });

  it('is used only for its seed, options and assumptions, and only while the model gives its check numbers', () => {
    expect(precomputedBest(CLASS_SEED + 1, DEFAULT_ASSUMPTIONS)).toBeNull();
    expect(precomputedBest(CLASS_SEED, DEFAULT_ASSUMPTIONS, { ...DEBRIEF_OPTIONS, finalists: 3 })).toBeNull();
    expect(precomputedBest(CLASS_SEED, { ...DEFAULT_ASSUMPTIONS, sampleRanges: !DEFAULT_ASSUMPTIONS.sampleRanges })).toBeNull();
    const stale = CLASS_BEST.map((e) => ({ ...e, check: [e.check[0] + 1, e.check[1], e.check[2]] as const }));
    expect(precomputedBest(CLASS_SEED, DEFAULT_ASSUMPTIONS, DEBRIEF_OPTIONS, stale)).toBeNull();
  });
});
