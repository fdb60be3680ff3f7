// The workshop panel's "load a file": a file over 1 MB is refused by its size before it is read,
// a refused file names the faulty field in the panel's language, and nothing changes.
import { describe, expect, it } from 'vitest';
import { DEFAULT_ASSUMPTIONS, type AssumptionsIssue, type AssumptionsIssueKind } from '../../../src/sim';
import { comparePaths } from '../../../src/service/workshop-request';
import type { CompareRequest, CompareResult, WorkshopPort } from '../../../src/service/protocol';
import { WorkshopPanel } from '../../../src/ui/workshop/panel';
import { WORKSHOP_STRINGS } from '../../../src/ui/workshop/strings';
import type { Lang } from '../../../src/i18n/strings';

/** The panel's private parts these tests drive (no DOM: the modal is never opened). */
interface Inside {
  loadFile(input: { files: unknown[]; value: string }): Promise<void>;
  status: string;
  statusKind: string;
  assumptions: unknown;
}

function panel(lang: Lang, answer: (req: CompareRequest) => CompareResult = (req) => comparePaths({ ...req, runs: 5 })) {
  const asked: CompareRequest[] = [];
  const port: WorkshopPort = { compare: (req) => (asked.push(req), Promise.resolve(answer(req))) };
  const p = new WorkshopPanel({} as HTMLElement, port, () => ({ lang, current: null }));
  return { p, inside: p as unknown as Inside, asked };
}

/** A File-like whose content must not be read when it is too large. */
function fakeFile(name: string, size: number, text: string | (() => Promise<string>)) {
  let reads = 0;
  return {
    file: { name, size, text: () => (reads++, typeof text === 'string' ? Promise.resolve(text) : text()) },
    reads: () => reads,
  };
}

describe('workshop: loading an assumptions file', () => {
  it('refuses a file over 1 MB before reading it, in English and in French, and changes nothing', async () => {
    for (const lang of ['en', 'fr'] as const) {
      const { inside, asked } = panel(lang);
      const before = inside.assumptions;
      const f = fakeFile('huge.json', 50_000_000, () => Promise.reject(new Error('must not be read')));
      await inside.loadFile({ files: [f.file], value: 'huge.json' });
      expect(f.reads()).toBe(0);
      expect(asked).toHaveLength(0);
      expect(inside.statusKind).toBe('error');
      expect(inside.status).toMatch(lang === 'en' ? /The file is 50,000,000 bytes, over the limit of 1,000,000 bytes/ : /Le fichier fait 50\s000\s000 octets/);
      expect(inside.assumptions).toBe(before);
    }
  });

  it('names the faulty field of a refused file, in the panel’s language', async () => {
    const bad = JSON.parse(JSON.stringify(DEFAULT_ASSUMPTIONS));
    bad.params.salesCapacity.low = -3;
    const text = JSON.stringify(bad);
    const en = panel('en');
    await en.inside.loadFile({ files: [fakeFile('a.json', text.length, text).file], value: '' });
    expect(en.inside.status).toMatch(/refused, nothing was changed\. The low end of “.+” \(params\.salesCapacity\.low\) is negative: it must be 0 or more\./);
    const fr = panel('fr');
    await fr.inside.loadFile({ files: [fakeFile('a.json', text.length, text).file], value: '' });
    expect(fr.inside.status).toMatch(/refusées, rien n’a changé\. « .+ », bas de la fourchette \(params\.salesCapacity\.low\) : valeur négative, il faut 0 ou plus\./);
    expect(fr.asked).toHaveLength(1); // the worker validated it
    expect(JSON.parse(JSON.stringify(fr.inside.assumptions))).toEqual(JSON.parse(JSON.stringify(DEFAULT_ASSUMPTIONS)));
  });

  it('words every kind of issue in both languages, with no placeholder left and no NaN', () => {
    const kinds: Record<AssumptionsIssueKind, AssumptionsIssue> = {
      tooLarge: { kind: 'tooLarge', field: '', bytes: 2e6, limit: 1e6 },
      notJson: { kind: 'notJson', field: '' },
      missing: { kind: 'missing', field: 'params.emailOpenRate.low', expected: 'number' },
      unknown: { kind: 'unknown', field: 'params.emailOpenRat' },
      wrongType: { kind: 'wrongType', field: 'sampleRanges', expected: 'boolean' },
      notFinite: { kind: 'notFinite', field: 'params.bannerCtr.value' },
      negative: { kind: 'negative', field: 'params.showCost.low', limit: 0 },
      belowMin: { kind: 'belowMin', field: 'params.segOpenLift.low', limit: -1 },
      aboveMax: { kind: 'aboveMax', field: 'params.mqlRate.high', limit: 1 },
      wrongVersion: { kind: 'wrongVersion', field: 'version', expected: '1' },
      inverted: { kind: 'inverted', field: 'params.salesCapacity', low: 42, high: 30 },
      outsideRange: { kind: 'outsideRange', field: 'params.salesCapacity.value', low: 30, high: 42 },
      zeroWidth: { kind: 'zeroWidth', field: 'params.acceptRate', low: 0.55, high: 0.55 },
    };
    for (const lang of ['en', 'fr'] as const) {
      const { p } = panel(lang);
      for (const issue of Object.values(kinds)) {
        const text = p.issueText(issue);
        expect(text, `${lang} ${issue.kind}`).not.toMatch(/\{|\}|undefined|\?$/);
        if (issue.kind !== 'notFinite') expect(text).not.toMatch(/NaN/);
        if (issue.field) expect(text).toContain(issue.field);
      }
      expect(Object.keys(WORKSHOP_STRINGS[lang].issues).sort()).toEqual(Object.keys(kinds).sort());
    }
    // A stranger's very long key is cut in the message.
    const long = panel('en').p.issueText({ kind: 'unknown', field: `params.${'x'.repeat(5000)}` });
    expect(long.length).toBeLessThan(200);
  });
});
