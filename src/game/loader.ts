// Makes textures from SVG art on demand: decoded by the browser, drawn once into a bitmap by the
// raster scheduler (src/game/raster.ts), one small job per task. What the stage needs now goes
// first; what it may need soon (a character's other expressions) is prefetched when the page is
// idle. A missing or broken file becomes the placeholder texture and a single warning, never a stall.
import type Phaser from 'phaser';
import { Texture } from './constants';
import { bandsFor, decodeSvg, drawBand, newCanvas, schedule, trimmed, type Bitmap, type Priority, type Scheduled } from './raster';

export interface TextureRequest {
  readonly key: string;
  readonly url: string | null;
  /** Design size; the bitmap is drawn at this size x the render scale. */
  readonly width: number;
  readonly height: number;
  /** Cut transparent margins (layers of a character, effects); not worth it for opaque scenes. */
  readonly trim?: boolean;
}

interface Pending {
  done: Promise<void>;
  priority: Priority;
  job: Scheduled<unknown> | null;
}

/** Shared by every scene of a game: textures live in the game's texture manager. */
interface GameTextures {
  readonly pending: Map<string, Pending>;
  readonly failed: Set<string>;
  /**
   * Decoded places (SVG documents, not pixels) whose bitmaps may be freed: drawing one again
   * skips the fetch and the SVG parse, which is main-thread work of 15-50 ms in one piece.
   */
  readonly decoded: Map<string, HTMLImageElement>;
}
const perGame = new WeakMap<Phaser.Textures.TextureManager, GameTextures>();

export class TextureLoader {
  private readonly state: GameTextures;

  constructor(
    private readonly scene: Phaser.Scene,
    private readonly warn: (message: string) => void,
    /** Render scale: bitmaps are drawn at design size x this. */
    private readonly zoom: number,
  ) {
    const textures = scene.sys.textures;
    let state = perGame.get(textures);
    if (!state) {
      state = { pending: new Map(), failed: new Set(), decoded: new Map() };
      perGame.set(textures, state);
    }
    this.state = state;
  }

  /** Resolves when every requested texture exists (or was replaced by the placeholder). */
  ensure(requests: readonly TextureRequest[], priority: Priority = 'now'): Promise<void> {
    return Promise.all(requests.map((r) => this.one(r, priority))).then(() => undefined);
  }

  /** Draws these when the page is idle, so they are ready when asked for. */
  prefetch(requests: readonly TextureRequest[]): void {
    void this.ensure(requests, 'idle');
  }

  /** The key to draw: the texture if it loaded, the placeholder otherwise. */
  keyFor(key: string): string {
    return this.has(key) ? key : Texture.placeholder;
  }

  /** The texture is drawn and usable. */
  has(key: string): boolean {
    return this.scene.sys.textures.exists(key) && !this.state.failed.has(key);
  }

  /** Frees textures nobody shows any more (they are drawn again if asked for later). */
  release(keys: readonly string[]): void {
    for (const k of keys) if (this.scene.sys.textures.exists(k) && !this.state.pending.has(k)) this.scene.sys.textures.remove(k);
  }

  private one(r: TextureRequest, priority: Priority): Promise<void> {
    const { pending, failed } = this.state;
    if (this.scene.sys.textures.exists(r.key) || failed.has(r.key)) return Promise.resolve();
    const known = pending.get(r.key);
    if (known) {
      if (priority === 'now' && known.priority === 'idle') {
        known.priority = 'now';
        known.job?.urgent();
      }
      return known.done;
    }
    if (!r.url) {
      this.fail(r.key, 'not in the art manifest');
      return Promise.resolve();
    }
    const url = r.url;
    const textures = this.scene.sys.textures;
    const p: Pending = { priority, job: null, done: Promise.resolve() };
    /** One job per band of pixels, then one to make the texture: none holds the main thread long. */
    const run = <T>(work: () => T): Promise<T> => {
      const job = schedule(p.priority, work);
      p.job = job;
      return job.done;
    };
    const make = async () => {
      const trim = r.trim ?? false;
      // A file that fails to load is tried once more, then shown as the placeholder (issue 13).
      const img = this.state.decoded.get(url) ?? (await decodeSvg(url).catch(() => decodeSvg(url)));
      if (!trim) this.state.decoded.set(url, img);
      const canvas = newCanvas(r.width * this.zoom, r.height * this.zoom);
      const n = trim ? 1 : bandsFor(canvas.width, canvas.height);
      for (let i = 0; i < n; i++) await run(() => drawBand(canvas, img, i, n, trim));
      const bmp: Bitmap = trim ? await run(() => trimmed(canvas)) : { canvas, width: canvas.width, height: canvas.height, trim: null };
      if (textures.exists(r.key)) return;
      // A canvas is a valid texture source for both renderers (typed as an image only).
      const tex = textures.addImage(r.key, bmp.canvas as unknown as HTMLImageElement);
      if (tex && bmp.trim) tex.get().setTrim(bmp.width, bmp.height, bmp.trim.x, bmp.trim.y, bmp.canvas.width, bmp.canvas.height);
    };
    p.done = make()
      .catch(() => this.fail(r.key, 'could not be loaded'))
      .finally(() => pending.delete(r.key));
    pending.set(r.key, p);
    return p.done;
  }

  private fail(key: string, why: string): void {
    if (this.state.failed.has(key)) return;
    this.state.failed.add(key);
    this.warn(`Image "${key}" ${why}; showing a placeholder.`);
  }
}
