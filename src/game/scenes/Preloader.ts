import Phaser from 'phaser';
import { HEIGHT, SceneKey, Texture, WIDTH, fitCamera, warnOf, zoomOf } from '../constants';
import { TextureLoader } from '../loader';
import { PLACEHOLDER_SVG } from '../placeholder';

/** Draws the built-in placeholder (so it can never be missing), then the title. Everything else is drawn when first shown. */
export class Preloader extends Phaser.Scene {
  constructor() {
    super(SceneKey.Preloader);
  }

  create(): void {
    fitCamera(this);
    const barW = WIDTH * 0.4;
    this.add.rectangle(WIDTH / 2, HEIGHT / 2, barW + 8, 28, 0x1f4e8c).setStrokeStyle(2, 0xcfe0f5);
    const loader = new TextureLoader(this, warnOf(this), zoomOf(this));
    const url = `data:image/svg+xml;base64,${btoa(PLACEHOLDER_SVG)}`;
    void loader.ensure([{ key: Texture.placeholder, url, width: 600, height: 900, trim: true }]).then(() => {
      if (this.sys.isActive()) this.scene.start(SceneKey.Title);
    });
  }
}
