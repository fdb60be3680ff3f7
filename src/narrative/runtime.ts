// A small interface over inkjs: the only file in the project that touches the ink runtime.
import { Story } from 'inkjs';
import { parseTags, splitSpeaker, type Tag } from './tags';
import type { CharacterName } from './registry';

export interface StoryLine {
  readonly text: string; // without the speaker prefix, trimmed
  readonly speaker: CharacterName | null; // null: Alice's narration
  readonly tags: readonly Tag[];
}

export interface StoryChoice {
  readonly id: string; // from the `#id:` tag; `index:N` if the story forgot one (a story test fails then)
  readonly text: string;
  readonly index: number;
}

export type InkValue = number | string | boolean;

export interface Externals {
  fmt(n: number): string;
  pct(x: number): string;
  eur(n: number): string;
}

export interface StoryRuntime {
  readonly canContinue: boolean;
  /** Runs the story to the end of its next line. */
  next(): StoryLine;
  readonly choices: readonly StoryChoice[];
  choose(id: string): void;
  getVar(name: string): InkValue | undefined;
  setVar(name: string, value: InkValue): void;
  /** Names of the story's global variables (the contract in main.ink). */
  readonly variableNames: readonly string[];
  saveState(): string;
  loadState(json: string): void;
  /** Back to the story's start, as just parsed (ink's own reset: new state, globals at their defaults). */
  reset(): void;
  /** Knot and stitch names of the story, for jump-to and the parity test. */
  readonly knots: readonly string[];
}

export class StoryError extends Error {}

export function createRuntime(
  storyJson: string | object,
  externals: Externals,
  onTagError: (message: string) => void = (m) => {
    throw new StoryError(m);
  },
): StoryRuntime {
  const story = new Story(typeof storyJson === 'string' ? storyJson : JSON.stringify(storyJson));
  const errors: string[] = [];
  story.onError = (message: string) => errors.push(message);
  const throwErrors = () => {
    if (errors.length) {
      const msg = errors.splice(0).join('; ');
      throw new StoryError(msg);
    }
  };
  // Pure functions: safe to call during ink's lookahead.
  story.BindExternalFunction('fmt', (n: number) => externals.fmt(Number(n)), true);
  story.BindExternalFunction('pct', (x: number) => externals.pct(Number(x)), true);
  story.BindExternalFunction('eur', (n: number) => externals.eur(Number(n)), true);

  const choiceList = (): StoryChoice[] =>
    story.currentChoices.map((c) => {
      const idTag = (c.tags ?? []).map((t) => t.trim()).find((t) => t.startsWith('id:'));
      return { id: idTag ? idTag.slice(3).trim() : `index:${c.index}`, text: c.text.trim(), index: c.index };
    });

  // The variables belong to the story's state: a reset replaces them, so they are asked for each time.
  const globals = () => story.variablesState;
  // inkjs keeps the declared globals in a private map; reading its keys is the only way to list them.
  const variableNames: string[] = [
    ...((globals() as unknown as { _defaultGlobalVariables: Map<string, unknown> })._defaultGlobalVariables?.keys() ?? []),
  ];

  const knots: string[] = [];
  const root = story.mainContentContainer;
  for (const [name, c] of root.namedContent) {
    knots.push(name);
    const inner = (c as unknown as { namedContent?: Map<string, unknown> }).namedContent;
    if (inner) for (const stitch of inner.keys()) knots.push(`${name}.${stitch}`);
  }

  return {
    get canContinue() {
      return story.canContinue;
    },
    next() {
      const raw = story.Continue() ?? '';
      throwErrors();
      const tags = parseTags(story.currentTags ?? [], onTagError);
      const { speaker, text } = splitSpeaker(raw.trim());
      return { text: text.trim(), speaker, tags };
    },
    get choices() {
      return choiceList();
    },
    choose(id) {
      const c = choiceList().find((x) => x.id === id);
      if (!c) throw new StoryError(`no choice "${id}" here (offered: ${choiceList().map((x) => x.id).join(', ') || 'none'})`);
      story.ChooseChoiceIndex(c.index);
      throwErrors();
    },
    getVar(name) {
      const v = globals().$(name) as unknown;
      return typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean' ? v : undefined;
    },
    setVar(name, value) {
      if (!variableNames.includes(name)) throw new StoryError(`the story has no variable "${name}"`);
      globals().$(name, value);
    },
    variableNames,
    saveState: () => story.state.ToJson(),
    loadState(json) {
      story.state.LoadJson(json);
    },
    reset() {
      story.ResetState();
    },
    knots,
  };
}
