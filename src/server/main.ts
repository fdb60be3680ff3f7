// `npm run room`: the workshop room server. Builds the game if dist/ is missing or older than the
// sources, serves it and socket.io on one origin, opens (or reopens) the facilitator's room and
// prints its links and a QR code for the trainees.
//
//   npm run room -- [--port N] [--host [ADDR]] [--build] [--db FILE] [--new-room | --no-room]
//
// Env: ROOM_PORT, ROOM_HOST, ROOM_DB, ROOM_REDIS_URL (several instances share rooms through Redis),
// ROOM_REDIS_PREFIX, ROOM_TRUST_PROXY=1 (client address from X-Forwarded-For), ROOM_ALLOWED_ORIGINS
// (comma-separated), ROOM_DIAG=1 with an IPC channel (tests, bench: memory on request).
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync, chmodSync } from 'node:fs';
import { networkInterfaces } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import QRCode from 'qrcode';
import { createAdapter } from '@socket.io/redis-adapter';
import { displayRoomCode, facilitatorLink, joinLink } from '../room/links';
import { hashSecret, newRoomCode, newSecret } from './secrets';
import { newRoom } from './room-state';
import { createRoomServer } from './server';
import { openSqliteStore } from './store-sqlite';
import { openRedisStore } from './store-redis';
import type { RoomStore } from './store';

const USAGE = `npm run room -- [options]
  --port N        port (env ROOM_PORT, default 4180)
  --host [ADDR]   listen on the LAN: this machine's LAN address, or ADDR (env ROOM_HOST); default 127.0.0.1 only
  --build         build the game first even if dist/ looks up to date
  --db FILE       the SQLite file (env ROOM_DB, default .room/rooms.sqlite)
  --new-room      open a new room instead of reopening the last one
  --no-room       open no room (facilitators create theirs from the game)
  --no-static     serve socket.io only, not the game (tests, benchmarks, a separate web server)
  --help`;

interface Args {
  port: number;
  host: string;
  build: boolean;
  db: string;
  room: 'reuse' | 'new' | 'none';
  serveGame: boolean;
}

function parseArgs(argv: string[]): Args {
  const a: Args = {
    port: Number(process.env.ROOM_PORT ?? 4180),
    host: process.env.ROOM_HOST ?? '127.0.0.1',
    build: false,
    db: process.env.ROOM_DB ?? '.room/rooms.sqlite',
    room: 'reuse',
    serveGame: true,
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const value = () => {
      const v = argv[i + 1];
      if (v === undefined || v.startsWith('--')) throw new Error(`${arg} needs a value`);
      i++;
      return v;
    };
    if (arg === '--port') a.port = Number(value());
    else if (arg === '--host') a.host = argv[i + 1] && !argv[i + 1]!.startsWith('--') ? value() : lanAddress();
    else if (arg === '--build') a.build = true;
    else if (arg === '--db') a.db = value();
    else if (arg === '--new-room') a.room = 'new';
    else if (arg === '--no-room') a.room = 'none';
    else if (arg === '--no-static') a.serveGame = false;
    else if (arg === '--help' || arg === '-h') {
      console.log(USAGE);
      process.exit(0);
    } else throw new Error(`unknown option ${arg}\n${USAGE}`);
  }
  if (!Number.isInteger(a.port) || a.port < 0 || a.port > 65535) throw new Error(`not a port: ${a.port}`);
  return a;
}

function lanAddress(): string {
  for (const list of Object.values(networkInterfaces())) {
    for (const i of list ?? []) if (i.family === 'IPv4' && !i.internal) return i.address;
  }
  console.error('No LAN address found: listening on 127.0.0.1 only.');
  return '127.0.0.1';
}

const ROOT = resolve(dirname(new URL(import.meta.url).pathname), '../..');
const SOURCES = ['src', 'story', 'assets', 'public', 'index.html', 'vite.config.ts', 'package-lock.json'];

function newest(path: string): number {
  if (!existsSync(path)) return 0;
  const s = statSync(path);
  if (!s.isDirectory()) return s.mtimeMs;
  let t = 0;
  for (const e of readdirSync(path)) if (!(path.endsWith('src') && e === 'server')) t = Math.max(t, newest(join(path, e)));
  return t;
}

function ensureBuild(force: boolean): string {
  const dist = join(ROOT, 'dist');
  const index = join(dist, 'index.html');
  const built = existsSync(index) ? statSync(index).mtimeMs : 0;
  const src = Math.max(...SOURCES.map((s) => newest(join(ROOT, s))));
  if (force || built < src) {
    console.log(built ? 'The game changed since the last build: building it (vite build)...' : 'Building the game (vite build)...');
    const r = spawnSync(join(ROOT, 'node_modules/.bin/vite'), ['build', '--logLevel', 'warn'], { cwd: ROOT, stdio: 'inherit' });
    if (r.status !== 0) throw new Error('the build failed');
  }
  return dist;
}

/** The facilitator's room of the last run, if its key is still stored beside the database and the room still exists. */
async function openCliRoom(store: RoomStore, file: string, mode: Args['room']): Promise<{ code: string; key: string } | null> {
  if (mode === 'none') return null;
  const now = Date.now();
  if (mode === 'reuse' && existsSync(file)) {
    try {
      const saved = JSON.parse(readFileSync(file, 'utf8')) as { code: string; key: string };
      const doc = await store.get(saved.code, now);
      if (doc && doc.keyHash === hashSecret(saved.key)) return saved;
    } catch {
      /* unreadable: open a new room */
    }
  }
  const key = newSecret();
  for (let i = 0; i < 8; i++) {
    const doc = newRoom(newRoomCode(), hashSecret(key), now);
    const r = await store.create(doc, now);
    if (r === 'full') throw new Error('the store is full of rooms');
    if (r === 'ok') {
      writeFileSync(file, JSON.stringify({ code: doc.code, key }), { mode: 0o600 });
      chmodSync(file, 0o600);
      return { code: doc.code, key };
    }
  }
  throw new Error('no free room code');
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const dist = args.serveGame ? ensureBuild(args.build) : null;
  const redisUrl = process.env.ROOM_REDIS_URL;
  const dbFile = resolve(args.db);
  let setupIo: Parameters<typeof createRoomServer>[0]['setupIo'];
  let store: RoomStore;
  let where: string;
  if (redisUrl) {
    const r = await openRedisStore(redisUrl, process.env.ROOM_REDIS_PREFIX ?? 'alice:room:');
    const { pub, sub } = r.adapterClients();
    setupIo = (io) => io.adapter(createAdapter(pub, sub, { key: `${process.env.ROOM_REDIS_PREFIX ?? 'alice:room:'}io` }));
    store = r;
    where = `Redis at ${redisUrl.replace(/\/\/[^@]*@/, '//***@')}`;
  } else {
    store = openSqliteStore(dbFile);
    where = `SQLite ${dbFile}`;
  }
  const server = createRoomServer({
    store,
    staticDir: dist,
    setupIo,
    trustProxy: process.env.ROOM_TRUST_PROXY === '1',
    allowedOrigins: (process.env.ROOM_ALLOWED_ORIGINS ?? '').split(',').filter(Boolean),
  });
  const port = await server.listen(args.port, args.host);
  const origin = `http://${args.host.includes(':') ? `[${args.host}]` : args.host}:${port}`;
  const cli = await openCliRoom(store, redisUrl ? resolve('.room/cli-room-redis.json') : join(dirname(dbFile), 'cli-room.json'), args.room);

  const out: string[] = ['', `Alice's Logbook room server on ${origin} (rooms in ${where})`];
  if (cli) {
    const join = joinLink(origin, cli.code);
    out.push(
      '',
      `  Facilitator (this screen only, it holds the room's key):`,
      `    ${facilitatorLink(origin, cli.code, cli.key)}`,
      '',
      `  Trainees: scan the code, or open the link and enter a name. Room code ${displayRoomCode(cli.code)}`,
      `    ${join}`,
      '',
      await QRCode.toString(join, { type: 'terminal', small: true, errorCorrectionLevel: 'M' }),
    );
  }
  if (args.host === '127.0.0.1' || args.host === 'localhost') out.push('Listening on this machine only: add --host so that phones and laptops on the LAN can join.');
  out.push('Stop with Ctrl+C (the rooms are kept).', '');
  console.log(out.join('\n'));

  if (process.env.ROOM_DIAG === '1' && process.send) {
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as () => void;
    process.on('message', (m) => {
      if (m !== 'memory') return;
      gc();
      gc();
      const u = process.memoryUsage();
      process.send!({ memory: { heapUsed: u.heapUsed, rss: u.rss }, sockets: server.io.engine.clientsCount });
    });
    process.send({ ready: port });
  }

  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    server.close().then(() => process.exit(0), () => process.exit(1));
    setTimeout(() => process.exit(0), 3000).unref();
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((e: unknown) => {
  console.error(`room server: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
});
