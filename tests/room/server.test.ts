// The room server in this process with an in-memory SQLite store, driven by the real clients:
// create, join, progress, hold, vote, change vote, reveal, results, release, resume, privacy
// between rooms, and the refusals (malformed, oversized, unknown, rate, wrong secrets, replays).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { io as rawIo, type Socket } from 'socket.io-client';
import { createRoomServer, type RoomServer } from '../../src/server/server';
import { openSqliteStore } from '../../src/server/store-sqlite';
import { FacilitatorClient, TraineeClient } from '../../src/room/client';
import { LIMITS, PROTOCOL_VERSION, type RoomError } from '../../src/room/protocol';
import { MemoryStorage, waitUntil } from './helpers';

let server: RoomServer;
let url = '';
const clients: { disconnect(): void }[] = [];
const fast = { reconnectionDelay: 50, reconnectionDelayMax: 200, ackTimeoutMs: 3000 };
const facilitator = (storage = new MemoryStorage()) => {
  const c = new FacilitatorClient({ url, storage, ...fast });
  clients.push(c);
  return c;
};
const trainee = (storage = new MemoryStorage()) => {
  const c = new TraineeClient({ url, storage, ...fast });
  clients.push(c);
  return c;
};
const raw = (auth: object = { v: PROTOCOL_VERSION }): Promise<Socket> =>
  new Promise((resolve, reject) => {
    const s = rawIo(url, { auth, transports: ['websocket'], reconnection: false, forceNew: true });
    clients.push(s);
    s.once('connect', () => resolve(s));
    s.once('connect_error', reject);
  });

beforeAll(async () => {
  server = createRoomServer({ store: openSqliteStore(':memory:'), log: () => {} });
  const port = await server.listen(0, '127.0.0.1');
  url = `http://127.0.0.1:${port}`;
});
afterAll(async () => {
  for (const c of clients) c.disconnect();
  await server.close();
});

describe('a room, end to end', () => {
  it('create, join, progress, hold, vote, change, reveal, results, release, finish', async () => {
    const f = facilitator();
    const created = await f.create();
    expect(created.ok).toBe(true);
    if (!created.ok) return;
    expect(created.room).toMatch(/^[A-Z2-9]{6}$/);
    expect(created.key).toHaveLength(43);

    const a = trainee();
    const b = trainee();
    const typed = `${created.room.slice(0, 3).toLowerCase()}-${created.room.slice(3)}`;
    expect(await a.join(typed, '  Ana ')).toMatchObject({ ok: true, you: { id: 'm1', name: 'Ana' } });
    expect(await b.join(created.room, 'Ben')).toMatchObject({ ok: true, you: { id: 'm2' } });
    expect(await trainee().join(created.room, 'ana')).toMatchObject({ ok: false, error: { code: 'name_taken' } });
    await waitUntil(() => f.view?.members.length === 2 && f.view.members.every((m) => m.online), 5000, 'members online');

    await a.progress({ episode: 2, decision: 'content', decided: 2 });
    await waitUntil(() => f.view?.members[0]?.progress?.decision === 'content', 5000, 'progress');

    const held = await f.hold('content');
    expect(held.ok).toBe(true);
    await waitUntil(() => a.view?.hold?.decision === 'content' && b.view?.hold?.phase === 'voting', 5000, 'hold reaches trainees');
    expect(await a.vote('list_none')).toMatchObject({ ok: false, error: { code: 'wrong_option' } });
    expect(await a.vote('content_adapt')).toMatchObject({ ok: true, you: { vote: { option: 'content_adapt' } } });
    await b.vote('content_wp_everyone');
    await b.vote('content_wp_targeted'); // changed
    await waitUntil(() => f.view?.hold?.counts.content_wp_targeted === 1, 5000, 'tally');
    expect(f.view!.hold).toMatchObject({ counts: { content_wp_everyone: 0, content_wp_targeted: 1, content_adapt: 1 }, voters: ['m1', 'm2'], ballots: null });
    await waitUntil(() => a.view?.hold?.voted === 2, 5000, 'vote count reaches trainees');
    expect(a.view!.hold!.counts).toBeNull(); // not before the reveal

    await f.settings({ showBallots: true });
    expect(f.view!.hold!.ballots).toEqual({ m1: 'content_adapt', m2: 'content_wp_targeted' });

    expect(await f.reveal()).toMatchObject({ ok: true });
    await waitUntil(() => a.view?.hold?.phase === 'revealed', 5000, 'reveal');
    expect(a.view!.hold!.counts).toEqual({ content_wp_everyone: 0, content_wp_targeted: 1, content_adapt: 1 });
    expect(await b.vote('content_adapt')).toMatchObject({ ok: false, error: { code: 'stale' } });
    expect(await f.reveal()).toMatchObject({ ok: false, error: { code: 'stale' } });

    const results = { seed: 42, runs: 500, options: [{ option: 'content_adapt' as const, tier: 'ending_met', metrics: { accepted: 431, costPerAccepted: 212.4 } }] };
    expect(await f.publishResults(results)).toMatchObject({ ok: true });
    await waitUntil(() => b.view?.hold?.results !== null, 5000, 'results');
    expect(b.view!.hold!.results).toEqual(results);

    expect(await f.release()).toMatchObject({ ok: true });
    await waitUntil(() => a.view?.hold === null, 5000, 'release');
    expect(f.view!.history).toHaveLength(1);

    await a.finish('1-k2-plan_target.answer_measure.content_adapt', 'ending_met');
    await waitUntil(() => f.view?.members[0]?.result?.code === '1-k2-plan_target.answer_measure.content_adapt', 5000, 'result code');
    expect(f.view!.members[0]!.result!.ending).toBe('ending_met');
  });

  it('a trainee who reloads, or loses the connection, comes back to the same place; so does the facilitator', async () => {
    const fs = new MemoryStorage();
    const f = facilitator(fs);
    const c = await f.create();
    if (!c.ok) throw new Error('create');
    const ts = new MemoryStorage();
    const t = trainee(ts);
    await t.join(c.room, 'Chloé');
    await f.hold('plan');
    await waitUntil(() => t.view?.hold !== null, 5000, 'hold');
    await t.vote('plan_analyse');

    // A reload: a new page, the same storage.
    t.disconnect();
    await waitUntil(() => f.view?.members[0]?.online === false, 5000, 'offline');
    const again = trainee(ts);
    expect(await again.resume()).toBe(true);
    expect(again.you).toMatchObject({ id: 'm1', name: 'Chloé', vote: { option: 'plan_analyse' } });
    expect(again.view?.hold?.decision).toBe('plan');
    await waitUntil(() => f.view?.members[0]?.online === true, 5000, 'online again');

    // Progress made while offline is sent after the resume.
    again.disconnect();
    expect(await again.progress({ episode: 1, decision: 'answer', decided: 1 })).toMatchObject({ ok: false, error: { code: 'offline' } });
    expect(await again.resume()).toBe(true);
    await waitUntil(() => f.view?.members[0]?.progress?.decision === 'answer', 5000, 'offline progress synced');

    // The facilitator's page reloads: the room went on, the hold and the vote are there.
    f.disconnect();
    await waitUntil(() => again.view?.facilitatorOnline === false, 5000, 'facilitator offline');
    const f2 = facilitator(fs);
    expect(await f2.resume()).toBe(true);
    expect(f2.view).toMatchObject({ room: c.room, hold: { decision: 'plan', voters: ['m1'] } });
    await waitUntil(() => again.view?.facilitatorOnline === true, 5000, 'facilitator online');
  });

  it('a removed trainee is told, and their token is refused afterwards', async () => {
    const f = facilitator();
    const c = await f.create();
    if (!c.ok) throw new Error('create');
    const ts = new MemoryStorage();
    const t = trainee(ts);
    const closed: string[] = [];
    t.on('closed', (x) => closed.push(x.reason));
    await t.join(c.room, 'Rude name');
    const token = JSON.parse(ts.getItem('alice.room.trainee.v1')!).secret as string;
    expect(await f.remove('m1')).toMatchObject({ ok: true });
    await waitUntil(() => closed.length === 1, 5000, 'closed');
    expect(closed).toEqual(['removed']);
    expect(t.hasStoredRoom()).toBe(false);
    await expect(raw({ v: PROTOCOL_VERSION, room: c.room, role: 'trainee', token })).rejects.toMatchObject({ data: { code: 'wrong_secret' } });
  });

  it('closing the room ends it for everyone', async () => {
    const f = facilitator();
    const c = await f.create();
    if (!c.ok) throw new Error('create');
    const t = trainee();
    await t.join(c.room, 'Dee');
    expect(await f.closeRoom()).toMatchObject({ ok: true });
    await waitUntil(() => t.status === 'closed', 5000, 'closed');
    expect(await trainee().join(c.room, 'Late')).toMatchObject({ ok: false, error: { code: 'unknown_room' } });
  });
});

describe('privacy between rooms', () => {
  it('names, votes and views stay in their room; one room\'s secrets open no other', async () => {
    const fa = facilitator();
    const fb = facilitator();
    const ra = await fa.create();
    const rb = await fb.create();
    if (!ra.ok || !rb.ok) throw new Error('create');
    const ta = trainee();
    const tbStorage = new MemoryStorage();
    const tb = trainee(tbStorage);
    const seenB: string[] = [];
    tb.on('view', (v) => seenB.push(JSON.stringify(v)));
    tb.on('you', (v) => seenB.push(JSON.stringify(v)));
    await ta.join(ra.room, 'Secret Alpha');
    await tb.join(rb.room, 'Bravo');
    await fa.hold('list');
    await waitUntil(() => ta.view?.hold !== null, 5000, 'hold A');
    await ta.vote('list_buy_merge');
    await waitUntil(() => fa.view?.hold?.voters.length === 1, 5000, 'vote A');
    await new Promise((r) => setTimeout(r, 100));

    expect(JSON.stringify(fb.view)).not.toContain('Secret Alpha');
    expect(fb.view!.members.map((m) => m.name)).toEqual(['Bravo']);
    expect(fb.view!.hold).toBeNull();
    expect(seenB.join('\n')).not.toMatch(/Secret Alpha|list_buy_merge/);
    expect(tb.view!.hold).toBeNull();

    const tokenB = JSON.parse(tbStorage.getItem('alice.room.trainee.v1')!).secret as string;
    await expect(raw({ v: PROTOCOL_VERSION, room: ra.room, role: 'trainee', token: tokenB })).rejects.toMatchObject({ data: { code: 'wrong_secret' } });
    await expect(raw({ v: PROTOCOL_VERSION, room: ra.room, role: 'facilitator', key: rb.key })).rejects.toMatchObject({ data: { code: 'wrong_secret' } });
    await expect(raw({ v: PROTOCOL_VERSION, room: 'ZZZZZZ', role: 'facilitator', key: rb.key })).rejects.toMatchObject({ data: { code: 'unknown_room' } });
    // A trainee cannot act as a facilitator.
    const r = await (await raw({ v: PROTOCOL_VERSION, room: rb.room, role: 'trainee', token: tokenB })).timeout(3000).emitWithAck('facilitator:hold', { decision: 'plan' });
    expect(r).toMatchObject({ ok: false, error: { code: 'not_allowed' } });
  });
});

describe('refusals: the server answers and keeps going', () => {
  const errorsOf = (s: Socket) => {
    const out: RoomError[] = [];
    s.on('room:error', (e: RoomError) => out.push(e));
    return out;
  };

  it('malformed, unknown, ack-less and oversized messages get clear errors', async () => {
    const s = await raw();
    const errors = errorsOf(s);
    const ask = (event: string, ...args: unknown[]) => s.timeout(3000).emitWithAck(event, ...args);
    expect(await ask('room:join', { room: 'K7P3QX', name: 42 })).toMatchObject({ ok: false, error: { code: 'malformed', event: 'room:join' } });
    expect(await ask('room:join', 'not an object')).toMatchObject({ ok: false, error: { code: 'malformed' } });
    expect(await ask('room:join', { room: 'K7P3QX', name: 'Ann', nonce: 'abcdefghij' }, 'extra')).toMatchObject({ ok: false, error: { code: 'malformed' } });
    expect(await ask('room:nuke', {})).toMatchObject({ ok: false, error: { code: 'unknown_event' } });
    expect(await ask('trainee:vote', { holdId: 1, option: 'plan_target' })).toMatchObject({ ok: false, error: { code: 'not_allowed' } });
    expect(await ask('room:join', { room: 'K7P3QX', name: 'Ann', nonce: 'abcdefghij' })).toMatchObject({ ok: false, error: { code: 'unknown_room' } });
    expect(await ask('room:join', { room: 'K7P3QX', name: 'x'.repeat(LIMITS.messageMaxBytes + 10), nonce: 'abcdefghij' })).toMatchObject({ ok: false, error: { code: 'too_large' } });
    s.emit('room:create', {});
    await waitUntil(() => errors.length === 1, 3000, 'no_ack error');
    expect(errors[0]).toMatchObject({ code: 'no_ack' });
    expect(s.connected).toBe(true);
  });

  it('a frame over the transport limit closes that connection only', async () => {
    const s = await raw();
    const gone = new Promise<string>((r) => s.once('disconnect', (reason) => r(reason)));
    s.emit('room:create', { junk: 'x'.repeat(LIMITS.transportMaxBytes + 1000) }, () => {});
    expect(await gone).toMatch(/close/);
    const other = await raw();
    expect(await other.timeout(3000).emitWithAck('room:nuke', {})).toMatchObject({ ok: false });
  });

  it('rate-limits a client that floods (token bucket), then lets it go on', async () => {
    const s = await raw();
    const replies = await Promise.all(Array.from({ length: LIMITS.rate.capacity + 15 }, () => s.timeout(5000).emitWithAck('room:nuke', {})));
    const limited = replies.filter((r) => r.error?.code === 'rate_limited').length;
    expect(limited).toBeGreaterThanOrEqual(10);
    await new Promise((r) => setTimeout(r, 1000 / LIMITS.rate.refillPerSecond + 50));
    expect(await s.timeout(3000).emitWithAck('room:nuke', {})).toMatchObject({ error: { code: 'unknown_event' } });
  });

  it('refuses a handshake in another protocol version, and a second create/join on a joined connection', async () => {
    await expect(raw({ v: 999 })).rejects.toMatchObject({ data: { code: 'version' } });
    const f = facilitator();
    const c = await f.create();
    if (!c.ok) throw new Error('create');
    const s = await raw({ v: PROTOCOL_VERSION, room: c.room, role: 'facilitator', key: c.key });
    expect(await s.timeout(3000).emitWithAck('room:create', {})).toMatchObject({ ok: false, error: { code: 'already_joined' } });
  });

  it('a join whose reply was lost, sent again with its nonce, makes no second member', async () => {
    const f = facilitator();
    const c = await f.create();
    if (!c.ok) throw new Error('create');
    const s1 = await raw();
    const s2 = await raw();
    const join = { room: c.room, name: 'Eve', nonce: 'the-same-nonce-1' };
    const r1 = await s1.timeout(3000).emitWithAck('room:join', join);
    const r2 = await s2.timeout(3000).emitWithAck('room:join', join);
    expect(r1.you.id).toBe(r2.you.id);
    expect(r1.token).not.toBe(r2.token);
    await waitUntil(() => f.view?.members.length === 1, 3000, 'one member');
    await new Promise((r) => setTimeout(r, 50));
    expect(f.view!.members).toHaveLength(1);
  });
});
