import { describe, expect, it } from 'vitest';
import { parseTag, splitSpeaker } from '../../../src/narrative/tags';

describe('parseTag', () => {
  it('parses every known kind', () => {
    expect(parseTag('scene:boardroom')).toEqual({ ok: true, tag: { kind: 'scene', scene: 'boardroom' } });
    expect(parseTag(' char:cecile:tense ')).toEqual({ ok: true, tag: { kind: 'char', char: 'cecile', expression: 'tense' } });
    expect(parseTag('exit:all')).toEqual({ ok: true, tag: { kind: 'exit', char: 'all' } });
    expect(parseTag('sfx:phone_buzz')).toEqual({ ok: true, tag: { kind: 'sfx', sfx: 'phone_buzz' } });
    expect(parseTag('music:night')).toEqual({ ok: true, tag: { kind: 'music', music: 'night' } });
    expect(parseTag('prop:none')).toEqual({ ok: true, tag: { kind: 'prop', prop: 'none' } });
    expect(parseTag('sim:semester')).toEqual({ ok: true, tag: { kind: 'sim', phase: 'semester' } });
    expect(parseTag('ending:ending_met')).toEqual({ ok: true, tag: { kind: 'ending', ending: 'ending_met' } });
    expect(parseTag('episode:3')).toEqual({ ok: true, tag: { kind: 'episode', episode: 3 } });
    expect(parseTag('id:list_buy_merge')).toEqual({ ok: true, tag: { kind: 'id', id: 'list_buy_merge' } });
  });

  it.each([
    ['scene:moon_base', 'unknown scene'],
    ['char:cecile:furious', 'unknown expression'],
    ['char:bob:happy', 'unknown character'],
    ['sfx:explosion', 'unknown sound'],
    ['music:disco', 'unknown music'],
    ['camera:zoom', 'unknown tag kind'],
    ['id:Bad-Id', 'snake_case'],
    ['episode:9', 'unknown episode'],
    ['scene:boardroom:extra', 'scene'],
  ])('rejects %s', (raw, why) => {
    const r = parseTag(raw);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toContain(why);
  });
});

describe('splitSpeaker', () => {
  it('takes a known character id as the speaker', () => {
    expect(splitSpeaker('cecile: Do you think that will be enough?')).toEqual({ speaker: 'cecile', text: 'Do you think that will be enough?' });
  });
  it('leaves narration and unknown prefixes alone', () => {
    expect(splitSpeaker('Bad night.')).toEqual({ speaker: null, text: 'Bad night.' });
    expect(splitSpeaker('note: not a speaker')).toEqual({ speaker: null, text: 'note: not a speaker' });
  });
});
