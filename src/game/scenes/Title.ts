import Phaser from 'phaser';
import { HEIGHT, SceneKey, Texture, WIDTH, fitCamera, warnOf, zoomOf } from '../constants';
import { art } from '../art';
import { TextureLoader } from '../loader';

/** The title backdrop; the menu itself is DOM (src/ui). */
export class Title extends Phaser.Scene {
  private run = 0;

  constructor() {
    super(SceneKey.Title);
  }

  create(): void {
    fitCamera(this);
    const run = ++this.run;
    this.add.rectangle(WIDTH / 2, HEIGHT / 2, WIDTH, HEIGHT, 0x1f4e8c);
    const loader = new TextureLoader(this, warnOf(this), zoomOf(this));
    void loader.ensure([{ key: Texture.title, url: art.titleUrl(), width: WIDTH, height: HEIGHT }]).then(() => {
      if (run !== this.run || !this.sys.isActive()) return; // stopped or restarted meanwhile
      if (loader.has(Texture.title)) this.add.image(WIDTH / 2, HEIGHT / 2, Texture.title).setScale(1 / zoomOf(this));
      this.game.events.emit('title-ready');
    });
  }
}
