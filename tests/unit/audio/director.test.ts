// The audio director against a fake Howler: what it asks Howler to do, and that nothing throws.
import { beforeEach, describe, expect, it, vi } from 'vitest';

type Call = [string, ...unknown[]];
type Listener = (...args: unknown[]) => void;

const fake = vi.hoisted(() => {
  class FakeHowl {
    static instances: FakeHowl[] = [];
    static throwOnConstruct = false;
    readonly opts: Record<string, unknown>;
    readonly calls: Call[] = [];
    private nextId = 1;
    private readonly listeners = new Map<string, Listener[]>();
    constructor(opts: Record<string, unknown>) {
      if (FakeHowl.throwOnConstruct) throw new Error('AudioContext blew up');
      this.opts = opts;
      FakeHowl.instances.push(this);
    }
    play(sprite?: string | number): number {
      this.calls.push(['play', sprite]);
      return this.nextId++;
    }
    fade(from: number, to: number, ms: number, id?: number): this {
      this.calls.push(['fade', from, to, ms, id]);
      return this;
    }
    volume(...args: unknown[]): this {
      this.calls.push(['volume', ...args]);
      return this;
    }
    stop(id?: number): this {
      this.calls.push(['stop', id]);
      return this;
    }
    unload(): null {
      this.calls.push(['unload']);
      return null;
    }
    load(): this {
      this.calls.push(['load']);
      return this;
    }
    once(event: string, fn: Listener): this {
      this.listeners.set(event, [...(this.listeners.get(event) ?? []), fn]);
      return this;
    }
    /** Fire an option callback as Howler would, e.g. fire('loaderror', id, 'decode failed'). */
    fire(event: string, ...args: unknown[]): void {
      const cb = this.opts[`on${event}`] as Listener | undefined;
      cb?.(...args);
      for (const fn of this.listeners.get(event) ?? []) fn(...args);
      this.listeners.delete(event);
    }
    of(name: string): Call[] {
      return this.calls.filter((c) => c[0] === name);
    }
  }
  const Howler = {
    noAudio: false,
    ctx: null as null | { state: string; resume: () => Promise<void> },
    mute: (() => undefined) as (m: boolean) => void,
  };
  return { FakeHowl, Howler };
});

vi.mock('howler', () => ({ Howl: fake.FakeHowl, Howler: fake.Howler }));

import {
  CROSSFADE_MS,
  DEFAULT_AUDIO_SETTINGS,
  DUCK_LEVEL,
  createAudioDirector,
  normaliseAudioSettings,
  projectorDefaults,
  type AudioDirectorOptions,
  type AudioUrls,
} from '../../../src/audio';
import { SFX, type MusicName, type SfxName } from '../../../src/narrative/registry';

const { FakeHowl, Howler } = fake;
type FakeHowl = InstanceType<typeof FakeHowl>;

const urls: AudioUrls = {
  sprite: '/a/sfx.wav',
  spriteMap: Object.fromEntries(SFX.map((n, i) => [n, [i * 1000, 500]])) as AudioUrls['spriteMap'],
  music: { night: '/a/night.wav', office: '/a/office.wav', tension: '/a/tension.wav', resolution: '/a/resolution.wav' },
};
const settings = { master: 0.5, music: 0.8, effects: 0.6, muted: false };
const MUSIC_VOL = 0.5 * 0.8;

let clock = 0;
let warnings: string[] = [];
let muteCalls: boolean[] = [];

function make(extra: Partial<AudioDirectorOptions> = {}) {
  return createAudioDirector({ urls, initial: settings, onWarning: (m) => warnings.push(m), now: () => clock, ...extra });
}

const howlFor = (url: string): FakeHowl | undefined =>
  FakeHowl.instances.find((h) => (h.opts.src as string[])[0] === url);

beforeEach(() => {
  FakeHowl.instances = [];
  FakeHowl.throwOnConstruct = false;
  Howler.noAudio = false;
  Howler.ctx = null;
  muteCalls = [];
  Howler.mute = (m) => void muteCalls.push(m);
  warnings = [];
  clock = 0;
});

describe('unlock and effects', () => {
  it('creates nothing before unlock, then a Web Audio sprite at master*effects', () => {
    const d = make();
    d.sfx('phone_buzz');
    d.music('night');
    expect(FakeHowl.instances).toHaveLength(0);
    d.unlock();
    const sprite = howlFor('/a/sfx.wav')!;
    expect(sprite.opts).toMatchObject({ html5: false, sprite: urls.spriteMap, volume: 0.5 * 0.6 });
    expect(sprite.of('play')).toEqual([]); // the effect asked before unlock is dropped
    d.sfx('phone_buzz');
    expect(sprite.of('play')).toEqual([['play', 'phone_buzz']]);
    expect(warnings).toEqual([]);
  });

  it('unlock is idempotent and resumes a suspended context', () => {
    const resume = vi.fn(() => Promise.resolve());
    Howler.ctx = { state: 'suspended', resume };
    const d = make();
    d.unlock();
    d.unlock();
    expect(FakeHowl.instances).toHaveLength(1);
    expect(resume).toHaveBeenCalledTimes(2);
  });

  it('an unknown effect warns once and plays nothing', () => {
    const d = make();
    d.unlock();
    d.sfx('kazoo' as SfxName);
    d.sfx('kazoo' as SfxName);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/kazoo/);
    expect(howlFor('/a/sfx.wav')!.of('play')).toEqual([]);
  });

  it('reports play and end events with the effect name', () => {
    const events: string[] = [];
    const d = make({ onEvent: (e) => events.push(`${e.type}:${e.kind}:${e.name}`) });
    d.unlock();
    d.sfx('notif_ping');
    const sprite = howlFor('/a/sfx.wav')!;
    sprite.fire('load');
    sprite.fire('play', 1);
    sprite.fire('end', 1);
    expect(events).toEqual(['load:sfx:sprite', 'play:sfx:notif_ping', 'end:sfx:notif_ping']);
  });
});

describe('music', () => {
  it('remembers the latest mood before unlock and fades it in on unlock', () => {
    const d = make();
    d.music('night');
    d.music('office');
    d.unlock();
    expect(howlFor('/a/night.wav')).toBeUndefined(); // lazily: only the mood needed
    const office = howlFor('/a/office.wav')!;
    expect(office.opts).toMatchObject({ loop: true, html5: false });
    expect(office.of('play')).toHaveLength(1);
    expect(office.of('fade')).toEqual([['fade', 0, MUSIC_VOL, CROSSFADE_MS, 1]]);
  });

  it('crossfades on a mood change, stops the old loop when its fade ends, and ignores the same mood', () => {
    const d = make();
    d.unlock();
    d.music('night');
    clock = 5000; // long after the fade-in
    d.music('tension');
    const night = howlFor('/a/night.wav')!;
    const tension = howlFor('/a/tension.wav')!;
    expect(night.of('fade').at(-1)).toEqual(['fade', MUSIC_VOL, 0, CROSSFADE_MS, 1]);
    expect(tension.of('fade')).toEqual([['fade', 0, MUSIC_VOL, CROSSFADE_MS, 1]]);
    night.fire('fade', 1);
    expect(night.of('stop')).toEqual([['stop', 1]]);
    const before = tension.calls.length + night.calls.length;
    d.music('tension');
    expect(tension.calls.length + night.calls.length).toBe(before);
  });

  it("'silence' fades the music out and creates nothing", () => {
    const d = make();
    d.unlock();
    d.music('office');
    clock = 3000;
    d.music('silence');
    const office = howlFor('/a/office.wav')!;
    expect(office.of('fade').at(-1)).toEqual(['fade', MUSIC_VOL, 0, CROSSFADE_MS, 1]);
    expect(FakeHowl.instances).toHaveLength(2); // sprite + office
  });

  it('coming back to a mood that is still fading out fades it back in from where it is', () => {
    const d = make();
    d.unlock();
    d.music('night');
    clock = 5000;
    d.music('office');
    clock = 5000 + CROSSFADE_MS / 2; // night is half way out
    d.music('night');
    const night = howlFor('/a/night.wav')!;
    expect(night.of('play')).toHaveLength(1); // not restarted
    const last = night.of('fade').at(-1)!;
    expect(last[1]).toBeCloseTo(MUSIC_VOL / 2);
    expect(last[2]).toBeCloseTo(MUSIC_VOL);
    night.fire('fade', 1); // the interrupted fade-out reports: the loop must keep playing
    expect(night.of('stop')).toEqual([]);
  });

  it('an unknown mood warns once', () => {
    const d = make();
    d.unlock();
    d.music('disco' as MusicName);
    d.music('disco' as MusicName);
    expect(warnings).toHaveLength(1);
    expect(FakeHowl.instances).toHaveLength(1);
  });
});

describe("the story's cues (handle)", () => {
  it('plays effect tags as they come, not on a replay; music tags on a replay too', () => {
    const d = make();
    d.unlock();
    d.handle({ type: 'tag', tag: { kind: 'sfx', sfx: 'phone_buzz' }, replay: true });
    d.handle({ type: 'tag', tag: { kind: 'music', music: 'night' }, replay: true });
    const sprite = howlFor('/a/sfx.wav')!;
    expect(sprite.of('play')).toEqual([]);
    expect(howlFor('/a/night.wav')!.of('play')).toHaveLength(1);
    d.handle({ type: 'tag', tag: { kind: 'sfx', sfx: 'door_knock' }, replay: false });
    d.handle({ type: 'tag', tag: { kind: 'music', music: 'office' }, replay: false });
    expect(sprite.of('play')).toEqual([['play', 'door_knock']]);
    expect(howlFor('/a/office.wav')!.of('play')).toHaveLength(1);
    d.handle({ type: 'tag', tag: { kind: 'scene', scene: 'boardroom' }, replay: false });
    expect(warnings).toEqual([]);
  });

  it('ducks the music under a line and lifts it at the choices and the end', () => {
    const d = make();
    d.unlock();
    d.music('office');
    const office = howlFor('/a/office.wav')!;
    const level = () => office.of('fade').at(-1)![2] as number;
    clock = 4000;
    d.handle({ type: 'line', line: { text: 'Hello.', speaker: null, tags: [] } });
    expect(level()).toBeCloseTo(MUSIC_VOL * DUCK_LEVEL);
    clock = 8000;
    d.handle({ type: 'choices', choices: [] });
    expect(level()).toBeCloseTo(MUSIC_VOL);
    clock = 12000;
    d.handle({ type: 'line', line: { text: 'Bye.', speaker: null, tags: [] } });
    clock = 16000;
    d.handle({ type: 'end', ending: null });
    expect(level()).toBeCloseTo(MUSIC_VOL);
  });
});

describe('ducking and settings', () => {
  it('ducks the playing loop to DUCK_LEVEL and back', () => {
    const d = make();
    d.unlock();
    d.music('office');
    clock = 4000;
    d.duck(true);
    const office = howlFor('/a/office.wav')!;
    const down = office.of('fade').at(-1)!;
    expect(down[1]).toBeCloseTo(MUSIC_VOL);
    expect(down[2]).toBeCloseTo(MUSIC_VOL * DUCK_LEVEL);
    d.duck(true); // no-op
    expect(office.of('fade')).toHaveLength(2);
    clock = 8000;
    d.duck(false);
    const up = office.of('fade').at(-1)!;
    expect(up[1]).toBeCloseTo(MUSIC_VOL * DUCK_LEVEL);
    expect(up[2]).toBeCloseTo(MUSIC_VOL);
    office.fire('fade', 1); // a duck fade never stops the loop
    expect(office.of('stop')).toEqual([]);
  });

  it('a mood started while ducked fades in to the ducked level', () => {
    const d = make();
    d.duck(true);
    d.music('night');
    d.unlock();
    expect(howlFor('/a/night.wav')!.of('fade')[0]![2]).toBeCloseTo(MUSIC_VOL * DUCK_LEVEL);
  });

  it('volumes multiply master by music or effects, and muted goes to Howler.mute', () => {
    const d = make();
    d.unlock();
    d.music('resolution');
    d.setSettings({ master: 0.5, music: 0.4, effects: 0.6, muted: true });
    expect(muteCalls.at(-1)).toBe(true);
    expect(howlFor('/a/sfx.wav')!.of('volume').at(-1)).toEqual(['volume', 0.5 * 0.6]);
    const v = howlFor('/a/resolution.wav')!.of('volume').at(-1)!;
    expect(v[1]).toBeCloseTo(0.2);
    expect(v[2]).toBe(1);
    expect(d.settings).toEqual({ master: 0.5, music: 0.4, effects: 0.6, muted: true });
  });

  it('settings given before unlock apply on unlock; the getter returns a copy', () => {
    const d = make();
    d.setSettings(projectorDefaults);
    expect(muteCalls).toEqual([]); // Howler untouched before the gesture
    d.unlock();
    expect(muteCalls).toEqual([true]);
    const s = d.settings;
    s.master = 0;
    expect(d.settings.master).toBe(projectorDefaults.master);
  });

  it('normalises settings', () => {
    expect(normaliseAudioSettings({ master: 2, music: -1, effects: Number.NaN, muted: 'yes' as unknown as boolean })).toEqual({
      master: 1,
      music: 0,
      effects: DEFAULT_AUDIO_SETTINGS.effects,
      muted: false,
    });
    expect(normaliseAudioSettings(null)).toEqual(DEFAULT_AUDIO_SETTINGS);
    expect(projectorDefaults.muted).toBe(true);
    expect(DEFAULT_AUDIO_SETTINGS.muted).toBe(false);
  });
});

describe('failures degrade to silence with one warning', () => {
  it('a sprite load error warns once; later effects are no-ops', () => {
    const d = make();
    d.unlock();
    const sprite = howlFor('/a/sfx.wav')!;
    // Tried once more first (issue 13), then reported.
    sprite.fire('loaderror', null, 'Decoding audio data failed.');
    expect(warnings).toHaveLength(0);
    expect(sprite.of('load')).toHaveLength(1);
    sprite.fire('loaderror', null, 'Decoding audio data failed.');
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/Decoding audio data failed/);
    const plays = sprite.of('play').length;
    d.sfx('door_knock');
    d.sfx('applause');
    expect(sprite.of('play')).toHaveLength(plays);
    expect(FakeHowl.instances).toHaveLength(1);
    // A second file failing does not add a warning.
    d.music('night');
    howlFor('/a/night.wav')!.fire('loaderror', null, '404');
    howlFor('/a/night.wav')!.fire('loaderror', null, '404');
    expect(warnings).toHaveLength(1);
  });

  it('a failed loop stays silent; other moods still play', () => {
    const d = make();
    d.unlock();
    d.music('night');
    const night = howlFor('/a/night.wav')!;
    night.fire('loaderror', 1, '404');
    night.fire('loaderror', 1, '404'); // the retry fails too
    d.music('office');
    d.music('night');
    expect(night.of('play')).toHaveLength(1);
    expect(howlFor('/a/office.wav')!.of('play')).toHaveLength(1);
    expect(warnings).toHaveLength(1);
  });

  it('a play error warns once and retries the loop when Howler unlocks', () => {
    const d = make();
    d.unlock();
    d.music('tension');
    const t = howlFor('/a/tension.wav')!;
    t.fire('playerror', 1, 'not allowed');
    t.fire('playerror', 1, 'not allowed');
    expect(warnings).toHaveLength(1);
    t.fire('unlock');
    expect(t.of('play').at(-1)).toEqual(['play', 1]);
  });

  it('a Howl constructor that throws warns once and nothing throws afterwards', () => {
    FakeHowl.throwOnConstruct = true;
    const d = make();
    expect(() => {
      d.unlock();
      d.sfx('keyboard');
      d.music('office');
      d.duck(true);
      d.music('night');
      d.setSettings(DEFAULT_AUDIO_SETTINGS);
      d.dispose();
    }).not.toThrow();
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/AudioContext blew up/);
  });

  it('no audio in the browser: one warning, no Howl', () => {
    Howler.noAudio = true;
    const d = make();
    d.unlock();
    d.sfx('applause');
    d.music('night');
    expect(FakeHowl.instances).toHaveLength(0);
    expect(warnings).toHaveLength(1);
  });

  it('a throwing warning listener does not break the game', () => {
    FakeHowl.throwOnConstruct = true;
    const d = make({
      onWarning: () => {
        throw new Error('listener bug');
      },
    });
    expect(() => {
      d.unlock();
      d.sfx('sting_bad');
    }).not.toThrow();
  });

  it('dispose stops and unloads everything; later calls are no-ops', () => {
    const d = make();
    d.unlock();
    d.music('office');
    d.dispose();
    for (const h of FakeHowl.instances) expect(h.of('unload')).toHaveLength(1);
    const n = FakeHowl.instances.length;
    d.sfx('keyboard');
    d.music('night');
    d.unlock();
    expect(FakeHowl.instances).toHaveLength(n);
  });
});
