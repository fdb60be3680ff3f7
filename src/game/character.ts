// A character on stage: layered parts (body, head, eyes, brows, mouth) stacked in one container,
// so it can breathe, blink, talk and change expression without redrawing the whole figure.
import Phaser from 'phaser';
import { Texture } from './constants';
import type { CharacterName, Expression } from '../narrative/registry';
import type { TextureLoader } from './loader';

export class Actor {
  readonly container: Phaser.GameObjects.Container;
  private readonly body: Phaser.GameObjects.Image;
  private readonly head: Phaser.GameObjects.Image;
  private readonly eyes: Phaser.GameObjects.Image;
  private readonly brows: Phaser.GameObjects.Image;
  private readonly mouth: Phaser.GameObjects.Image;
  private expression: Expression;
  private blinkTimer: Phaser.Time.TimerEvent | null = null;
  private breath: Phaser.Tweens.Tween | null = null;
  private talkTimer: Phaser.Time.TimerEvent | null = null;
  private reopen: Phaser.Time.TimerEvent | null = null;
  /** Timers and tweens may fire after the actor left the stage: they check this first. */
  private gone = false;

  constructor(
    private readonly scene: Phaser.Scene,
    readonly name: CharacterName,
    expression: Expression,
    x: number,
    y: number,
    private readonly textures: TextureLoader,
    private motion: boolean,
    /** Textures are rasterised at the render scale; this brings them back to design size. */
    private readonly baseScale = 1,
  ) {
    this.expression = expression;
    const img = (part: string) => scene.add.image(0, 0, this.key(part)).setOrigin(0.5, 1);
    this.body = img('body');
    this.head = img('head');
    this.eyes = img('eyes_open');
    this.brows = img(`brows_${expression}`);
    this.mouth = img(`mouth_${expression}`);
    // A character whose parts are all missing is one placeholder, not five.
    const missing = this.textures.keyFor(Texture.part(name, 'body')) === Texture.placeholder;
    for (const p of [this.head, this.eyes, this.brows, this.mouth]) p.setVisible(!missing);
    this.container = scene.add.container(x, y, [this.body, this.head, this.eyes, this.brows, this.mouth]);
    this.container.setSize(this.body.width, this.body.height).setScale(baseScale);
    this.setMotion(motion);
  }

  private key(part: string): string {
    return this.textures.keyFor(Texture.part(this.name, part));
  }

  setExpression(expression: Expression): void {
    if (this.gone || expression === this.expression) return;
    this.expression = expression;
    this.brows.setTexture(this.key(`brows_${expression}`));
    this.mouth.setTexture(this.key(`mouth_${expression}`));
    if (this.motion) {
      // a small bob reads as a reaction
      this.scene.tweens.add({ targets: [this.head, this.eyes, this.brows, this.mouth], y: -10, duration: 110, yoyo: true, ease: 'Sine.easeOut' });
    }
  }

  /** The speaker's lips move (when motion is on); transparency would let the room show through. */
  setSpeaking(speaking: boolean): void {
    if (this.gone) return;
    this.talkTimer?.remove();
    this.talkTimer = null;
    if (speaking && this.motion && this.textures.has(Texture.part(this.name, 'mouth_talk'))) {
      let open = false;
      let n = 0;
      this.talkTimer = this.scene.time.addEvent({
        delay: 110,
        repeat: 14,
        callback: () => {
          if (this.gone) return;
          open = !open && n++ < 13;
          this.mouth.setTexture(this.key(open ? 'mouth_talk' : `mouth_${this.expression}`));
        },
      });
    }
  }

  setMotion(on: boolean): void {
    if (this.gone) return;
    this.motion = on;
    this.breath?.stop();
    this.breath = null;
    this.blinkTimer?.remove();
    this.blinkTimer = null;
    this.container.setScale(this.baseScale);
    if (!on) return;
    this.breath = this.scene.tweens.add({
      targets: this.container,
      scaleY: this.baseScale * 1.008,
      duration: 1800 + Math.random() * 600,
      yoyo: true,
      repeat: -1,
      ease: 'Sine.easeInOut',
    });
    const blink = () => {
      if (this.gone) return;
      // Closed eyes are drawn when the page is idle: until then, no blink (never a placeholder).
      if (this.textures.has(Texture.part(this.name, 'eyes_closed'))) this.eyes.setTexture(this.key('eyes_closed'));
      this.reopen = this.scene.time.delayedCall(120, () => {
        if (!this.gone) this.eyes.setTexture(this.key('eyes_open'));
      });
      this.blinkTimer = this.scene.time.delayedCall(2200 + Math.random() * 3500, blink);
    };
    this.blinkTimer = this.scene.time.delayedCall(800 + Math.random() * 2000, blink);
  }

  destroy(): void {
    if (this.gone) return;
    this.gone = true;
    this.breath?.stop();
    this.blinkTimer?.remove();
    this.reopen?.remove();
    this.talkTimer?.remove();
    this.scene.tweens.killTweensOf([this.container, this.head, this.eyes, this.brows, this.mouth]);
    this.container.destroy();
  }
}
