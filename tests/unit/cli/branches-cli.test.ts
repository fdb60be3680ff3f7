// `npm run branches -- --json --assumptions FILE` as a facilitator runs it: a bad file is refused
// before anything runs (exit 2, the field named on stderr, nothing on stdout); a good edited file
// changes the hash and the numbers, in the worker threads too.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DEFAULT_ASSUMPTIONS, allDecisionPaths, withParams } from '../../../src/sim';
import { ASSUMPTIONS_MAX_BYTES } from '../../../src/sim/assumptions';
import { branchRows, type BranchRow } from '../../../src/sim/branches';
import { assumptionsHash, loadAssumptionsFile } from '../../../scripts/branches';

const ROOT = resolve(__dirname, '../../..');
const tmp = mkdtempSync(join(tmpdir(), 'branches-cli-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const RUNS = 5;
interface Ran { status: number | null; stdout: string; stderr: string }
/** Runs the CLI (asynchronously: the refusals run side by side, each a Node start-up). */
function branches(...args: string[]): Promise<Ran> {
  return new Promise((done, fail) => {
    const p = spawn(join(ROOT, 'node_modules/.bin/tsx'), ['scripts/branches.ts', '--json', '--runs', String(RUNS), ...args], {
      cwd: ROOT, env: { ...process.env, NO_COLOR: '1' },
    });
    let stdout = '', stderr = '';
    p.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    p.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    p.once('error', fail);
    p.once('close', (status) => done({ status, stdout, stderr }));
  });
}
function file(name: string, content: string): string {
  const p = join(tmp, name);
  writeFileSync(p, content);
  return p;
}
const clone = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;

describe('npm run branches --assumptions: refusals (nothing runs)', () => {
  type Doc = { params: Record<string, Record<string, unknown>> } & Record<string, unknown>;
  const mutated = (f: (a: Doc) => void): string => {
    const a = clone(DEFAULT_ASSUMPTIONS) as unknown as Doc;
    f(a);
    return JSON.stringify(a, null, 2);
  };
  const bad: [string, string, RegExp][] = [
    ['missing', mutated((a) => delete a.params['salesCapacity']!['high']), /params\.salesCapacity\.high: missing/],
    ['unknown', mutated((a) => (a.params['salesCapacty'] = { value: 36, low: 30, high: 42 })), /params\.salesCapacty: unknown field/],
    ['NaN', mutated((a) => (a.params['emailOpenRate']!['value'] = 'NaN')), /params\.emailOpenRate\.value: NaN or infinite/],
    ['1e309', mutated((a) => (a.params['emailOpenRate']!['value'] = 0.123456789)).replace('0.123456789', '1e309'), /params\.emailOpenRate\.value: NaN or infinite/],
    ['negative', mutated((a) => (a.params['showCost']!['low'] = -1)), /params\.showCost\.low: negative/],
    ['inverted', mutated((a) => (a.params['salesCapacity'] = { value: 36, low: 42, high: 30 })), /params\.salesCapacity: inverted range/],
    ['zero width', mutated((a) => (a.params['acceptRate'] = { value: 0.55, low: 0.55, high: 0.55 })), /params\.acceptRate: range of zero width/],
    ['not JSON', '{ "version": 1, ', /file: not JSON/],
  ];
  it('names the field of each kind of fault (the loader the command line uses)', () => {
    for (const [what, content, msg] of bad) {
      const r = loadAssumptionsFile(file(`${what}.json`, content));
      expect(r.ok, what).toBe(false);
      if (!r.ok) expect(r.error, what).toMatch(msg);
    }
    const big = loadAssumptionsFile(file('big.json', JSON.stringify(DEFAULT_ASSUMPTIONS) + ' '.repeat(ASSUMPTIONS_MAX_BYTES)));
    expect(!big.ok && big.error).toMatch(/over the 1000000 byte limit/);
    expect(loadAssumptionsFile(join(tmp, 'nope.json'))).toMatchObject({ ok: false, error: expect.stringMatching(/ENOENT/) });
    expect(loadAssumptionsFile(tmp)).toMatchObject({ ok: false, error: expect.stringMatching(/not a file/) });
  });

  // A few spawned (each is a Node start-up); every kind goes through the same loader above.
  it('refuses before running: exit 2, the field on stderr, nothing on stdout', async () => {
    const cases: [string[], RegExp][] = [
      [['--assumptions', file('inverted.json', bad.find(([w]) => w === 'inverted')![1])], /params\.salesCapacity: inverted range/],
      // Valid JSON padded past the limit: only the size can refuse it.
      [['--assumptions', file('big.json', JSON.stringify(DEFAULT_ASSUMPTIONS) + ' '.repeat(ASSUMPTIONS_MAX_BYTES))], /over the 1000000 byte limit/],
      [['--assumptions'], /--assumptions needs a value/],
      [['--assumption', file('typo.json', '{}')], /unknown argument "--assumption"/],
    ];
    const runs = await Promise.all(cases.map(([args]) => branches(...args)));
    runs.forEach((r, i) => {
      const [args, msg] = cases[i]!;
      expect(r.status, `${args.join(' ')}: ${r.stderr}`).toBe(2);
      expect(r.stderr).toMatch(msg);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(/Nothing was run\./);
    });
  });
});

describe('npm run branches --assumptions: a good edited file', () => {
  it('changes the hash and the numbers, in every thread', async () => {
    // Sales can call 60 leads a week: the sales-bound paths accept more.
    const edited = withParams(DEFAULT_ASSUMPTIONS, { salesCapacity: { value: 60, low: 50, high: 70 } });
    const r = await branches('--workers', '2', '--assumptions', file('edited.json', JSON.stringify(edited, null, 2)));
    expect(r.status, r.stderr).toBe(0);
    const t = JSON.parse(r.stdout) as { assumptionsHash: string; runs: number; baselineAccepted: number; targetAccepted: number; budget: number; paths: BranchRow[] };
    expect(t.assumptionsHash).toBe(assumptionsHash(edited));
    expect(t.assumptionsHash).not.toBe(assumptionsHash(DEFAULT_ASSUMPTIONS));
    expect(t.assumptionsHash).toMatch(/^[0-9a-f]{64}$/);
    expect(t).toMatchObject({ runs: RUNS, baselineAccepted: expect.any(Number), targetAccepted: expect.any(Number), budget: expect.any(Number) });
    // Every row, whichever thread computed it, is the in-process row under the edited assumptions.
    const paths = allDecisionPaths();
    expect(t.paths).toEqual(JSON.parse(JSON.stringify(branchRows(paths, edited, 1, RUNS))));
    const some = paths.slice(0, 60);
    const before = branchRows(some, DEFAULT_ASSUMPTIONS, 1, RUNS);
    const moved = before.filter((row, i) => row.accepted.p50 !== t.paths[i]!.accepted.p50).length;
    expect(moved).toBeGreaterThan(some.length / 2);
    const row = t.paths[0]!;
    for (const k of ['tier', 'pObjective', 'qualified', 'rawLeads', 'accepted', 'hardBounceRate', 'inboxRate', 'events', 'choices', 'phase1', 'spend', 'costPerAccepted', 'bottleneck'] as const) {
      expect(row, k).toHaveProperty(k);
    }
    expect(Object.keys(row.phase1).sort()).toEqual(['accepted', 'qualified', 'rawLeads']);
    expect(['sales', 'marketing']).toContain(row.bottleneck);
  });
});

describe('npm run branches --assumptions: an older file (version 1)', () => {
  it('loads with the assumptions it lacks at their published values, named; the hash is the upgraded file\'s', () => {
    const edited = withParams(DEFAULT_ASSUMPTIONS, { salesCapacity: { value: 60, low: 50, high: 70 } });
    const old = clone(edited) as unknown as { version: number; params: Record<string, unknown> };
    old.version = 1;
    delete old.params['engagedShare'];
    delete old.params['fatigueDisengage'];
    const r = loadAssumptionsFile(file('older.json', JSON.stringify(old)));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect([...r.filled].sort()).toEqual(['engagedShare', 'fatigueDisengage']);
    expect(r.value).toEqual(edited);
    expect(assumptionsHash(r.value)).toBe(assumptionsHash(edited));
  });
});
