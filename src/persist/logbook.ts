// The reader's logbook: which decision options they have taken and which endings they have found
// (with the game that found each), kept in localStorage across games. Validated entry by entry on
// read: a damaged entry is set aside (quarantine.ts) and the others stay.
import * as z from 'zod/mini';
import { choiceIdSchema, describeIssue, lazySchema } from './schema';
import { atomicWrite, isRecord, parseJson, safeGet, type KeyValueStore, type LoadResult } from './store';
import { quarantine } from './quarantine';

export const LOGBOOK_KEY = 'alice.logbook.v1';
const MAX_GAMES = 60;

const buildGame = () =>
  z.object({
    ending: z.enum(['ending_wall', 'ending_short', 'ending_met', 'ending_beyond']),
    seed: z.int().check(z.gte(0), z.lte(2 ** 32 - 1)),
    lang: z.enum(['en', 'fr']),
    /** Every choice id of the game (replayable as a path code). */
    history: z.array(choiceIdSchema()).check(z.maxLength(64)),
    at: z.string().check(z.maxLength(40)),
  });
// Built on first use (schema.ts: lazySchema), not when the start-up code loads.
const gameSchema = lazySchema(buildGame);

const buildLogbook = () =>
  z.object({
    schema: z.literal(1),
    /** Decision option ids taken at least once (finished game or not). */
    taken: z.array(choiceIdSchema()).check(z.maxLength(64)),
    /** Finished games, newest last; one per distinct history and ending. */
    games: z.array(gameSchema()).check(z.maxLength(MAX_GAMES)),
  });
export const logbookSchema = lazySchema(buildLogbook);
export type Logbook = z.infer<ReturnType<typeof buildLogbook>>;
export type LoggedGame = z.infer<ReturnType<typeof buildGame>>;

export const EMPTY_LOGBOOK: Logbook = { schema: 1, taken: [], games: [] };

/** The logbook as read: its good entries, and whether damaged ones were set aside (quarantine.ts). */
export type LogbookRead = LoadResult<Logbook> & { readonly setAside?: string };

/**
 * Reads the logbook entry by entry: a malformed option or game is dropped from the value read and
 * the stored text is set aside whole (never overwritten), so one bad entry costs nothing of the
 * others, and the next write (made from the good entries) keeps them.
 */
export function readLogbook(store: KeyValueStore): LogbookRead {
  const raw = safeGet(store, LOGBOOK_KEY);
  if (raw === null) return { ok: true, value: EMPTY_LOGBOOK };
  return parseLogbook(raw, (reason) => quarantine(store, LOGBOOK_KEY, raw, reason));
}

/** Never throws: the good entries of `raw`, and the first problem found (if any). */
export function parseLogbook(raw: unknown, setAside: (reason: string) => void = () => undefined): LogbookRead {
  const bad = (reason: string): LogbookRead => {
    setAside(reason);
    return { ok: true, value: EMPTY_LOGBOOK, setAside: reason };
  };
  if (typeof raw !== 'string') return bad('the logbook is not text');
  const json = parseJson(raw);
  if (!json.ok) return bad('the logbook is not valid JSON');
  const whole = logbookSchema().safeParse(json.value);
  if (whole.success) return { ok: true, value: whole.data };
  const reason = describeIssue(whole.error);
  const obj = isRecord(json.value) ? json.value : null;
  if (!obj || obj['schema'] !== 1) return bad(reason);
  const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
  const taken = [...new Set(list(obj['taken']).filter((x): x is string => choiceIdSchema().safeParse(x).success))].slice(-64);
  const games: LoggedGame[] = [];
  for (const g of list(obj['games'])) {
    const r = gameSchema().safeParse(g);
    if (r.success) games.push(r.data);
  }
  setAside(reason);
  return { ok: true, value: { schema: 1, taken, games: games.slice(-MAX_GAMES) }, setAside: reason };
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

/** Atomic (store.ts): a full or blocked storage keeps the logbook as it was; the game goes on. */
export function writeLogbook(store: KeyValueStore, book: Logbook): boolean {
  const res = logbookSchema().safeParse(book);
  return res.success && atomicWrite(store, LOGBOOK_KEY, JSON.stringify(res.data));
}
