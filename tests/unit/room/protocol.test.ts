// The room protocol refuses what it must (malformed, oversized, unknown) and never throws.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  AuthSchema, LIMITS, PROTOCOL_VERSION, REQUESTS, REQUEST_NAMES, ROOM_CODE_ALPHABET,
  nameProblem, normaliseName, normaliseRoomCode, parseRequest, payloadBytes,
} from '../../../src/room/protocol';
import { displayRoomCode, facilitatorLink, joinLink, readRoomLink } from '../../../src/room/links';
import { DECISIONS } from '../../../src/sim/decisions';

const KEY = 'a'.repeat(43);

describe('room codes and names', () => {
  it('reads a code as people type it and refuses ambiguous letters', () => {
    expect(normaliseRoomCode(' k7p-3qx ')).toBe('K7P3QX');
    expect(normaliseRoomCode('K7P3Q')).toBeNull();
    for (const c of 'ILOU01') expect(normaliseRoomCode(`K7P3Q${c}`)).toBeNull();
    expect(ROOM_CODE_ALPHABET).not.toMatch(/[ILOU01]/);
    expect(new Set(ROOM_CODE_ALPHABET).size).toBe(ROOM_CODE_ALPHABET.length);
  });

  it('normalises names and refuses empty, long and control-character names', () => {
    expect(normaliseName('  Ana \t  Lopez ')).toBe('Ana Lopez');
    expect(nameProblem(normaliseName('   '))).toMatch(/empty/);
    expect(nameProblem('x'.repeat(LIMITS.nameMaxLength))).toBeNull();
    expect(nameProblem('x'.repeat(LIMITS.nameMaxLength + 1))).toMatch(/longer/);
    expect(nameProblem('Ana\u0000')).toMatch(/control/);
    expect(nameProblem('Ana\u202e')).toMatch(/control/); // a right-to-left override could disguise a name
    expect(nameProblem('Zoë 😀 Éloïse')).toBeNull();
  });

  it('builds and reads the join and facilitator links', () => {
    const join = joinLink('http://192.168.1.20:4180', 'K7P3QX');
    expect(join).toBe('http://192.168.1.20:4180/?room=K7P3QX');
    expect(readRoomLink(join)).toEqual({ room: 'K7P3QX', key: null, host: false });
    expect(readRoomLink(facilitatorLink('http://h:1', 'K7P3QX', KEY))).toEqual({ room: 'K7P3QX', key: KEY, host: true });
    expect(readRoomLink('http://h:1/?room=nope#room-key=short')).toEqual({ room: null, key: null, host: false });
    // The facilitator's page after the key is stored: its own screen, with no secret in the address.
    expect(readRoomLink(`${join}#room-host`)).toEqual({ room: 'K7P3QX', key: null, host: true });
    expect(displayRoomCode('K7P3QX')).toBe('K7P-3QX');
  });
});

describe('requests', () => {
  it('accepts well-formed requests and refuses the unknown, the oversized and the malformed', () => {
    expect(parseRequest('room:join', { room: 'K7P3QX', name: ' Ana ', nonce: 'abcdefgh12' })).toMatchObject({ ok: true, payload: { name: 'Ana' } });
    expect(parseRequest('room:drop', {})).toMatchObject({ ok: false, error: { code: 'unknown_event' } });
    expect(parseRequest('__proto__', {})).toMatchObject({ ok: false, error: { code: 'unknown_event' } });
    expect(parseRequest('room:join', { room: 'K7P3QX', name: 'x'.repeat(LIMITS.messageMaxBytes), nonce: 'abcdefgh12' })).toMatchObject({ ok: false, error: { code: 'too_large' } });
    expect(parseRequest('room:join', { room: 'K7P3QX', name: '', nonce: 'abcdefgh12' })).toMatchObject({ ok: false, error: { code: 'malformed', message: /name/ } });
    expect(parseRequest('room:join', { room: 'K7P3QX', name: 'Ana', nonce: 'abcdefgh12', admin: true })).toMatchObject({ ok: false, error: { code: 'malformed' } });
    expect(parseRequest('trainee:vote', { holdId: 1, option: 'plan_everything' })).toMatchObject({ ok: false, error: { code: 'malformed' } });
    expect(parseRequest('trainee:vote', { holdId: 1.5, option: 'plan_analyse' })).toMatchObject({ ok: false });
    expect(parseRequest('trainee:progress', { episode: 2, decision: 'content', decided: DECISIONS.length + 1 })).toMatchObject({ ok: false });
    expect(parseRequest('trainee:finish', { code: '1-abc-plan_target<script>', ending: null })).toMatchObject({ ok: false, error: { message: /characters/ } });
    expect(parseRequest('trainee:finish', { code: 'x'.repeat(LIMITS.resultCodeMaxLength + 1), ending: null })).toMatchObject({ ok: false });
    expect(parseRequest('trainee:finish', { code: '2-1k3-v7.plan_target.answer_measure', ending: 'ending_met' })).toMatchObject({ ok: true });
  });

  it('bounds the published results: known options, finite numbers, few metrics', () => {
    const opt = (metrics: Record<string, number>) => ({ holdId: 1, results: { seed: 1, runs: 500, options: [{ option: 'list_none', tier: 'ending_met', metrics }] } });
    expect(parseRequest('facilitator:results', opt({ accepted: 412, costPerAccepted: 180.5 }))).toMatchObject({ ok: true });
    expect(parseRequest('facilitator:results', opt({ accepted: Number.NaN }))).toMatchObject({ ok: false });
    expect(parseRequest('facilitator:results', opt({ accepted: Infinity }))).toMatchObject({ ok: false });
    expect(parseRequest('facilitator:results', opt({ 'bad key': 1 }))).toMatchObject({ ok: false });
    expect(parseRequest('facilitator:results', opt(Object.fromEntries(Array.from({ length: LIMITS.metricsPerOption + 1 }, (_, i) => [`m${i}`, i]))))).toMatchObject({ ok: false });
  });

  it('refuses a payload that cannot be encoded (a cycle) without throwing', () => {
    const a: Record<string, unknown> = {};
    a.self = a;
    expect(payloadBytes(a)).toBe(Infinity);
    expect(parseRequest('trainee:progress', a)).toMatchObject({ ok: false, error: { code: 'too_large' } });
  });

  it('handshake: anonymous, facilitator key or trainee token, and the protocol version', () => {
    expect(AuthSchema.safeParse({ v: PROTOCOL_VERSION }).success).toBe(true);
    expect(AuthSchema.safeParse({ v: PROTOCOL_VERSION, room: 'K7P3QX', role: 'facilitator', key: KEY }).success).toBe(true);
    expect(AuthSchema.safeParse({ v: PROTOCOL_VERSION, room: 'K7P3QX', role: 'trainee', token: 'short' }).success).toBe(false);
    expect(AuthSchema.safeParse({ v: PROTOCOL_VERSION + 1 }).success).toBe(false);
  });

  it('never throws on random input, for any event name (property)', () => {
    const names = fc.oneof(fc.constantFrom(...REQUEST_NAMES), fc.string(), fc.anything());
    fc.assert(
      fc.property(names, fc.anything({ withObjectString: true, withNullPrototype: true, withBigInt: true, withDate: true, withMap: true, withTypedArray: true }), (event, payload) => {
        const r = parseRequest(event, payload);
        expect(typeof r.ok).toBe('boolean');
        if (!r.ok) expect(r.error.message.length).toBeGreaterThan(0);
      }),
      { numRuns: 3000 },
    );
  });

  it('random objects shaped like a request are accepted only when every field is valid (property)', () => {
    fc.assert(
      fc.property(fc.record({ holdId: fc.oneof(fc.integer(), fc.double(), fc.string()), option: fc.oneof(fc.constantFrom(...DECISIONS.flatMap((d) => d.options)), fc.string()) }), (p) => {
        const ok = REQUESTS['trainee:vote'].safeParse(p).success;
        const valid = Number.isInteger(p.holdId) && (p.holdId as number) >= 1 && (p.holdId as number) <= 1_000_000 && DECISIONS.some((d) => (d.options as readonly unknown[]).includes(p.option));
        expect(ok).toBe(valid);
      }),
    );
  });
});
