// Several instances: two room servers (child processes) share one local redis-server (started here
// on a free port in a temp dir) through the Redis store and socket.io's Redis adapter, behind a
// small round-robin TCP balancer. Clients on both servers are in one room and see each other's
// votes; one server is killed and its clients resume on the other. Without redis-server the test
// is skipped loudly; with E2E=required or CI it fails.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { connect, createServer, type Server, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FacilitatorClient, TraineeClient } from '../../src/room/client';
import { freePort, MemoryStorage, startRoomServer, waitUntil, type Child } from './helpers';

const redisBin = ['/usr/bin/redis-server', '/usr/local/bin/redis-server'].find((p) => spawnSync(p, ['--version']).status === 0)
  ?? (spawnSync('redis-server', ['--version']).status === 0 ? 'redis-server' : null);
const required = process.env.E2E === 'required' || !!process.env.CI;
if (!redisBin) console.error('\n!!! redis-server not found: the TWO-SERVER REDIS TEST WAS SKIPPED. Install it with `apt-get install redis-server`.\n');

describe('redis-server', () => {
  it.runIf(required)('is installed (E2E=required or CI)', () => {
    expect(redisBin, 'redis-server is missing: .ci/run installs it').not.toBeNull();
  });
});

/** Round-robin over the backends; a backend that refuses is skipped (a dead instance). */
function balancer(ports: number[]): Promise<{ server: Server; port: number; hits: number[] }> {
  const hits = ports.map(() => 0);
  let next = 0;
  const open = new Set<Socket>();
  const server = createServer((client) => {
    open.add(client);
    client.on('close', () => open.delete(client));
    client.pause();
    const attempt = (tries: number) => {
      if (tries >= ports.length) return client.destroy();
      const i = next++ % ports.length;
      const up = connect(ports[i]!, '127.0.0.1');
      up.once('connect', () => {
        hits[i]!++;
        client.pipe(up).pipe(client);
        client.resume();
        const end = () => {
          client.destroy();
          up.destroy();
        };
        up.on('error', end).on('close', end);
        client.on('error', end).on('close', end);
      });
      up.once('error', () => attempt(tries + 1));
    };
    attempt(0);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({ server, port: (server.address() as { port: number }).port, hits })));
}

describe.skipIf(!redisBin)('two room servers sharing Redis', () => {
  const dir = mkdtempSync(join(tmpdir(), 'alice-room-redis-'));
  let redis: ChildProcess | null = null;
  const servers: Child[] = [];
  const clients: { disconnect(): void }[] = [];
  let lb: Awaited<ReturnType<typeof balancer>>;
  let redisUrl = '';

  beforeAll(async () => {
    const port = await freePort();
    redis = spawn(redisBin!, ['--port', String(port), '--bind', '127.0.0.1', '--dir', dir, '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
    redisUrl = `redis://127.0.0.1:${port}`;
    let up = false;
    const ping = () => {
      const s = connect(port, '127.0.0.1', () => s.write('PING\r\n'));
      s.on('data', (d) => {
        up ||= String(d).startsWith('+PONG');
        s.destroy();
      });
      s.on('error', () => s.destroy());
    };
    await waitUntil(() => {
      if (!up) ping();
      return up;
    }, 10_000, 'redis-server');
  });

  afterAll(async () => {
    for (const c of clients) c.disconnect();
    await Promise.all(servers.map((s) => s.stop('SIGTERM')));
    lb?.server.close();
    if (redis && redis.exitCode === null) {
      const gone = new Promise((r) => redis!.once('exit', r));
      redis.kill('SIGTERM');
      await gone;
    }
    rmSync(dir, { recursive: true, force: true });
  });

  it('clients on both servers share one room; a killed server\'s clients resume on the other', async () => {
    const env = { ROOM_REDIS_URL: redisUrl, ROOM_REDIS_PREFIX: `test${process.pid}:` };
    const ports = [await freePort(), await freePort()];
    for (const p of ports) servers.push(await startRoomServer(p, env));
    lb = await balancer(ports);
    const opts = { url: `http://127.0.0.1:${lb.port}`, transports: ['websocket' as const], reconnectionDelay: 100, reconnectionDelayMax: 500, ackTimeoutMs: 10_000 };

    const f = new FacilitatorClient({ ...opts, storage: new MemoryStorage() });
    clients.push(f);
    const c = await f.create();
    if (!c.ok) throw new Error(c.error.message);
    const trainees = Array.from({ length: 12 }, () => new TraineeClient({ ...opts, storage: new MemoryStorage() }));
    clients.push(...trainees);
    for (const [i, t] of trainees.entries()) expect((await t.join(c.room, `T${i}`)).ok).toBe(true);
    expect(lb.hits.every((h) => h >= 6)).toBe(true); // both servers carry clients
    await waitUntil(() => f.view?.members.length === 12 && f.view.members.every((m) => m.online), 15_000, 'all joined (seen across servers)');

    expect((await f.hold('answer')).ok).toBe(true);
    await waitUntil(() => trainees.every((t) => t.view?.hold?.decision === 'answer'), 15_000, 'hold on both servers');
    await Promise.all(trainees.map((t, i) => t.vote(i % 3 ? 'answer_measure' : 'answer_bravado')));
    await waitUntil(() => f.view?.hold?.voters.length === 12, 15_000, 'the facilitator sees votes from both servers');
    expect(f.view!.hold!.counts).toEqual({ answer_bravado: 4, answer_measure: 8 });
    await waitUntil(() => trainees.every((t) => t.view?.hold?.voted === 12), 15_000, 'trainees see votes from the other server');

    // Kill one server: its clients come back through the balancer, on the other one.
    const hitsBefore = [...lb.hits];
    await servers[0]!.stop('SIGKILL');
    await waitUntil(() => lb.hits[1]! > hitsBefore[1]!, 15_000, 'reconnections to the survivor');
    await waitUntil(() => f.status === 'online' && trainees.every((t) => t.status === 'online'), 20_000, 'everyone resumed');
    expect(lb.hits[0]).toBe(hitsBefore[0]); // nobody reached the dead one
    expect(trainees.map((t) => t.you?.vote?.option)).toEqual(trainees.map((_, i) => (i % 3 ? 'answer_measure' : 'answer_bravado')));
    expect(f.view!.members.map((m) => m.name)).toEqual(trainees.map((_, i) => `T${i}`));

    expect((await f.reveal()).ok).toBe(true);
    await waitUntil(() => trainees.every((t) => t.view?.hold?.counts?.answer_measure === 8), 15_000, 'reveal after the failover');
  });
});
