import Phaser from 'phaser';
import { FEET_Y, HEIGHT, SceneKey, SLOTS, Texture, WIDTH, fitCamera, warnOf, zoomOf } from '../constants';
import { art } from '../art';
import { TextureLoader, type TextureRequest } from '../loader';
import { Actor } from '../character';
import { Ambient } from '../ambient';
import { EXPRESSIONS, type CharacterName, type Expression, type PropName, type SceneName } from '../../narrative/registry';

/** Places whose bitmaps stay in memory (the current one and the last few). */
const KEEP_SCENES = 3;

/** Draws the story's places, people and props; driven by the director, holds no rules. */
export class Story extends Phaser.Scene {
  private textureLoader!: TextureLoader;
  private bgLayer!: Phaser.GameObjects.Container;
  private fxLayer!: Phaser.GameObjects.Container;
  private castLayer!: Phaser.GameObjects.Container;
  private propLayer!: Phaser.GameObjects.Container;
  private bg: Phaser.GameObjects.Image | null = null;
  private prop: Phaser.GameObjects.Image | null = null;
  private readonly cast = new Map<CharacterName, Actor>();
  private ambient!: Ambient;
  private motion = true;
  private sceneName: SceneName | null = null;
  /** Serialises visual commands so a fast reader never sees them out of order. */
  private chain: Promise<void> = Promise.resolve();
  /** Places drawn most recently first: their bitmaps are kept, older ones are freed. */
  private recentScenes: SceneName[] = [];

  constructor() {
    super(SceneKey.Story);
  }

  init(data: { motion?: boolean }): void {
    this.motion = data.motion ?? true;
    this.textureLoader = new TextureLoader(this, warnOf(this), zoomOf(this));
  }

  create(): void {
    fitCamera(this);
    // A restarted scene gets a fresh display list: forget the objects of its previous run.
    this.cast.clear();
    this.bg = null;
    this.prop = null;
    this.sceneName = null;
    this.chain = Promise.resolve();
    this.bgLayer = this.add.container(0, 0);
    this.fxLayer = this.add.container(0, 0);
    this.castLayer = this.add.container(0, 0);
    this.propLayer = this.add.container(0, 0);
    this.ambient = new Ambient(this, this.fxLayer, this.textureLoader);
    this.cameras.main.setBackgroundColor('#13253f');
    this.game.events.emit('story-ready', this);
  }

  /** Runs visual commands in order; never blocks the story (the DOM is always usable). */
  enqueue(op: () => Promise<void> | void): void {
    const run = async () => {
      if (!this.sys.isActive()) return;
      try {
        await op();
      } catch (e) {
        console.warn('stage command failed', e);
      }
    };
    this.chain = this.chain.then(run, run);
  }

  /** Resolves when every visual command given so far has been carried out. */
  settled(): Promise<void> {
    return this.chain;
  }

  setMotion(on: boolean): void {
    this.motion = on;
    for (const a of this.cast.values()) a.setMotion(on);
    void this.ambient.play(this.sceneName, on);
  }

  clearAll(): void {
    this.enqueue(() => {
      for (const a of this.cast.values()) a.destroy();
      this.cast.clear();
      this.prop?.destroy();
      this.prop = null;
      this.ambient.stop();
    });
  }

  showScene(name: SceneName): void {
    this.enqueue(async () => {
      await this.textureLoader.ensure([{ key: Texture.scene(name), url: art.sceneUrl(name), width: WIDTH, height: HEIGHT }]);
      if (!this.sys.isActive()) return;
      this.sceneName = name;
      const old = this.bg;
      const oldCast = [...this.cast.values()];
      this.cast.clear();
      const oldProp = this.prop;
      this.prop = null;
      const bg = this.add.image(WIDTH / 2, HEIGHT / 2, this.textureLoader.keyFor(Texture.scene(name))).setDisplaySize(WIDTH, HEIGHT);
      if (bg.texture.key === Texture.placeholder) bg.setAlpha(0.4);
      this.bgLayer.add(bg);
      this.bg = bg;
      void this.ambient.play(name, this.motion);
      const dispose = () => {
        old?.destroy();
        for (const a of oldCast) a.destroy();
        oldProp?.destroy();
        this.forgetOldScenes(name);
      };
      if (!this.motion || !old) {
        dispose();
        return;
      }
      bg.setAlpha(0);
      // Fade the people out quickly, then cross-fade the place.
      this.tweens.add({ targets: oldCast.map((a) => a.container), alpha: 0, duration: 200 });
      await this.tween({ targets: bg, alpha: 1, duration: 450, ease: 'Sine.easeInOut' });
      dispose();
    });
  }

  showCharacter(name: CharacterName, expression: Expression): void {
    this.enqueue(async () => {
      const existing = this.cast.get(name);
      const parts = partsOf(name);
      const needed = new Set(['body', 'head', 'eyes_open', `brows_${expression}`, `mouth_${expression}`].map((p) => Texture.part(name, p)));
      // What this expression shows now; the other expressions, blinking and talking when idle.
      await this.textureLoader.ensure(parts.filter((p) => needed.has(p.key)));
      this.textureLoader.prefetch(parts.filter((p) => !needed.has(p.key)));
      if (!this.sys.isActive()) return;
      if (existing) {
        existing.setExpression(expression);
        return;
      }
      const x = this.slotFor(name);
      const actor = new Actor(this, name, expression, x, FEET_Y, this.textureLoader, this.motion, 1 / zoomOf(this));
      this.cast.set(name, actor);
      this.castLayer.add(actor.container);
      if (this.motion) {
        actor.container.setAlpha(0).setX(x + (x < WIDTH / 2 ? -60 : 60));
        await this.tween({ targets: actor.container, alpha: 1, x, duration: 320, ease: 'Cubic.easeOut' });
      }
    });
  }

  exitCharacter(name: CharacterName | 'all'): void {
    this.enqueue(async () => {
      const leaving = name === 'all' ? [...this.cast.values()] : [this.cast.get(name)].filter((a): a is Actor => !!a);
      for (const a of leaving) this.cast.delete(a.name);
      if (this.motion && leaving.length) await this.tween({ targets: leaving.map((a) => a.container), alpha: 0, duration: 250 });
      for (const a of leaving) a.destroy();
    });
  }

  setSpeaker(name: CharacterName | null): void {
    this.enqueue(() => {
      for (const a of this.cast.values()) a.setSpeaking(name === null ? a.name === 'alice' : a.name === name);
    });
  }

  showProp(name: PropName): void {
    this.enqueue(async () => {
      const old = this.prop;
      this.prop = null;
      if (old) {
        if (this.motion) await this.tween({ targets: old, alpha: 0, scale: 0.8, duration: 180 });
        old.destroy();
      }
      if (name === 'none') return;
      const key = Texture.prop(name);
      await this.textureLoader.ensure([{ key, url: art.propUrl(name), width: 400, height: 300, trim: true }]);
      if (!this.sys.isActive()) return;
      const img = this.add.image(WIDTH / 2, HEIGHT * 0.34, this.textureLoader.keyFor(key));
      if (img.texture.key === Texture.placeholder) img.setDisplaySize(200, 300);
      else img.setDisplaySize(400, 300);
      this.propLayer.add(img);
      this.prop = img;
      if (this.motion) {
        const s = img.scale;
        img.setScale(s * 0.6).setAlpha(0);
        await this.tween({ targets: img, scale: s, alpha: 1, duration: 260, ease: 'Back.easeOut' });
      }
    });
  }

  /** Frees the bitmaps of places not shown lately (a place is 4-8 MB of pixels); they are redrawn if needed. */
  private forgetOldScenes(current: SceneName): void {
    this.recentScenes = [current, ...this.recentScenes.filter((s) => s !== current)];
    const old = this.recentScenes.splice(KEEP_SCENES);
    this.textureLoader.release(old.map((s) => Texture.scene(s)));
  }

  private slotFor(name: CharacterName): number {
    if (name === 'alice') return WIDTH * SLOTS.alice;
    const used = new Set([...this.cast.values()].map((a) => Math.round(a.container.x)));
    const free = SLOTS.others.map((f) => WIDTH * f).find((x) => !used.has(Math.round(x)));
    return free ?? WIDTH * SLOTS.others[0];
  }

  private tween(config: Phaser.Types.Tweens.TweenBuilderConfig): Promise<void> {
    return new Promise((resolve) => {
      this.tweens.add({ ...config, onComplete: () => resolve() });
    });
  }
}

export function partsOf(name: CharacterName): TextureRequest[] {
  const [w, h] = art.characterSize(name);
  const urls = art.characterParts(name);
  const parts = ['body', 'head', 'eyes_open', 'eyes_closed', 'mouth_talk', ...EXPRESSIONS.flatMap((e) => [`brows_${e}`, `mouth_${e}`])];
  return parts
    .filter((p) => p !== 'mouth_talk' || urls[p])
    .map((p) => ({ key: Texture.part(name, p), url: urls[p] ?? null, width: w, height: h, trim: true }));
}
