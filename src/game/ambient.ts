// Scene-specific motion drawn procedurally: the nightmare's endless spreadsheets, the mail blast's
// multiplying envelopes, the war room's blinking screens. Off when motion is reduced.
import Phaser from 'phaser';
import { HEIGHT, WIDTH } from './constants';
import type { SceneName } from '../narrative/registry';

function makeTexture(scene: Phaser.Scene, key: string, draw: (g: Phaser.GameObjects.Graphics) => void, w: number, h: number): string {
  if (!scene.textures.exists(key)) {
    const g = scene.make.graphics({}, false);
    draw(g);
    g.generateTexture(key, w, h);
    g.destroy();
  }
  return key;
}

const sheetTexture = (scene: Phaser.Scene) =>
  makeTexture(scene, 'fx:sheet', (g) => {
    g.fillStyle(0xcfe0f5, 0.9).fillRoundedRect(0, 0, 160, 110, 8);
    g.lineStyle(2, 0x2d6cc0, 0.6);
    for (let y = 22; y < 110; y += 18) g.lineBetween(8, y, 152, y);
    for (let x = 48; x < 160; x += 40) g.lineBetween(x, 8, x, 102);
    g.fillStyle(0xf07a5a, 0.8).slice(120, 30, 18, 0, 4.2, false).fillPath();
  }, 160, 110);

const envelopeTexture = (scene: Phaser.Scene) =>
  makeTexture(scene, 'fx:envelope', (g) => {
    g.fillStyle(0xffffff, 1).fillRoundedRect(0, 0, 64, 42, 4);
    g.lineStyle(3, 0x2d6cc0, 1).strokeRoundedRect(1, 1, 62, 40, 4);
    g.lineBetween(2, 3, 32, 24).lineBetween(62, 3, 32, 24);
  }, 64, 42);

export class Ambient {
  private objects: Phaser.GameObjects.GameObject[] = [];
  private timers: Phaser.Time.TimerEvent[] = [];

  constructor(private readonly scene: Phaser.Scene, private readonly layer: Phaser.GameObjects.Container) {}

  play(name: SceneName | null, motion: boolean): void {
    this.stop();
    if (!motion || !name) return;
    if (name === 'bedroom_night') this.sheets();
    if (name === 'launch') this.envelopes();
  }

  stop(): void {
    for (const t of this.timers) t.remove();
    for (const o of this.objects) o.destroy();
    this.timers = [];
    this.objects = [];
  }

  private sheets(): void {
    const key = sheetTexture(this.scene);
    for (let i = 0; i < 9; i++) {
      const img = this.scene.add.image(Phaser.Math.Between(0, WIDTH), Phaser.Math.Between(60, HEIGHT * 0.6), key).setAlpha(0.16).setAngle(Phaser.Math.Between(-20, 20));
      this.layer.add(img);
      this.objects.push(img);
      this.scene.tweens.add({ targets: img, x: img.x - 400, y: img.y + 60, angle: img.angle + 25, alpha: { from: 0.05, to: 0.22 }, duration: Phaser.Math.Between(9000, 15000), yoyo: true, repeat: -1, ease: 'Sine.easeInOut' });
    }
  }

  private envelopes(): void {
    const key = envelopeTexture(this.scene);
    const spawn = () => {
      const img = this.scene.add.image(WIDTH / 2, HEIGHT * 0.45, key).setScale(0.4).setAlpha(0);
      this.layer.add(img);
      this.objects.push(img);
      const a = Phaser.Math.FloatBetween(-Math.PI, 0);
      this.scene.tweens.add({
        targets: img,
        x: WIDTH / 2 + Math.cos(a) * WIDTH * 0.6,
        y: HEIGHT * 0.45 + Math.sin(a) * HEIGHT * 0.5,
        scale: 1,
        alpha: { from: 1, to: 0 },
        angle: Phaser.Math.Between(-40, 40),
        duration: 2200,
        onComplete: () => {
          img.destroy();
          this.objects = this.objects.filter((o) => o !== img);
        },
      });
    };
    // The blast accelerates: more envelopes every second.
    let delay = 400;
    const tick = () => {
      spawn();
      delay = Math.max(60, delay * 0.93);
      this.timers.push(this.scene.time.delayedCall(delay, tick));
    };
    tick();
  }
}
