import Phaser from 'phaser';
import { HEIGHT, SceneKey, Texture, WIDTH, fitCamera, zoomOf } from '../constants';
import { art } from '../art';
import { PLACEHOLDER_SVG } from '../placeholder';

/** Owns the progress bar; loads what the title needs. Everything else loads when first shown. */
export class Preloader extends Phaser.Scene {
  constructor() {
    super(SceneKey.Preloader);
  }

  preload(): void {
    fitCamera(this);
    const barW = WIDTH * 0.4;
    const x = (WIDTH - barW) / 2;
    const y = HEIGHT / 2;
    this.add.rectangle(WIDTH / 2, y, barW + 8, 28, 0x1f4e8c).setStrokeStyle(2, 0xcfe0f5);
    const bar = this.add.rectangle(x + 4, y, 0, 20, 0xf2b843).setOrigin(0, 0.5);
    this.load.on(Phaser.Loader.Events.PROGRESS, (p: number) => (bar.width = barW * p));
    this.load.on(Phaser.Loader.Events.FILE_LOAD_ERROR, (file: Phaser.Loader.File) => {
      console.warn(`Could not load ${file.key}; a placeholder will be shown.`);
    });
    // The placeholder is built in, so it can never be missing.
    const z = zoomOf(this);
    this.load.svg(Texture.placeholder, `data:image/svg+xml;base64,${btoa(PLACEHOLDER_SVG)}`, { width: 600 * z, height: 900 * z });
    const title = art.titleUrl();
    if (title) this.load.svg(Texture.title, title, { width: WIDTH * z, height: HEIGHT * z });
  }

  create(): void {
    this.scene.start(SceneKey.Title);
  }
}
