// Where the figures behind each decision's effect come from: the calibration parameters the
// option's mechanism runs on (CALIBRATION, with source, year and reliability), plus the few
// published facts the learning points quote that the model does not use as a rate.
import type { DecisionId } from '../../sim/decisions';
import type { ParamId, Reliability } from '../../sim/calibration';

export interface Reference {
  readonly source: string;
  readonly year: number | null;
  readonly rel: Reliability;
}

export const OPTION_PARAMS: Readonly<Record<DecisionId, readonly ParamId[]>> = {
  plan_scale_all: ['bannerCtr', 'fatigueOpen', 'showProspects', 'showCost'],
  plan_analyse: ['mqlRate', 'linkedinCtr', 'linkedinCpc', 'bannerCtr'],
  plan_target: ['mqlRate', 'linkedinCtr', 'linkedinCpc', 'showQual'],
  answer_bravado: ['platformReviewBounce', 'platformSuspendBounce', 'untrackedUsable'],
  answer_measure: ['platformReviewBounce', 'untrackedUsable', 'reputationRecovery'],
  content_wp_everyone: ['freeAssetLift', 'relQual', 'formConversion', 'relAnnoy', 'mqlRate'],
  content_wp_targeted: ['relQual', 'mqlRate'],
  content_adapt: ['relQual', 'segClickLift', 'mqlRate'],
  list_buy_merge: ['newNameLift', 'reputationOnset', 'boughtDeadShare', 'boughtTrapsPer10k', 'trapPenalty', 'inboxHigh', 'inboxLow', 'platformSuspendBounce', 'boughtComplaintMult'],
  list_buy_verify: ['verifyKeepShare', 'verifyInvalidCaught', 'verifyTrapCaught', 'boughtFit'],
  list_none: ['dataDecayMonthly', 'emailHardBounce', 'cleanStaleRemoved', 'staleShare'],
  launch_blast: ['segmentBuildWeeks', 'bannerCtr', 'facebookReach', 'twitterClickRate', 'segOpenLift', 'segClickLift'],
  launch_segmented: ['segOpenLift', 'segClickLift', 'segUnsubLift', 'linkedinCtr'],
  launch_test_first: ['abOpenLift', 'abFillLift', 'testSampleShare'],
  course_double_down: ['fatigueOpen', 'fatigueAnnoy', 'complaintPenalty', 'salesCapacity', 'bannerCtr'],
  course_data: ['scoringQualLift', 'nurtureWeekly', 'untrackedUsable', 'segClickLift'],
  course_sales: ['agreementAcceptLift', 'salesSlip', 'junkPassShare', 'salesCapacity'],
};

/** Published facts quoted by the texts, outside the model's rates (CALIBRATION.md). */
export const OPTION_REFERENCES: Partial<Readonly<Record<DecisionId, readonly Reference[]>>> = {
  list_buy_merge: [{ source: 'CNIL, SAN-2020-018 and SAN-2024-003 (bought or scraped lists, GDPR)', year: 2024, rel: 'H' }],
  list_buy_verify: [{ source: 'CNIL, SAN-2020-018 and SAN-2024-003 (bought or scraped lists, GDPR)', year: 2024, rel: 'H' }],
  list_none: [{ source: 'Labovitz & Chang: $1 to verify, $10 to clean, $100 if nothing is done', year: 1992, rel: 'M' }],
  launch_blast: [{ source: 'GetResponse: 42% of marketers send the same message to the whole database', year: 2016, rel: 'M' }],
  course_sales: [{ source: 'CEIR / Exhibitor: at least 40% of leads are never followed up', year: null, rel: 'M' }],
};
