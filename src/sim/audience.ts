// Stage 1, audience and list: who can be mailed. The own base by segment (people who read, unread
// addresses, dead addresses), enrichment and cleaning, the bought list (with its traps and dead
// addresses, verified or not), data decay every 4 weeks, and re-permission after a suspension.
import type { Rng } from './rng';
import { SCENARIO } from './scenario';
import { ENG_CORE, ENG_DORMANT, ENG_LUKE, NENG, NPOOL, NSEG, SLOT_SETUP, W_DECAY, type State } from './state';
import type { Plan } from './types';

/** Own base, enrichment, cleaning and the bought list (fixed slots): the pools at week 0. */
export function setupLists(s: State, plan: Plan, rng: Rng): void {
  const k = s.k;
  const list = plan.list;
  const own = SCENARIO.ownBase;
  for (let g = 0; g < NSEG; g++) {
    const n0 = own[g]!;
    const o = SLOT_SETUP + g * 4;
    // ownBase counts people (read or not); dead addresses since the last 2015 send come on top.
    let inv = rng.bin(n0, k.hardBounce0, o);
    let st = rng.bin(n0, k.staleShare, o + 1);
    const act0 = n0 - st;
    const cleanInv = rng.bin(inv, k.verifyInvalidCaught, o + 2);
    const cleanSt = rng.bin(st, k.cleanStaleRemoved, o + 3);
    if (list.cleanOwn) {
      inv -= cleanInv;
      st -= cleanSt;
    }
    const enr = plan.enrichedContacts[g]!;
    const act = act0 + enr;
    s.active[g] = act;
    s.stale[g] = st;
    s.invalid[g] = inv;
    s.traps[g] = 0;
    const humans = act + st;
    s.fit[g] = humans > 0 ? (humans - enr + enr * plan.enrichedFit) / humans : 1;
    // Enriched contacts are names never mailed; the rest of the base is mailed at the usual cadence
    // and starts the year with its 2015 fatigue (two mailings a month: the reference level, one week
    // after the last send).
    s.novelty[g] = act > 0 ? enr / act : 0;
    s.fatigue[g] = k.fatRef * k.fatMem;
    s.segContacts[g] = act + st + inv;
  }
  const N = k.boughtListSize;
  const offT = k.boughtOffTarget;
  let onTargetHumans = 0;
  let leftBad = 0;
  for (let g = 0; g < NSEG; g++) {
    const q = NSEG + g;
    const o = SLOT_SETUP + 20 + g * 5;
    const n = Math.round(N * (g === NSEG - 1 ? offT : (1 - offT) * SCENARIO.boughtMix[g]!));
    const inv = rng.bin(n, k.boughtDeadShare, o);
    const tr = rng.bin(n - inv, k.boughtTrapRate, o + 1);
    const st = rng.bin(n - inv - tr, k.boughtStaleShare, o + 2);
    const invCaught = rng.bin(inv, k.verifyInvalidCaught, o + 3);
    const trCaught = rng.bin(tr, k.verifyTrapCaught, o + 4);
    s.fit[q] = k.boughtFit;
    s.novelty[q] = 1;
    if (!list.buy) {
      s.active[q] = s.stale[q] = s.invalid[q] = s.traps[q] = 0;
    } else if (list.verify) {
      // Verification drops most dead addresses and known traps; the sample test drops off-target people.
      s.invalid[q] = inv - invCaught;
      s.traps[q] = tr - trCaught;
      leftBad += inv - invCaught + tr - trCaught;
      s.active[q] = g === NSEG - 1 ? 0 : n - inv - tr - st;
      s.stale[q] = g === NSEG - 1 ? 0 : st;
      onTargetHumans += s.active[q]! + s.stale[q]!;
    } else {
      s.invalid[q] = inv;
      s.traps[q] = tr;
      s.active[q] = n - inv - tr - st;
      s.stale[q] = st;
    }
  }
  if (list.buy && list.verify) {
    // "~75% of a bought list lost after cleaning": keep the verified share, on-target people only.
    const keepHumans = Math.max(0, Math.round(k.verifyKeepShare * N) - leftBad);
    const f = onTargetHumans > 0 ? Math.min(1, keepHumans / onTargetHumans) : 0;
    for (let g = 0; g < NSEG; g++) {
      const q = NSEG + g;
      s.active[q] = Math.round(s.active[q]! * f);
      s.stale[q] = Math.round(s.stale[q]! * f);
    }
  }
  if (list.buy) {
    for (let g = 0; g < NSEG; g++) {
      const q = NSEG + g;
      s.segContacts[g] = s.segContacts[g]! + s.active[q]! + s.stale[q]! + s.invalid[q]! + s.traps[q]!;
    }
  }
  s.boughtLive = list.buy && list.arrivalWeek <= 1 ? 1 : 0;
  // The people who read, by engagement (expectations: thousands of contacts).
  const core = k.engShare, dorm = k.dormShare;
  const eng = s.eng;
  for (let q = 0; q < NPOOL; q++) {
    const a = s.active[q]!;
    eng[q * NENG + ENG_CORE] = a * core;
    eng[q * NENG + ENG_DORMANT] = a * dorm;
    eng[q * NENG + ENG_LUKE] = a * (1 - core - dorm);
  }
}

/** Pool q's people who read, `active[q]`, scaled by f in every engagement group (they leave or stay alike). */
function scaleActive(s: State, q: number, f: number): void {
  const eng = s.eng;
  for (let g = q * NENG; g < q * NENG + NENG; g++) eng[g] = eng[g]! * f;
}

/** The bought list arrives in its week. */
export function listArrives(s: State, w: number): void {
  const list = s.plan.list;
  if (!s.boughtLive && list.buy && w === list.arrivalWeek - 1) s.boughtLive = 1;
}

/**
 * Every 4 weeks contacts leave their jobs (an expectation: thousands of contacts); some of their
 * addresses start to bounce, the others reach nobody (one slot per pool).
 */
export function decay(s: State, wb: number, rng: Rng): void {
  const live = s.boughtLive ? NPOOL : NSEG;
  const d4 = s.k.decay4, bs = s.k.bounceShare;
  const active = s.active, invalid = s.invalid, stale = s.stale;
  for (let q = 0; q < live; q++) {
    const a = active[q]!;
    const d = Math.round(a * d4);
    const inv = rng.bin(d, bs, wb + W_DECAY + q);
    active[q] = a - d;
    if (a > 0) scaleActive(s, q, (a - d) / a);
    invalid[q] = invalid[q]! + inv;
    stale[q] = stale[q]! + d - inv;
  }
}

/**
 * Pools [from, to) after a re-permission campaign: the share `rate` of the people still reading
 * confirms (an expectation: thousands of contacts); everyone else leaves the list for good. Who
 * confirms follows engagement: each group confirms in proportion to how it answers mail (the core
 * most, the dormant hardly), scaled so that the pool as a whole keeps `rate` (a group cannot confirm
 * above 100%). A re-permissioned list is smaller and keener.
 */
export function repermission(s: State, from: number, to: number, rate: number): void {
  const eng = s.eng, k = s.k;
  const resp = [0, 0, 0];
  resp[ENG_CORE] = k.respCore;
  resp[ENG_LUKE] = k.respLuke;
  resp[ENG_DORMANT] = k.respDormant;
  for (let q = from; q < to; q++) {
    const a = s.active[q]!;
    let answer = 0;
    for (let g = 0; g < NENG; g++) answer += eng[q * NENG + g]! * resp[g]!;
    let kept = 0;
    for (let g = 0; g < NENG; g++) {
      const i = q * NENG + g;
      const share = answer > 0 ? Math.min(1, (rate * a * resp[g]!) / answer) : rate;
      eng[i] = eng[i]! * share;
      kept += eng[i]!;
    }
    s.active[q] = Math.round(kept);
    scaleActive(s, q, kept > 0 ? s.active[q]! / kept : 0);
    s.stale[q] = s.invalid[q] = s.traps[q] = s.trapsHit[q] = 0;
  }
}
