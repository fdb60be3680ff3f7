// The pure parts of the rasteriser: trimming boxes and band counts (the drawing needs a browser:
// tests/e2e/scenes.e2e.ts screenshots every scene and character drawn through it).
import { describe, expect, it } from 'vitest';
import { BAND_PX, bandsFor, opaqueBox } from '../../../src/game/raster';

function image(w: number, h: number, opaque: [number, number][]): Uint8ClampedArray {
  const d = new Uint8ClampedArray(w * h * 4);
  for (const [x, y] of opaque) d[(y * w + x) * 4 + 3] = 255;
  return d;
}

describe('opaqueBox', () => {
  it('is null for a fully transparent layer', () => {
    expect(opaqueBox(image(8, 6, []), 8, 6)).toBeNull();
  });
  it('holds every visible pixel and nothing more', () => {
    expect(opaqueBox(image(10, 8, [[3, 2], [6, 5], [4, 4]]), 10, 8)).toEqual({ x: 3, y: 2, w: 4, h: 4 });
  });
  it('finds pixels on the edges', () => {
    expect(opaqueBox(image(5, 4, [[0, 3], [4, 0]]), 5, 4)).toEqual({ x: 0, y: 0, w: 5, h: 4 });
  });
  it('sees a faint pixel (alpha 1) as visible', () => {
    const d = image(4, 4, []);
    d[(2 * 4 + 1) * 4 + 3] = 1;
    expect(opaqueBox(d, 4, 4)).toEqual({ x: 1, y: 2, w: 1, h: 1 });
  });
});

describe('bandsFor', () => {
  it('draws small art in one go and a full-screen place in several bands', () => {
    expect(bandsFor(420, 630)).toBe(1);
    expect(bandsFor(1920, 1080)).toBeGreaterThan(1);
    expect((1920 * 1080) / bandsFor(1920, 1080)).toBeLessThanOrEqual(BAND_PX);
  });
});
