// Scene keys, texture keys and layout: no magic strings elsewhere in src/game.
export enum SceneKey {
  Boot = 'Boot',
  Preloader = 'Preloader',
  Title = 'Title',
  Story = 'Story',
}

export const WIDTH = 1920;
export const HEIGHT = 1080;

export const Texture = {
  title: 'title',
  placeholder: 'placeholder',
  scene: (name: string) => `scene:${name}`,
  part: (char: string, part: string) => `char:${char}:${part}`,
  prop: (name: string) => `prop:${name}`,
} as const;

/** Where characters stand (x of their feet), Alice on the left, others from the right. */
export const SLOTS = { alice: 0.25, others: [0.75, 0.58, 0.42] } as const;
/** Feet below the bottom edge: the dialogue box covers the torso, never a face. */
export const FEET_Y = HEIGHT + 140;
export const CHARACTER_SCALE = 1.0;

/** Registry key of the render scale (see startGame): cameras zoom by it to show the design size. */
export const ZOOM_KEY = 'renderZoom';

/** Registry key of the game's warning sink (one message per missing image). */
export const WARN_KEY = 'warn';

export function warnOf(scene: { registry: { get(k: string): unknown } }): (message: string) => void {
  const w = scene.registry.get(WARN_KEY);
  return typeof w === 'function' ? (w as (message: string) => void) : (m) => console.warn(m);
}

/** The render scale of a scene's game: textures are rasterised at design size x zoom. */
export function zoomOf(scene: { registry: { get(k: string): unknown } }): number {
  return Number(scene.registry.get(ZOOM_KEY) ?? 1);
}

/** Points a scene's camera at the 1920x1080 design space, whatever the canvas size. */
export function fitCamera(scene: { cameras: { main: { setZoom(z: number): { centerOn(x: number, y: number): unknown } } }; registry: { get(k: string): unknown } }): void {
  const zoom = Number(scene.registry.get(ZOOM_KEY) ?? 1);
  scene.cameras.main.setZoom(zoom).centerOn(WIDTH / 2, HEIGHT / 2);
}
