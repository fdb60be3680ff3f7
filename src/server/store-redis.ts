// The shared room store for several server instances (ROOM_REDIS_URL): each room is a hash
// {rev, doc} that expires after LIMITS.roomIdleTtlMs without a write; a change is a
// compare-and-set on `rev` in one Lua script, retried when another instance changed the room first.
import { Redis } from 'ioredis';
import { LIMITS } from '../room/protocol';
import { readDoc, type RoomDoc } from './room-state';
import { INSTANCE_TTL_MS, type RoomStore, type Update } from './store';

// KEYS: room hash, rooms index (sorted set by last write). ARGV: expected rev, new rev, doc, ttl ms, now, code
const CAS = `
if (redis.call('HGET', KEYS[1], 'rev') or '') ~= ARGV[1] then return 0 end
redis.call('HSET', KEYS[1], 'rev', ARGV[2], 'doc', ARGV[3])
redis.call('PEXPIRE', KEYS[1], ARGV[4])
redis.call('ZADD', KEYS[2], ARGV[5], ARGV[6])
return 1`;
// KEYS: room hash, rooms index. ARGV: doc, ttl ms, now, code, oldest live score, max rooms, rev
const CREATE = `
redis.call('ZREMRANGEBYSCORE', KEYS[2], '-inf', '(' .. ARGV[5])
if redis.call('EXISTS', KEYS[1]) == 1 then return 'exists' end
if redis.call('ZCARD', KEYS[2]) >= tonumber(ARGV[6]) then return 'full' end
redis.call('HSET', KEYS[1], 'rev', ARGV[7], 'doc', ARGV[1])
redis.call('PEXPIRE', KEYS[1], ARGV[2])
redis.call('ZADD', KEYS[2], ARGV[3], ARGV[4])
return 'ok'`;

/** The scripts above, once defined on the connection (keys first, then the arguments). */
interface RoomScripts {
  roomCreate(...keysAndArgs: (string | number)[]): Promise<string>;
  roomCas(...keysAndArgs: (string | number)[]): Promise<number>;
}

export interface RedisStore extends RoomStore {
  /** Two more connections for socket.io's Redis adapter (publish, subscribe). */
  adapterClients(): { pub: Redis; sub: Redis };
}

export async function openRedisStore(url: string, prefix = 'alice:room:'): Promise<RedisStore> {
  const redis = new Redis(url, { maxRetriesPerRequest: 3, lazyConnect: true });
  // The two Lua scripts as named commands: ioredis sends each once and then calls it by its SHA.
  redis.defineCommand('roomCreate', { numberOfKeys: 2, lua: CREATE });
  redis.defineCommand('roomCas', { numberOfKeys: 2, lua: CAS });
  const scripts = redis as unknown as RoomScripts;
  await redis.connect();
  const extra: Redis[] = [];
  const key = (code: string) => `${prefix}r:${code}`;
  const index = `${prefix}rooms`;
  const instances = `${prefix}instances`;
  const ttl = String(LIMITS.roomIdleTtlMs);

  async function read(code: string): Promise<{ rev: string; doc: RoomDoc } | null> {
    const [rev, json] = await redis.hmget(key(code), 'rev', 'doc');
    const doc = rev && json ? readDoc(json) : null;
    return doc && rev ? { rev, doc } : null;
  }

  return {
    kind: 'redis',
    async create(doc, now) {
      const r = await scripts.roomCreate(key(doc.code), index, JSON.stringify(doc), ttl, now, doc.code, now - LIMITS.roomIdleTtlMs, LIMITS.maxRooms, doc.rev);
      return r as 'ok' | 'exists' | 'full';
    },
    async get(code) {
      return (await read(code))?.doc ?? null;
    },
    async update<T>(code: string, now: number, fn: Update<T>) {
      for (let attempt = 0; attempt < 40; attempt++) {
        const cur = await read(code);
        if (!cur) return null;
        const out = fn(cur.doc);
        if (!out.ok) return out;
        cur.doc.touchedAt = now;
        cur.doc.rev = Number(cur.rev) + 1;
        const rev = String(cur.doc.rev);
        const set = await scripts.roomCas(key(code), index, cur.rev, rev, JSON.stringify(cur.doc), ttl, now, code);
        if (set === 1) return out;
        await new Promise((r) => setTimeout(r, Math.random() * 5 * (attempt + 1)));
      }
      return { ok: false, error: { code: 'busy', message: 'the room is busy: try again' } };
    },
    async delete(code) {
      await redis.multi().del(key(code)).zrem(index, code).exec();
    },
    async sweep(now) {
      // The rooms' hashes expire by themselves; this keeps the index (the room count) bounded.
      return redis.zremrangebyscore(index, '-inf', `(${now - LIMITS.roomIdleTtlMs}`);
    },
    async count(now) {
      return redis.zcount(index, now - LIMITS.roomIdleTtlMs, '+inf');
    },
    async heartbeat(id, now) {
      await redis.multi().zadd(instances, now, id).zremrangebyscore(instances, '1', `(${now - LIMITS.roomIdleTtlMs}`).exec();
    },
    async deadInstances(now) {
      return new Set(await redis.zrangebyscore(instances, '-inf', `(${now - INSTANCE_TTL_MS}`));
    },
    async retire(id) {
      await redis.zadd(instances, 0, id);
    },
    adapterClients() {
      const pub = redis.duplicate();
      const sub = redis.duplicate();
      extra.push(pub, sub);
      return { pub, sub };
    },
    async close() {
      await Promise.all([redis, ...extra].map((c) => c.quit().catch(() => c.disconnect())));
    },
  };
}
