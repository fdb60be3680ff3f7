import Phaser from 'phaser';
import { HEIGHT, SceneKey, Texture, WIDTH, fitCamera, zoomOf } from '../constants';

/** The title backdrop; the menu itself is DOM (src/ui). */
export class Title extends Phaser.Scene {
  constructor() {
    super(SceneKey.Title);
  }
  create(): void {
    fitCamera(this);
    if (this.textures.exists(Texture.title)) this.add.image(WIDTH / 2, HEIGHT / 2, Texture.title).setScale(1 / zoomOf(this));
    else this.add.rectangle(WIDTH / 2, HEIGHT / 2, WIDTH, HEIGHT, 0x1f4e8c);
    this.game.events.emit('title-ready');
  }
}
