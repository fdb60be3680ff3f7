// The shape of the results dashboard's and the debrief's strings: each language (results-en.ts,
// results-fr.ts) fills it in. Placeholders in {braces} are filled by ui/dom's fill().
import type { ChannelId, DecisionId, DecisionKey, EventId, ParamId, Reliability, StageId } from '../sim';

export interface OptionText {
  /** Short name of the option, as the ledger lists it. */
  readonly label: string;
  /** What the option does in the model, one or two sentences. */
  readonly mechanism: string;
  /** The lesson for a marketer. */
  readonly learning: string;
}

export interface ResultsStrings {
  /** Before a value: ': ' in English, a non-breaking space and ': ' in French. */
  readonly colon: string;
  readonly dashboard: {
    readonly title: Readonly<Record<'phase1' | 'semester', string>>;
    readonly tab: Readonly<Record<'phase1' | 'semester', string>>;
    readonly tabsLabel: string;
    readonly close: string;
    readonly openDebrief: string;
    readonly seededNote: string;
    readonly loading: string;
    readonly chartsFailed: string;
  };
  readonly kpi: {
    readonly accepted: string;
    readonly acceptedSubPhase1: string;
    readonly acceptedSubSemester: string;
    readonly ofTarget: string;
    readonly vanity: string;
    readonly vanityRatio: string;
    readonly raw: string;
    readonly qualified: string;
    readonly vanityRaw: string;
    readonly vanityQualified: string;
    readonly vanityAccepted: string;
    readonly spend: string;
    readonly costPerQualified: string;
    readonly costPerAccepted: string;
    readonly chance: string;
    readonly chanceSub: string;
    readonly onPace: string;
    readonly onPaceSub: string;
    readonly target: string;
    readonly baseline: string;
  };
  /** The budget, finance's cuts, what limited the result and weeks 1-8 (the dashboard's context lines). */
  readonly money: {
    readonly title: string;
    readonly budget: string;
    readonly cut: string;
    readonly cutDisplay: string;
    readonly cutLinkedin: string;
    readonly cutShows: string;
    readonly within: string;
    readonly over: string;
    readonly spentPhase1: string;
    readonly limitSales: string;
    readonly limitMarketing: string;
    readonly limitShare: string;
    readonly phase1: string;
  };
  readonly charts: {
    readonly weeklyTitle: string;
    readonly weeklySummary: string;
    readonly weekAxis: string;
    readonly week: string;
    readonly perWeek: string;
    readonly cumulative: string;
    readonly targetPace: string;
    readonly baselinePace: string;
    readonly funnelTitle: Readonly<Record<'phase1' | 'semester', string>>;
    readonly funnelNote: Readonly<Record<'phase1' | 'semester', string>>;
    readonly funnelByChannel: string;
    readonly funnelSummary: string;
    /** funnelSummary when {acc} takes the singular. */
    readonly funnelSummaryOne: string;
    readonly axisFunnel: string;
    readonly channel: string;
    readonly axisCumulative: string;
    readonly axisWeekly: string;
    readonly axisBounce: string;
    readonly axisInbox: string;
    readonly deliverTitle: string;
    readonly deliverSummary: string;
    readonly deliverNoSend: string;
    readonly hardBounce: string;
    readonly inbox: string;
    readonly reviewLine: string;
    readonly suspendLine: string;
    readonly notSent: string;
    readonly spreadTitle: Readonly<Record<'phase1' | 'semester', string>>;
    readonly spreadSummary: Readonly<Record<'phase1' | 'semester', string>>;
    readonly spreadAxis: string;
    readonly runsAxis: string;
    readonly thisRun: string;
    readonly band: string;
    readonly spreadLoading: string;
    readonly eventsTitle: string;
    readonly weeks: string;
    readonly noEvents: string;
    readonly sources: string;
    readonly sourceThresholds: string;
    readonly sourceScenario: string;
    readonly sourceModel: string;
  };
  readonly channels: Readonly<Record<ChannelId, string>>;
  readonly stages: Readonly<Record<StageId, string>>;
  readonly events: Readonly<Record<EventId, { readonly short: string; readonly long: string }>>;
  readonly debrief: {
    readonly title: string;
    readonly intro: string;
    readonly computing: string;
    readonly failed: string;
    readonly retry: string;
    readonly close: string;
    readonly print: string;
    readonly downloadJson: string;
    readonly downloadCsv: string;
    readonly exportLabel: string;
    readonly yourPath: string;
    readonly pathCode: string;
    readonly seed: string;
    readonly ledgerTitle: string;
    readonly ledgerIntro: string;
    readonly youChose: string;
    readonly effect: string;
    readonly effectWorse: string;
    readonly effectBest: string;
    readonly effectEqual: string;
    readonly mechanism: string;
    readonly learning: string;
    readonly sources: string;
    readonly whatIf: string;
    readonly whatIfLine: string;
    readonly bestPathTitle: string;
    readonly bestPathIntro: string;
    readonly bestPathSame: string;
    readonly bestPathHow: string;
    readonly comparePlayed: string;
    readonly compareBest: string;
    readonly lessonsTitle: string;
    readonly lessonsIntro: string;
    readonly metric: string;
    readonly accepted: string;
    readonly qualified: string;
    readonly raw: string;
    readonly spend: string;
    readonly costPerAccepted: string;
    readonly inbox: string;
    readonly hardBounce: string;
    readonly chance: string;
    readonly outcome: string;
    readonly medianNote: string;
    readonly points: string;
    readonly leads: string;
    readonly legalNote: string;
    readonly fileName: string;
  };
  /** "What decided your result" (ui/debrief/decided.ts): each mechanism's sentences; {placeholders} are the path's numbers, the rule's the marks. */
  readonly decided: DecidedStrings;
  readonly decisions: Readonly<Record<DecisionKey, string>>;
  readonly options: Readonly<Record<DecisionId, OptionText>>;
  /** Parameter names (English ones come from CALIBRATION; French ones are translated here). */
  readonly params: Partial<Readonly<Record<ParamId, string>>>;
  readonly rel: Readonly<Record<Reliability, string>>;
}

interface DecidedItemStrings {
  readonly title: string;
  /** The mechanism in one sentence, the same on every path. */
  readonly why: string;
  /** When the item is shown (the marks are filled in). */
  readonly rule: string;
}

export interface DecidedStrings {
  readonly title: string;
  readonly intro: string;
  readonly none: string;
  readonly sources: string;
  readonly otherSources: string;
  readonly items: {
    readonly rush: DecidedItemStrings & { readonly numbers: string; readonly fall: string; readonly rawFall: string; readonly aheadThenShort: string };
    readonly fatigue: DecidedItemStrings & { readonly sends: string; readonly sendsUp: string; readonly opens: string; readonly annoy: string; readonly annoyUp: string };
    readonly deliverability: DecidedItemStrings & { readonly platform: string; readonly trap: string; readonly inbox: string; readonly inboxPhases: string; readonly best: string };
    readonly sales: DecidedItemStrings & { readonly share: string; readonly lost: string };
    readonly budget: DecidedItemStrings & { readonly cut: string; readonly within: string; readonly cost: string; readonly costBest: string };
  };
}
