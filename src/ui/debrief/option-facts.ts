// The numbers the options' texts state (the debrief's "why" and learning points), computed from
// the model itself: the decision -> plan table (planAsChosen on top of the 2015 actions), the
// scenario and the calibration table. Option texts hold {placeholders}; `optionText` fills them,
// so a text cannot say "quadrupled" while the plan multiplies by 2.75.
import { fill } from '../dom';
import { finite } from '../../i18n';
import { CALIBRATION, type ParamId } from '../../sim/calibration';
import { decisionKeyOf, type DecisionId } from '../../sim/decisions';
import { PHASE_2015, PLAN_TABLE, baselinePlan2015, planAsChosen } from '../../sim/plan';
import { SCENARIO } from '../../sim/scenario';
import type { Lang } from '../../i18n/strings';
import type { OptionText, ResultsStrings } from '../../i18n/results-strings';

/** The raw numbers (fractions as fractions, euros as euros), by placeholder name. */
export interface OptionFacts {
  readonly [name: string]: { readonly value: number; readonly kind: 'int' | 'pct' | 'lift' | 'times' | 'eur' | 'week' | 'weeks' };
}

const sum = (v: readonly number[]) => v.reduce((a, b) => a + b, 0);
const cal = (id: ParamId) => CALIBRATION[id];
const mailingsOf = (p: { campaignPerMonth: number; newsletterPerMonth: number }) => p.campaignPerMonth + p.newsletterPerMonth;

/** Computed once from the model's tables (pure data, no assumptions edited: the published figures). */
export function optionFacts(): OptionFacts {
  const first = (id: DecisionId) => planAsChosen({ [decisionKeyOf(id)]: id }).phases[0];
  const plan = (id: DecisionId) => planAsChosen({ [decisionKeyOf(id)]: id });
  const scale = first('plan_scale_all'), analyse = first('plan_analyse');
  const adapt = plan('content_adapt');
  const verify = plan('list_buy_verify');
  const test = plan('launch_test_first');
  const dd = PLAN_TABLE.course_double_down;
  const sla = PLAN_TABLE.course_sales.set?.agreementDelayWeeks ?? 0;
  const phase1 = SCENARIO.phase1Weeks;
  return {
    scaleMailings: { value: mailingsOf(scale), kind: 'int' },
    scaleShows: { value: plan('plan_scale_all').shows.length, kind: 'int' },
    shows2015: { value: baselinePlan2015().shows.length, kind: 'int' },
    scaleDisplay: { value: scale.displayWeekly, kind: 'eur' },
    display2015: { value: PHASE_2015.displayWeekly, kind: 'eur' },
    bannerCtrLow: { value: cal('bannerCtr').low, kind: 'pct' },
    bannerCtrHigh: { value: cal('bannerCtr').high, kind: 'pct' },
    analyseMailings: { value: mailingsOf(analyse), kind: 'int' },
    analyseLinkedin: { value: analyse.linkedinSponsoredWeekly / PHASE_2015.linkedinSponsoredWeekly, kind: 'times' },
    analyseDisplay: { value: analyse.displayWeekly, kind: 'eur' },
    targetAdded: { value: sum(plan('plan_target').enrichedContacts), kind: 'int' },
    targetShows: { value: plan('plan_target').shows.length, kind: 'int' },
    adaptCost: { value: sum((PLAN_TABLE.content_adapt.oneOff ?? []).map((o) => o.euros)), kind: 'eur' },
    adaptWeek: { value: adapt.campaignStartWeek, kind: 'week' },
    boughtDead: { value: cal('boughtDeadShare').value, kind: 'pct' },
    boughtDeadLow: { value: cal('boughtDeadShare').low, kind: 'pct' },
    boughtDeadHigh: { value: cal('boughtDeadShare').high, kind: 'pct' },
    verifyDiscard: { value: 1 - cal('verifyKeepShare').value, kind: 'pct' },
    verifyWeek: { value: verify.list.arrivalWeek, kind: 'week' },
    cleanEnriched: { value: sum(plan('list_none').enrichedContacts), kind: 'int' },
    decayMonthly: { value: cal('dataDecayMonthly').value, kind: 'pct' },
    facebookReach: { value: cal('facebookReach').value, kind: 'pct' },
    blastEuros: { value: PLAN_TABLE.launch_blast.linkedinToDisplayEuros ?? 0, kind: 'eur' },
    segOpen: { value: cal('segOpenLift').value, kind: 'lift' },
    segClick: { value: cal('segClickLift').value, kind: 'lift' },
    segToLinkedin: { value: PLAN_TABLE.launch_segmented.displayToLinkedinShare ?? 0, kind: 'pct' },
    testWeeks: { value: test.testWeeks, kind: 'weeks' },
    testSample: { value: cal('testSampleShare').value, kind: 'pct' },
    testRollout: { value: test.testWeeks + 1, kind: 'week' },
    ddMailings: { value: dd.add?.campaignPerMonth ?? 0, kind: 'int' },
    ddDisplay: { value: (dd.scale?.displayWeekly ?? 1) - 1, kind: 'lift' },
    midWeek: { value: phase1 + 1, kind: 'week' },
    dataPauseTracked: { value: PLAN_TABLE.course_data.ifTracked?.campaignPauseWeeks ?? 0, kind: 'weeks' },
    dataPauseUntracked: { value: PLAN_TABLE.course_data.ifUntracked?.campaignPauseWeeks ?? 0, kind: 'weeks' },
    slaWeek: { value: phase1 + 1 + sla, kind: 'week' },
  };
}

let cache: OptionFacts | null = null;
const words = new Map<Lang, Readonly<Record<string, string>>>();

/** The facts in words, in the language's number formats (a dash for anything not a number); made once per language. */
export function formattedFacts(lang: Lang): Readonly<Record<string, string>> {
  const done = words.get(lang);
  if (done) return done;
  cache ??= optionFacts();
  const loc = lang === 'fr' ? 'fr-FR' : 'en-GB';
  const int = new Intl.NumberFormat(loc, { maximumFractionDigits: 0 });
  const dec = new Intl.NumberFormat(loc, { maximumFractionDigits: 2 });
  const pct = (x: number) => new Intl.NumberFormat(loc, { style: 'percent', maximumFractionDigits: Math.abs(x) < 0.01 ? 2 : Math.abs(x) < 0.1 && !Number.isInteger(x * 100) ? 1 : 0 }).format(x);
  const eur = new Intl.NumberFormat(loc, { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 });
  const plural = new Intl.PluralRules(loc);
  const fmt = finite((x: number, kind: OptionFacts[string]['kind']) => {
    switch (kind) {
      case 'int': case 'week': return int.format(x);
      case 'pct': return pct(x);
      case 'lift': return (x > 0 ? '+' : '') + pct(x).replace('-', '\u2212');
      case 'times': return dec.format(x);
      case 'weeks': {
        const one = plural.select(x) === 'one';
        return lang === 'fr' ? `${int.format(x)}\u00a0semaine${one ? '' : 's'}` : `${int.format(x)} week${one ? '' : 's'}`;
      }
      case 'eur': return eur.format(x);
    }
  });
  const made = Object.fromEntries(Object.entries(cache).map(([k, f]) => [k, fmt(f.value, f.kind)]));
  words.set(lang, made);
  return made;
}

/** An option's texts with the model's numbers in them. */
export function optionText(s: ResultsStrings, id: DecisionId, lang: Lang): OptionText {
  const o = s.options[id];
  const v = formattedFacts(lang);
  return { label: fill(o.label, v), mechanism: fill(o.mechanism, v), learning: fill(o.learning, v) };
}
