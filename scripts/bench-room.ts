// `npm run bench -- --room`: the workshop room's numbers, as JSON lines.
// - room.vote_to_facilitator_p95: from a trainee's vote (emit) to the facilitator's client holding
//   the tally that counts it, p95 over 40 trainees x ROUNDS holds (votes 5 ms apart, as in a room),
//   against a bare socket.io echo round trip measured the same way on the same machine.
// - room.server_heap_per_client: the room server's heap (after GC) with 40 trainees and a
//   facilitator in a room, minus the empty server's, per client; against the same measure for a
//   bare socket.io server with 40 plain connections. RSS per client beside it (noisier).
// Both servers are child processes on 127.0.0.1; the clients live in this process.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { io, type Socket } from 'socket.io-client';
import { FacilitatorClient, TraineeClient } from '../src/room/client';
import { DECISIONS } from '../src/sim/decisions';
import { freePort, MemoryStorage, startRoomServer, waitUntil, type Child } from '../tests/room/helpers';

const N = 40;
const ROUNDS = 6;
const STAGGER_MS = 5;
const BUDGET = { latencyRatio: 4, heapRatio: 2 };
const emit = (o: object) => console.log(JSON.stringify(o));
const round = (x: number, d = 2) => Math.round(x * 10 ** d) / 10 ** d;
const p95 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length * 0.95)]!;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function startEcho(port: number): Promise<Child> {
  const proc = spawn(process.execPath, ['--expose-gc', 'scripts/bench/echo-server.mjs', String(port)], { stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
  return new Promise((resolve, reject) => {
    proc.once('exit', (c) => reject(new Error(`echo server exited ${c}`)));
    proc.on('message', (m: { ready?: number }) => {
      if (!m.ready) return;
      resolve({
        proc, port, url: `http://127.0.0.1:${port}`,
        memory: () => new Promise((res) => {
          const on = (x: { memory?: { heapUsed: number; rss: number } }) => {
            if (x.memory) { proc.off('message', on); res(x.memory); }
          };
          proc.on('message', on);
          proc.send('memory');
        }),
        stop: () => new Promise((res) => { proc.once('exit', () => res()); proc.kill('SIGTERM'); }),
      });
    });
  });
}

async function baseline(): Promise<{ samples: number[]; heapPerClient: number; rssPerClient: number }> {
  const echo = await startEcho(await freePort());
  try {
    await sleep(300);
    const empty = await echo.memory();
    const sockets: Socket[] = await Promise.all(Array.from({ length: N + 1 }, () => new Promise<Socket>((res) => {
      const s = io(echo.url, { transports: ['websocket'], forceNew: true });
      s.once('connect', () => res(s));
    })));
    const samples: number[] = [];
    for (let r = 0; r < ROUNDS + 1; r++) {
      const got = await Promise.all(sockets.slice(0, N).map(async (s, i) => {
        await sleep(i * STAGGER_MS);
        const t0 = performance.now();
        await s.emitWithAck('echo', { holdId: r + 1, option: 'launch_blast' });
        return performance.now() - t0;
      }));
      if (r > 0) samples.push(...got); // the first round warms up
    }
    await sleep(300);
    const full = await echo.memory();
    for (const s of sockets) s.disconnect();
    return { samples, heapPerClient: (full.heapUsed - empty.heapUsed) / (N + 1), rssPerClient: (full.rss - empty.rss) / (N + 1) };
  } finally {
    await echo.stop();
  }
}

async function room(): Promise<{ samples: number[]; heapPerClient: number; rssPerClient: number; emptyHeap: number }> {
  const dir = mkdtempSync(join(tmpdir(), 'alice-room-bench-'));
  const server = await startRoomServer(await freePort(), { ROOM_DB: join(dir, 'rooms.sqlite') });
  const clients: { disconnect(): void }[] = [];
  try {
    await sleep(300);
    const empty = await server.memory();
    const opts = { url: server.url, transports: ['websocket' as const] };
    const f = new FacilitatorClient({ ...opts, storage: new MemoryStorage() });
    clients.push(f);
    const c = await f.create();
    if (!c.ok) throw new Error(c.error.message);
    const trainees = Array.from({ length: N }, () => new TraineeClient({ ...opts, storage: new MemoryStorage() }));
    clients.push(...trainees);
    for (const [i, t] of trainees.entries()) await t.join(c.room, `Trainee ${i + 1}`);
    await Promise.all(trainees.map((t, i) => t.progress({ episode: 2, decision: 'launch', decided: 4 + (i % 2) })));

    const samples: number[] = [];
    const decisions = DECISIONS.map((d) => d.key);
    for (let r = 0; r < ROUNDS + 1; r++) {
      const decision = decisions[r % decisions.length]!;
      const options = DECISIONS.find((d) => d.key === decision)!.options;
      await f.hold(decision);
      await waitUntil(() => trainees.every((t) => t.view?.hold?.decision === decision && t.view.hold.phase === 'voting'), 20_000, 'hold');
      const sent = new Map<string, number>();
      const seen = new Map<string, number>();
      const off = f.on('view', (v) => {
        const at = performance.now();
        for (const id of v.hold?.voters ?? []) if (!seen.has(id) && sent.has(id)) seen.set(id, at - sent.get(id)!);
      });
      await Promise.all(trainees.map(async (t, i) => {
        await sleep(i * STAGGER_MS);
        sent.set(t.you!.id, performance.now());
        await t.vote(options[i % options.length]!);
      }));
      await waitUntil(() => seen.size === N, 20_000, 'tallies');
      off();
      if (r > 0) samples.push(...seen.values());
      await f.reveal();
      await f.release();
    }
    await sleep(300);
    const full = await server.memory();
    return { samples, heapPerClient: (full.heapUsed - empty.heapUsed) / (N + 1), rssPerClient: (full.rss - empty.rss) / (N + 1), emptyHeap: empty.heapUsed };
  } finally {
    for (const x of clients) x.disconnect();
    await server.stop('SIGTERM');
    rmSync(dir, { recursive: true, force: true });
  }
}

const base = await baseline();
const r = await room();
const lat = p95(r.samples);
const echoP95 = p95(base.samples);
emit({
  name: 'room.vote_to_facilitator_p95', value: round(lat), unit: 'ms', baseline: round(echoP95), baselineName: 'bare socket.io echo round trip p95',
  ratio: round(lat / echoP95), budget: BUDGET.latencyRatio, samples: r.samples.length, clients: N,
});
emit({
  name: 'room.server_heap_per_client', value: round(r.heapPerClient / 1024, 1), unit: 'KB', baseline: round(base.heapPerClient / 1024, 1),
  baselineName: 'bare socket.io server, heap per plain connection', ratio: round(r.heapPerClient / base.heapPerClient), budget: BUDGET.heapRatio,
  rssPerClientKB: round(r.rssPerClient / 1024, 1), baselineRssPerClientKB: round(base.rssPerClient / 1024, 1), emptyServerHeapMB: round(r.emptyHeap / 1048576), clients: N + 1,
});
process.exit(0);
