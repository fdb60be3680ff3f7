// Exhaustive walk of a story by choice ids: every path from the start to an end, with the
// simulation's numbers written in at each `#sim:` line, exactly as the session controller does.
// Used by the story tests, the story statistics script and the branch map.
import { createRuntime, type Externals, type InkValue, type StoryLine } from './runtime';
import type { SimPhase } from './registry';

export interface WalkedPath {
  readonly choices: readonly string[];
  readonly words: number;
  readonly lines: number;
  readonly ending: string | null; // from the `#ending:` tag
  readonly endedCleanly: boolean; // reached -> END, not a dead end
  /** The non-text tags met on the way, in order: equal across languages for the same choices. */
  readonly tagTrail: string;
}

export interface WalkReport {
  /** Paths walked to an end. Paths that reached a choice point in a state already walked are
   * merged into it (their futures are identical) and counted in `merged`. */
  readonly paths: readonly WalkedPath[];
  readonly merged: number;
  readonly errors: readonly string[]; // runtime errors, with the path that hit them
  readonly tagsSeen: ReadonlySet<string>;
  readonly choicePoints: ReadonlyMap<string, readonly string[]>; // knot-ish key -> ids offered
}

export interface WalkOptions {
  readonly externals: Externals;
  /** Variables to write when a `#sim:` line is reached, given the choice ids so far. */
  readonly simVars: (phase: SimPhase, choices: readonly string[]) => Readonly<Record<string, InkValue>>;
  readonly maxPaths?: number;
  readonly onLine?: (line: StoryLine, choices: readonly string[]) => void;
}

export function countWords(text: string): number {
  const m = text.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu);
  return m ? m.length : 0;
}

export function walkStory(storyJson: string, opts: WalkOptions): WalkReport {
  const errors: string[] = [];
  const tagsSeen = new Set<string>();
  const paths: WalkedPath[] = [];
  const choicePoints = new Map<string, string[]>();
  const seenStates = new Set<string>();
  let merged = 0;
  const rt = createRuntime(storyJson, opts.externals, (m) => errors.push(m));
  const max = opts.maxPaths ?? 100_000;

  // Iterative DFS; each frame holds the state at a choice point.
  interface Frame { state: string; choices: string[]; words: number; lines: number; ending: string | null; trail: string }
  const stack: Frame[] = [{ state: rt.saveState(), choices: [], words: 0, lines: 0, ending: null, trail: '' }];
  while (stack.length && paths.length < max) {
    const f = stack.pop()!;
    rt.loadState(f.state);
    let { words, lines, ending, trail } = f;
    try {
      while (rt.canContinue) {
        const line = rt.next();
        lines++;
        words += countWords(line.text);
        opts.onLine?.(line, f.choices);
        for (const t of line.tags) {
          const key = JSON.stringify(t);
          tagsSeen.add(key);
          trail += key;
          if (t.kind === 'ending') ending = t.ending;
          if (t.kind === 'sim') for (const [k, v] of Object.entries(opts.simVars(t.phase, f.choices))) rt.setVar(k, v);
        }
      }
    } catch (e) {
      errors.push(`${f.choices.join(' > ') || '(start)'}: ${(e as Error).message}`);
      continue;
    }
    const choices = rt.choices;
    if (choices.length === 0) {
      paths.push({ choices: f.choices, words, lines, ending, endedCleanly: !rt.canContinue, tagTrail: trail });
      continue;
    }
    const key = choices.map((c) => c.id).join('|');
    choicePoints.set(key, choices.map((c) => c.id));
    const state = rt.saveState();
    const stateKey = futureKey(state);
    if (seenStates.has(stateKey)) {
      merged++;
      continue;
    }
    seenStates.add(stateKey);
    for (let i = choices.length - 1; i >= 0; i--) {
      const c = choices[i]!;
      rt.loadState(state);
      rt.choose(c.id);
      stack.push({ state: rt.saveState(), choices: [...f.choices, c.id], words: words + countWords(c.text), lines, ending, trail: trail + `[${c.id}]` });
    }
  }
  return { paths, merged, errors, tagsSeen, choicePoints };
}

/**
 * What determines the story's future at a choice point: variables, the visit counts the story
 * can read, the call stack and the choices on offer. Left out: text already printed, turn
 * numbers, and visit counts of unlabelled choices (`.c-N`), which only once-only choices read
 * and our story never comes back to a choice point it has passed.
 */
export function futureKey(stateJson: string): string {
  const st = JSON.parse(stateJson) as {
    flows: Record<string, { callstack: { threads: { callstack: unknown[] }[] }; currentChoices: { targetPath: string }[] }>;
    currentFlowName: string;
    variablesState: unknown;
    visitCounts: Record<string, number>;
  };
  const flow = st.flows[st.currentFlowName]!;
  const counts = Object.entries(st.visitCounts).filter(([k]) => !/\.c-\d+$/.test(k)).sort(([a], [b]) => (a < b ? -1 : 1));
  return JSON.stringify([st.variablesState, counts, flow.callstack.threads.map((t) => t.callstack), flow.currentChoices.map((c) => c.targetPath)]);
}
