// The generated audio covers the registry contract and the story's tags, and every file is a
// sane, small, normalised 16-bit mono WAV; the loops join without a click.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MUSIC, SFX } from '../../../src/narrative/registry';
import { listAudioAssets, parseSpriteMap } from '../../../src/audio';
import { dbfs, readWav } from './wav';

const ROOT = resolve(__dirname, '../../..');
const AUDIO = join(ROOT, 'assets/audio');
const SR = 22050;
const LOOPS = MUSIC.filter((m) => m !== 'silence');
const spriteMap = parseSpriteMap(readFileSync(join(AUDIO, 'sprite.json'), 'utf8'));

function inkFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? inkFiles(join(dir, e.name)) : e.name.endsWith('.ink') ? [join(dir, e.name)] : [],
  );
}

describe('audio assets cover the contract', () => {
  it('every SFX name has a sprite entry with a positive duration, and nothing else is in the sprite', () => {
    for (const name of SFX) {
      expect(spriteMap[name], name).toBeDefined();
      expect(spriteMap[name]![1], name).toBeGreaterThan(0);
    }
    expect(Object.keys(spriteMap).sort()).toEqual([...SFX].sort());
  });

  it('every music mood except silence has a loop file', () => {
    for (const name of LOOPS) expect(existsSync(join(AUDIO, `music-${name}.wav`)), name).toBe(true);
    expect(existsSync(join(AUDIO, 'music-silence.wav'))).toBe(false);
  });

  it('every #sfx: and #music: name the story uses exists', () => {
    const used = { sfx: new Set<string>(), music: new Set<string>() };
    for (const file of inkFiles(join(ROOT, 'story'))) {
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(/#\s*(sfx|music)\s*:\s*([A-Za-z0-9_]+)/g)) used[m[1] as 'sfx' | 'music'].add(m[2]!);
    }
    expect(used.sfx.size + used.music.size).toBeGreaterThan(0);
    for (const name of used.sfx) expect(spriteMap, `#sfx:${name}`).toHaveProperty(name);
    for (const name of used.music) {
      expect(MUSIC as readonly string[], `#music:${name}`).toContain(name);
      if (name !== 'silence') expect(existsSync(join(AUDIO, `music-${name}.wav`)), `#music:${name}`).toBe(true);
    }
  });

  it('listAudioAssets lists every effect and loop with a URL', () => {
    const list = listAudioAssets();
    expect(list.filter((a) => a.kind === 'sfx').map((a) => a.name).sort()).toEqual([...SFX].sort());
    expect(list.filter((a) => a.kind === 'music').map((a) => a.name).sort()).toEqual([...LOOPS].sort());
    for (const a of list) expect(a.url).toMatch(/\.wav/);
  });

  it('parseSpriteMap drops malformed entries and never throws', () => {
    expect(parseSpriteMap('not json')).toEqual({});
    expect(parseSpriteMap('[1,2]')).toEqual({});
    expect(parseSpriteMap('{"a":[0,10],"b":[5,0],"c":"x","d":[-1,3]}')).toEqual({ a: [0, 10] });
  });
});

describe('audio files', () => {
  const files = readdirSync(AUDIO).filter((f) => f.endsWith('.wav'));

  it('are RIFF/WAVE PCM 16-bit mono 22050 Hz with consistent lengths', () => {
    expect(files.sort()).toEqual(['sfx.wav', ...LOOPS.map((n) => `music-${n}.wav`)].sort());
    for (const f of files) {
      const w = readWav(join(AUDIO, f));
      expect([w.format, w.channels, w.sampleRate, w.bitsPerSample], f).toEqual([1, 1, SR, 16]);
      expect(w.dataBytes, f).toBe(w.samples.length * 2);
      expect(w.fileBytes, f).toBe(44 + w.dataBytes);
    }
  });

  it('total under 2 MB', () => {
    const total = readdirSync(AUDIO).reduce((s, f) => s + statSync(join(AUDIO, f)).size, 0);
    expect(total).toBeLessThan(2_000_000);
  });

  it('the sprite holds every slice, in order, separated by silence, each starting and ending quietly', () => {
    const w = readWav(join(AUDIO, 'sfx.wav'));
    const slices = Object.entries(spriteMap).sort((a, b) => a[1][0] - b[1][0]);
    let prevEnd = 0;
    for (const [name, [startMs, durMs]] of slices) {
      expect(startMs, name).toBeGreaterThanOrEqual(prevEnd);
      const a = Math.round((startMs * SR) / 1000);
      const b = Math.round(((startMs + durMs) * SR) / 1000);
      expect(b, name).toBeLessThanOrEqual(w.samples.length);
      for (let i = Math.round((prevEnd * SR) / 1000); i < a; i++) expect(w.samples[i], `gap before ${name}`).toBe(0);
      const slice = w.samples.subarray(a, b);
      let peak = 0;
      for (const s of slice) peak = Math.max(peak, Math.abs(s));
      expect(dbfs(peak / 32768), `${name} peak`).toBeLessThanOrEqual(-0.9);
      expect(dbfs(peak / 32768), `${name} peak`).toBeGreaterThan(-15); // not silent either
      expect(Math.abs(slice[0]!), `${name} first sample`).toBeLessThan(200);
      expect(Math.abs(slice[slice.length - 1]!), `${name} last sample`).toBeLessThan(200);
      prevEnd = startMs + durMs;
    }
    expect(Math.round((prevEnd * SR) / 1000)).toBe(w.samples.length);
  });

  it('the clock tick is exactly one second (it can loop at one tick per half second)', () => {
    expect(spriteMap.clock_tick![1]).toBe(1000);
  });

  for (const name of LOOPS) {
    it(`music-${name} is an 8-16 s seamless loop below 0 dBFS at a sensible level`, () => {
      const { samples } = readWav(join(AUDIO, `music-${name}.wav`));
      const n = samples.length;
      expect(n / SR).toBeGreaterThanOrEqual(8);
      expect(n / SR).toBeLessThanOrEqual(16);
      let peak = 0;
      let sq = 0;
      const steps: number[] = [];
      for (let i = 0; i < n; i++) {
        const s = samples[i]!;
        peak = Math.max(peak, Math.abs(s));
        sq += s * s;
        if (i > 0) steps.push(Math.abs(s - samples[i - 1]!));
      }
      expect(peak).toBeLessThan(32767); // no clipping
      expect(dbfs(peak / 32768)).toBeLessThan(-1);
      const rms = dbfs(Math.sqrt(sq / n) / 32768);
      expect(rms).toBeGreaterThan(-26);
      expect(rms).toBeLessThan(-16);
      // The jump from the last sample back to the first is no bigger than an ordinary step.
      steps.sort((a, b) => a - b);
      const p99 = steps[Math.floor(steps.length * 0.99)]!;
      const boundary = Math.abs(samples[0]! - samples[n - 1]!);
      expect(boundary).toBeLessThanOrEqual(p99);
      expect(boundary / 32768).toBeLessThan(0.05);
    });
  }
});
