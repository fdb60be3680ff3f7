// Where rooms live: one interface, two implementations. SQLite (store-sqlite.ts) is the default:
// one process, a file on disk, a restart loses nothing. Redis (store-redis.ts, ROOM_REDIS_URL)
// lets several server instances share rooms. Every change to a room goes through `update`, which
// is atomic per room in both.
import type { Outcome, RoomDoc } from './room-state';

export type Update<T> = (doc: RoomDoc) => Outcome<T>;

export interface RoomStore {
  readonly kind: 'sqlite' | 'redis';
  /** Stores a new room; 'exists' if the code is taken, 'full' at LIMITS.maxRooms. */
  create(doc: RoomDoc, now: number): Promise<'ok' | 'exists' | 'full'>;
  /** The room, or null if there is none or it has expired. */
  get(code: string, now: number): Promise<RoomDoc | null>;
  /** Applies `fn` to the room and stores the result when it succeeds (touching the room); null: no such room. */
  update<T>(code: string, now: number, fn: Update<T>): Promise<Outcome<T> | null>;
  delete(code: string): Promise<void>;
  /** Deletes rooms idle for longer than LIMITS.roomIdleTtlMs; returns how many. */
  sweep(now: number): Promise<number>;
  /** Rooms stored (not expired). */
  count(now: number): Promise<number>;
  /**
   * Says this instance is alive. `deadInstances` lists the instances not seen for INSTANCE_TTL_MS
   * (and those retired): their connections no longer count. An instance not listed at all (one
   * that has just started) counts as alive, so a stale list never hides a new instance's clients.
   */
  heartbeat(instance: string, now: number): Promise<void>;
  deadInstances(now: number): Promise<Set<string>>;
  /** Marks this instance dead (a clean shutdown), so its connections stop counting at once. */
  retire(instance: string): Promise<void>;
  close(): Promise<void>;
}

export const INSTANCE_TTL_MS = 30_000;
export const HEARTBEAT_MS = 10_000;
