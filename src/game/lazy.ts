// Phaser (1.2 MB of script, ~355 KB gzipped) is not needed to read the first line or make the
// first choice: the text and the buttons are DOM. This director stands in for the real one,
// keeps what the stage must show, and loads Phaser when asked (after the story is on screen).
import type { GameDirector, GameOptions } from './index';
import type { SessionEvent } from '../narrative/session';

export interface LazyGameDirector extends GameDirector {
  /** Loads Phaser and starts the game (once); what happened meanwhile is replayed to it. */
  boot(): Promise<void>;
}

export function lazyGame(parent: HTMLElement, opts: GameOptions): LazyGameDirector {
  let real: GameDirector | null = null;
  let booting: Promise<void> | null = null;
  let motion = opts.motion;
  /** What the real director must be told, in order; a story restart makes the older part moot. */
  let queued: ((d: GameDirector) => void)[] = [];
  let resolveReady!: () => void;
  const ready = new Promise<void>((r) => (resolveReady = r));

  const send = (op: (d: GameDirector) => void) => {
    if (real) op(real);
    else queued.push(op);
  };

  return {
    ready,
    boot() {
      // The scenery's code is fetched once more if the first fetch fails; then the story goes on without it.
      booting ??= import('./index')
        .catch(() => import('./index'))
        .then(({ startGame }) => {
          const d = startGame(parent, { ...opts, motion });
          real = d;
          const ops = queued;
          queued = [];
          for (const op of ops) op(d);
          void d.ready.then(resolveReady);
        })
        .catch((e: unknown) => {
          console.warn('Phaser could not start', e);
          resolveReady(); // the story goes on without scenery
        });
      return booting;
    },
    settled: async () => {
      await ready;
      await real?.settled();
    },
    handle(e: SessionEvent) {
      if (!real && e.type === 'reset') queued = [];
      send((d) => d.handle(e));
    },
    showTitle() {
      if (!real) queued = [];
      send((d) => d.showTitle());
    },
    setMotion(on) {
      motion = on;
      real?.setMotion(on);
    },
    get renderer() {
      return real?.renderer ?? 'canvas';
    },
    destroy() {
      real?.destroy();
    },
  };
}
