// The decision points of STORY.md and their option ids. Ids are contracts: saves, path codes,
// the branch table, the debrief and the story's `#id:` tags all use them. The story tests prove
// that the ink offers exactly these options at each point.

export const DECISIONS = [
  { key: 'plan', label: 'D1', options: ['plan_scale_all', 'plan_analyse', 'plan_target'] },
  { key: 'answer', label: 'D2', options: ['answer_bravado', 'answer_measure'] },
  { key: 'content', label: 'D3', options: ['content_wp_everyone', 'content_wp_targeted', 'content_adapt'] },
  { key: 'list', label: 'D4', options: ['list_buy_merge', 'list_buy_verify', 'list_none'] },
  { key: 'launch', label: 'D5', options: ['launch_blast', 'launch_segmented', 'launch_test_first'] },
  { key: 'course', label: 'D6', options: ['course_double_down', 'course_data', 'course_sales'] },
] as const;

export type DecisionKey = (typeof DECISIONS)[number]['key'];
export type DecisionId = (typeof DECISIONS)[number]['options'][number];
export type Decisions = { readonly [K in (typeof DECISIONS)[number] as K['key']]: K['options'][number] };

/** Alice's real-life (seed) path, D1–D5; her D6 is not in the seed: doubling down is her instinct. */
export const ALICE_PATH: Decisions = {
  plan: 'plan_scale_all',
  answer: 'answer_bravado',
  content: 'content_wp_everyone',
  list: 'list_buy_merge',
  launch: 'launch_blast',
  course: 'course_double_down',
};

const ID_TO_KEY: ReadonlyMap<string, DecisionKey> = new Map(
  DECISIONS.flatMap((d) => d.options.map((o) => [o, d.key] as const)),
);

export function isDecisionId(id: string): id is DecisionId {
  return ID_TO_KEY.has(id);
}

export function decisionKeyOf(id: DecisionId): DecisionKey {
  const key = ID_TO_KEY.get(id);
  if (!key) throw new Error(`unknown decision id: ${id}`);
  return key;
}

/** Every full decision path, in DECISIONS order (3*2*3*3*3*3 = 486). */
export function allDecisionPaths(): Decisions[] {
  let acc: Partial<Record<DecisionKey, DecisionId>>[] = [{}];
  for (const d of DECISIONS) {
    acc = acc.flatMap((p) => d.options.map((o) => ({ ...p, [d.key]: o })));
  }
  return acc as unknown as Decisions[];
}

/** Builds a Decisions record from a choice-id history (non-decision ids are ignored). */
export function decisionsFromHistory(ids: readonly string[]): Partial<Decisions> {
  const out: Partial<Record<DecisionKey, DecisionId>> = {};
  for (const id of ids) if (isDecisionId(id)) out[decisionKeyOf(id)] = id;
  return out as Partial<Decisions>;
}
