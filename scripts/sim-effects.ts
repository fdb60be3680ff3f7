// Calibration helper: main effect of each option and tiers by number of Alice's choices, from a branch-table JSON on stdin.
//   node_modules/.bin/tsx scripts/branches.ts --json | node_modules/.bin/tsx scripts/sim-effects.ts [target]
import { readFileSync } from 'node:fs';
import { DECISIONS } from '../src/sim/index';
const t = JSON.parse(readFileSync(0, 'utf8')) as { targetQualified: number; paths: { choices: string[]; accepted: { p50: number }; tier: string; qualified: { p50: number } }[] };
const target = Number(process.argv[2] ?? t.targetQualified);
for (const [k, d] of DECISIONS.entries()) {
  const parts = d.options.map((o) => {
    const rows = t.paths.filter((p) => p.choices[k] === o);
    const m = rows.reduce((s, r) => s + r.accepted.p50, 0) / rows.length;
    return `${o}: ${m.toFixed(0)} (${(m / target).toFixed(2)})`;
  });
  console.log(`${d.label} ${parts.join('  ')}`);
}
const ratios = t.paths.map((p) => p.accepted.p50 / target).sort((a, b) => a - b);
const q = (x: number) => ratios[Math.floor(x * (ratios.length - 1))]!.toFixed(2);
console.log(`ratio to target ${target}: min ${q(0)} p10 ${q(0.1)} p25 ${q(0.25)} p50 ${q(0.5)} p75 ${q(0.75)} p90 ${q(0.9)} max ${q(1)}`);
const tiers = { wall: 0.8, short: 1, met: 1.25 };
const c = { wall: 0, short: 0, met: 0, beyond: 0 };
for (const r of ratios) { if (r < tiers.wall) c.wall++; else if (r < tiers.short) c.short++; else if (r < tiers.met) c.met++; else c.beyond++; }
console.log(JSON.stringify(c));

// By number of Alice's choices in the path (D1-D6; her D6 is double_down).
const aliceIds = ['plan_scale_all', 'answer_bravado', 'content_wp_everyone', 'list_buy_merge', 'launch_blast', 'course_double_down'];
const byN: Record<number, number[]> = {};
for (const p of t.paths) {
  const n = p.choices.filter((c, i) => c === aliceIds[i]).length;
  (byN[n] ??= []).push(p.accepted.p50 / target);
}
for (const [n, v] of Object.entries(byN)) {
  v.sort((a, b) => a - b);
  const tier = (r: number) => (r < 0.8 ? 'W' : r < 1 ? 'S' : r < 1.25 ? 'M' : 'B');
  const counts = ['W', 'S', 'M', 'B'].map((k) => `${k}${v.filter((r) => tier(r) === k).length}`).join(' ');
  console.log(`${n} of Alice's choices: ${v.length} paths, ratio min ${v[0]!.toFixed(2)} median ${v[Math.floor(v.length / 2)]!.toFixed(2)} max ${v[v.length - 1]!.toFixed(2)}  ${counts}`);
}
