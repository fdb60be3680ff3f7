// The game layer's public surface: start Phaser and get a director that turns session events
// into scenes, people, props and motion. Only src/game imports Phaser.
import Phaser from 'phaser';
import { HEIGHT, SceneKey, WARN_KEY, WIDTH, ZOOM_KEY } from './constants';
import { rasterBusy } from './raster';
import { Boot } from './scenes/Boot';
import { Preloader } from './scenes/Preloader';
import { Title } from './scenes/Title';
import { Story } from './scenes/Story';
import type { SessionEvent } from '../narrative/session';

export interface GameOptions {
  readonly motion: boolean;
  /** 'auto' prefers WebGL unless it is emulated on the CPU; the others force a renderer. */
  readonly renderer: 'auto' | 'canvas' | 'webgl';
  readonly warn: (message: string) => void;
}

export interface GameDirector {
  /** Resolves when the game runs and shows its first scene (the title backdrop, or the story's). */
  readonly ready: Promise<void>;
  /** Resolves when every visual command so far is carried out and no art is waiting to be drawn. */
  settled(): Promise<void>;
  handle(e: SessionEvent): void;
  showTitle(): void;
  setMotion(on: boolean): void;
  readonly renderer: 'webgl' | 'canvas';
  destroy(): void;
}

/**
 * WebGL emulated on the CPU (SwiftShader, llvmpipe: headless browsers, machines without a GPU
 * driver) is many times slower than Canvas for our flat 2D scenes; Phaser would still pick it.
 */
function softwareWebGL(): boolean {
  try {
    const gl = document.createElement('canvas').getContext('webgl');
    if (!gl) return true;
    const info = gl.getExtension('WEBGL_debug_renderer_info');
    const name = String(info ? gl.getParameter(info.UNMASKED_RENDERER_WEBGL) : gl.getParameter(gl.RENDERER));
    gl.getExtension('WEBGL_lose_context')?.loseContext();
    return /swiftshader|llvmpipe|software|basic render/i.test(name);
  } catch {
    return true;
  }
}

/**
 * Render at the size the frame is shown (CSS pixels x device pixel ratio), never above the 1920x1080
 * design size: the world keeps its design coordinates and each camera zooms to fit.
 */
function renderScale(parent: HTMLElement): number {
  const px = (parent.clientWidth || window.innerWidth) * (window.devicePixelRatio || 1);
  return Math.min(1, Math.max(0.5, Math.ceil((px / WIDTH) * 20) / 20));
}

export function startGame(parent: HTMLElement, opts: GameOptions): GameDirector {
  const zoom = renderScale(parent);
  const game = new Phaser.Game({
    type: opts.renderer === 'webgl' ? Phaser.WEBGL : opts.renderer === 'canvas' || softwareWebGL() ? Phaser.CANVAS : Phaser.AUTO,
    parent,
    width: Math.round(WIDTH * zoom),
    height: Math.round(HEIGHT * zoom),
    backgroundColor: '#13253f',
    scale: { mode: Phaser.Scale.FIT, autoCenter: Phaser.Scale.CENTER_BOTH },
    banner: false,
    audio: { noAudio: true }, // sound is Howler's job (src/audio)
    scene: [Boot, Preloader, Title, Story],
    callbacks: {
      preBoot: (g) => {
        g.registry.set(ZOOM_KEY, zoom);
        g.registry.set(WARN_KEY, opts.warn);
      },
    },
  });
  let motion = opts.motion;
  let story: Story | null = null;
  let pending: ((s: Story) => void)[] = [];
  const ready = new Promise<void>((resolve) => {
    game.events.once('title-ready', () => resolve());
    game.events.once('story-ready', () => resolve());
  });

  game.events.on('story-ready', (s: Story) => {
    story = s;
    const queued = pending;
    pending = [];
    for (const f of queued) f(s);
  });
  const withStory = (f: (s: Story) => void) => {
    if (story && story.sys.isActive()) f(story);
    else {
      pending.push(f);
      if (!game.scene.isActive(SceneKey.Story)) {
        story = null;
        game.scene.stop(SceneKey.Title);
        game.scene.start(SceneKey.Story, { motion });
      }
    }
  };

  return {
    ready,
    async settled() {
      await ready;
      for (let i = 0; i < 600; i++) {
        const s = story;
        if (s && s.sys.isActive()) await s.settled();
        if (!rasterBusy() && pending.length === 0 && s === story) return;
        await new Promise((r) => setTimeout(r, 50));
      }
    },
    get renderer() {
      return game.renderer instanceof Phaser.Renderer.Canvas.CanvasRenderer ? 'canvas' : 'webgl';
    },
    handle(e) {
      switch (e.type) {
        case 'reset':
          withStory((s) => s.clearAll());
          break;
        case 'tag': {
          const tag = e.tag;
          if (tag.kind === 'scene') withStory((s) => s.showScene(tag.scene));
          else if (tag.kind === 'char') withStory((s) => s.showCharacter(tag.char, tag.expression));
          else if (tag.kind === 'exit') withStory((s) => s.exitCharacter(tag.char));
          else if (tag.kind === 'prop') withStory((s) => s.showProp(tag.prop));
          break;
        }
        case 'line':
          withStory((s) => s.setSpeaker(e.line.speaker));
          break;
        default:
          break;
      }
    },
    showTitle() {
      story = null;
      pending = [];
      game.scene.stop(SceneKey.Story);
      if (!game.scene.isActive(SceneKey.Title)) game.scene.start(SceneKey.Title);
    },
    setMotion(on) {
      motion = on;
      if (story) story.setMotion(on);
    },
    destroy() {
      game.destroy(true);
    },
  };
}
