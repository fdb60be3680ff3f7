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

  it('without a link: the title, its backdrop, then the story parsed when idle', async () => {
    const { d, calls } = deps();
    startUp(readLaunch('', false), d);
    await vi.waitFor(() => expect(calls).toEqual(['title', 'boot', 'prepare en']));
  });

  it('a link replays its path to the last choice, then boots the scenery; no title on the way', async () => {
    vi.stubGlobal('requestAnimationFrame', (f: () => void) => setTimeout(f, 0));
    const { d, calls } = deps();
    startUp(readLaunch(`?path=${encodePath({ seed: 9, history: ['plan_target'] })}`, false), d);
    await vi.waitFor(() => expect(calls).toEqual(['start 9 plan_target', 'boot']));
    await new Promise((r) => setTimeout(r, 500));
    expect(calls).toEqual(['start 9 plan_target', 'boot']);
  });

  it('a link whose story is slow to come shows the title meanwhile', async () => {
    vi.stubGlobal('requestAnimationFrame', (f: () => void) => setTimeout(f, 0));
    let done!: () => void;
    const { d, calls } = deps(() => new Promise<void>((r) => (done = r)));
    startUp(readLaunch(`?path=${encodePath({ seed: 9, history: ['plan_target'] })}`, false), d);
    await vi.waitFor(() => expect(calls).toEqual(['start 9 plan_target', 'title']));
    done();
    await vi.waitFor(() => expect(calls).toEqual(['start 9 plan_target', 'title', 'boot']));
  });

  it('a malformed link or one that does not fit the story is reported, and the title stays', async () => {
    vi.stubGlobal('requestAnimationFrame', (f: () => void) => setTimeout(f, 0));
    const bad = deps();
    startUp(readLaunch('?path=nonsense', false), bad.d);
    // The title screen fully drawn: its backdrop and the story prepared, as without a link.
    await vi.waitFor(() => expect(bad.calls).toEqual(['title', 'error: This link cannot be opened: it is not a link to a game of this story. Here is the title screen; start a new game or continue yours.', 'boot', 'prepare en']));
    const unfit = deps(() => Promise.reject(new Error('"x" is not offered')));
    startUp(readLaunch('?path=1-9-x', false), unfit.d);
    await vi.waitFor(() => expect(unfit.calls).toEqual(['start 9 x', 'error: This link cannot be opened: "x" is not offered. Here is the title screen; start a new game or continue yours.', 'director title', 'title', 'boot']));
  });

  it('a v2 link opens with its story version; another version, a tampered or a cut one is refused before any replay', async () => {
    vi.stubGlobal('requestAnimationFrame', (f: () => void) => setTimeout(f, 0));
    const code = encodePath({ seed: 9, history: ['plan_target', 'list_none'] }, '4');
    const ok = deps();
    startUp(readLaunch(`?path=${code}`, false), { ...ok.d, storyVersion: '4' });
    await vi.waitFor(() => expect(ok.calls).toEqual(['start 9 plan_target.list_none', 'boot']));
    for (const [link, why] of [[encodePath({ seed: 9, history: ['plan_target'] }, '3'), 'another version of the story'], [code.replace('list_none', 'list_all'), 'damaged or incomplete'], [code.slice(0, -9), 'damaged or incomplete']] as const) {
      const r = deps();
      startUp(readLaunch(`?path=${link}`, false), { ...r.d, storyVersion: '4' });
      await vi.waitFor(() => expect(r.calls.length).toBe(4));
      expect(r.calls[0]).toBe('title');
      expect(r.calls[1]).toContain(why);
      expect(r.calls.slice(2)).toEqual(['boot', 'prepare en']);
    }
  });
});
