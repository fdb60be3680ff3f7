// The real Howler module in Node has no Web Audio and no <audio>: the director must still never
// throw, warn exactly once, and stay silent.
import { describe, expect, it } from 'vitest';
import { createAudioDirector } from '../../../src/audio';

describe('audio director without any audio support (real howler in Node)', () => {
  it('never throws and warns once', () => {
    const warnings: string[] = [];
    const d = createAudioDirector({ onWarning: (m) => warnings.push(m) });
    expect(() => {
      d.music('night');
      d.unlock();
      d.unlock();
      d.sfx('phone_ring');
      d.music('tension');
      d.duck(true);
      d.setSettings({ master: 1, music: 1, effects: 1, muted: true });
      d.music('silence');
      d.dispose();
      d.sfx('applause');
    }).not.toThrow();
    expect(warnings).toHaveLength(1);
  });
});
