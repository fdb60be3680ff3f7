// The story's calendar is the model's: week n is the week of Monday 4 January 2016 + 7(n-1) days
// (SCENARIO.period), phase one is weeks 1-8, phase two weeks 9-26. The dates and months the ink
// states around the launch, week eight, the trade shows and phase two are parsed from both
// languages' sources and checked against that calendar, so a moved week or a rewritten line that
// names the wrong month fails here.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CALIBRATION, PLAN_TABLE, SCENARIO } from '../../src/sim';

const LANGS = ['en', 'fr'] as const;
type Lang = (typeof LANGS)[number];

const MONTHS: Record<Lang, readonly string[]> = {
  en: ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'],
  fr: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
};
const WEEKDAYS: Record<Lang, readonly string[]> = {
  en: ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'],
  fr: ['dimanche', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi'],
};
const ORDINALS: Record<Lang, Record<string, number>> = {
  en: { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, first: 1, second: 2, third: 3, fourth: 4, fifth: 5 },
  fr: { un: 1, première: 1, premier: 1, deuxième: 2, troisième: 3, quatrième: 4, cinquième: 5, huitième: 8 },
};

const DAY = 86_400_000;
// Week 1's Monday, read from the scenario's own period ("H1 2016 (4 January - 3 July)").
const period = /(\d{4}) \((\d{1,2}) (\w+)/.exec(SCENARIO.period)!;
const WEEK1 = Date.UTC(Number(period[1]), MONTHS.en.indexOf(period[3]!.toLowerCase()), Number(period[2]));
const weekMonday = (n: number) => WEEK1 + 7 * (n - 1) * DAY;
/** The week (1-based, may be <= 0 before the semester) a date falls in. */
const weekOf = (t: number) => Math.floor((t - WEEK1) / (7 * DAY)) + 1;
/** The months (0-11) of a week's working days, Monday to Friday. */
const weekMonths = (n: number) => new Set([0, 1, 2, 3, 4].map((d) => new Date(weekMonday(n) + d * DAY).getUTCMonth()));
const monthsOfWeeks = (from: number, to: number) => new Set(Array.from({ length: to - from + 1 }, (_, i) => [...weekMonths(from + i)]).flat());

const src = (lang: Lang, file: string) => readFileSync(`story/${lang}/${file}.ink`, 'utf8').split('\n');
const text = (line: string) => line.replace(/#\S+/g, '').replace(/^\s*\/\/.*$/, '');

/** Every month a line names, in order (a month word, not e.g. "may" the verb: EN months are capitalised). */
function monthsIn(lang: Lang, line: string): number[] {
  const names = MONTHS[lang].join('|');
  const re = new RegExp(`(?<![\\p{L}])(${names})(?![\\p{L}])`, lang === 'en' ? 'gu' : 'giu');
  const en = lang === 'en' ? MONTHS.en.map((m) => m[0]!.toUpperCase() + m.slice(1)).join('|') : '';
  const reEn = new RegExp(`\\b(${en})\\b`, 'g');
  return [...text(line).matchAll(lang === 'en' ? reEn : re)].map((m) => MONTHS[lang].indexOf(m[1]!.toLowerCase()));
}

interface Stated { readonly weekday?: number; readonly day: number; readonly month: number; readonly year?: number }
/** Every "(weekday) day month (year)" a line states. */
function datesIn(lang: Lang, line: string): Stated[] {
  const re = new RegExp(`(?:(${WEEKDAYS[lang].join('|')})\\s+)?(\\d{1,2}|1er)\\s+(${MONTHS[lang].join('|')})(?:\\s+(\\d{4}))?`, 'giu');
  return [...text(line).matchAll(re)].map((m) => ({
    weekday: m[1] ? WEEKDAYS[lang].indexOf(m[1].toLowerCase()) : undefined,
    day: m[2] === '1er' ? 1 : Number(m[2]),
    month: MONTHS[lang].indexOf(m[3]!.toLowerCase()),
    year: m[4] ? Number(m[4]) : undefined,
  }));
}
// A date without a year: December is the planning before the semester, every other month is 2016.
const when = (d: Stated) => Date.UTC(d.year ?? (d.month === 11 ? 2015 : 2016), d.month, d.day);
/** A week number the line states in words ("week four", "the third week", "quatrième semaine"). */
function weekWordsIn(lang: Lang, line: string): number[] {
  const words = Object.keys(ORDINALS[lang]).join('|');
  const re = lang === 'en' ? new RegExp(`\\bweek (${words})\\b|\\b(${words}) week\\b`, 'gi') : new RegExp(`(${words}) semaine`, 'giu');
  return [...text(line).matchAll(re)].map((m) => ORDINALS[lang][(m[1] ?? m[2])!.toLowerCase()]!);
}
const lineAfter = (lines: readonly string[], marker: RegExp) => {
  const i = lines.findIndex((l) => marker.test(l));
  expect(i, String(marker)).toBeGreaterThanOrEqual(0);
  return lines[i + 1]!;
};
/** `{cond: A|B}` as [A, B]. */
const branches = (line: string, cond: string): [string, string] => {
  const m = new RegExp(`\\{${cond.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:\\s*(.*?)\\|(.*)\\}`).exec(line);
  expect(m, `${cond} in ${line}`).not.toBeNull();
  return [m![1]!, m![2]!];
};

const P1 = SCENARIO.phase1Weeks;
const LAST = SCENARIO.weeks;

describe.each(LANGS)("the story's calendar is the model's (%s)", (lang) => {
  const all = (['ep1_speech', 'ep2_action_plan', 'ep2_campaign', 'ep3_first_results', 'ep4_reckoning'] as const).flatMap((f) => src(lang, f));

  it('states every weekday on the date it really falls', () => {
    const dated = all.flatMap((l) => datesIn(lang, l)).filter((d) => d.weekday !== undefined);
    expect(dated.length).toBeGreaterThanOrEqual(4);
    for (const d of dated) expect(new Date(when(d)).getUTCDay(), JSON.stringify(d)).toBe(d.weekday);
  });

  it('holds the speech before week 1, and the reckoning in the last week', () => {
    const speech = src(lang, 'ep1_speech').flatMap((l) => datesIn(lang, l));
    expect(speech.length).toBeGreaterThan(0);
    for (const d of speech) expect(weekOf(when(d))).toBeLessThan(1);
    const reckoning = datesIn(lang, src(lang, 'ep4_reckoning').find((l) => datesIn(lang, l).length > 0)!);
    expect(weekOf(when(reckoning[0]!))).toBe(LAST);
  });

  it('launches on the Monday of the week the chosen options first send', () => {
    const ep2 = src(lang, 'ep2_campaign');
    const launch = lineAfter(ep2, /#scene:launch/);
    const [adapt, other] = branches(launch, 'content == "content_adapt"');
    const start = PLAN_TABLE.content_adapt.campaignStartWeek!;
    expect(datesIn(lang, other).map(when)).toEqual([weekMonday(1)]);
    expect(datesIn(lang, adapt).map(when)).toEqual([weekMonday(start)]);
    expect(weekWordsIn(lang, adapt)).toEqual([start]);
    // The segmented campaign waits for its versions; the verified list joins when it is clean.
    const segmented = ep2.find((l) => l.includes('{launch == "launch_segmented" && content != "content_adapt":'))!;
    expect(weekWordsIn(lang, segmented)).toEqual([1 + Math.round(CALIBRATION.segmentBuildWeeks.value)]);
    const verify = ep2[ep2.findIndex((l) => l.trim() === '- list == "list_buy_verify":' ) + 1]!;
    expect(weekWordsIn(lang, branches(verify, 'content == "content_adapt"')[1])).toEqual([PLAN_TABLE.list_buy_verify.list!.arrivalWeek]);
    // Before the launch, the story is in December, or January for what waits on the sector versions.
    for (const l of ep2) for (const m of monthsIn(lang, l)) expect([11, ...weekMonths(start)], l).toContain(m);
  });

  it('names only the weeks 1-8 months in phase one, and reviews week eight on its own dates', () => {
    const ep3 = src(lang, 'ep3_first_results');
    const war = ep3.findIndex((l) => l.includes('#scene:war_room'));
    const review = datesIn(lang, ep3[war]!);
    expect(review).toHaveLength(1);
    expect(weekOf(when(review[0]!))).toBe(P1);
    const phase1 = monthsOfWeeks(1, P1);
    const roads = ep3.findIndex((l, i) => i > war && monthsIn(lang, l).length >= 2 && !/show|salon/i.test(l));
    expect(roads).toBeGreaterThan(war);
    for (const l of ep3.slice(0, roads)) {
      if (/trade show|salons? d/i.test(l) && monthsIn(lang, l).length > 0) continue; // the shows, below
      for (const m of monthsIn(lang, l)) expect([11, ...phase1], l).toContain(m);
    }
    // The winter school holidays (February, weeks 6-9) are not week 1's autoresponders.
    expect(ep3.slice(0, war).join('\n')).not.toMatch(/February school holidays|vacances de février/i);
  });

  it("names each remaining trade show's month, in the weeks plan.ts holds them", () => {
    const ep3 = src(lang, 'ep3_first_results');
    const i = ep3.findIndex((l) => /trade show|salons? d/i.test(l) && monthsIn(lang, l).length > 0);
    expect(i).toBeGreaterThan(0);
    // The line is the branch of the plan that turns every 2015 action up (the conditional's else).
    expect(ep3[i - 1]!.trim()).toBe('- else:');
    const later = PLAN_TABLE.plan_scale_all.shows!.filter((s) => s.week > P1);
    const named = monthsIn(lang, ep3[i]!);
    expect(named).toHaveLength(later.length);
    later.forEach((s, k) => expect([...weekMonths(s.week)], `week ${s.week}`).toContain(named[k]));
  });

  it('names the months of weeks 9-26 for phase two, and the end of February for the week-eight review', () => {
    const ep3 = src(lang, 'ep3_first_results');
    const war = ep3.findIndex((l) => l.includes('#scene:war_room'));
    const roads = ep3.findIndex((l, i) => i > war && monthsIn(lang, l).length >= 2 && !/show|salon/i.test(l));
    const [first, last] = monthsIn(lang, ep3[roads]!);
    expect([...weekMonths(P1 + 1)]).toContain(first);
    expect([...weekMonths(LAST)]).toContain(last);
    const phase2 = monthsOfWeeks(P1 + 1, LAST);
    const back = [11]; // "In December you told me": the speech and the plan
    for (const l of ep3.slice(roads)) for (const m of monthsIn(lang, l)) expect([...back, ...phase2], l).toContain(m);
    // A D6 course opens on its month (week 9), and finance's week-9 cut is booked then.
    const opens = ep3.slice(roads).filter((l) => /^[A-ZÉ]\p{L}+\. /u.test(l.trim()) && monthsIn(lang, l.trim().split('.')[0]!).length === 1);
    expect(opens.length).toBe(3);
    for (const l of opens) expect([...weekMonths(P1 + 1)], l).toContain(monthsIn(lang, l)[0]);
    const ep4 = src(lang, 'ep4_reckoning');
    for (const l of [...ep3, ...ep4].filter((x) => /p1_cut_if_|s_course_cut/.test(x))) {
      for (const m of monthsIn(lang, l)) expect([...weekMonths(P1 + 1)], l).toContain(m);
    }
    // What the President reads back from the week-eight review is dated at the end of February.
    const readBack = ep4.filter((x) => /p1_accepted/.test(x) && monthsIn(lang, x).length > 0);
    expect(readBack.length).toBeGreaterThanOrEqual(2);
    for (const l of readBack) for (const m of monthsIn(lang, l)) expect([...weekMonths(P1)], l).toContain(m);
    // Every month ep4 names lies in December's planning, the semester, or the autumn after it (what comes next).
    const after = [7, 8, 9, 10];
    for (const l of ep4) for (const m of monthsIn(lang, l)) expect([11, ...monthsOfWeeks(1, LAST), ...after], l).toContain(m);
  });
});
