import Phaser from 'phaser';
import { SceneKey } from '../constants';

/** Starts the preloader at once: nothing to load before the progress bar. */
export class Boot extends Phaser.Scene {
  constructor() {
    super(SceneKey.Boot);
  }
  create(): void {
    this.scene.start(SceneKey.Preloader);
  }
}
