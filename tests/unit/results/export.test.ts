// The export a trainee hands over: JSON and CSV parse back to the same numbers as the ledger.
import { describe, expect, it } from 'vitest';
import { ALICE_PATH, DECISIONS } from '../../../src/sim';
import { computeDebrief } from '../../../src/service/debrief-request';
import { runSimRequest } from '../../../src/service/sim-request';
import { encodePath } from '../../../src/persist/path-code';
import { buildLedger } from '../../../src/ui/debrief/ledger';
import { buildExport, csvRows, parseCsv, toCsv, type DebriefExport } from '../../../src/ui/debrief/export';
import { resultsEn } from '../../../src/i18n/results-en';
import { resultsFr } from '../../../src/i18n/results-fr';

const SEED = 777;
const history = ['speech_doubt', ...Object.values(ALICE_PATH)];

async function exported(lang: 'en' | 'fr'): Promise<DebriefExport> {
  const r = await computeDebrief({ decisions: ALICE_PATH, seed: SEED }, { runs: 40, screenRuns: 3, finalists: 2 });
  const semester = runSimRequest({ phase: 'semester', decisions: ALICE_PATH, seed: SEED }, undefined, 40);
  return buildExport(buildLedger(r), r.decisions, lang === 'fr' ? resultsFr : resultsEn, {
    lang, seed: SEED, history, pathCode: encodePath({ seed: SEED, history }), semester, exportedAt: '2026-01-01T00:00:00.000Z',
  });
}

describe('debrief export', () => {
  it('round-trips as JSON and names the path, its numbers and their sources', async () => {
    const x = await exported('en');
    const back = JSON.parse(JSON.stringify(x)) as DebriefExport;
    expect(back).toEqual(x);
    expect(back.path.map((p) => p.id)).toEqual(DECISIONS.map((d) => ALICE_PATH[d.key]));
    expect(back.seededRun?.accepted).toBe(runSimRequest({ phase: 'semester', decisions: ALICE_PATH, seed: SEED }, undefined, 40).vars['accepted']);
    expect(back.ledger).toHaveLength(6);
    // What decided the result travels with it: the section's items, words and numbers.
    expect(back.decided.length).toBeGreaterThan(0);
    for (const d of back.decided) {
      expect(d.text).not.toMatch(/NaN|[{}]/);
      for (const v of Object.values(d.values)) expect(Number.isFinite(v)).toBe(true);
    }
    for (const e of back.ledger) {
      expect(e.sources.length).toBeGreaterThan(0);
      expect(e.deltaAccepted).toBeCloseTo(e.accepted - e.comparedAccepted, 6);
    }
  }, 60_000);

  it('round-trips as CSV, French accents, quotes and commas included, with the JSON numbers', async () => {
    const x = await exported('fr');
    const rows = csvRows(x);
    const text = toCsv(rows);
    expect(text.startsWith('\uFEFF')).toBe(true);
    const back = parseCsv(text);
    expect(back).toEqual(rows.map((r) => [...r]));
    const get = (section: string, item: string, metric: string) => back.find((r) => r[0] === section && r[1] === item && r[2] === metric)?.[3];
    expect(get('meta', '', 'seed')).toBe(String(SEED));
    expect(get('meta', '', 'path_code')).toBe(x.pathCode);
    expect(get('played', 'accepted', 'p50')).toBe(String(x.played.accepted.p50));
    for (const e of x.ledger) {
      expect(get('ledger', e.point, 'chosen')).toBe(e.chosen);
      expect(Number(get('ledger', e.point, 'delta_accepted'))).toBe(e.deltaAccepted);
      expect(get('ledger', e.point, 'chosen_label')).toBe(e.chosenLabel);
    }
    expect(back.some((r) => r[3]?.includes('« ') || r[3]?.includes('’'))).toBe(true);
    for (const d of x.decided) expect(get('decided', d.id, 'text')).toBe(d.text);
  }, 60_000);

  it('quotes and parses awkward cells', () => {
    const rows = [['a', 'b,c', 'say "hi"', 'line\nbreak'], ['', 'x', '', 'é, à « ok »']];
    expect(parseCsv(toCsv(rows))).toEqual(rows);
  });
});
