// The room server: socket.io 4 on Node's http server, the game's build on the same origin.
// Every message is size-checked, schema-checked (src/room/protocol.ts) and rate-limited before a
// handler sees it; a handler loads the room from the store, applies a rule of room-state.ts and
// pushes the new views to the room's sockets (on every instance, through the adapter when Redis
// is on). A bad message gets an error reply; nothing a client sends can stop the server.
import { createServer, type IncomingMessage, type Server as HttpServer } from 'node:http';
import { randomUUID } from 'node:crypto';
import { Server, type Socket } from 'socket.io';
import {
  AuthSchema,
  LIMITS,
  PROTOCOL_VERSION,
  REQUEST_ROLE,
  describeIssue,
  eventLabel,
  parseRequest,
  type ClientToServer,
  type Closed,
  type ErrorCode,
  type Reply,
  type Request,
  type RequestName,
  type Role,
  type RoomError,
  type ServerToClient,
} from '../room/protocol';
import * as rules from './room-state';
import type { Outcome, RoomDoc } from './room-state';
import { TokenBucket } from './rate';
import { hashSecret, newRoomCode, newSecret } from './secrets';
import { HEARTBEAT_MS, type RoomStore } from './store';
import { staticHandler } from './static';

interface SocketData {
  role: Role | null;
  room: string | null;
  memberId: string | null;
}
type RoomSocket = Socket<ClientToServer, ServerToClient, Record<string, never>, SocketData>;
type RoomIo = Server<ClientToServer, ServerToClient, Record<string, never>, SocketData>;

export interface RoomServerOptions {
  store: RoomStore;
  /** The production build to serve at `/` (null: socket.io and /healthz only). */
  staticDir?: string | null;
  /** Called with the socket.io server before it accepts connections (the Redis adapter goes in here). */
  setupIo?: (io: RoomIo) => void;
  /** Take the client address from X-Forwarded-For (behind a trusted load balancer). */
  trustProxy?: boolean;
  /** Origins allowed besides the server's own (`http://host:port`), e.g. a dev server that does not proxy. */
  allowedOrigins?: readonly string[];
  now?: () => number;
  log?: (line: string) => void;
}

export interface RoomServer {
  readonly http: HttpServer;
  readonly io: RoomIo;
  readonly instanceId: string;
  listen(port: number, host: string): Promise<number>;
  close(): Promise<void>;
}

const refusal = (code: ErrorCode, message: string) => Object.assign(new Error(message), { data: { code } });

export function createRoomServer(opts: RoomServerOptions): RoomServer {
  const { store } = opts;
  const now = opts.now ?? Date.now;
  const log = opts.log ?? ((l: string) => console.error(l));
  const instanceId = randomUUID();
  const serveStatic = opts.staticDir ? staticHandler(opts.staticDir) : null;
  const http = createServer((req, res) => {
    if (serveStatic) serveStatic(req, res);
    else if (req.url === '/healthz') res.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true}');
    else res.writeHead(404).end();
  });
  const allowed = new Set(opts.allowedOrigins ?? []);
  const io: RoomIo = new Server(http, {
    serveClient: false,
    maxHttpBufferSize: LIMITS.transportMaxBytes,
    // Browsers send Origin on websockets too and CORS does not guard those: refuse other sites' pages.
    allowRequest: (req, cb) => cb(null, originAllowed(req, allowed)),
    pingInterval: 10_000,
    pingTimeout: 8_000,
  });
  opts.setupIo?.(io);

  // ---- instances and presence --------------------------------------------------------------
  let dead = new Set<string>();
  const beat = async () => {
    try {
      await store.heartbeat(instanceId, now());
      dead = await store.deadInstances(now());
      dead.delete(instanceId);
    } catch (e) {
      log(`room server: heartbeat failed: ${String(e)}`);
    }
  };
  const timers = [
    setInterval(beat, HEARTBEAT_MS),
    setInterval(() => void store.sweep(now()).catch((e) => log(`room server: sweep failed: ${String(e)}`)), 10 * 60_000),
    setInterval(() => {
      const t = now();
      for (const [k, b] of createBuckets) if (b.idle(t)) createBuckets.delete(k);
    }, 60_000),
  ];
  for (const t of timers) t.unref();

  // ---- per-room order: one change at a time per room in this process -------------------------
  const queues = new Map<string, Promise<unknown>>();
  function serial<T>(code: string, fn: () => Promise<T>): Promise<T> {
    const prev = queues.get(code) ?? Promise.resolve();
    const next = prev.then(fn, fn);
    const tail = next.catch(() => undefined);
    queues.set(code, tail);
    void tail.then(() => {
      if (queues.get(code) === tail) queues.delete(code);
    });
    return next;
  }

  /** Applies a rule to a room and pushes the new views; the rule's outcome, or unknown_room. */
  async function change<T>(code: string, fn: (doc: RoomDoc) => Outcome<T>): Promise<{ ok: true; value: T; doc: RoomDoc } | { ok: false; error: RoomError }> {
    return serial(code, async () => {
      let seen: RoomDoc | null = null;
      const out = await store.update(code, now(), (doc) => {
        seen = doc;
        return fn(doc);
      });
      if (!out) return { ok: false as const, error: { code: 'unknown_room' as const, message: 'this room does not exist any more' } };
      if (!out.ok) return out;
      const doc = seen as unknown as RoomDoc;
      push(doc, out.trainees);
      return { ok: true as const, value: out.value, doc };
    });
  }

  function push(doc: RoomDoc, trainees: boolean): void {
    io.to(`f:${doc.code}`).emit('facilitator:view', rules.facilitatorView(doc, dead));
    if (trainees) io.to(`t:${doc.code}`).emit('trainee:view', rules.traineeView(doc, dead));
  }

  function pushYou(doc: RoomDoc, memberId: string): void {
    const m = rules.memberById(doc, memberId);
    if (m) io.to(`m:${doc.code}:${memberId}`).emit('trainee:you', rules.youOf(doc, m));
  }

  function attach(socket: RoomSocket, role: Role, code: string, memberId: string | null): void {
    socket.data = { role, room: code, memberId };
    void socket.join(role === 'facilitator' ? [`r:${code}`, `f:${code}`] : [`r:${code}`, `t:${code}`, `m:${code}:${memberId}`]);
  }

  function endFor(target: string, reason: Closed['reason']): void {
    io.to(target).emit('room:closed', { reason });
    io.in(target).disconnectSockets(true);
  }

  // ---- handshake: resume with the stored key or token ----------------------------------------
  io.use(async (socket, next) => {
    try {
      const auth: unknown = socket.handshake.auth ?? {};
      const parsed = AuthSchema.safeParse(auth);
      if (!parsed.success) {
        const v = (auth as { v?: unknown }).v;
        return next(v !== PROTOCOL_VERSION ? refusal('version', `this page speaks room protocol ${String(v)}, the server ${PROTOCOL_VERSION}: reload the page`) : refusal('malformed', describeIssue(parsed.error)));
      }
      const a = parsed.data;
      socket.data = { role: null, room: null, memberId: null };
      if (!('room' in a)) return next();
      const doc = await store.get(a.room, now());
      if (!doc) return next(refusal('unknown_room', 'this room does not exist any more'));
      if (a.role === 'facilitator') {
        if (hashSecret(a.key) !== doc.keyHash) return next(refusal('wrong_secret', 'this is not the key of this room'));
        socket.data = { role: 'facilitator', room: doc.code, memberId: null };
      } else {
        const m = rules.memberByToken(doc, hashSecret(a.token));
        if (!m) return next(refusal('wrong_secret', 'you are not (or no longer) in this room'));
        socket.data = { role: 'trainee', room: doc.code, memberId: m.id };
      }
      next();
    } catch (e) {
      log(`room server: handshake failed: ${e instanceof Error ? e.stack : String(e)}`);
      next(refusal('internal', 'the server could not check this connection'));
    }
  });

  const createBuckets = new Map<string, TokenBucket>();

  io.on('connection', (socket) => {
    const bucket = new TokenBucket(LIMITS.rate.capacity, LIMITS.rate.refillPerSecond, now());
    let strikes = 0;
    const { role, room, memberId } = socket.data;
    if (role && room) void welcome(socket, role, room, memberId);

    socket.onAny((event: unknown, ...args: unknown[]) => {
      const ack = typeof args[args.length - 1] === 'function' ? (args.pop() as (r: unknown) => void) : null;
      const refuse = (error: RoomError) => (ack ? ack({ ok: false, error }) : socket.emit('room:error', error));
      if (!bucket.take(now())) {
        if (++strikes >= LIMITS.rateStrikes) socket.disconnect(true);
        return refuse({ code: 'rate_limited', message: 'too many messages: slow down', event: eventLabel(event) });
      }
      strikes = 0;
      if (!ack) return refuse({ code: 'no_ack', message: 'every request needs an acknowledgement callback', event: eventLabel(event) });
      const p = args.length > 1 ? { ok: false as const, error: { code: 'malformed' as const, message: 'one payload per message' } } : parseRequest(event, args[0]);
      if (!p.ok) return refuse(p.error);
      const need = REQUEST_ROLE[p.event];
      const has = socket.data.role;
      if (need === 'anonymous' && has) return refuse({ code: 'already_joined', message: 'this connection is already in a room', event: p.event });
      if (need !== 'anonymous' && has !== need) return refuse({ code: 'not_allowed', message: has ? `a ${has} cannot send ${p.event}` : 'join or create a room first', event: p.event });
      handle(socket, p.event, p.payload)
        .then((r) => ack(r))
        .catch((e: unknown) => {
          log(`room server: ${p.event} failed: ${e instanceof Error ? e.stack : String(e)}`);
          ack({ ok: false, error: { code: 'internal', message: 'the server failed on this request (it keeps running)', event: p.event } });
        });
    });

    socket.on('disconnect', () => {
      const { role: r, room: code, memberId: id } = socket.data;
      if (!r || !code) return;
      void change(code, (doc) => rules.presence(doc, r === 'facilitator' ? 'facilitator' : { memberId: id! }, instanceId, -1, dead)).catch((e) =>
        log(`room server: presence failed: ${String(e)}`),
      );
    });
  });

  async function welcome(socket: RoomSocket, role: Role, code: string, memberId: string | null): Promise<void> {
    attach(socket, role, code, memberId);
    const r = await change(code, (doc) => rules.presence(doc, role === 'facilitator' ? 'facilitator' : { memberId: memberId! }, instanceId, 1, dead));
    if (!r.ok) {
      socket.emit('room:closed', { reason: r.error.code === 'unknown_member' ? 'removed' : 'expired' });
      socket.disconnect(true);
      return;
    }
    if (role === 'facilitator') socket.emit('welcome', { role, room: code, view: rules.facilitatorView(r.doc, dead) });
    else {
      const m = rules.memberById(r.doc, memberId!)!;
      socket.emit('welcome', { role, room: code, you: rules.youOf(r.doc, m), view: rules.traineeView(r.doc, dead) });
    }
  }

  // ---- requests ------------------------------------------------------------------------------
  type Handler<E extends RequestName> = (socket: RoomSocket, payload: Request<E>) => Promise<Reply<E>>;
  const fail = (error: RoomError, event: RequestName) => ({ ok: false as const, error: { ...error, event } });

  const trainee = <E extends 'trainee:progress' | 'trainee:vote' | 'trainee:finish'>(event: E, rule: (doc: RoomDoc, id: string, p: Request<E>) => Outcome<rules.MemberDoc>): Handler<E> =>
    async (socket, payload) => {
      const { room, memberId } = socket.data;
      const r = await change(room!, (doc) => rule(doc, memberId!, payload));
      if (!r.ok) return fail(r.error, event);
      pushYou(r.doc, memberId!);
      return { ok: true, you: rules.youOf(r.doc, r.value) } as Reply<E>;
    };

  const facilitator = <E extends 'facilitator:hold' | 'facilitator:reveal' | 'facilitator:results' | 'facilitator:release' | 'facilitator:settings' | 'facilitator:remove'>(
    event: E, rule: (doc: RoomDoc, p: Request<E>) => Outcome<unknown>, after?: (doc: RoomDoc, p: Request<E>) => void,
  ): Handler<E> =>
    async (socket, payload) => {
      const r = await change(socket.data.room!, (doc) => rule(doc, payload));
      if (!r.ok) return fail(r.error, event);
      after?.(r.doc, payload);
      return { ok: true, view: rules.facilitatorView(r.doc, dead) } as Reply<E>;
    };

  const handlers: { [E in RequestName]: Handler<E> } = {
    'room:create': async (socket) => {
      const address = clientAddress(socket.request, opts.trustProxy ?? false);
      let b = createBuckets.get(address);
      if (!b) createBuckets.set(address, (b = new TokenBucket(LIMITS.createRate.capacity, LIMITS.createRate.refillPerSecond, now())));
      if (!b.take(now())) return fail({ code: 'too_many_rooms', message: 'too many rooms created from this address: wait a minute' }, 'room:create');
      const key = newSecret();
      for (let attempt = 0; attempt < 8; attempt++) {
        const doc = rules.newRoom(newRoomCode(), hashSecret(key), now());
        doc.facilitatorOnline[instanceId] = 1;
        const r = await store.create(doc, now());
        if (r === 'full') return fail({ code: 'too_many_rooms', message: 'the server holds as many rooms as it can: try later' }, 'room:create');
        if (r === 'ok') {
          attach(socket, 'facilitator', doc.code, null);
          return { ok: true, room: doc.code, key, view: rules.facilitatorView(doc, dead) };
        }
      }
      return fail({ code: 'busy', message: 'no free room code found: try again' }, 'room:create');
    },
    'room:join': async (socket, p) => {
      const token = newSecret();
      const r = await change(p.room, (doc) => {
        const j = rules.join(doc, { name: p.name, nonceHash: hashSecret(p.nonce), tokenHash: hashSecret(token) }, now());
        if (j.ok) rules.presence(doc, { memberId: j.value.id }, instanceId, 1, dead);
        return j;
      });
      if (!r.ok) return fail(r.error, 'room:join');
      attach(socket, 'trainee', p.room, r.value.id);
      return { ok: true, room: p.room, token, you: rules.youOf(r.doc, r.value), view: rules.traineeView(r.doc, dead) };
    },
    'trainee:progress': trainee('trainee:progress', (doc, id, p) => rules.setProgress(doc, id, p)),
    'trainee:vote': trainee('trainee:vote', (doc, id, p) => rules.vote(doc, id, p)),
    'trainee:finish': trainee('trainee:finish', (doc, id, p) => rules.finish(doc, id, p, now())),
    'trainee:leave': async (socket) => {
      const { room, memberId } = socket.data;
      const r = await change(room!, (doc) => rules.removeMember(doc, memberId!));
      if (!r.ok) return fail(r.error, 'trainee:leave');
      socket.data = { role: null, room: null, memberId: null };
      socket.rooms.forEach((x) => x !== socket.id && void socket.leave(x));
      endFor(`m:${room}:${memberId}`, 'left'); // the trainee's other tabs
      return { ok: true };
    },
    'facilitator:hold': facilitator('facilitator:hold', (doc, p) => rules.hold(doc, p.decision, now())),
    'facilitator:reveal': facilitator('facilitator:reveal', (doc, p) => rules.reveal(doc, p.holdId)),
    'facilitator:results': facilitator('facilitator:results', (doc, p) => rules.publishResults(doc, p.holdId, p.results)),
    'facilitator:release': facilitator('facilitator:release', (doc, p) => rules.release(doc, p.holdId)),
    'facilitator:settings': facilitator('facilitator:settings', (doc, p) => rules.settings(doc, p)),
    'facilitator:remove': facilitator('facilitator:remove', (doc, p) => rules.removeMember(doc, p.memberId), (doc, p) => endFor(`m:${doc.code}:${p.memberId}`, 'removed')),
    'facilitator:close': async (socket) => {
      const code = socket.data.room!;
      await serial(code, () => store.delete(code));
      socket.data = { role: null, room: null, memberId: null };
      socket.rooms.forEach((x) => x !== socket.id && void socket.leave(x));
      endFor(`r:${code}`, 'closed');
      return { ok: true };
    },
  };

  function handle(socket: RoomSocket, event: RequestName, payload: unknown): Promise<unknown> {
    return (handlers[event] as Handler<RequestName>)(socket, payload as Request<RequestName>);
  }

  return {
    http,
    io,
    instanceId,
    async listen(port, host) {
      await beat();
      await new Promise<void>((resolve, reject) => {
        http.once('error', reject);
        http.listen(port, host, () => {
          http.off('error', reject);
          resolve();
        });
      });
      const addr = http.address();
      return typeof addr === 'object' && addr ? addr.port : port;
    },
    async close() {
      for (const t of timers) clearInterval(t);
      await new Promise<void>((resolve) => io.close(() => resolve()));
      await store.retire(instanceId).catch(() => undefined);
      await store.close();
    },
  };
}

function originAllowed(req: IncomingMessage, allowed: ReadonlySet<string>): boolean {
  const origin = req.headers.origin;
  if (!origin) return true; // not a browser page (a Node client, a test, curl)
  if (allowed.has(origin)) return true;
  try {
    return new URL(origin).host === req.headers.host;
  } catch {
    return false;
  }
}

function clientAddress(req: IncomingMessage, trustProxy: boolean): string {
  const fwd = req.headers['x-forwarded-for'];
  if (trustProxy && typeof fwd === 'string' && fwd) return fwd.split(',')[0]!.trim();
  return req.socket.remoteAddress ?? 'unknown';
}
