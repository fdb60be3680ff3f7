// A read-only window on the game for the browser tests and the benchmark (`window.__alice`).
// Loaded only when they ask for it (an init script sets `window.__aliceHook`; launch.ts reads
// it): it is not in the start-up bundle, and nothing of the game hangs on it.
import type { LazyGameDirector } from './game/lazy';
import type { Session } from './narrative/session';
import { parseTag } from './narrative/tags';

export interface HookDeps<D> {
  readonly session: Session<D>;
  readonly director: LazyGameDirector;
  /** Starts a new game, as the title screen's "New game" does. */
  newGame(): Promise<void>;
}

export function installHook<D>({ session, director, newGame }: HookDeps<D>): void {
  (window as unknown as { __alice: unknown }).__alice = {
    get phase() {
      return session.phase;
    },
    get stage() {
      return session.stage;
    },
    get history() {
      return session.history;
    },
    get renderer() {
      return director.renderer;
    },
    ready: director.ready,
    /** Resolves when the scenery shows everything it was told to and has no art left to draw. */
    settled: () => director.settled(),
    /** Stages tags directly on the scenery (the scene-by-scene screenshot test); unknown tags throw. */
    present(tags: string[]): void {
      for (const raw of tags) {
        const r = parseTag(raw);
        if (!r.ok) throw new Error(r.error);
        director.handle({ type: 'tag', tag: r.tag, replay: false });
      }
    },
    /**
     * Plays a whole new game, first option at each choice (benchmarks: heap, long tasks). Steps run
     * in tasks of at most ~8 ms plus one step, as a very fast player's clicks would: a long task
     * then means one step was long, not that hundreds of steps were chained in one task.
     */
    async autoplay(): Promise<{ firstChoiceAt: number; endedAt: number }> {
      const channel = new MessageChannel();
      const nextTask = () =>
        new Promise<void>((r) => {
          channel.port1.onmessage = () => r();
          channel.port2.postMessage(0);
        });
      await nextTask();
      await newGame();
      let slice = performance.now();
      let firstChoiceAt = -1;
      for (let i = 0; i < 5000 && session.phase !== 'ended'; i++) {
        // When the first choice is on screen (the budgets' window starts there: issue 15).
        if (firstChoiceAt < 0 && session.phase === 'choices') firstChoiceAt = performance.now();
        if (performance.now() - slice > 8) {
          await nextTask();
          slice = performance.now();
        }
        if (session.phase === 'choices') await session.choose(session.choices[0]!.id);
        else await session.advance();
      }
      channel.port1.close();
      // The ending is on screen when its result code's QR code is drawn (up to 5 s): the window ends there.
      const until = performance.now() + 5000;
      while (document.querySelector('.end-screen:not([hidden]) .qr-box[aria-busy]') && performance.now() < until) {
        await new Promise((r) => setTimeout(r, 20));
      }
      await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
      return { firstChoiceAt, endedAt: performance.now() };
    },
  };
}
