// The generated audio files (scripts/gen-audio.mjs writes them to assets/audio), as Vite URLs.
import spriteUrl from '../../assets/audio/sfx.wav?url';
import spriteJson from '../../assets/audio/sprite.json?raw';
import nightUrl from '../../assets/audio/music-night.wav?url';
import officeUrl from '../../assets/audio/music-office.wav?url';
import tensionUrl from '../../assets/audio/music-tension.wav?url';
import resolutionUrl from '../../assets/audio/music-resolution.wav?url';
import type { MusicName, SfxName } from '../narrative/registry';

/** A music mood with a file ('silence' only fades out). */
export type LoopName = Exclude<MusicName, 'silence'>;

/** Howler sprite map: name -> [startMs, durationMs]. */
export type SpriteMap = Record<string, [number, number]>;

export interface AudioUrls {
  sprite: string;
  spriteMap: SpriteMap;
  music: Record<LoopName, string>;
}

/** Parse a sprite manifest; entries that are not [start >= 0, duration > 0] are dropped. */
export function parseSpriteMap(text: string): SpriteMap {
  const out: SpriteMap = {};
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return out;
  }
  if (!data || typeof data !== 'object' || Array.isArray(data)) return out;
  for (const [name, v] of Object.entries(data as Record<string, unknown>)) {
    if (
      Array.isArray(v) &&
      v.length >= 2 &&
      typeof v[0] === 'number' &&
      typeof v[1] === 'number' &&
      Number.isFinite(v[0]) &&
      Number.isFinite(v[1]) &&
      v[0] >= 0 &&
      v[1] > 0
    ) {
      out[name] = [v[0], v[1]];
    }
  }
  return out;
}

export const DEFAULT_AUDIO_URLS: Readonly<AudioUrls> = Object.freeze({
  sprite: spriteUrl,
  spriteMap: parseSpriteMap(spriteJson),
  music: { night: nightUrl, office: officeUrl, tension: tensionUrl, resolution: resolutionUrl },
});

export type AudioAsset =
  | { kind: 'sfx'; name: SfxName | string; url: string; startMs: number; durationMs: number }
  | { kind: 'music'; name: LoopName; url: string };

/** Every sound the game can play, with its URL (and sprite slice): for tests and preloading. */
export function listAudioAssets(urls: AudioUrls = DEFAULT_AUDIO_URLS): AudioAsset[] {
  const list: AudioAsset[] = Object.entries(urls.spriteMap).map(([name, [startMs, durationMs]]) => ({
    kind: 'sfx',
    name,
    url: urls.sprite,
    startMs,
    durationMs,
  }));
  for (const [name, url] of Object.entries(urls.music) as [LoopName, string][]) list.push({ kind: 'music', name, url });
  return list;
}
