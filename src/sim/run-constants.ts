// The per-run constants: every number the stages read from the drawn parameters, derived here and
// only here (one line each), once per run. They are stored in the run's state buffer (State.k), so
// a copied run carries them; the stages read them by name (`k.fatMem`).
import { PARAM_IDS, type ParamId } from './calibration';
import { SCENARIO } from './scenario';
import { placement } from './response-curves';
import type { Plan } from './types';

/** Index of each parameter in a drawn parameter vector. */
export const PI = Object.fromEntries(PARAM_IDS.map((id, i) => [id, i])) as Readonly<Record<ParamId, number>>;
export const NPARAM = PARAM_IDS.length;

export const K_NAMES = [
  // Audience and list (set-up).
  'hardBounce0', 'staleShare', 'verifyInvalidCaught', 'cleanStaleRemoved', 'boughtListSize', 'boughtOffTarget', 'boughtDeadShare',
  'boughtTrapRate', 'boughtStaleShare', 'verifyTrapCaught', 'boughtFit', 'verifyKeepShare', 'decay4', 'bounceShare',
  'repermOwn', 'repermBought', 'newNameLift',
  // Sending and deliverability.
  'pSoft', 'fatMem', 'fatRef', 'fatOpenK', 'fatAnnoyK', 'inboxHigh', 'inboxLow', 'repStart', 'reviewB', 'suspendB', 'reviewC',
  'suspendC', 'suspWeeks', 'reviewPeriod', 'recovery', 'bouncePen', 'complPen', 'trapPen', 'inWeek', 'repOnset', 'segBuild', 'testSample',
  // Content and conversion.
  'pOpenInbox', 'ctor0', 'pCompl0', 'pUnsub0', 'relOpenK', 'relClickK', 'relFillK', 'relAnnoyK', 'segOpen', 'segClickPerOpen',
  'segCompl', 'segUnsub', 'abOpen', 'abFill', 'segLanding', 'formConv', 'genericPull', 'baseOdds', 'scoringQ', 'freeAsset',
  'visitEmail', 'boughtCompl', 'boughtUnsub', 'liCpc', 'liCtr', 'liOrgImpPerPost', 'liOrgCtr', 'liWarmth', 'twImpPerPost', 'twClick',
  'twWarmth', 'fbImpPerPost', 'fbClick', 'fbWarmth', 'bannerCtr', 'cpmBroad', 'cpmChosen', 'dispVisit', 'dispWarmth', 'orgVisitors',
  'orgConv', 'gatedOrgLift', 'showVisitors', 'showProspect', 'showQual', 'nurtureWeekly', 'nurtureQual', 'untrackedUsable',
  // Sales.
  'salesCapacity', 'salesSlip', 'acceptRate', 'junkPass', 'agreeJunk', 'agreeAccept', 'agreeSlip', 'agreeCapacity', 'scoringAccept',
  'fieldFollowUp', 'showSlip',
  // Money.
  'espCost', 'showCost', 'boughtPrice', 'verifyCost', 'enrichCost',
] as const;
export type KName = (typeof K_NAMES)[number];

// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging, @typescript-eslint/no-empty-object-type -- the named numbers, defined on the prototype below
export interface RunConstants extends Record<KName, number> {}
/** Named view of the constants' slice of the state buffer. */
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging
export class RunConstants {
  constructor(readonly v: Float64Array) {}
}
K_NAMES.forEach((name, i) => {
  Object.defineProperty(RunConstants.prototype, name, {
    get(this: RunConstants): number {
      return this.v[i]!;
    },
    set(this: RunConstants, x: number) {
      this.v[i] = x;
    },
  });
});

/**
 * The run's constants from a drawn parameter vector `p`, and the two derived tables: `ageValue`
 * (value left in a lead called after a weeks, a = 0..length-1) and `relQ` (relevance factor of
 * qualification for the plan's content, then the generic content, per segment).
 */
export function deriveConstants(k: RunConstants, ageValue: Float64Array, relQ: Float64Array, p: Float64Array, plan: Plan): void {
  const openRate = p[PI.emailOpenRate]!;
  const humanShare0 = 1 - p[PI.staleShare]!;
  // Audience and list.
  k.hardBounce0 = p[PI.emailHardBounce]!;
  k.staleShare = p[PI.staleShare]!;
  k.verifyInvalidCaught = p[PI.verifyInvalidCaught]!;
  k.cleanStaleRemoved = p[PI.cleanStaleRemoved]!;
  k.boughtListSize = p[PI.boughtListSize]!;
  k.boughtOffTarget = p[PI.boughtOffTarget]!;
  k.boughtDeadShare = p[PI.boughtDeadShare]!;
  k.boughtTrapRate = p[PI.boughtTrapsPer10k]! / 10000;
  k.boughtStaleShare = p[PI.boughtStaleShare]!;
  k.verifyTrapCaught = p[PI.verifyTrapCaught]!;
  k.boughtFit = p[PI.boughtFit]!;
  k.verifyKeepShare = p[PI.verifyKeepShare]!;
  // Decay is applied every 4 weeks (end of weeks 4, 8, ...): a 4-week share of the monthly rate.
  const decay4 = 1 - Math.pow(1 - p[PI.dataDecayMonthly]!, 48 / 52);
  k.decay4 = decay4;
  // At two mailings a month each send meets half a step: the benchmark hard bounce fixes the share of decayed addresses that bounce.
  // Decay only touches contacts still read (1 - staleShare of the base).
  k.bounceShare = Math.min(1, (2 * p[PI.emailHardBounce]!) / (decay4 * humanShare0));
  k.repermOwn = p[PI.repermissionRate]!;
  k.repermBought = p[PI.boughtRepermissionRate]!;
  k.newNameLift = p[PI.newNameLift]!;

  // Sending and deliverability.
  k.pSoft = p[PI.emailSoftBounce]!;
  const fatMem = p[PI.fatigueMemory]!;
  k.fatMem = fatMem;
  k.fatRef = 1 / (1 - fatMem * fatMem);
  k.fatOpenK = p[PI.fatigueOpen]!;
  k.fatAnnoyK = p[PI.fatigueAnnoy]!;
  const inboxHigh = p[PI.inboxHigh]!, inboxLow = p[PI.inboxLow]!, repStart = p[PI.reputationStart]!;
  k.inboxHigh = inboxHigh;
  k.inboxLow = inboxLow;
  k.repStart = repStart;
  k.reviewB = p[PI.platformReviewBounce]!;
  k.suspendB = p[PI.platformSuspendBounce]!;
  k.reviewC = p[PI.platformReviewComplaint]!;
  k.suspendC = p[PI.platformSuspendComplaint]!;
  k.suspWeeks = Math.max(1, Math.round(p[PI.suspensionWeeks]!));
  k.reviewPeriod = Math.max(1, Math.round(p[PI.platformReviewPeriod]!));
  k.recovery = p[PI.reputationRecovery]!;
  k.bouncePen = p[PI.bouncePenalty]!;
  k.complPen = p[PI.complaintPenalty]!;
  k.trapPen = p[PI.trapPenalty]!;
  k.inWeek = p[PI.inWeekReaction]!;
  k.repOnset = p[PI.reputationOnset]!;
  k.segBuild = Math.max(0, Math.round(p[PI.segmentBuildWeeks]!));
  k.testSample = p[PI.testSampleShare]!;

  // Content and conversion.
  // The benchmark open rate is per delivered email: back out inbox placement and unread addresses.
  k.pOpenInbox = openRate / (placement(repStart, inboxHigh, inboxLow) * humanShare0);
  k.ctor0 = p[PI.emailClickRate]! / openRate;
  // Complaints come from readers who found the mail in their inbox (nobody reports spam from the
  // spam folder): the benchmark per delivered email backs out placement as the open rate does.
  k.pCompl0 = p[PI.emailComplaintRate]! / (placement(repStart, inboxHigh, inboxLow) * humanShare0);
  k.pUnsub0 = p[PI.emailUnsubRate]! / openRate;
  k.relOpenK = p[PI.relOpen]!;
  k.relClickK = p[PI.relClick]!;
  k.relFillK = p[PI.relFill]!;
  k.relAnnoyK = p[PI.relAnnoy]!;
  const segOpen = 1 + p[PI.segOpenLift]!;
  k.segOpen = segOpen;
  k.segClickPerOpen = (1 + p[PI.segClickLift]!) / segOpen;
  k.segCompl = 1 + p[PI.segComplaintLift]!;
  k.segUnsub = 1 + p[PI.segUnsubLift]!;
  k.abOpen = 1 + p[PI.abOpenLift]!;
  k.abFill = 1 + p[PI.abFillLift]!;
  k.segLanding = 1 + p[PI.segLandingLift]!;
  k.formConv = p[PI.formConversion]!;
  k.genericPull = p[PI.genericPull]!;
  const mql = p[PI.mqlRate]!;
  k.baseOdds = mql / (1 - mql);
  k.scoringQ = 1 + p[PI.scoringQualLift]!;
  k.freeAsset = p[PI.freeAssetLift]!;
  k.visitEmail = p[PI.emailVisitRate]!;
  k.boughtCompl = p[PI.boughtComplaintMult]!;
  k.boughtUnsub = p[PI.boughtUnsubMult]!;
  k.liCpc = p[PI.linkedinCpc]!;
  k.liCtr = p[PI.linkedinCtr]!;
  k.liOrgImpPerPost = p[PI.linkedinFollowers]! * p[PI.linkedinOrganicReach]!;
  k.liOrgCtr = p[PI.linkedinOrganicCtr]!;
  k.liWarmth = p[PI.linkedinWarmth]!;
  k.twImpPerPost = p[PI.twitterFollowers]! * p[PI.twitterReach]!;
  k.twClick = p[PI.twitterClickRate]!;
  k.twWarmth = p[PI.twitterWarmth]!;
  k.fbImpPerPost = p[PI.facebookFans]! * p[PI.facebookReach]!;
  k.fbClick = p[PI.facebookClickRate]!;
  k.fbWarmth = p[PI.facebookWarmth]!;
  k.bannerCtr = p[PI.bannerCtr]!;
  k.cpmBroad = p[PI.displayCpmBroad]!;
  k.cpmChosen = p[PI.displayCpmChosen]!;
  k.dispVisit = p[PI.displayVisitRate]!;
  k.dispWarmth = p[PI.displayWarmth]!;
  k.orgVisitors = p[PI.organicVisitors]!;
  k.orgConv = p[PI.organicConversion]!;
  k.gatedOrgLift = p[PI.gatedOrganicLift]!;
  const showVisitors = p[PI.showVisitors]!;
  k.showVisitors = showVisitors;
  k.showProspect = Math.min(1, p[PI.showProspects]! / Math.max(1, showVisitors));
  k.showQual = p[PI.showQual]!;
  k.nurtureWeekly = p[PI.nurtureWeekly]!;
  k.nurtureQual = p[PI.nurtureQual]!;
  k.untrackedUsable = p[PI.untrackedUsable]!;
  const relQK = p[PI.relQual]!;
  const C = plan.content, G = SCENARIO.genericContent;
  const nseg = relQ.length >> 1;
  for (let s = 0; s < nseg; s++) {
    relQ[s] = Math.pow(C.relevance[s]! / 0.5, relQK);
    relQ[nseg + s] = Math.pow(G.relevance[s]! / 0.5, relQK);
  }

  // Sales.
  k.salesCapacity = p[PI.salesCapacity]!;
  k.salesSlip = p[PI.salesSlip]!;
  k.acceptRate = p[PI.acceptRate]!;
  k.junkPass = p[PI.junkPassShare]!;
  k.agreeJunk = p[PI.agreementJunkShare]!;
  k.agreeAccept = 1 + p[PI.agreementAcceptLift]!;
  k.agreeSlip = p[PI.agreementSlip]!;
  k.agreeCapacity = 1 + p[PI.agreementCapacityLift]!;
  k.scoringAccept = 1 + p[PI.scoringAcceptLift]!;
  k.fieldFollowUp = p[PI.fieldFollowUp]!;
  k.showSlip = p[PI.showSlip]!;
  const keepW = 1 - p[PI.leadDelayDecay]!;
  for (let a = 0; a < ageValue.length; a++) ageValue[a] = Math.pow(keepW, a);

  // Money.
  k.espCost = p[PI.espCostPerThousand]! / 1000;
  k.showCost = p[PI.showCost]!;
  k.boughtPrice = p[PI.boughtPrice]!;
  k.verifyCost = p[PI.verifyCost]!;
  k.enrichCost = p[PI.enrichCost]!;
}
