// The audio director: the game's only door to Howler. Effects come from one sprite, music loops
// crossfade on mood changes and duck under dialogue. Nothing here may throw into the game: a
// missing file, an undecodable file or no audio at all gives one warning, then silence.
import { Howl, Howler } from 'howler';
import { MUSIC, SFX, type MusicName, type SfxName } from '../narrative/registry';
import type { SessionEvent } from '../narrative/session';
import { DEFAULT_AUDIO_URLS, type AudioUrls, type LoopName } from './assets';
import {
  DEFAULT_AUDIO_SETTINGS,
  effectsVolume,
  musicVolume,
  normaliseAudioSettings,
  type AudioSettings,
} from './settings';

export interface AudioDirector {
  /** Call on the first user gesture (autoplay policy); safe to call many times. */
  unlock(): void;
  /** Play an effect from the sprite. Before unlock() it is dropped (a late effect would be wrong). */
  sfx(name: SfxName): void;
  /** Crossfade to a loop; 'silence' fades out; the same name again is a no-op. Remembered before unlock(). */
  music(name: MusicName): void;
  /** Lower the music while dialogue is shown. */
  duck(on: boolean): void;
  setSettings(s: AudioSettings): void;
  readonly settings: AudioSettings;
  /** The story's cues: its music and effect tags, and ducking while a line is shown. */
  handle(e: SessionEvent): void;
  dispose(): void;
}

/** What Howler reported, for tests and diagnostics (e.g. a browser test waiting for 'end'). */
export interface AudioEvent {
  type: 'load' | 'play' | 'end';
  kind: 'sfx' | 'music';
  name: string;
}

export interface AudioDirectorOptions {
  onWarning?: (message: string) => void;
  onEvent?: (event: AudioEvent) => void;
  urls?: AudioUrls;
  initial?: AudioSettings;
  /** Milliseconds clock; defaults to performance.now. */
  now?: () => number;
}

export const CROSSFADE_MS = 1500;
export const DUCK_LEVEL = 0.55;
export const DUCK_DOWN_MS = 250;
export const DUCK_UP_MS = 600;

type Phase = 'in' | 'out' | 'stopped';

interface Track {
  readonly name: LoopName;
  howl: Howl | null; // null: not created (failed or no audio)
  id: number | null;
  phase: Phase;
  failed: boolean;
  /** The file's load was tried a second time (issue 13). */
  retried?: boolean;
  // The last fade we asked for, to know the volume at any moment without asking Howler.
  from: number;
  to: number;
  start: number;
  ms: number;
}

const SFX_SET: ReadonlySet<string> = new Set(SFX);
const MUSIC_SET: ReadonlySet<string> = new Set(MUSIC);

function defaultNow(): number {
  return typeof performance !== 'undefined' && typeof performance.now === 'function' ? performance.now() : 0;
}

function describe(err: unknown): string {
  if (err instanceof Error) return err.message;
  if (err === undefined || err === null) return 'unknown error';
  if (typeof err === 'number') return `error code ${err}`; // Howler passes MediaError-style codes
  return String(err);
}

export function createAudioDirector(opts: AudioDirectorOptions = {}): AudioDirector {
  const urls = opts.urls ?? DEFAULT_AUDIO_URLS;
  const now = opts.now ?? defaultNow;
  const warned = new Set<string>();
  let settings = normaliseAudioSettings(opts.initial ?? DEFAULT_AUDIO_SETTINGS);
  let unlocked = false;
  let disposed = false;
  let available = true;
  let ducked = false;
  let wanted: MusicName = 'silence';
  let sprite: Howl | null = null;
  let spriteFailed = false;
  let spriteRetried = false;
  const spriteIds = new Map<number, string>();
  const tracks = new Map<LoopName, Track>();

  function warn(key: string, message: string): void {
    if (warned.has(key)) return;
    warned.add(key);
    try {
      opts.onWarning?.(message);
    } catch {
      // a broken listener must not break the game either
    }
  }

  function emit(event: AudioEvent): void {
    try {
      opts.onEvent?.(event);
    } catch {
      // ignore
    }
  }

  /** Run a public method body; anything thrown becomes one warning. */
  function guard(fn: () => void): void {
    if (disposed) return;
    try {
      fn();
    } catch (err) {
      warn('internal', `Audio error, continuing in silence: ${describe(err)}`);
    }
  }

  function loadFailed(what: string, err: unknown): void {
    // One warning for all files: if one fails, the others usually fail the same way.
    warn('load', `Sound could not be loaded or decoded (${what}: ${describe(err)}); the game continues without it.`);
  }

  /** Howler is usable: the module loaded and the browser has some audio. */
  function checkAvailable(): boolean {
    if (!available) return false;
    try {
      if (typeof Howl !== 'function' || !Howler || Howler.noAudio) throw new Error('no audio support');
    } catch (err) {
      available = false;
      warn('unavailable', `Audio is not available (${describe(err)}); the game continues in silence.`);
    }
    return available;
  }

  function musicTarget(): number {
    return musicVolume(settings) * (ducked ? DUCK_LEVEL : 1);
  }

  function levelOf(t: Track): number {
    if (t.ms <= 0) return t.to;
    const k = Math.min(1, Math.max(0, (now() - t.start) / t.ms));
    return t.from + (t.to - t.from) * k;
  }

  // ---- effects ---------------------------------------------------------------------------------

  function getSprite(): Howl | null {
    if (spriteFailed) return null;
    if (sprite) return sprite;
    if (!checkAvailable()) return null;
    try {
      const howl: Howl = new Howl({
        src: [urls.sprite],
        format: ['wav'],
        html5: false,
        preload: true,
        sprite: urls.spriteMap,
        volume: effectsVolume(settings),
        onload: () => emit({ type: 'load', kind: 'sfx', name: 'sprite' }),
        onloaderror: (_id, err) => {
          // Tried once more (issue 13), then the game goes on without the effects.
          if (!spriteRetried) {
            spriteRetried = true;
            return void guard(() => sprite?.load());
          }
          spriteFailed = true;
          loadFailed('the sound effects', err);
        },
        onplayerror: (_id, err) => warn('play', `A sound could not play (${describe(err)}).`),
        onplay: (id) => emit({ type: 'play', kind: 'sfx', name: spriteIds.get(id) ?? '' }),
        onend: (id) => {
          emit({ type: 'end', kind: 'sfx', name: spriteIds.get(id) ?? '' });
          spriteIds.delete(id);
        },
      });
      sprite = howl;
    } catch (err) {
      spriteFailed = true;
      loadFailed('the sound effects', err);
    }
    return sprite;
  }

  // ---- music -----------------------------------------------------------------------------------

  function getTrack(name: LoopName): Track {
    const existing = tracks.get(name);
    if (existing) return existing;
    const track: Track = { name, howl: null, id: null, phase: 'stopped', failed: false, from: 0, to: 0, start: 0, ms: 0 };
    const url = urls.music[name];
    if (!url || !checkAvailable()) {
      track.failed = true;
      if (!url) warn(`nofile:${name}`, `No file for music "${name}".`);
    } else {
      try {
        const howl: Howl = new Howl({
          src: [url],
          format: ['wav'],
          html5: false,
          preload: true,
          loop: true,
          volume: 0,
          onload: () => emit({ type: 'load', kind: 'music', name }),
          onloaderror: (_id, err) => {
            if (!track.retried) {
              track.retried = true;
              return void guard(() => howl.load());
            }
            track.failed = true;
            track.phase = 'stopped';
            loadFailed(`the music "${name}"`, err);
          },
          onplayerror: (_id, err) => {
            warn('play', `Music could not start (${describe(err)}).`);
            // Howler's advice: retry once the audio is unlocked.
            howl.once('unlock', () => guard(() => {
              if (wanted === name && track.phase === 'in' && track.id !== null) howl.play(track.id);
            }));
          },
          onplay: () => emit({ type: 'play', kind: 'music', name }),
          onend: () => emit({ type: 'end', kind: 'music', name }),
          onfade: (id) => guard(() => {
            // A finished fade-out stops the loop; fades of a live track (ducking) are left alone.
            if (track.phase === 'out' && id === track.id) {
              howl.stop(id);
              track.phase = 'stopped';
            }
          }),
        });
        track.howl = howl;
      } catch (err) {
        track.failed = true;
        loadFailed(`the music "${name}"`, err);
      }
    }
    tracks.set(name, track);
    return track;
  }

  function fadeTrack(t: Track, to: number, ms: number): void {
    const howl = t.howl;
    if (!howl || t.id === null) return;
    const from = levelOf(t);
    t.from = from;
    t.to = to;
    t.start = now();
    t.ms = ms;
    howl.fade(from, to, ms, t.id);
  }

  function fadeIn(t: Track): void {
    const howl = t.howl;
    if (!howl || t.failed) return;
    const live = t.id !== null && t.phase !== 'stopped';
    t.phase = 'in'; // before fade(): Howler emits 'fade' when it interrupts a running fade
    if (!live) {
      t.id = howl.play();
      t.from = t.to = 0;
      t.ms = 0;
      howl.volume(0, t.id);
    }
    fadeTrack(t, musicTarget(), CROSSFADE_MS);
  }

  function fadeOut(t: Track): void {
    if (t.phase !== 'in') return;
    t.phase = 'out';
    fadeTrack(t, 0, CROSSFADE_MS);
  }

  /** Make what plays match `wanted`. */
  function applyMusic(): void {
    for (const t of tracks.values()) if (t.name !== wanted) fadeOut(t);
    if (wanted === 'silence') return;
    const t = getTrack(wanted);
    if (t.phase !== 'in') fadeIn(t);
  }

  function applyVolumes(): void {
    if (!unlocked || !available) return;
    Howler.mute(settings.muted);
    sprite?.volume(effectsVolume(settings));
    for (const t of tracks.values()) {
      if (t.phase === 'in' && t.howl && t.id !== null) {
        const to = musicTarget();
        t.from = t.to = to;
        t.ms = 0;
        t.howl.volume(to, t.id);
      }
    }
  }

  // ---- the interface ---------------------------------------------------------------------------

  const director: AudioDirector = {
    unlock() {
      guard(() => {
        if (!unlocked) {
          unlocked = true;
          if (!checkAvailable()) return;
          applyVolumes();
          getSprite();
          applyMusic();
        }
        if (!available) return;
        const ctx = Howler.ctx as AudioContext | null | undefined;
        if (ctx && ctx.state === 'suspended' && typeof ctx.resume === 'function') {
          ctx.resume().catch(() => undefined);
        }
      });
    },

    sfx(name) {
      guard(() => {
        if (!SFX_SET.has(name) || !(name in urls.spriteMap)) {
          warn(`sfx:${String(name)}`, `Unknown sound effect "${String(name)}".`);
          return;
        }
        if (!unlocked) return;
        const howl = getSprite();
        if (!howl) return;
        const id = howl.play(name);
        if (typeof id === 'number') spriteIds.set(id, name);
      });
    },

    music(name) {
      guard(() => {
        if (!MUSIC_SET.has(name)) {
          warn(`music:${String(name)}`, `Unknown music "${String(name)}".`);
          return;
        }
        if (name === wanted) return;
        wanted = name;
        if (unlocked && available) applyMusic();
      });
    },

    duck(on) {
      guard(() => {
        const next = Boolean(on);
        if (next === ducked) return;
        ducked = next;
        if (!unlocked || !available) return;
        for (const t of tracks.values()) {
          if (t.phase === 'in') fadeTrack(t, musicTarget(), ducked ? DUCK_DOWN_MS : DUCK_UP_MS);
        }
      });
    },

    setSettings(s) {
      guard(() => {
        settings = normaliseAudioSettings(s);
        applyVolumes();
      });
    },

    get settings() {
      return { ...settings };
    },

    handle(e) {
      if (e.type === 'tag') {
        // A replay (link, rewind, language switch) sets the mood of where the story is; its effects are long past.
        if (e.tag.kind === 'music') director.music(e.tag.music);
        else if (e.tag.kind === 'sfx' && !e.replay) director.sfx(e.tag.sfx);
      } else if (e.type === 'line') director.duck(true);
      else if (e.type === 'choices' || e.type === 'end') director.duck(false);
    },

    dispose() {
      guard(() => {
        disposed = true;
        const howls = [sprite, ...[...tracks.values()].map((t) => t.howl)];
        for (const h of howls) {
          try {
            h?.stop();
            h?.unload();
          } catch {
            // already gone
          }
        }
        sprite = null;
        tracks.clear();
        spriteIds.clear();
      });
      disposed = true;
    },
  };
  return director;
}
