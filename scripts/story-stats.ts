// `npm run story:stats`: words per language (sources) and per path (every path walked with the
// model plugged in, as the story tests do), with the reading time of a path at 230 words a minute.
import { readFileSync, readdirSync } from 'node:fs';
import { compileInkFile } from './ink-compile.ts';
import { countWords, walkStory } from '../src/narrative/walk.ts';
import { runSimRequest } from '../src/service/sim-request.ts';
import { VAR_PREFIX } from '../src/narrative/session.ts';
import type { Lang } from '../src/i18n/strings.ts';
import { decisionsFromHistory } from '../src/sim/decisions.ts';
import { formatters } from '../src/i18n/index.ts';
import type { SimPhase } from '../src/narrative/registry.ts';

const WPM = 230;
const cache = new Map<string, Record<string, string | number | boolean>>();
const simVars = (phase: SimPhase, choices: readonly string[]) => {
  const decisions = decisionsFromHistory(choices);
  const key = phase + JSON.stringify(decisions);
  if (!cache.has(key)) {
    const r = runSimRequest({ phase, decisions, seed: 2016 }, undefined, 40);
    cache.set(key, Object.fromEntries(Object.entries(r.vars).map(([k, v]) => [VAR_PREFIX[phase] + k, v])));
  }
  return cache.get(key)!;
};

/** Prose words of an .ink source: comments, logic, tags and speaker ids left out. */
function sourceWords(text: string): number {
  let n = 0;
  for (const raw of text.replace(/\/\*[\s\S]*?\*\//g, '').split('\n')) {
    const line = raw.replace(/\/\/.*$/, '').trim();
    if (!line || /^(~|VAR|CONST|===|==|=\s|EXTERNAL|INCLUDE|->)/.test(line)) continue;
    n += countWords(line.replace(/#[^#\]]*/g, '').replace(/->\s*[\w.]+/g, '').replace(/\{[^{}]*\}/g, ' ').replace(/^[*+-]\s*(\([^)]*\))?/, '').replace(/^[a-z]+:\s/, ''));
  }
  return n;
}

const json = process.argv.includes('--json');
const out: Record<string, unknown> = {};
for (const lang of ['en', 'fr'] as Lang[]) {
  const files = readdirSync(`story/${lang}`).filter((f) => f.endsWith('.ink')).sort();
  const perFile = Object.fromEntries(files.map((f) => [f, sourceWords(readFileSync(`story/${lang}/${f}`, 'utf8'))]));
  const total = Object.values(perFile).reduce((a, b) => a + b, 0);
  const compiled = compileInkFile(`story/${lang}/main.ink`);
  if (!compiled.json) throw new Error(compiled.diagnostics.map((d) => d.message).join('\n'));
  const report = walkStory(compiled.json, { externals: formatters(lang), simVars });
  const words = report.paths.map((p) => p.words).sort((a, b) => a - b);
  const q = (f: number) => words[Math.min(words.length - 1, Math.floor(words.length * f))]!;
  out[lang] = { totalWords: total, perFile, paths: report.paths.length, mergedPaths: report.merged, pathWords: { min: q(0), median: q(0.5), max: q(1) }, readingMinutes: { min: Math.round(q(0) / WPM), median: Math.round(q(0.5) / WPM), max: Math.round(q(1) / WPM) } };
}
if (json) console.log(JSON.stringify(out));
else {
  for (const [lang, s] of Object.entries(out) as [string, { totalWords: number; perFile: Record<string, number>; paths: number; mergedPaths: number; pathWords: Record<string, number>; readingMinutes: Record<string, number> }][]) {
    console.log(`${lang.toUpperCase()}: ${s.totalWords} words in the sources`);
    for (const [f, n] of Object.entries(s.perFile)) console.log(`  ${f.padEnd(24)} ${String(n).padStart(6)}`);
    console.log(`  paths walked ${s.paths} (+${s.mergedPaths} merged); words per path min ${s.pathWords.min}, median ${s.pathWords.median}, max ${s.pathWords.max}`);
    console.log(`  reading time per path at ${WPM} wpm: ${s.readingMinutes.min}–${s.readingMinutes.max} min (median ${s.readingMinutes.median})`);
  }
}
