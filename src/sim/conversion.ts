// Stage 3, content and conversion: what people do with what reaches them. Email readers open,
// click, fill the form, unsubscribe or complain; website visitors, LinkedIn, Twitter, Facebook and
// banners reach segments that click, visit and fill; trade-show visitors have their badges
// scanned; nurturing re-engages unqualified leads. Each fill qualifies or not (segment fit x
// contact fit x relevance x scoring, on the odds of the calibrated rate).
import { clamp01, qualProb } from './response-curves';
import type { Rng } from './rng';
import { SCENARIO, SEGMENT_INFO } from './scenario';
import { splitShares, splitSharesAt } from './split';
import {
  CH_DISPLAY, CH_EMAIL, CH_LANDING, CH_LINKEDIN, CH_FACEBOOK, CH_SHOWS, CH_TWITTER, E_CLICK, E_COMPL, E_FILL, E_OPEN, E_QUAL,
  E_CUR, E_UNSUB, E_VREST, M_BANNER, NCH, NE, NENG, NPOOL, NSEG, NST, NTARGET, PHASE1_WEEKS, ST_CLICKED, ST_DELIVERED, ST_FILLED, ST_INBOX,
  ST_REACH, ST_VIEWED, ST_VISITS, WEEKS, W_ADCLICK, W_ADQUAL, W_ADS, W_COMPL, W_FILL, W_NURTURE, W_QUAL, W_SHOWS, W_UNSUB,
  type State,
} from './state';
import type { ContentSpec } from './types';

const SEG_FIT = new Float64Array(SEGMENT_INFO.map((s) => s.fit));
const AUD = SCENARIO.audiences;

/** Per-pool email probabilities for a mailing state (content, segmentation, A/B winner, phase), before fatigue. */
export function emailCoefficients(s: State, key: number, mailing: number, campaignSlot: boolean, abOn: boolean): void {
  s.ecDone = s.ecDone | (1 << key);
  const k = s.k;
  const ph = s.ph;
  const content: ContentSpec = mailing === 1 ? s.plan.content : SCENARIO.genericContent;
  const relOff = mailing === 1 ? 0 : NSEG;
  const segmented = campaignSlot && ph.campaign.segmented;
  const C = s.EC;
  const fillBase = k.formConv * (ph.segmentedLanding ? k.segLanding : 1) * (abOn ? k.abFill : 1);
  for (let q = 0; q < NPOOL; q++) {
    const g = q % NSEG;
    const bought = q >= NSEG;
    const rel = content.relevance[g]!;
    const annoy0 = 1 + k.relAnnoyK * (0.5 - rel);
    const annoy = annoy0 < 0.2 ? 0.2 : annoy0;
    let pOpen = k.pOpenInbox * (1 + k.relOpenK * (rel - 0.5));
    let ctor = k.ctor0 * (1 + k.relClickK * (rel - 0.5));
    let pCompl = k.pCompl0 * annoy * (bought ? k.boughtCompl : 1);
    let pUnsub = k.pUnsub0 * annoy * (bought ? k.boughtUnsub : 1);
    if (segmented) {
      // Segmentation works through relevance: full lifts from relevance 0.7, none below 0.3.
      const k0 = (rel - 0.3) / 0.4;
      const f = k0 < 0 ? 0 : k0 > 1 ? 1 : k0;
      pOpen *= 1 + (k.segOpen - 1) * f;
      ctor *= 1 + (k.segClickPerOpen - 1) * f;
      pCompl *= 1 + (k.segCompl - 1) * f;
      pUnsub *= 1 + (k.segUnsub - 1) * f;
    }
    if (abOn) pOpen *= k.abOpen;
    // A new free white paper (the campaign's gated content) draws curiosity clicks and fills whatever its topic.
    const asset = mailing === 1 && content.gated[g] ? 1 + k.freeAsset : 1;
    const pull = content.gated[g] ? 1 : k.genericPull;
    const fillP = fillBase * pull * (1 + k.relFillK * (rel - 0.5));
    const sel = campaignSlot && ph.campaign.share[g]! < 1 && ph.selectionFit > 1 ? ph.selectionFit : 1;
    const c = key * NPOOL * NE + q * NE;
    const click = clamp01(ctor * asset, 0.9);
    C[c + E_OPEN] = pOpen;
    C[c + E_CLICK] = click;
    C[c + E_UNSUB] = pUnsub;
    C[c + E_COMPL] = pCompl;
    const pFill = clamp01(fillP * asset, 0.6);
    const vf = k.visitEmail * pFill;
    C[c + E_FILL] = vf;
    C[c + E_VREST] = (k.visitEmail - vf) / (1 - vf);
    // The curiosity fills (clicks and fills per click both lifted) are downloads without a project:
    // they add raw leads, not qualified ones: the qualified count is that of the paper without them.
    const plain = asset > 1 ? (clamp01(ctor, 0.9) * clamp01(fillP, 0.6)) / (click * pFill) : 1;
    C[c + E_CUR] = 1 - plain;
    C[c + E_QUAL] = qualProb(k.baseOdds, SEG_FIT[g]! * s.fit[q]! * sel * s.relQ[relOff + g]! * (ph.scoring ? k.scoringQ : 1)) * plain;
  }
}

/**
 * The readers' responses to the week's mailing (after send, sending.ts). The week's fills,
 * unsubscribes and complaints: one draw each over all pools (a sum of binomials with small rates:
 * a binomial with their mean rate), shared across pools in proportion to their expected counts
 * (splitShares), never more than the pool's base; then their qualification, drawn and shared the
 * same way. Complainers, unsubscribers and new leads leave the prospect pool.
 */
export function mailResponses(s: State, w: number, wb: number, rng: Rng): void {
  const live = s.live, eo = s.eo, kIn = s.kIn, clicks = s.clicks, opens = s.opens, readers = s.readers;
  const sumFill = s.sumFill, sumUnsub = s.sumUnsub, sumCompl = s.sumCompl;
  const C = s.EC, pShare = s.pShare, sActive = s.sActive, rOpen = s.rOpen, rCtor = s.rCtor;
  const capFill = s.capFill, capUnsub = s.capUnsub, capCompl = s.capCompl, kFill = s.kFill, kUnsub = s.kUnsub, kCompl = s.kCompl;
  const eFill = sumFill * kIn, eUnsub = sumUnsub * kIn, eCompl = sumCompl * kIn;
  const fillsT = rng.bin(clicks, clicks > 0 ? Math.min(1, eFill / clicks) : 0, wb + W_FILL);
  const unsT = rng.bin(readers, readers > 0 ? Math.min(1, eUnsub / readers) : 0, wb + W_UNSUB);
  const coT = rng.bin(readers, readers > 0 ? Math.min(1, eCompl / readers) : 0, wb + W_COMPL);
  for (let q = 0; q < live; q++) {
    if (pShare[q] === 0) continue;
    const sa = sActive[q]!;
    const op = sa * rOpen[q]!; // per unit of kIn
    const cl = op * rCtor[q]!;
    capFill[q] = Math.floor(cl * kIn);
    const inbox = Math.floor(sa * kIn); // readers who found the mail in their inbox: at most that many leave
    capUnsub[q] = inbox;
    capCompl[q] = inbox;
  }
  splitShares(fillsT, sumFill, fillsT > 0 ? rng.uniformAt(wb + W_FILL + 1) : 0, s.wFill, capFill, kFill, 0, live);
  splitShares(unsT, sumUnsub, unsT > 0 ? rng.uniformAt(wb + W_UNSUB + 1) : 0, s.wUnsub, capUnsub, kUnsub, 0, live);
  splitShares(coT, sumCompl, coT > 0 ? rng.uniformAt(wb + W_COMPL + 1) : 0, s.wCompl, capCompl, kCompl, 0, live);
  // Per pool: visits, who leaves, leads by segment.
  const active = s.active, wtQual = s.wtQual, segEmailLeads = s.segEmailLeads, weekFills = s.weekFills;
  const eng = s.eng, gFill = s.gFill, gUnsub = s.gUnsub, gCompl = s.gCompl;
  let fills = 0, unsubs = 0, complaints = 0, eQual = 0, visitRest = 0;
  for (let q = 0; q < live; q++) {
    if (pShare[q] === 0) {
      wtQual[q] = 0;
      continue;
    }
    const g = q < NSEG ? q : q - NSEG;
    const c = eo + q * NE;
    const cl = sActive[q]! * rOpen[q]! * rCtor[q]!;
    const fi = kFill[q]!, un = kUnsub[q]!, co = kCompl[q]!;
    fills += fi;
    unsubs += un;
    complaints += co;
    const wq = fi * C[c + E_QUAL]!;
    wtQual[q] = wq;
    eQual += wq;
    // Visits: the fills, and the expected visitors among clickers who did not fill.
    visitRest += (cl * kIn - fi) * C[c + E_VREST]!;
    // Who leaves (new leads, unsubscribers, complainers), from each engagement group in proportion to its share of them.
    let left = 0;
    for (let e = q * NENG; e < q * NENG + NENG; e++) {
      const x = eng[e]! - fi * gFill[e]! - un * gUnsub[e]! - co * gCompl[e]!;
      const y = x > 0 ? x : 0;
      eng[e] = y;
      left += y;
    }
    active[q] = left;
    segEmailLeads[g] = segEmailLeads[g]! + fi;
    weekFills[g] = weekFills[g]! + fi;
  }
  const visits = fills + Math.round(visitRest);
  // Qualification of the week's fills: one draw at their mean rate, shared the same way.
  const qualT = rng.bin(fills, fills > 0 ? eQual / fills : 0, wb + W_QUAL);
  const kQual = s.kQual;
  splitShares(qualT, eQual, qualT > 0 ? rng.uniformAt(wb + W_QUAL + 1) : 0, wtQual, kFill, kQual, 0, live);
  const weekQual = s.weekQual, fit = s.fit;
  let qual = 0, unqE = 0, unqFitE = 0;
  for (let q = 0; q < live; q++) {
    const fi = kFill[q]!;
    if (pShare[q] === 0 || fi === 0) continue; // no fills: nothing qualified (capped by the fills), no candidates
    const g = q < NSEG ? q : q - NSEG;
    const mq = kQual[q]!;
    qual += mq;
    weekQual[g] = weekQual[g]! + mq;
    if (g < NTARGET) {
      // Nurturing candidates: unqualified fills of fitting segments, curiosity downloads left out.
      const u = fi - Math.round(fi * C[eo + q * NE + E_CUR]!) - mq;
      if (u > 0) {
        unqE += u;
        unqFitE += u * SEG_FIT[g]! * fit[q]!;
      }
    }
  }
  s.wUnqCh[CH_EMAIL] = unqE;
  s.wUnqFitCh[CH_EMAIL] = unqFitE;
  s.fills = fills;
  s.unsubs = unsubs;
  s.complaints = complaints;

  const F = s.funnelW;
  const o = w * NCH * NST; // email is channel 0
  F[o + ST_REACH] = s.sent;
  F[o + ST_DELIVERED] = s.delivered;
  F[o + ST_INBOX] = s.inboxN;
  F[o + ST_VIEWED] = opens;
  F[o + ST_CLICKED] = clicks;
  F[o + ST_VISITS] = visits;
  F[o + ST_FILLED] = fills;
  s.mqlCh[CH_EMAIL] = qual;
  s.wClicks = s.wClicks + clicks;
  s.wVisits = s.wVisits + visits;
  s.wRaw = s.wRaw + fills;
  s.wQual = s.wQual + qual;
}

/** Website, LinkedIn, Twitter, Facebook, banners: reach -> click -> visit -> fill -> qualified. */
export function ads(s: State, w: number, wb: number, rng: Rng): void {
  const ph = s.ph, plan = s.plan;
  const started = w + 1 >= plan.campaignStartWeek;
  const ab = ph.abWinner && w >= plan.testWeeks;
  const key = (w >= PHASE1_WEEKS ? 4 : 0) + (started ? 2 : 0) + (ab ? 1 : 0);
  if (key !== s.adKey) adCoefficients(s, key, started, ab);
  const F = s.funnelW;
  const adReach = s.adReach, adFillW = s.adFillW, adQual = s.adQual, adCur = s.adCur, adF = s.adF, adQW = s.adQW, adQ = s.adQ;
  const weekFills = s.weekFills, weekQual = s.weekQual;
  // Fills, per channel: one draw (a sum of binomials with tiny rates: a binomial with their mean
  // rate), shared across segments in proportion to their expected fills. Each segment's channel
  // fills (reach x click x visit x fill) are one thinning; visits and clicks among those who did
  // not fill follow (reversed thinning keeps clicks >= visits >= fills).
  // The cells (channel x segment) with fills are listed in `adCells`: only they can qualify.
  const adCells = s.adCells, adFillP = s.adFillP;
  let fillsAll = 0, eQual = 0, nCells = 0, wClicks = s.wClicks, wVisits = s.wVisits;
  const detail = s.detail;
  const adReachCh = s.adReachCh, adFillCh = s.adFillCh;
  for (let ch = CH_LANDING; ch <= CH_DISPLAY; ch++) {
    const i0 = ch * NSEG;
    const chReach = adReachCh[ch]!;
    const o = wb + W_ADS + ch * 2;
    const fillsT = chReach > 0 ? rng.bin(chReach, adFillP[ch]!, o) : 0;
    let chFills = 0;
    if (fillsT > 0) {
      chFills = splitShares(fillsT, adFillCh[ch]!, rng.uniformAt(o + 1), adFillW, adReach, adF, i0, i0 + NSEG);
      for (let g = 0; g < NSEG; g++) {
        const i = i0 + g;
        const fi = adF[i]!;
        if (fi > 0) {
          const wq = fi * adQual[i]!;
          adQW[i] = wq;
          eQual += wq;
          weekFills[g] = weekFills[g]! + fi;
          adCells[nCells++] = i;
        }
      }
    }
    fillsAll += chFills;
    // Visits and clicks of those who did not fill: expectations (thousands of impressions).
    // Website visitors are already on the page: no click or visit step.
    let chVisits = chReach, chClicks = chReach;
    if (!detail) chVisits = chClicks = 0;
    else if (ch !== CH_LANDING) {
      // Drawn, not rounded: a channel with a fraction of a click a week still gets its clicks
      // over the semester (2015 Twitter: ~0.4 a week).
      const oc = wb + W_ADCLICK + ch * 2;
      chVisits = chFills + rng.bin(chReach - chFills, s.adVisitP[ch]!, oc);
      chClicks = chVisits + rng.bin(chReach - chVisits, s.adClickP[ch]!, oc + 1);
      wClicks += chClicks;
    }
    reachedRow(F, w, ch, chReach, chClicks, chVisits, chFills);
    wVisits += chVisits;
    if (ch === CH_DISPLAY) s.weekly[M_BANNER * WEEKS + w] = chClicks;
  }
  s.wClicks = wClicks;
  s.wVisits = wVisits;
  s.wRaw = s.wRaw + fillsAll;
  // Qualification of the week's ad fills: one draw at their mean rate (by channel and segment),
  // shared across channels and segments the same way (cells without fills take no share).
  const qualT = rng.bin(fillsAll, fillsAll > 0 ? eQual / fillsAll : 0, wb + W_ADQUAL);
  splitSharesAt(qualT, eQual, qualT > 0 ? rng.uniformAt(wb + W_ADQUAL + 1) : 0, adQW, adF, adQ, adCells, 0, nCells);
  const mqlCh = s.mqlCh, wUnqCh = s.wUnqCh, wUnqFitCh = s.wUnqFitCh;
  for (let ch = CH_LANDING; ch <= CH_DISPLAY; ch++) mqlCh[ch] = wUnqCh[ch] = wUnqFitCh[ch] = 0;
  for (let j = 0; j < nCells; j++) {
    const i = adCells[j]!;
    const ch = (i / NSEG) | 0, g = i - ch * NSEG;
    const fi = adF[i]!, mq = adQ[i]!;
    mqlCh[ch] = mqlCh[ch]! + mq;
    weekQual[g] = weekQual[g]! + mq;
    if (g < NTARGET) {
      // Nurturing candidates: unqualified fills of fitting segments, curiosity downloads left out.
      const u = fi - Math.round(fi * adCur[i]!) - mq;
      if (u > 0) {
        wUnqCh[ch] = wUnqCh[ch]! + u;
        wUnqFitCh[ch] = wUnqFitCh[ch]! + u * SEG_FIT[g]!;
      }
    }
  }
  let qualAll = 0;
  for (let ch = CH_LANDING; ch <= CH_DISPLAY; ch++) qualAll += mqlCh[ch]!;
  s.wQual = s.wQual + qualAll;
}

function adCoefficients(s: State, key: number, started: boolean, ab: boolean): void {
  const k = s.k;
  const ph = s.ph;
  s.adKey = key;
  const content: ContentSpec = started ? s.plan.content : SCENARIO.genericContent;
  const relOff = started ? 0 : NSEG;
  const landing = (ph.segmentedLanding ? k.segLanding : 1) * (ab ? k.abFill : 1);
  const linkedinW = s.linkedinW, displayW = s.displayW;
  const liSp = linkedinW > 0 ? linkedinW / (k.liCpc * k.liCtr) : 0;
  const liOrg = ph.linkedinPosts * k.liOrgImpPerPost;
  const liAud = ph.linkedinTargeting === 'accounts' ? AUD.linkedinAccounts : AUD.linkedinTitles;
  const chosen = ph.displayMedia === 'chosen';
  const dispImp = displayW > 0 ? (displayW * 1000) / (chosen ? k.cpmChosen : k.cpmBroad) : 0;
  const dispAud = chosen ? AUD.displayChosen : AUD.displayBroad;
  const twImp = ph.twitterPosts * k.twImpPerPost;
  const fbImp = ph.facebookPosts * k.fbImpPerPost;
  const scoring = ph.scoring ? k.scoringQ : 1;
  for (let ch = CH_LANDING; ch <= CH_DISPLAY; ch++) {
    let visitNum = 0, visitDen = 0, clickNum = 0, clickDen = 0, reachCh = 0, fillCh = 0;
    for (let g = 0; g < NSEG; g++) {
      const rel = content.relevance[g]!;
      const gated = content.gated[g] === 1;
      const pull = gated ? 1 : k.genericPull;
      const asset = started && gated ? 1 + k.freeAsset : 1;
      const relC0 = 1 + k.relClickK * (rel - 0.5);
      const relC = (relC0 < 0.2 ? 0.2 : relC0) * asset;
      const relF = (1 + k.relFillK * (rel - 0.5)) * asset;
      let reach = 0, pClick = 1, pVisit = 1, pFill = 0;
      if (ch === CH_LANDING) {
        reach = Math.round(k.orgVisitors * AUD.website[g]!);
        // Website visitors: the paper's pull on the offer pages is gatedOrganicLift (not the curiosity of an announcement).
        pFill = k.orgConv * (gated ? 1 + k.gatedOrgLift : 1) * (relF / asset) * landing;
      } else if (ch === CH_LINKEDIN) {
        const org = liOrg * AUD.linkedinOrganic[g]!;
        const sp = liSp * liAud[g]!;
        reach = Math.round(org + sp);
        pClick = org + sp > 0 ? ((org * k.liOrgCtr + sp * k.liCtr) / (org + sp)) * relC : 0;
        pVisit = k.visitEmail;
        pFill = k.formConv * landing * pull * relF * k.liWarmth;
      } else if (ch === CH_TWITTER) {
        reach = Math.round(twImp * AUD.twitter[g]!);
        pClick = k.twClick * relC;
        pVisit = k.visitEmail;
        pFill = k.formConv * landing * pull * relF * k.twWarmth;
      } else if (ch === CH_FACEBOOK) {
        reach = Math.round(fbImp * AUD.facebook[g]!);
        pClick = k.fbClick * relC;
        pVisit = k.visitEmail;
        pFill = k.formConv * landing * pull * relF * k.fbWarmth;
      } else {
        reach = Math.round(dispImp * dispAud[g]!);
        pClick = k.bannerCtr * relC;
        pVisit = k.dispVisit;
        pFill = k.formConv * landing * pull * relF * k.dispWarmth;
      }
      pClick = clamp01(pClick, 1);
      pFill = clamp01(pFill, 0.6);
      const pcv = pClick * pVisit;
      const i = ch * NSEG + g;
      s.adReach[i] = reach;
      reachCh += reach;
      s.adFillW[i] = reach * pcv * pFill;
      fillCh += reach * pcv * pFill;
      // Curiosity fills (not on the website's offer pages: clicks and fills both lifted) add raw
      // leads, not qualified ones: the qualified count is that of the paper without them.
      let plain = 1;
      if (asset > 1 && ch !== CH_LANDING && pcv * pFill > 0) {
        plain = (clamp01(pClick / asset, 1) * clamp01(pFill / asset, 0.6)) / (pClick * pFill);
      }
      s.adCur[i] = 1 - plain;
      s.adQual[i] = qualProb(k.baseOdds, SEG_FIT[g]! * s.relQ[relOff + g]! * scoring) * plain;
      visitNum += reach * pcv * (1 - pFill);
      visitDen += reach * (1 - pcv * pFill);
      clickNum += reach * pClick * (1 - pVisit);
      clickDen += reach * (1 - pcv);
    }
    s.adVisitP[ch] = visitDen > 0 ? visitNum / visitDen : 0;
    s.adClickP[ch] = clickDen > 0 ? clickNum / clickDen : 0;
    s.adReachCh[ch] = reachCh;
    s.adFillCh[ch] = fillCh;
    s.adFillP[ch] = reachCh > 0 ? fillCh / reachCh : 0; // the channel's fill rate, as its draw reads it
  }
}

/** Trade shows: booth visitors -> badge scans (raw leads) -> qualified (2 slots per segment). */
export function shows(s: State, w: number, wb: number, rng: Rng): void {
  const kind = s.showKind[w]!;
  if (kind < 0) {
    s.mqlCh[CH_SHOWS] = 0;
    return;
  }
  const k = s.k;
  const minor = kind === 2;
  const visitors = k.showVisitors * (minor ? SCENARIO.minorShow.visitors : 1);
  const aud = kind === 1 ? AUD.showSector : minor ? AUD.showMinor : AUD.showGeneric;
  const scoring = s.ph.scoring ? k.scoringQ : 1;
  // Badge scans: one draw for the show, shared across segments (as for ads), then qualification.
  const segF = s.segF, segQ = s.segQ, segQW = s.segQW, segR = s.segR;
  let reachT = 0;
  for (let g = 0; g < NSEG; g++) {
    const reach = Math.round(visitors * aud[g]!);
    segR[g] = reach;
    reachT += reach;
  }
  const o = wb + W_SHOWS;
  const scans = rng.bin(reachT, k.showProspect, o);
  let fillsT = 0, qualT = 0, unq = 0, unqFit = 0;
  if (scans > 0) {
    fillsT = splitShares(scans, reachT, rng.uniformAt(o + 1), segR, segR, segF, 0, NSEG);
    let eQual = 0;
    for (let g = 0; g < NSEG; g++) {
      const x = segF[g]! * qualProb(k.baseOdds, SEG_FIT[g]! * k.showQual * scoring);
      segQW[g] = x;
      eQual += x;
    }
    const q = rng.bin(fillsT, eQual / fillsT, o + 2);
    qualT = splitShares(q, eQual, q > 0 ? rng.uniformAt(o + 3) : 0, segQW, segF, segQ, 0, NSEG);
    for (let g = 0; g < NSEG; g++) {
      const fi = segF[g]!, mq = segQ[g]!;
      s.weekFills[g] = s.weekFills[g]! + fi;
      s.weekQual[g] = s.weekQual[g]! + mq;
      if (g < NTARGET) {
        unq += fi - mq;
        unqFit += (fi - mq) * SEG_FIT[g]!;
      }
    }
  }
  s.wUnqCh[CH_SHOWS] = unq;
  s.wUnqFitCh[CH_SHOWS] = unqFit;
  reachedRow(s.funnelW, w, CH_SHOWS, reachT, fillsT, fillsT, fillsT); // met on a stand: every visitor is a visit
  s.mqlCh[CH_SHOWS] = qualT;
  s.wRaw = s.wRaw + fillsT;
  s.wQual = s.wQual + qualT;
}

/**
 * Nurturing: unqualified leads of fitting segments re-engage over the weeks and some qualify.
 * Pools are per channel so a channel never qualifies more than it filled.
 */
export function nurture(s: State, w: number, wb: number, rng: Rng): void {
  const k = s.k;
  const ph = s.ph;
  const weekFills = s.weekFills, weekQual = s.weekQual, segRaw = s.segRaw, segQual = s.segQual;
  let unqAll = 0;
  for (let g = 0; g < NSEG; g++) {
    const fills = weekFills[g]!, qual = weekQual[g]!;
    unqAll += fills - qual;
    segRaw[g] = segRaw[g]! + fills;
    segQual[g] = segQual[g]! + qual;
  }
  s.wUnq = unqAll;
  const pool = s.nurturePool, poolFit = s.nurturePoolFit, wUnqCh = s.wUnqCh, wUnqFitCh = s.wUnqFitCh;
  if (!s.nurtureOn && w >= PHASE1_WEEKS && ph.nurture && w - PHASE1_WEEKS >= ph.campaignPauseWeeks) {
    s.nurtureOn = 1;
    // Leads from before the programme are only usable if they were tracked (source, behaviour).
    const usable = s.plan.tracking ? 1 : k.untrackedUsable;
    for (let c = 0; c < NCH; c++) {
      pool[c] = Math.round(s.nurtureCand[c]! * usable);
      poolFit[c] = s.nurtureCandFit[c]! * usable;
    }
  }
  if (!s.nurtureOn) {
    const cand = s.nurtureCand, candFit = s.nurtureCandFit;
    for (let c = 0; c < NCH; c++) {
      cand[c] = cand[c]! + wUnqCh[c]!;
      candFit[c] = candFit[c]! + wUnqFitCh[c]!;
    }
    return;
  }
  // One draw for the week's re-engaged leads (every channel's pool has the same rate), shared
  // across channels; one draw for their qualification, shared the same way.
  const scoring = ph.scoring ? k.scoringQ : 1;
  const nRe = s.nRe, nQW = s.nQW, nQ = s.nQ;
  let poolAll = 0;
  for (let c = 0; c < NCH; c++) poolAll += pool[c]!;
  const o = wb + W_NURTURE;
  const reT = rng.bin(poolAll, k.nurtureWeekly, o);
  splitShares(reT, poolAll, reT > 0 ? rng.uniformAt(o + 1) : 0, pool, pool, nRe, 0, NCH);
  let reAll = 0, eQual = 0;
  for (let c = 0; c < NCH; c++) {
    const p = pool[c]!, re = nRe[c]!;
    reAll += re;
    const wq = re > 0 ? re * qualProb(k.baseOdds, (p > 0 ? poolFit[c]! / p : 0) * k.nurtureQual * scoring) : 0;
    nQW[c] = wq;
    eQual += wq;
  }
  const qualT = rng.bin(reAll, reAll > 0 ? eQual / reAll : 0, o + 2);
  splitShares(qualT, eQual, qualT > 0 ? rng.uniformAt(o + 3) : 0, nQW, nRe, nQ, 0, NCH);
  const mqlCh = s.mqlCh;
  let nurtured = 0;
  for (let c = 0; c < NCH; c++) {
    const p = pool[c]!, re = nRe[c]!, mq = nQ[c]!;
    const fitAvg = p > 0 ? poolFit[c]! / p : 0;
    pool[c] = p - re + wUnqCh[c]!;
    poolFit[c] = poolFit[c]! - re * fitAvg + wUnqFitCh[c]!;
    mqlCh[c] = mqlCh[c]! + mq;
    nurtured += mq;
  }
  s.wQual = s.wQual + nurtured;
}

/** A channel without mail's delivery steps: everyone reached was delivered, in view and seen; then clicks, visits, fills. */
function reachedRow(F: Float64Array, w: number, ch: number, reach: number, clicks: number, visits: number, fills: number): void {
  const b = (w * NCH + ch) * NST;
  F[b + ST_REACH] = reach;
  F[b + ST_DELIVERED] = reach;
  F[b + ST_INBOX] = reach;
  F[b + ST_VIEWED] = reach;
  F[b + ST_CLICKED] = clicks;
  F[b + ST_VISITS] = visits;
  F[b + ST_FILLED] = fills;
}
