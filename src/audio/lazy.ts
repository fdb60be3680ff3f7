// The audio director, loaded after the story is on screen: Howler (and the director around it) is
// not needed to read the first line or make the first choice, and evaluating it at start-up delays
// the first choice. This stand-in keeps what the real director must know (settings, the music the
// story asked for, whether the player has unlocked audio) and hands it over once it is loaded.
// Effects asked for before then are dropped, as the real director drops effects before unlock(): a
// late effect would be wrong. Browsers keep a page's user activation, so an unlock() replayed after
// the gesture still starts the audio.
import type { AudioDirector, AudioDirectorOptions } from './director';
import type { SessionEvent } from '../narrative/session';
import type { MusicName } from '../narrative/registry';
import { DEFAULT_AUDIO_SETTINGS, normaliseAudioSettings, type AudioSettings } from './settings';

export interface LazyAudioDirector extends AudioDirector {
  /** Loads the real director (once); what it must know is handed over. */
  load(): Promise<void>;
}

export function lazyAudioDirector(opts: AudioDirectorOptions = {}): LazyAudioDirector {
  let real: AudioDirector | null = null;
  let loading: Promise<void> | null = null;
  let settings: AudioSettings = normaliseAudioSettings(opts.initial ?? DEFAULT_AUDIO_SETTINGS);
  let unlocked = false;
  let music: MusicName | null = null;
  let ducked: boolean | null = null;
  let disposed = false;

  return {
    load() {
      loading ??= import('./director')
        .catch(() => import('./director'))
        .then(({ createAudioDirector }) => {
          if (disposed) return;
          const d = createAudioDirector({ ...opts, initial: settings });
          real = d;
          if (unlocked) d.unlock();
          if (music) d.music(music);
          if (ducked !== null) d.duck(ducked);
        })
        .catch((e: unknown) => opts.onWarning?.(`audio could not load: ${e instanceof Error ? e.message : String(e)}`));
      return loading;
    },
    unlock() {
      unlocked = true;
      if (real) real.unlock();
      else void this.load();
    },
    sfx(name) {
      real?.sfx(name);
    },
    music(name) {
      music = name;
      real?.music(name);
    },
    duck(on) {
      ducked = on;
      real?.duck(on);
    },
    setSettings(s) {
      settings = normaliseAudioSettings(s);
      real?.setSettings(s);
    },
    get settings() {
      return real?.settings ?? settings;
    },
    handle(e: SessionEvent) {
      if (real) return real.handle(e);
      // Kept for the real director: the story's music (the last one wins) and ducking; effects are dropped.
      if (e.type === 'tag' && e.tag.kind === 'music') music = e.tag.music;
      else if (e.type === 'line') ducked = true;
      else if (e.type === 'choices' || e.type === 'end') ducked = false;
    },
    dispose() {
      disposed = true;
      real?.dispose();
    },
  };
}
