// Load: the room server as a child process on 127.0.0.1, 40 trainees and a facilitator through the
// real clients; a hold, 40 votes, a reveal and the results; then the server is killed (SIGKILL)
// and started again on the same port mid-room: nothing is lost and every client resumes.
import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FacilitatorClient, TraineeClient } from '../../src/room/client';
import { DECISIONS } from '../../src/sim/decisions';
import type { FacilitatorView } from '../../src/room/protocol';
import { freePort, MemoryStorage, startRoomServer, waitUntil, type Child } from './helpers';

const N = 40;
const dir = mkdtempSync(join(tmpdir(), 'alice-room-load-'));
let server: Child | null = null;
const clients: { disconnect(): void }[] = [];

afterAll(async () => {
  for (const c of clients) c.disconnect();
  await server?.stop('SIGTERM');
  rmSync(dir, { recursive: true, force: true });
});

/** The room without what a restart is allowed to change (presence, revision). */
const durable = (v: FacilitatorView) => ({ ...v, rev: 0, members: v.members.map((m) => ({ ...m, online: false })) });

describe('the room under load, through a restart', () => {
  it(`${N} trainees: join, progress, hold, votes, reveal, results; kill -9 and restart; nothing lost, everyone resumes`, async () => {
    const port = await freePort();
    const env = { ROOM_DB: join(dir, 'rooms.sqlite') };
    server = await startRoomServer(port, env);
    const opts = { url: server.url, transports: ['websocket' as const], reconnectionDelay: 100, reconnectionDelayMax: 500, ackTimeoutMs: 10_000 };
    const f = new FacilitatorClient({ ...opts, storage: new MemoryStorage() });
    clients.push(f);
    const created = await f.create();
    if (!created.ok) throw new Error(created.error.message);

    const trainees = Array.from({ length: N }, () => new TraineeClient({ ...opts, storage: new MemoryStorage() }));
    clients.push(...trainees);
    const joined = await Promise.all(trainees.map((t, i) => t.join(created.room, `Trainee ${i + 1}`)));
    expect(joined.every((r) => r.ok)).toBe(true);
    await waitUntil(() => f.view?.members.length === N && f.view.members.every((m) => m.online), 20_000, 'all joined');

    await Promise.all(trainees.map((t, i) => t.progress({ episode: 1 + (i % 4), decision: DECISIONS[i % DECISIONS.length]!.key, decided: i % DECISIONS.length })));
    expect((await f.hold('launch')).ok).toBe(true);
    await waitUntil(() => trainees.every((t) => t.view?.hold?.decision === 'launch'), 20_000, 'hold reached everyone');
    const options = DECISIONS.find((d) => d.key === 'launch')!.options;
    const votes = await Promise.all(trainees.map((t, i) => t.vote(options[i % options.length]!)));
    expect(votes.every((r) => r.ok)).toBe(true);
    // Five change their minds.
    await Promise.all(trainees.slice(0, 5).map((t) => t.vote('launch_test_first')));
    await waitUntil(() => f.view?.hold?.voters.length === N, 20_000, 'all votes counted');
    expect(Object.values(f.view!.hold!.counts).reduce((a, b) => a + b, 0)).toBe(N);
    await waitUntil(() => trainees.every((t) => t.view?.hold?.voted === N), 20_000, 'vote count reached everyone');

    expect((await f.reveal()).ok).toBe(true);
    const results = { seed: 7, runs: 500, options: options.map((o, i) => ({ option: o, tier: 'ending_short', metrics: { accepted: 100 * (i + 1), costPerAccepted: 50.5 * (i + 1) } })) };
    expect((await f.publishResults(results)).ok).toBe(true);
    await waitUntil(() => trainees.every((t) => t.view?.hold?.results !== null), 20_000, 'results reached everyone');
    await Promise.all(trainees.slice(0, 10).map((t, i) => t.finish(`1-${i.toString(36)}-plan_target.answer_measure`, 'ending_met')));
    await waitUntil(() => f.view!.members.filter((m) => m.result).length === 10, 20_000, 'result codes');
    const before = durable(f.view!);
    const youBefore = trainees.map((t) => ({ ...t.you!, rev: 0 }));

    // A crash mid-room, then the same command again.
    await server.stop('SIGKILL');
    await waitUntil(() => f.status === 'connecting' && trainees.every((t) => t.status === 'connecting'), 20_000, 'everyone sees the server gone');
    server = await startRoomServer(port, env);
    await waitUntil(() => f.status === 'online' && trainees.every((t) => t.status === 'online'), 30_000, 'everyone resumed');
    await waitUntil(() => f.view!.members.every((m) => m.online), 20_000, 'everyone online again');

    expect(durable(f.view!)).toEqual(before);
    expect(f.view!.hold!.results).toEqual(results);
    expect(trainees.map((t) => ({ ...t.you!, rev: 0 }))).toEqual(youBefore);
    expect(trainees.every((t) => t.view?.hold?.phase === 'revealed' && t.view.hold.results !== null)).toBe(true);

    // And the room plays on.
    expect((await f.release()).ok).toBe(true);
    expect((await f.hold('course')).ok).toBe(true);
    await waitUntil(() => trainees.every((t) => t.view?.hold?.decision === 'course'), 20_000, 'second hold');
    await Promise.all(trainees.map((t) => t.vote('course_data')));
    await waitUntil(() => f.view?.hold?.counts.course_data === N, 20_000, 'second round of votes');
    expect(f.view!.history.map((h) => h.decision)).toEqual(['launch']);
  });
});
