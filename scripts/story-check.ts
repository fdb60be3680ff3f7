// Quick check for story writers: compiles both languages, walks every path with stand-in
// simulation numbers (varied so every ending and every branch on numbers is visited), and prints
// diagnostics, unknown tags, dead ends, parity problems and word counts.
// Usage: node_modules/.bin/tsx scripts/story-check.ts
import { compileInkFile } from './ink-compile';
import { createRuntime } from '../src/narrative/runtime';
import { walkStory } from '../src/narrative/walk';
import { DECISIONS } from '../src/sim/decisions';

const fakeVars = (phase: string, choices: readonly string[]): Record<string, number | string | boolean> => {
  let h = 0;
  for (const c of choices.join('|')) h = (h * 31 + c.charCodeAt(0)) >>> 0;
  const bad = choices.includes('list_buy_merge');
  const tiers = ['ending_wall', 'ending_short', 'ending_met', 'ending_beyond'];
  return phase === 'phase1'
    ? { p1_sent: 120000 + (h % 5000), p1_hard_bounce: bad ? 11.2 : 0.9, p1_bounce: bad ? 13.5 : 1.6, p1_complaints: bad ? 0.31 : 0.03,
        p1_inbox: bad ? 61.5 : 88.2, p1_open: 14.2, p1_raw: 900 + (h % 300), p1_qualified: 150 + (h % 50), p1_accepted: 60 + (h % 40),
        p1_pace: 95, p1_spend: 84000, p1_banner_clicks: 310, p1_review: bad || h % 3 === 0, p1_suspended: bad && h % 2 === 0,
        p1_review_week: bad || h % 3 === 0 ? 1 + (h % 8) : 0, p1_suspend_week: bad && h % 2 === 0 ? 2 + (h % 3) : 0,
        p1_budget: 115000, p1_planned: 115000 + (h % 3) * 9000, p1_cut: (h % 3) * 9000, p1_cut_display: (h % 3) * 6000, p1_cut_linkedin: (h % 3) * 3000,
        p1_cut_shows: h % 5 === 0 ? 1 : 0, p1_cut_show_week: h % 5 === 0 ? 22 : 0, p1_cut_if_double_down: h % 2 ? 8500 : 0, p1_cut_if_data: h % 3 ? 8000 : 0 }
    : { s_raw: 4200, s_qualified: 700, s_accepted: 300 + (h % 200), s_target: 420, s_baseline: 350, s_pct_target: 60 + (h % 80),
        s_spend: 310000, s_cost_per_lead: 900, s_hard_bounce: bad ? 9.1 : 0.8, s_inbox: bad ? 58.3 : 90.1, s_unsubscribed: 2300,
        s_suspended: bad, s_sales_overload: h % 2 === 0, s_p_objective: h % 100, s_tier: tiers[h % 4]!,
        s_runs: 500, s_lost: 40 + (h % 60), s_open_early: 19.5, s_open_late: 14.2, s_budget: 115000, s_planned: 130000, s_cut: (h % 3) * 7500,
        s_course_cut: (h % 2) * 7500, s_pause_weeks: 1 + (h % 3) };
};
const externals = { fmt: (n: number) => String(Math.round(n)), pct: (x: number) => `${x}%`, eur: (n: number) => `€${Math.round(n)}` };

let failed = false;
const shape: Record<string, { knots: string[]; vars: string[]; points: string[] }> = {};
for (const lang of ['en', 'fr']) {
  const res = compileInkFile(`story/${lang}/main.ink`);
  for (const d of res.diagnostics) console.log(`[${lang}] ${d.severity}: ${d.message}`);
  if (!res.json) { failed = true; continue; }
  if (res.diagnostics.some((d) => d.severity === 'warning')) failed = true;
  const rt = createRuntime(res.json, externals);
  const report = walkStory(res.json, { externals, simVars: fakeVars });
  for (const e of report.errors.slice(0, 20)) console.log(`[${lang}] ERROR ${e}`);
  if (report.errors.length) failed = true;
  const endings = new Set(report.paths.map((p) => p.ending));
  const dead = report.paths.filter((p) => !p.ending);
  const ids = new Set(report.paths.flatMap((p) => p.choices));
  const missing = DECISIONS.flatMap((d) => d.options).filter((id) => !ids.has(id));
  const noId = [...ids].filter((id) => id.startsWith('index:'));
  const words = report.paths.map((p) => p.words).sort((a, b) => a - b);
  console.log(`[${lang}] paths ${report.paths.length} (+${report.merged} merged into equivalent states), endings ${[...endings].join(' ')}, path words min ${words[0]} median ${words[words.length >> 1]} max ${words[words.length - 1]}`);
  if (dead.length) { failed = true; console.log(`[${lang}] ${dead.length} paths end without an #ending: tag, e.g. ${dead[0]!.choices.join(' > ')}`); }
  if (missing.length) { failed = true; console.log(`[${lang}] decision ids never offered: ${missing.join(', ')}`); }
  if (noId.length) { failed = true; console.log(`[${lang}] choices without #id: tag`); }
  shape[lang] = { knots: [...rt.knots].sort(), vars: [...rt.variableNames].sort(), points: [...report.choicePoints.keys()].sort() };
}
if (shape.en && shape.fr) {
  for (const k of ['knots', 'vars', 'points'] as const) {
    const a = shape.en[k].join('\n'), b = shape.fr[k].join('\n');
    if (a !== b) {
      failed = true;
      const onlyEn = shape.en[k].filter((x) => !shape.fr![k].includes(x));
      const onlyFr = shape.fr[k].filter((x) => !shape.en![k].includes(x));
      console.log(`PARITY ${k}: only in en: ${onlyEn.join(', ')} | only in fr: ${onlyFr.join(', ')}`);
    }
  }
}
// Total words per language (each source file's prose, tags and code stripped roughly).
import { readFileSync, readdirSync } from 'node:fs';
import { countWords } from '../src/narrative/walk';
for (const lang of ['en', 'fr']) {
  let total = 0;
  for (const f of readdirSync(`story/${lang}`).filter((f) => f.endsWith('.ink'))) {
    for (const line of readFileSync(`story/${lang}/${f}`, 'utf8').split('\n')) {
      const t = line.trim();
      if (!t || t.startsWith('//') || t.startsWith('~') || t.startsWith('VAR') || t.startsWith('===') || t.startsWith('EXTERNAL') || t.startsWith('INCLUDE') || t.startsWith('->')) continue;
      total += countWords(t.replace(/#[^#]*/g, '').replace(/->\s*\w+/g, '').replace(/^[a-z]+:/, ''));
    }
  }
  console.log(`[${lang}] total words in sources: ${total}`);
}
console.log(failed ? 'STORY CHECK FAILED' : 'story check ok');
process.exit(failed ? 1 : 0);
