// The reader's logbook: which decision options they have taken and which endings they have found
// (with the game that found each), kept in localStorage across games. Validated on read: a
// corrupted logbook is reported and left untouched until the next successful write replaces it.
import * as z from 'zod/mini';
import { describeIssue } from './schema';
import type { KeyValueStore, LoadResult } from './store';

const LOGBOOK_KEY = 'alice.logbook.v1';
const MAX_GAMES = 60;
const choiceId = z.string().check(z.regex(/^[a-z][a-z0-9_]*$/, 'choice ids are snake_case'));

const GameSchema = z.object({
  ending: z.enum(['ending_wall', 'ending_short', 'ending_met', 'ending_beyond']),
  seed: z.int().check(z.gte(0), z.lte(2 ** 32 - 1)),
  lang: z.enum(['en', 'fr']),
  /** Every choice id of the game (replayable as a path code). */
  history: z.array(choiceId).check(z.maxLength(64)),
  at: z.string().check(z.maxLength(40)),
});

export const LogbookSchema = z.object({
  schema: z.literal(1),
  /** Decision option ids taken at least once (finished game or not). */
  taken: z.array(choiceId).check(z.maxLength(64)),
  /** Finished games, newest last; one per distinct history and ending. */
  games: z.array(GameSchema).check(z.maxLength(MAX_GAMES)),
});
export type Logbook = z.infer<typeof LogbookSchema>;
export type LoggedGame = z.infer<typeof GameSchema>;

export const EMPTY_LOGBOOK: Logbook = { schema: 1, taken: [], games: [] };

export function readLogbook(store: KeyValueStore): LoadResult<Logbook> {
  let raw: string | null = null;
  try {
    raw = store.getItem(LOGBOOK_KEY);
  } catch {
    return { ok: true, value: EMPTY_LOGBOOK };
  }
  if (raw === null) return { ok: true, value: EMPTY_LOGBOOK };
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return { ok: false, error: 'the logbook is not valid JSON' };
  }
  const res = LogbookSchema.safeParse(json);
  return res.success ? { ok: true, value: res.data } : { ok: false, error: describeIssue(res.error) };
}

/** Adds a taken option and/or a finished game. A corrupted stored logbook is replaced by a fresh one only on the player's next record. */
export function record(book: Logbook, add: { taken?: string; game?: LoggedGame }): Logbook {
  let { taken, games } = book;
  if (add.taken && !taken.includes(add.taken)) taken = [...taken, add.taken].slice(-64);
  if (add.game) {
    const g = add.game;
    const same = (x: LoggedGame) => x.ending === g.ending && x.history.join('.') === g.history.join('.');
    games = [...games.filter((x) => !same(x)), g].slice(-MAX_GAMES);
  }
  return { schema: 1, taken, games };
}

export function writeLogbook(store: KeyValueStore, book: Logbook): boolean {
  try {
    store.setItem(LOGBOOK_KEY, JSON.stringify(LogbookSchema.parse(book)));
    return true;
  } catch {
    return false; // a full or blocked storage: the logbook is a convenience, the game goes on
  }
}
