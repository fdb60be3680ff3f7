// Loads SVG textures on demand, one batch at a time; a missing or broken file becomes the
// placeholder texture and a single warning, never a stall.
import Phaser from 'phaser';
import { Texture, zoomOf } from './constants';

export interface TextureRequest {
  readonly key: string;
  readonly url: string | null;
  readonly width: number;
  readonly height: number;
}

export class TextureLoader {
  private chain: Promise<void> = Promise.resolve();
  private readonly failed = new Set<string>();

  constructor(private readonly scene: Phaser.Scene, private readonly warn: (message: string) => void) {}

  /** Resolves when every requested texture exists (or was replaced by the placeholder). */
  ensure(requests: readonly TextureRequest[]): Promise<void> {
    const run = () => this.load(requests);
    this.chain = this.chain.then(run, run);
    return this.chain;
  }

  /** The key to draw: the texture if it loaded, the placeholder otherwise. */
  keyFor(key: string): string {
    return this.scene.textures.exists(key) && !this.failed.has(key) ? key : Texture.placeholder;
  }

  private load(requests: readonly TextureRequest[]): Promise<void> {
    const todo = requests.filter((r) => !this.scene.textures.exists(r.key) && !this.failed.has(r.key));
    for (const r of todo) if (!r.url) this.fail(r.key, 'not in the art manifest');
    const files = todo.filter((r) => r.url);
    if (files.length === 0 || !this.scene.sys.isActive()) return Promise.resolve();
    return new Promise<void>((resolve) => {
      const load = this.scene.load;
      const onError = (file: Phaser.Loader.File) => this.fail(file.key, 'could not be loaded');
      load.on(Phaser.Loader.Events.FILE_LOAD_ERROR, onError);
      load.once(Phaser.Loader.Events.COMPLETE, () => {
        load.off(Phaser.Loader.Events.FILE_LOAD_ERROR, onError);
        resolve();
      });
      // Rasterise at the size the camera will show (see startGame), not the design size.
      const z = zoomOf(this.scene);
      for (const r of files) load.svg(r.key, r.url!, { width: Math.round(r.width * z), height: Math.round(r.height * z) });
      load.start();
    });
  }

  private fail(key: string, why: string): void {
    if (this.failed.has(key)) return;
    this.failed.add(key);
    this.warn(`Image "${key}" ${why}; showing a placeholder.`);
  }
}
