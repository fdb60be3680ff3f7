// Start-up: what the URL asks for, a first visit's settings, and how the game starts from a link.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { defaultSettings, readLaunch, startUp, type StartDeps } from '../../src/launch';
import { encodePath } from '../../src/persist/path-code';

describe('readLaunch', () => {
  it('reads a path link, the language and the renderer, and ignores what it does not know', () => {
    expect(readLaunch('?path=1-5-plan_target&lang=fr&renderer=canvas', false)).toEqual({ lang: 'fr', path: '1-5-plan_target', renderer: 'canvas', hook: false });
    expect(readLaunch('?lang=de&renderer=vulkan&path=', true)).toEqual({ lang: null, path: null, renderer: 'auto', hook: true });
    expect(readLaunch('', false)).toEqual({ lang: null, path: null, renderer: 'auto', hook: false });
  });
});

describe('defaultSettings', () => {
  it("follows the browser's language (French or else English) and motion preference", () => {
    expect(defaultSettings('fr-CA', true)).toMatchObject({ lang: 'fr', reducedMotion: true, textScale: 1 });
    expect(defaultSettings('de-DE', false)).toMatchObject({ lang: 'en', reducedMotion: false });
  });
});

describe('startUp', () => {
  afterEach(() => vi.unstubAllGlobals());

  function deps(start: StartDeps['session']['start'] = () => Promise.resolve()) {
    const calls: string[] = [];
    const d: StartDeps = {
      session: { phase: 'idle', start: (p) => (calls.push(`start ${p.seed} ${p.history.join('.')}`), start(p)), prepare: (l) => (calls.push(`prepare ${l}`), Promise.resolve()) },
      director: { boot: () => (calls.push('boot'), Promise.resolve()), showTitle: () => void calls.push('director title') },
      overlay: { showTitle: () => void calls.push('title'), message: (m, k) => void calls.push(`${k}: ${m}`) },
      lang: 'en',
    };
    return { d, calls };
  }
  const idle = () => new Promise((r) => setTimeout(r, 80));

  it('without a link: the title, its backdrop, then the story parsed when idle', async () => {
    const { d, calls } = deps();
    startUp(readLaunch('', false), d);
    await idle();
    expect(calls).toEqual(['title', 'boot', 'prepare en']);
  });

  it('a link replays its path to the last choice, then boots the scenery', async () => {
    vi.stubGlobal('requestAnimationFrame', (f: () => void) => setTimeout(f, 0));
    const { d, calls } = deps();
    startUp(readLaunch(`?path=${encodePath({ seed: 9, history: ['plan_target'] })}`, false), d);
    await idle();
    expect(calls).toEqual(['title', 'start 9 plan_target', 'boot']);
  });

  it('a malformed link or one that does not fit the story is reported, and the title stays', async () => {
    vi.stubGlobal('requestAnimationFrame', (f: () => void) => setTimeout(f, 0));
    const bad = deps();
    startUp(readLaunch('?path=nonsense', false), bad.d);
    expect(bad.calls).toEqual(['title', 'error: This link cannot be replayed: the code is not a version 1 path code. Starting a new game instead.']);
    const unfit = deps(() => Promise.reject(new Error('"x" is not offered')));
    startUp(readLaunch('?path=1-9-x', false), unfit.d);
    await idle();
    expect(unfit.calls).toEqual(['title', 'start 9 x', 'error: This link cannot be replayed: "x" is not offered. Starting a new game instead.', 'director title', 'title', 'boot']);
  });
});
