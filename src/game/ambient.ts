// Scene-specific motion: the nightmare's endless spreadsheets and pie charts, the launch's
// multiplying envelopes, likes and banners, the war room's bounced mail. Off when motion is reduced.
import Phaser from 'phaser';
import { HEIGHT, WIDTH, zoomOf } from './constants';
import { art } from './art';
import type { TextureLoader } from './loader';
import type { SceneName } from '../narrative/registry';

const fxKey = (name: string) => `fx:${name}`;

export class Ambient {
  private objects = new Set<Phaser.GameObjects.GameObject>();
  private timers: Phaser.Time.TimerEvent[] = [];
  private generation = 0;

  constructor(
    private readonly scene: Phaser.Scene,
    private readonly layer: Phaser.GameObjects.Container,
    private readonly textures: TextureLoader,
  ) {}

  async play(name: SceneName | null, motion: boolean): Promise<void> {
    this.stop();
    if (!motion || !name) return;
    const gen = this.generation;
    const sprites = AMBIENT[name];
    if (!sprites) return;
    await this.textures.ensure(sprites.fx.map((f) => {
      const { url, size } = art.fx(f);
      return { key: fxKey(f), url, width: size[0], height: size[1], trim: true };
    }));
    if (gen !== this.generation || !this.scene.sys.isActive()) return; // the scene changed meanwhile
    sprites.run(this);
  }

  stop(): void {
    this.generation++;
    for (const t of this.timers) t.remove();
    this.scene.tweens.killTweensOf([...this.objects]);
    for (const o of this.objects) o.destroy();
    this.timers = [];
    this.objects.clear();
  }

  /** Drifting shapes that float across the room for as long as the scene lasts. */
  drift(fx: readonly string[], count: number, alpha: number): void {
    for (let i = 0; i < count; i++) {
      const key = this.textures.keyFor(fxKey(fx[i % fx.length]!));
      const img = this.scene.add.image(Phaser.Math.Between(0, WIDTH), Phaser.Math.Between(40, HEIGHT * 0.62), key)
        .setAlpha(alpha * 0.4).setAngle(Phaser.Math.Between(-25, 25)).setScale(Phaser.Math.FloatBetween(0.5, 0.9) / zoomOf(this.scene));
      this.add(img);
      this.scene.tweens.add({
        targets: img,
        x: img.x + Phaser.Math.Between(-420, 420),
        y: img.y + Phaser.Math.Between(-60, 90),
        angle: img.angle + Phaser.Math.Between(-30, 30),
        alpha: { from: alpha * 0.3, to: alpha },
        duration: Phaser.Math.Between(8000, 14000),
        yoyo: true,
        repeat: -1,
        ease: 'Sine.easeInOut',
      });
    }
  }

  /** Sprites bursting out of a point, faster and faster: the blast. */
  burst(fx: readonly string[], from: { x: number; y: number }, startDelay: number, minDelay: number): void {
    let delay = startDelay;
    let n = 0;
    const tick = () => {
      if (this.objects.size < 80) {
        const key = this.textures.keyFor(fxKey(fx[n++ % fx.length]!));
        const z = zoomOf(this.scene);
        const img = this.scene.add.image(from.x, from.y, key).setScale(0.3 / z).setAlpha(0);
        this.add(img);
        const a = Phaser.Math.FloatBetween(-Math.PI * 0.95, -Math.PI * 0.05);
        this.scene.tweens.add({
          targets: img,
          x: from.x + Math.cos(a) * WIDTH * 0.55,
          y: from.y + Math.sin(a) * HEIGHT * 0.5,
          scale: 0.8 / z,
          alpha: { from: 1, to: 0 },
          angle: Phaser.Math.Between(-35, 35),
          duration: 2400,
          onComplete: () => {
            if (!this.objects.has(img)) return; // already cleared by stop()
            img.destroy();
            this.objects.delete(img);
          },
        });
      }
      delay = Math.max(minDelay, delay * 0.93);
      this.timers.push(this.scene.time.delayedCall(delay, tick));
    };
    tick();
  }

  private add(img: Phaser.GameObjects.Image): void {
    this.layer.add(img);
    this.objects.add(img);
  }
}

const AMBIENT: Partial<Record<SceneName, { fx: string[]; run: (a: Ambient) => void }>> = {
  bedroom_night: { fx: ['sheet', 'pie_chart'], run: (a) => a.drift(['sheet', 'pie_chart', 'sheet'], 9, 0.35) },
  launch: {
    fx: ['envelope', 'icon_heart', 'icon_comment', 'icon_share', 'icon_bell', 'banner'],
    run: (a) => a.burst(['envelope', 'envelope', 'icon_heart', 'envelope', 'banner', 'icon_share', 'envelope', 'icon_comment', 'icon_bell'], { x: WIDTH / 2, y: HEIGHT * 0.42 }, 420, 70),
  },
  war_room: { fx: ['envelope_bounced'], run: (a) => a.drift(['envelope_bounced'], 4, 0.25) },
};
