// Calibration check: replays H1 2015 (the scenario's actions) and prints the medians the
// scenario's `results2015` should state, beside the calibration table's email rates.
//   node_modules/.bin/tsx scripts/sim-calibrate.ts [runs]
import { CALIBRATION, DEFAULT_ASSUMPTIONS, SCENARIO, baselinePlan2015, quantile, simulate } from '../src/sim/index';

const runs = Number(process.argv[2] ?? 1000);
const keys = ['sent', 'openRate', 'clickRate', 'hardBounceRate', 'softBounceRate', 'complaintRate', 'unsubRate', 'inboxRate', 'rawLeads', 'qualified', 'accepted', 'spend'] as const;
const v: Record<(typeof keys)[number], number[]> = Object.fromEntries(keys.map((k) => [k, []])) as never;
const plan = baselinePlan2015();
for (let i = 0; i < runs; i++) {
  const o = simulate(plan, DEFAULT_ASSUMPTIONS, 1000 + i);
  const e = o.channels.email;
  const t = o.totals;
  v.sent.push(t.sent);
  v.openRate.push(e.viewed / e.delivered);
  v.clickRate.push(e.clicked / e.delivered);
  v.hardBounceRate.push(t.hardBounces / t.sent);
  v.softBounceRate.push(t.softBounces / t.sent);
  v.complaintRate.push(t.complaints / t.delivered);
  v.unsubRate.push(t.unsubscribes / t.delivered);
  v.inboxRate.push(t.inboxRate);
  v.rawLeads.push(t.rawLeads);
  v.qualified.push(t.qualified);
  v.accepted.push(t.accepted);
  v.spend.push(t.spend);
}
const ref: Partial<Record<(typeof keys)[number], { value: number; low: number; high: number }>> = {
  openRate: CALIBRATION.emailOpenRate, clickRate: CALIBRATION.emailClickRate, hardBounceRate: CALIBRATION.emailHardBounce,
  softBounceRate: CALIBRATION.emailSoftBounce, complaintRate: CALIBRATION.emailComplaintRate, unsubRate: CALIBRATION.emailUnsubRate,
};
console.log(`H1 2015 replay, ${runs} runs (p10 / p50 / p90; calibration value [range]); scenario states:`, JSON.stringify(SCENARIO.results2015));
for (const k of keys) {
  const s = v[k].sort((a, b) => a - b);
  const r = ref[k];
  const f = (x: number) => (x < 1 ? x.toFixed(5) : x.toFixed(0));
  console.log(`${k.padEnd(15)} ${f(quantile(s, 0.1))} / ${f(quantile(s, 0.5))} / ${f(quantile(s, 0.9))}${r ? `   calibration ${r.value} [${r.low}, ${r.high}]` : ''}`);
}
