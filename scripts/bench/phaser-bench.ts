// Baseline for frame pacing: one Phaser scene with a full-screen image and one tween, nothing else.
import Phaser from 'phaser';

class Bare extends Phaser.Scene {
  create(): void {
    const g = this.add.graphics();
    g.fillStyle(0x1f4e8c).fillRect(0, 0, 1920, 1080);
    g.fillStyle(0xcfe0f5).fillRect(200, 200, 600, 400);
    const dot = this.add.rectangle(300, 800, 120, 120, 0xf07a5a);
    this.tweens.add({ targets: dot, x: 1600, duration: 1500, yoyo: true, repeat: -1 });
    (window as unknown as { benchReady: boolean }).benchReady = true;
  }
}
const renderer = new URLSearchParams(location.search).get('renderer') === 'canvas' ? Phaser.CANVAS : Phaser.AUTO;
new Phaser.Game({ type: renderer, parent: 'stage', width: 1920, height: 1080, banner: false, audio: { noAudio: true }, scale: { mode: Phaser.Scale.FIT }, scene: [Bare] });
