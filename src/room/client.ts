// The browser's room client (also runs in Node, for the tests and the benchmark): a small typed
// layer over socket.io-client. A FacilitatorClient creates or resumes a room and drives its
// holds; a TraineeClient joins, reports progress, votes and sends the result code. Each keeps its
// secret in storage (localStorage by default) and resumes with it on every (re)connect, so a lost
// connection or a reload comes back to the same place. Progress, the result and the vote are
// "latest wins": sent when online, kept when not, and synced again after a resume.
import { io, type Socket } from 'socket.io-client';
import * as z from 'zod/mini';
import {
  ClosedSchema,
  FacilitatorViewSchema,
  LIMITS,
  normaliseName,
  nameProblem,
  normaliseRoomCode,
  PROTOCOL_VERSION,
  RoomErrorSchema,
  TraineeViewSchema,
  WelcomeSchema,
  YouSchema,
  type Auth,
  type ClientToServer,
  type Closed,
  type ErrorCode,
  type FacilitatorView,
  type Finish,
  type Progress,
  type Reply,
  type Request,
  type RequestName,
  type Results,
  type Role,
  type RoomError,
  type ServerToClient,
  type TraineeView,
  type You,
} from './protocol';
import type { DecisionId, DecisionKey } from '../sim/decisions';

export interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export interface RoomClientOptions {
  /** The room server's origin; default: the page's own (the room server serves the game). */
  url?: string;
  /** socket.io's path; default `/socket.io`. */
  path?: string;
  /** Where the secret is kept across reloads; default localStorage; null keeps it in memory only. */
  storage?: StorageLike | null;
  /** Default `alice.room.<role>.v1`. */
  storageKey?: string;
  /** Default websocket first, long-polling if it fails (several instances need no sticky sessions on websocket). */
  transports?: ('websocket' | 'polling')[];
  reconnectionDelay?: number;
  reconnectionDelayMax?: number;
  ackTimeoutMs?: number;
}

/** connecting: (re)connecting or resuming; online: in the room; offline: not connected and not trying; closed: the room is gone for us. */
export type Status = 'idle' | 'connecting' | 'online' | 'offline' | 'closed';

interface CommonEvents {
  status: Status;
  /** A refused request without a reply to carry it, a refused resume, or a malformed message from the server. */
  error: RoomError;
  /** The room ended for this client (closed by the facilitator, removed, left, or expired); the secret is forgotten. */
  closed: Closed;
}
export interface FacilitatorEvents extends CommonEvents {
  view: FacilitatorView;
}
export interface TraineeEvents extends CommonEvents {
  view: TraineeView;
  you: You;
}

const StoredSchema = z.strictObject({ v: z.literal(1), room: z.string(), secret: z.string() });
type Stored = z.infer<typeof StoredSchema>;

const defaultStorage = (): StorageLike | null => {
  try {
    return typeof globalThis.localStorage === 'undefined' ? null : globalThis.localStorage;
  } catch {
    return null; // storage blocked (private mode, sandboxed frame)
  }
};

const clientError = (code: ErrorCode, message: string, event?: string): { ok: false; error: RoomError } => ({
  ok: false,
  error: event ? { code, message, event } : { code, message },
});

function randomId(bytes: number): string {
  const a = new Uint8Array(bytes);
  globalThis.crypto.getRandomValues(a);
  let s = '';
  for (const b of a) s += String.fromCharCode(b);
  return btoa(s).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

abstract class RoomConnection<Ev extends CommonEvents, V extends { rev: number }> {
  protected readonly socket: Socket<ServerToClient, ClientToServer>;
  protected readonly storage: StorageLike | null;
  protected readonly storageKey: string;
  protected readonly ackTimeoutMs: number;
  private memory: Stored | null = null;
  private readonly listeners = new Map<keyof Ev, Set<(v: never) => void>>();
  private waiters: ((resumed: boolean) => void)[] = [];
  private _status: Status = 'idle';
  private _view: V | null = null;

  protected constructor(readonly role: Role, opts: RoomClientOptions) {
    this.storage = opts.storage === undefined ? defaultStorage() : opts.storage;
    this.storageKey = opts.storageKey ?? `alice.room.${role}.v1`;
    this.ackTimeoutMs = opts.ackTimeoutMs ?? LIMITS.ackTimeoutMs;
    const url = opts.url ?? globalThis.location?.origin;
    if (!url) throw new Error('RoomClient: no url and no page origin');
    this.socket = io(url, {
      path: opts.path ?? '/socket.io',
      autoConnect: false,
      transports: opts.transports ?? ['websocket', 'polling'],
      tryAllTransports: true,
      reconnectionDelay: opts.reconnectionDelay ?? 500,
      reconnectionDelayMax: opts.reconnectionDelayMax ?? 5000,
      // Called on every (re)connect: the resume happens in the handshake, before any buffered message.
      auth: (cb) => cb(this.auth()),
    });
    this.socket.on('connect', () => {
      if (!this.stored()) this.setStatus('online');
    });
    this.socket.on('disconnect', (reason) => {
      if (this._status === 'closed') return;
      this.setStatus(this.socket.active ? 'connecting' : 'offline');
      void reason;
    });
    this.socket.on('connect_error', (err: Error & { data?: { code?: string } }) => {
      const code = err.data?.code;
      if (this.socket.active) {
        this.setStatus('connecting'); // the network or the server is down: socket.io retries
        return;
      }
      const parsed = RoomErrorSchema.safeParse({ code, message: err.message });
      const error: RoomError = parsed.success ? parsed.data : { code: 'internal', message: err.message };
      if (code === 'unknown_room' || code === 'wrong_secret') {
        this.forgetStored();
        this.emit('error', error);
        this.emit('closed', { reason: 'expired' });
        this.setStatus('closed');
      } else {
        this.emit('error', error);
        this.setStatus('offline');
      }
      this.settle(false);
    });
    this.socket.on('welcome', (w) => {
      const r = WelcomeSchema.safeParse(w);
      if (!r.success || r.data.role !== this.role) return this.badMessage('welcome');
      this._view = null;
      this.onWelcome(r.data);
      this.setStatus('online');
      this.settle(true);
    });
    this.socket.on('room:error', (e) => {
      const r = RoomErrorSchema.safeParse(e);
      if (r.success) this.emit('error', r.data);
    });
    this.socket.on('room:closed', (c) => {
      const r = ClosedSchema.safeParse(c);
      this.forgetStored();
      this._view = null;
      this.emit('closed', r.success ? r.data : { reason: 'closed' });
      this.setStatus('closed');
      this.settle(false);
    });
  }

  get status(): Status {
    return this._status;
  }

  /** The room's code, while this client has one. */
  get room(): string | null {
    return this.stored()?.room ?? null;
  }

  /** The latest view of the room, as this role sees it. */
  get view(): V | null {
    return this._view;
  }

  /** Subscribes; returns the unsubscribe function. */
  on<K extends keyof Ev>(event: K, fn: (value: Ev[K]) => void): () => void {
    let set = this.listeners.get(event);
    if (!set) this.listeners.set(event, (set = new Set()));
    set.add(fn as (v: never) => void);
    return () => set!.delete(fn as (v: never) => void);
  }

  /** Whether a room secret is stored (a resume is possible). */
  hasStoredRoom(): boolean {
    return this.stored() !== null;
  }

  /** Connects and resumes the stored room: true once back in it, false if there is none or it is gone. */
  resume(): Promise<boolean> {
    if (!this.stored()) return Promise.resolve(false);
    if (this._status === 'online' && this._view) return Promise.resolve(true);
    const p = new Promise<boolean>((resolve) => this.waiters.push(resolve));
    if (!this.socket.connected && !this.socket.active) {
      this.setStatus('connecting');
      this.socket.connect();
    }
    return p;
  }

  /** Stops talking to the server; the secret stays stored, so `resume()` comes back. */
  disconnect(): void {
    this.socket.disconnect();
    this.setStatus('offline');
    this.settle(false);
  }

  /** Forgets the stored room and disconnects. */
  forget(): void {
    this.forgetStored();
    this._view = null;
    this.disconnect();
  }

  protected abstract onWelcome(w: z.infer<typeof WelcomeSchema>): void;

  protected setView(v: V): boolean {
    if (this._view && v.rev < this._view.rev) return false; // views from two server instances may cross
    this._view = v;
    (this.emit as (k: 'view', v: V) => void)('view', v);
    return true;
  }

  protected emit<K extends keyof Ev>(event: K, value: Ev[K]): void {
    for (const fn of [...(this.listeners.get(event) ?? [])]) {
      try {
        (fn as (v: Ev[K]) => void)(value);
      } catch (e) {
        console.error(e); // a listener's bug must not stop the others or the client
      }
    }
  }

  protected badMessage(event: string): void {
    this.emit('error', { code: 'malformed', message: `the server sent a malformed ${event}`, event });
  }

  protected stored(): Stored | null {
    if (this.memory) return this.memory;
    if (!this.storage) return null;
    try {
      const raw = this.storage.getItem(this.storageKey);
      const r = raw ? StoredSchema.safeParse(JSON.parse(raw)) : null;
      this.memory = r?.success ? r.data : null;
    } catch {
      this.memory = null;
    }
    return this.memory;
  }

  protected store(room: string, secret: string): void {
    this.memory = { v: 1, room, secret };
    try {
      this.storage?.setItem(this.storageKey, JSON.stringify(this.memory));
    } catch {
      /* storage full or blocked: the room still works until the page closes */
    }
  }

  protected forgetStored(): void {
    this.memory = null;
    try {
      this.storage?.removeItem(this.storageKey);
    } catch {
      /* nothing stored */
    }
  }

  private auth(): Auth {
    const s = this.stored();
    if (!s) return { v: PROTOCOL_VERSION };
    return this.role === 'facilitator'
      ? { v: PROTOCOL_VERSION, room: s.room, role: 'facilitator', key: s.secret }
      : { v: PROTOCOL_VERSION, room: s.room, role: 'trainee', token: s.secret };
  }

  protected setStatus(s: Status): void {
    if (s === this._status) return;
    this._status = s;
    this.emit('status', s);
  }

  private settle(resumed: boolean): void {
    const w = this.waiters;
    this.waiters = [];
    for (const f of w) f(resumed);
  }

  /** Connects without a stored secret (to create or join). */
  protected async connectAnonymous(): Promise<boolean> {
    if (this.socket.connected && !this.stored()) return true;
    this.forgetStored();
    this.socket.disconnect();
    this.setStatus('connecting');
    return new Promise<boolean>((resolve) => {
      const done = (ok: boolean) => {
        clearTimeout(t);
        this.socket.off('connect', onOk);
        this.socket.off('connect_error', onErr);
        resolve(ok);
      };
      const onOk = () => done(true);
      const onErr = () => {
        if (!this.socket.active) done(false);
      };
      const t = setTimeout(() => done(this.socket.connected), this.ackTimeoutMs);
      this.socket.on('connect', onOk);
      this.socket.on('connect_error', onErr);
      this.socket.connect();
    });
  }

  /** Sends one request and waits for its reply; never throws. */
  protected async request<E extends RequestName>(event: E, payload: Request<E>): Promise<Reply<E>> {
    if (!this.socket.connected) return clientError('offline', 'not connected to the room server', event);
    try {
      const s = this.socket.timeout(this.ackTimeoutMs) as unknown as { emitWithAck(e: string, p: unknown): Promise<Reply<E>> };
      const reply = await s.emitWithAck(event, payload);
      if (!reply.ok) {
        const r = RoomErrorSchema.safeParse(reply.error);
        return { ok: false, error: r.success ? r.data : { code: 'internal', message: 'malformed error reply', event } };
      }
      return reply;
    } catch {
      return clientError('timeout', `no reply from the room server within ${this.ackTimeoutMs / 1000} s`, event);
    }
  }
}

/** The facilitator's side: create or resume a room, see it, hold, reveal, publish, release. */
export class FacilitatorClient extends RoomConnection<FacilitatorEvents, FacilitatorView> {
  constructor(opts: RoomClientOptions = {}) {
    super('facilitator', opts);
    this.socket.on('facilitator:view', (v) => {
      const r = FacilitatorViewSchema.safeParse(v);
      if (r.success) this.setView(r.data);
      else this.badMessage('facilitator:view');
    });
  }

  /** Stores a room's key (from the facilitator link printed by `npm run room`) so `resume()` enters it. */
  adopt(room: string, key: string): void {
    const code = normaliseRoomCode(room);
    if (code) this.store(code, key);
  }

  /** The stored key, for the facilitator's own link (never show it to the room). */
  get key(): string | null {
    return this.stored()?.secret ?? null;
  }

  /** Creates a new room (forgetting any stored one). */
  async create(): Promise<Reply<'room:create'>> {
    if (!(await this.connectAnonymous())) return clientError('offline', 'cannot reach the room server', 'room:create');
    const r = await this.request('room:create', {});
    if (r.ok) {
      this.store(r.room, r.key);
      this.setView(r.view);
      this.setStatus('online');
    }
    return r;
  }

  hold(decision: DecisionKey) {
    return this.withView(this.request('facilitator:hold', { decision }));
  }

  /** Reveals the current hold's split to the room. */
  reveal(holdId = this.view?.hold?.id) {
    return holdId ? this.withView(this.request('facilitator:reveal', { holdId })) : this.noHold('facilitator:reveal');
  }

  /** Publishes the model's result per option (computed in this browser) for the current hold. */
  publishResults(results: Results, holdId = this.view?.hold?.id) {
    return holdId ? this.withView(this.request('facilitator:results', { holdId, results })) : this.noHold('facilitator:results');
  }

  /** Ends the current hold: the room plays on; the hold goes into the history. */
  release(holdId = this.view?.hold?.id) {
    return holdId ? this.withView(this.request('facilitator:release', { holdId })) : this.noHold('facilitator:release');
  }

  /** showBallots: see who voted what (only the facilitator ever does); locked: refuse new trainees. */
  settings(s: { showBallots?: boolean; locked?: boolean }) {
    return this.withView(this.request('facilitator:settings', s));
  }

  remove(memberId: string) {
    return this.withView(this.request('facilitator:remove', { memberId }));
  }

  /** Deletes the room for everyone. */
  async closeRoom(): Promise<Reply<'facilitator:close'>> {
    const r = await this.request('facilitator:close', {});
    if (r.ok) this.forget();
    return r;
  }

  protected onWelcome(w: z.infer<typeof WelcomeSchema>): void {
    if (w.role === 'facilitator') this.setView(w.view);
  }

  private async withView<E extends RequestName>(p: Promise<Reply<E>>): Promise<Reply<E>> {
    const r = await p;
    if (r.ok && 'view' in r) this.setView(r.view as FacilitatorView);
    return r;
  }

  private noHold<E extends RequestName>(event: E): Promise<Reply<E>> {
    return Promise.resolve(clientError('no_hold', 'there is no vote open', event));
  }
}

/** The trainee's side: join by code and name, report progress, vote, send the result code. */
export class TraineeClient extends RoomConnection<TraineeEvents, TraineeView> {
  private _you: You | null = null;
  private want: { progress: Progress | null; finish: Finish | null; vote: { holdId: number; option: DecisionId } | null } = { progress: null, finish: null, vote: null };
  private pendingJoin: { room: string; name: string; nonce: string } | null = null;

  constructor(opts: RoomClientOptions = {}) {
    super('trainee', opts);
    this.socket.on('trainee:view', (v) => {
      const r = TraineeViewSchema.safeParse(v);
      if (r.success) this.setView(r.data);
      else this.badMessage('trainee:view');
    });
    this.socket.on('trainee:you', (y) => {
      const r = YouSchema.safeParse(y);
      if (r.success) this.setYou(r.data);
      else this.badMessage('trainee:you');
    });
  }

  /** This trainee as the room knows them (their vote in the current hold included). */
  get you(): You | null {
    return this._you;
  }

  /** Checks a name as the server will: null if fine, else why not (English; the UI has its own words). */
  static nameProblem(name: string): string | null {
    return nameProblem(normaliseName(name));
  }

  /** Joins a room by its code (as typed: case and dashes do not matter) and a name. */
  async join(roomCode: string, name: string): Promise<Reply<'room:join'>> {
    const room = normaliseRoomCode(roomCode);
    if (!room) return clientError('unknown_room', 'this is not a room code', 'room:join');
    const clean = normaliseName(name);
    const problem = nameProblem(clean);
    if (problem) return clientError('malformed', problem, 'room:join');
    // The same attempt again (its reply was lost) reuses its nonce: the server finds the same member.
    if (!this.pendingJoin || this.pendingJoin.room !== room || this.pendingJoin.name !== clean) this.pendingJoin = { room, name: clean, nonce: randomId(18) };
    if (!(await this.connectAnonymous())) return clientError('offline', 'cannot reach the room server', 'room:join');
    const r = await this.request('room:join', { room, name: clean, nonce: this.pendingJoin.nonce });
    if (r.ok) {
      this.pendingJoin = null;
      this.want = { progress: null, finish: null, vote: null };
      this.store(r.room, r.token);
      this.setYou(r.you);
      this.setView(r.view);
      this.setStatus('online');
    }
    return r;
  }

  /** Where the trainee is; kept and re-sent after a reconnect. */
  progress(p: Progress): Promise<Reply<'trainee:progress'>> {
    this.want.progress = p;
    return this.sendYou(this.request('trainee:progress', p));
  }

  /** The result (path) code at the end; kept and re-sent after a reconnect. */
  finish(code: string, ending: string | null = null): Promise<Reply<'trainee:finish'>> {
    this.want.finish = { code, ending };
    return this.sendYou(this.request('trainee:finish', { code, ending }));
  }

  /** Votes (or changes the vote) in the current hold; kept and re-sent after a reconnect while the vote is open. */
  vote(option: DecisionId, holdId = this.view?.hold?.id): Promise<Reply<'trainee:vote'>> {
    if (!holdId) return Promise.resolve(clientError('no_hold', 'there is no vote open', 'trainee:vote'));
    this.want.vote = { holdId, option };
    return this.sendYou(this.request('trainee:vote', { holdId, option }));
  }

  /** Leaves the room for good (the facilitator's list drops this trainee). */
  async leave(): Promise<Reply<'trainee:leave'>> {
    const r = await this.request('trainee:leave', {});
    if (r.ok) this.forget();
    return r;
  }

  protected onWelcome(w: z.infer<typeof WelcomeSchema>): void {
    if (w.role !== 'trainee') return;
    this._you = null;
    this.setYou(w.you);
    this.setView(w.view);
    void this.sync();
  }

  /** After a resume: send what the server has not got (a choice made offline, a vote sent in a blip). */
  private async sync(): Promise<void> {
    const you = this._you;
    if (!you) return;
    const { progress, finish, vote } = this.want;
    if (progress && JSON.stringify(progress) !== JSON.stringify(you.progress)) await this.progress(progress);
    if (finish && finish.code !== you.result?.code) await this.finish(finish.code, finish.ending);
    const h = this.view?.hold;
    if (vote && h && h.id === vote.holdId && h.phase === 'voting' && you.vote?.option !== vote.option) await this.vote(vote.option, vote.holdId);
  }

  private setYou(y: You): void {
    if (this._you && y.rev < this._you.rev) return;
    this._you = y;
    this.emit('you', y);
  }

  private async sendYou<E extends 'trainee:progress' | 'trainee:finish' | 'trainee:vote'>(p: Promise<Reply<E>>): Promise<Reply<E>> {
    const r = await p;
    if (r.ok) this.setYou(r.you);
    return r;
  }
}
