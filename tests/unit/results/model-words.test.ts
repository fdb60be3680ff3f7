// The words follow the numbers (issue 12, item 11): the debrief's option texts take every number
// they state from the model (placeholders filled from the plan table, the scenario and the
// calibration table), and the story's lines that state a number or a mechanism agree with the
// model. Each check fails when the model moves and the words do not.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  ALICE_PATH, CALIBRATION, DECISIONS, PLAN_TABLE, PHASE_2015, SCENARIO, allDecisionPaths, baselinePlan2015, budgetCheckFor, planAsChosen,
} from '../../../src/sim';
import { resultsEn } from '../../../src/i18n/results-en';
import { resultsFr } from '../../../src/i18n/results-fr';
import { formats } from '../../../src/ui/results/format';
import { formattedFacts, optionFacts, optionText } from '../../../src/ui/debrief/option-facts';

const LANGS = [['en', resultsEn], ['fr', resultsFr]] as const;
const ids = DECISIONS.flatMap((d) => d.options);
const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!);

describe("the debrief's option texts", () => {
  it('fill every placeholder from the model, in both languages', () => {
    const facts = optionFacts();
    for (const [lang, s] of LANGS) {
      for (const id of ids) {
        const o = s.options[id];
        for (const p of [...placeholders(o.mechanism), ...placeholders(o.learning), ...placeholders(o.label)]) expect(facts, `${lang} ${id}: {${p}}`).toHaveProperty(p);
        const t = optionText(s, id, lang);
        expect(`${t.mechanism} ${t.learning}`, `${lang} ${id}`).not.toMatch(/[{}]|NaN|undefined/);
      }
      for (const v of Object.values(formattedFacts(lang))) expect(v).not.toMatch(/NaN|—/);
    }
  });

  it('write no number of the model as a constant (only published references keep theirs)', () => {
    // Published facts the texts quote (CALIBRATION.md), not rates of the model: years, the study's size, survey shares.
    const allowed = /\bB2[BC]\b|\bH[12]\b|\b20(1[0-9]|0[0-9])\b|11[,\u00a0 ]000|42[\u00a0 ]?%|\$1\b|\$10\b|\$100\b|\b1 \$|\b10 \$|\b100 \$|40[\u00a0 ]?%/g;
    const words = /quadrupl|tripl|\btwice\b|half as many|three times|four times|multiplié par (deux|trois|quatre)|deux fois plus|quatre fois|over budget|hors budget|a fifth|cinquième|three quarters|trois quarts/i;
    for (const [lang, s] of LANGS) {
      for (const id of ids) {
        const o = s.options[id];
        for (const text of [o.mechanism, o.learning]) {
          const bare = text.replace(/\{\w+\}/g, '').replace(allowed, '');
          expect(bare, `${lang} ${id}`).not.toMatch(/\d/);
          expect(text, `${lang} ${id}`).not.toMatch(words);
        }
      }
    }
  });

  it("state the plan's own numbers: LinkedIn's multiplier, the sector versions' cost and week, finance's cut of a double-down", () => {
    const f = formats('en');
    const analyse = planAsChosen({ plan: 'plan_analyse' }).phases[0];
    const mult = analyse.linkedinSponsoredWeekly / PHASE_2015.linkedinSponsoredWeekly;
    expect(optionText(resultsEn, 'plan_analyse', 'en').mechanism).toContain(`multiplied by ${new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 }).format(mult)}`);
    expect(optionText(resultsFr, 'plan_analyse', 'fr').mechanism).toContain(`multiplié par ${new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 2 }).format(mult)}`);
    const adapt = planAsChosen({ content: 'content_adapt' });
    const cost = adapt.oneOff.reduce((a, o) => a + o.euros, 0);
    expect(optionText(resultsEn, 'content_adapt', 'en').mechanism).toContain(`It costs ${f.eur(cost)} and the campaign starts in week ${adapt.campaignStartWeek}`);
    expect(optionText(resultsFr, 'content_adapt', 'fr').mechanism).toContain(`${formats('fr').eur(cost)} et une campagne qui ne démarre qu’en semaine ${adapt.campaignStartWeek}`);
    // Doubling down brings every plan over the budget in week 9, so finance cuts it: the text says so.
    const dd = allDecisionPaths().filter((d) => d.course === 'course_double_down');
    expect(dd.every((d) => budgetCheckFor(d).courseCut.total > 0)).toBe(true);
    expect(optionText(resultsEn, 'course_double_down', 'en').mechanism).toMatch(/finance cuts/);
    expect(optionText(resultsFr, 'course_double_down', 'fr').mechanism).toMatch(/la finance ramène/);
    // The facts are the model's (a few spot checks against the tables they come from).
    const facts = optionFacts();
    expect(facts['verifyDiscard']!.value).toBeCloseTo(1 - CALIBRATION.verifyKeepShare.value, 12);
    expect(facts['targetAdded']!.value).toBe(SCENARIO.enrichTarget.reduce((a, b) => a + b, 0));
    expect(facts['testWeeks']!.value).toBe(PLAN_TABLE.launch_test_first.testWeeks);
    expect(facts['scaleShows']!.value).toBe(planAsChosen({ plan: 'plan_scale_all' }).shows.length);
    expect(facts['shows2015']!.value).toBe(baselinePlan2015().shows.length);
    expect(facts['midWeek']!.value).toBe(SCENARIO.phase1Weeks + 1);
    expect(facts['analyseLinkedin']!.value).toBe(mult);
    expect(budgetCheckFor(ALICE_PATH).launchCut.total).toBeGreaterThan(0);
  });
});

// ---- the story -----------------------------------------------------------------------------------

const NUMBER_WORDS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, twenty: 20,
  un: 1, une: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, huit: 8, dix: 10, vingt: 20,
};
const numberOf = (w: string): number => (/^\d+$/.test(w) ? Number(w) : NUMBER_WORDS[w.toLowerCase()] ?? Number.NaN);

const story = (lang: string, file: string) => readFileSync(`story/${lang}/${file}.ink`, 'utf8');

interface Claim {
  readonly what: string;
  readonly file: string;
  /** One pattern per language; each capture group is a number (digits or a word). */
  readonly en: RegExp;
  readonly fr: RegExp;
  /** What the model says, one number per capture group. */
  readonly model: () => readonly number[];
}

const scale = () => planAsChosen({ plan: 'plan_scale_all' });
const CLAIMS: readonly Claim[] = [
  {
    what: 'the target is H1 2015 plus twenty per cent', file: 'ep1_speech',
    en: /(\w+) per cent more qualified leads than in the first half of 2015/i, fr: /(\w+) pour cent de leads qualifiés en plus par rapport au premier semestre 2015/i,
    model: () => [Math.round(100 * SCENARIO.targetUplift)],
  },
  {
    what: "Alice's scale-up mails three times a month instead of twice", file: 'ep2_action_plan',
    en: /more often: (\w+) a month to everyone instead of (\w+)/, fr: /plus souvent : (\w+) par mois à tout le monde au lieu de (\w+)/,
    model: () => [scale().phases[0].campaignPerMonth + scale().phases[0].newsletterPerMonth, PHASE_2015.campaignPerMonth + PHASE_2015.newsletterPerMonth],
  },
  {
    what: 'one more trade show than in 2015', file: 'ep2_action_plan',
    en: /Trade shows: (\w+) more than last year/, fr: /Salons : (\w+) de plus/,
    model: () => [scale().shows.length - baselinePlan2015().shows.length],
  },
  {
    what: "Philippe's sector versions take three weeks (the campaign starts in week 4)", file: 'ep2_campaign',
    en: /philippe: Properly\? (\w+) weeks\./, fr: /philippe: Pour bien faire \? (\w+) semaines\./,
    model: () => [planAsChosen({ content: 'content_adapt' }).campaignStartWeek - 1],
  },
  {
    what: 'the A/B test takes two weeks (options)', file: 'ep2_campaign',
    en: /Test first: two versions on a sample, (\w+) weeks' wait/, fr: /tester d'abord\. Deux versions sur un échantillon, (\w+) semaines d'attente/,
    model: () => [PLAN_TABLE.launch_test_first.testWeeks ?? 0],
  },
  {
    what: 'the A/B test takes two weeks (the choice)', file: 'ep2_campaign',
    en: /alice: First a test\. Two versions on a sample, (\w+) weeks\./, fr: /alice: D'abord un test\. Deux versions sur un échantillon, (\w+) semaines\./,
    model: () => [PLAN_TABLE.launch_test_first.testWeeks ?? 0],
  },
  {
    what: 'the rest of the base waits for the test', file: 'ep2_campaign',
    en: /The rest will wait (\w+) weeks/, fr: /Le reste de la base attendra (\w+) semaines/,
    model: () => [PLAN_TABLE.launch_test_first.testWeeks ?? 0],
  },
  {
    what: 'the test ate the first two weeks', file: 'ep3_first_results',
    en: /The A\/B test ate the first (\w+) weeks/, fr: /Le test A\/B a mangé (\w+) semaines/,
    model: () => [PLAN_TABLE.launch_test_first.testWeeks ?? 0],
  },
  {
    what: 'untracked, the analysis takes three weeks', file: 'ep3_first_results',
    en: /no weekly history\. (\w+) weeks of spreadsheets/, fr: /aucun historique\. (\w+) semaines de tableurs/,
    model: () => [PLAN_TABLE.course_data.ifUntracked?.campaignPauseWeeks ?? 0],
  },
  {
    what: 'finance trims weeks 9 to 26 in week 9', file: 'ep3_first_results',
    en: /the rule trims weeks (\d+) to (\d+)/, fr: /la règle rabote les semaines (\d+) à (\d+)/,
    model: () => [SCENARIO.phase1Weeks + 1, SCENARIO.weeks],
  },
  {
    what: 'the test cost two weeks (the review)', file: 'ep4_reckoning',
    en: /It cost (\w+) weeks in January/, fr: /(\w+) semaines perdues en janvier/i,
    model: () => [PLAN_TABLE.launch_test_first.testWeeks ?? 0],
  },
  {
    what: 'the test Alice did not run would have taken two weeks', file: 'ep4_reckoning',
    en: /One sample, two versions, (\w+) weeks\. I saved (\w+) weeks/, fr: /Un échantillon, deux versions, (\w+) semaines\. J'ai gagné (\w+) semaines/,
    model: () => [PLAN_TABLE.launch_test_first.testWeeks ?? 0, PLAN_TABLE.launch_test_first.testWeeks ?? 0],
  },
];

describe("the story's numbers and mechanisms", () => {
  for (const c of CLAIMS) {
    it(`agree with the model: ${c.what}`, () => {
      for (const lang of ['en', 'fr'] as const) {
        const m = story(lang, c.file).match(lang === 'en' ? c.en : c.fr);
        expect(m, `${lang} ${c.file}: ${c.what}`).not.toBeNull();
        expect(m!.slice(1).map(numberOf), `${lang}: ${c.what}`).toEqual([...c.model()]);
      }
    });
  }

  it("say what the scale-up plan does to banners (a little less each week: it makes room for the fair), and no stale 'a few days' of testing or doubled sends", () => {
    expect(scale().phases[0].displayWeekly).toBeLessThan(PHASE_2015.displayWeekly);
    expect(story('en', 'ep2_action_plan')).toMatch(/banners in more media, a little less each week/);
    expect(story('fr', 'ep2_action_plan')).toMatch(/des bannières dans plus de médias, un peu moins chaque semaine/);
    // A double-down adds two mailings a month (not twice the sends: one mailing a week at most) and finance cuts its media.
    const dd = planAsChosen({ ...ALICE_PATH, course: 'course_double_down' });
    const before = dd.phases[0].campaignPerMonth + dd.phases[0].newsletterPerMonth;
    const after = dd.phases[1].campaignPerMonth + dd.phases[1].newsletterPerMonth;
    expect(after).toBeLessThan(2 * before);
    for (const lang of ['en', 'fr'] as const) {
      const all = ['ep2_campaign', 'ep3_first_results', 'ep4_reckoning'].map((f) => story(lang, f)).join('\n');
      expect(all).not.toMatch(lang === 'en' ? /a few days|I doubled the sends/ : /quelques jours d'attente|attendra quelques jours|J'ai doublé les envois/);
    }
  });
});

describe("the dashboard's platform thresholds", () => {
  it('come from the calibration table in both languages (no threshold written as a constant)', async () => {
    const { withModelMarks, modelMarks } = await import('../../../src/ui/results/model-marks');
    for (const [lang, s] of LANGS) {
      const raw = [s.charts.deliverSummary, s.charts.reviewLine, s.charts.suspendLine, s.events.platform_review.long, s.events.platform_suspension.long];
      for (const t of raw) expect(t, lang).not.toMatch(/\d\s?%/);
      const m = withModelMarks(s, lang);
      const marks = modelMarks(lang);
      const pct = (x: number) => new Intl.NumberFormat(lang === 'fr' ? 'fr-FR' : 'en-GB', { style: 'percent', maximumFractionDigits: 1 }).format(x);
      expect(marks['suspendBounce']).toBe(pct(CALIBRATION.platformSuspendBounce.value));
      expect(m.charts.reviewLine).toContain(pct(CALIBRATION.platformReviewBounce.value));
      expect(m.charts.suspendLine).toContain(pct(CALIBRATION.platformSuspendBounce.value));
      expect(m.events.platform_review.long).toContain(pct(CALIBRATION.platformReviewComplaint.value));
      expect(m.events.platform_suspension.long).toContain(pct(CALIBRATION.platformSuspendComplaint.value));
      // The panel's own placeholders are left for it to fill.
      expect(m.charts.deliverSummary).toMatch(/\{peak\}/);
      expect(m.charts.deliverSummary).not.toMatch(/\{(review|suspend)\w*\}/);
    }
  });
});
