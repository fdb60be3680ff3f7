// Keeps the reader's logbook as the game is played: a session subscriber that records each
// decision option taken (at the next choices or the end) and each finished game with its ending.
// The logbook is read once, entry by entry: damaged entries are set aside and the good ones kept by every next record.
import { EMPTY_LOGBOOK, readLogbook, record, writeLogbook, type LogbookRead, type LoggedGame } from './logbook';
import type { KeyValueStore } from './store';
import { isDecisionId } from '../sim/decisions';

/** What the recorder needs of the game being played (a session gives it). */
export interface RecordedGame {
  readonly history: readonly string[];
  readonly seed: number;
  readonly lang: LoggedGame['lang'];
}

/** The session events the recorder reads (a session's events are assignable to it). */
export type RecorderEvent = { readonly type: string; readonly ending?: LoggedGame['ending'] | null };

export class LogbookRecorder {
  private book: LogbookRead;

  constructor(private readonly game: RecordedGame, private readonly store: KeyValueStore, private readonly now: () => Date = () => new Date()) {
    this.book = readLogbook(store);
  }

  /** The logbook as stored, or why it cannot be read. */
  get logbook(): LogbookRead {
    return this.book;
  }

  /** `game`: the game as it stood at the event (an event kept for later); the game being played otherwise. */
  handle(e: RecorderEvent, game: RecordedGame = this.game): void {
    if (e.type === 'choices' || e.type === 'end') {
      // Only decision options are kept (not the story's other choices).
      for (const id of game.history) if (isDecisionId(id) && !this.has(id)) this.add({ taken: id });
    }
    if (e.type === 'end' && e.ending) {
      const g = game;
      this.add({ game: { ending: e.ending, seed: g.seed, lang: g.lang, history: [...g.history], at: this.now().toISOString() } });
    }
  }

  private has(id: string): boolean {
    return this.book.ok && this.book.value.taken.includes(id);
  }

  private add(add: { taken?: string; game?: LoggedGame }): void {
    const next = record(this.book.ok ? this.book.value : EMPTY_LOGBOOK, add);
    // Kept in memory even when the storage refuses: the next write that succeeds carries it.
    this.book = { ok: true, value: next, ...(this.book.setAside ? { setAside: this.book.setAside } : {}) };
    writeLogbook(this.store, next);
  }
}
