// Audio settings: plain data, clamped. Persisting them is the persist layer's job; it calls
// AudioDirector.setSettings with what it loaded.

export interface AudioSettings {
  /** 0..1, multiplies both music and effects. */
  master: number;
  /** 0..1 */
  music: number;
  /** 0..1 */
  effects: number;
  /** Global mute (Howler.mute); the OS/browser mute applies on top. */
  muted: boolean;
}

export const DEFAULT_AUDIO_SETTINGS: Readonly<AudioSettings> = Object.freeze({
  master: 0.8,
  music: 0.6,
  effects: 0.8,
  muted: false,
});

/** "Sound off" defaults a facilitator can choose for a projector in a meeting room. */
export const projectorDefaults: Readonly<AudioSettings> = Object.freeze({
  ...DEFAULT_AUDIO_SETTINGS,
  muted: true,
});

function level(value: unknown, fallback: number): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) return fallback;
  return Math.min(1, Math.max(0, value));
}

/** A valid copy of any settings-like value: levels clamped to 0..1, junk replaced by defaults. */
export function normaliseAudioSettings(s: Partial<AudioSettings> | null | undefined): AudioSettings {
  const d = DEFAULT_AUDIO_SETTINGS;
  const src: Partial<AudioSettings> = s && typeof s === 'object' ? s : {};
  return {
    master: level(src.master, d.master),
    music: level(src.music, d.music),
    effects: level(src.effects, d.effects),
    muted: typeof src.muted === 'boolean' ? src.muted : d.muted,
  };
}

export function musicVolume(s: AudioSettings): number {
  return s.master * s.music;
}

export function effectsVolume(s: AudioSettings): number {
  return s.master * s.effects;
}
