// The default room store: one SQLite file through better-sqlite3, for one server process.
// WAL journal, synchronous=NORMAL: every committed change survives the process being killed and
// restarted (only a power cut can lose the last moments). One row per room, its state as JSON.
import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { LIMITS } from '../room/protocol';
import { isExpired, readDoc, type Outcome, type RoomDoc } from './room-state';
import { INSTANCE_TTL_MS, type RoomStore, type Update } from './store';

export function openSqliteStore(file: string): RoomStore {
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('busy_timeout = 2000');
  db.exec(`
    CREATE TABLE IF NOT EXISTS rooms (code TEXT PRIMARY KEY, doc TEXT NOT NULL, touched_at INTEGER NOT NULL);
    CREATE INDEX IF NOT EXISTS rooms_touched ON rooms(touched_at);
    CREATE TABLE IF NOT EXISTS instances (id TEXT PRIMARY KEY, seen_at INTEGER NOT NULL);
  `);
  // One process owns the file: the instances of earlier runs are dead, and their connections gone.
  db.prepare('DELETE FROM instances WHERE seen_at < ?').run(Date.now() - LIMITS.roomIdleTtlMs);
  db.exec('UPDATE instances SET seen_at = 0');
  const q = {
    get: db.prepare<[string], { doc: string }>('SELECT doc FROM rooms WHERE code = ?'),
    insert: db.prepare('INSERT OR IGNORE INTO rooms (code, doc, touched_at) VALUES (?, ?, ?)'),
    put: db.prepare('UPDATE rooms SET doc = ?, touched_at = ? WHERE code = ?'),
    del: db.prepare('DELETE FROM rooms WHERE code = ?'),
    sweep: db.prepare('DELETE FROM rooms WHERE touched_at < ?'),
    count: db.prepare<[number], { n: number }>('SELECT COUNT(*) AS n FROM rooms WHERE touched_at >= ?'),
    beat: db.prepare('INSERT INTO instances (id, seen_at) VALUES (?, ?) ON CONFLICT(id) DO UPDATE SET seen_at = excluded.seen_at'),
    dead: db.prepare<[number], { id: string }>('SELECT id FROM instances WHERE seen_at < ?'),
    retire: db.prepare('UPDATE instances SET seen_at = 0 WHERE id = ?'),
  };
  const load = (code: string, now: number): RoomDoc | null => {
    const row = q.get.get(code);
    const doc = row ? readDoc(row.doc) : null;
    return doc && !isExpired(doc, now) ? doc : null;
  };
  const create = db.transaction((doc: RoomDoc, now: number): 'ok' | 'exists' | 'full' => {
    if (q.count.get(now - LIMITS.roomIdleTtlMs)!.n >= LIMITS.maxRooms) return 'full';
    const stale = q.get.get(doc.code);
    if (stale && load(doc.code, now)) return 'exists';
    if (stale) q.del.run(doc.code);
    q.insert.run(doc.code, JSON.stringify(doc), now);
    return 'ok';
  });
  const update = db.transaction(<T>(code: string, now: number, fn: Update<T>) => {
    const doc = load(code, now);
    if (!doc) return null;
    const out = fn(doc);
    if (out.ok) {
      doc.touchedAt = now;
      doc.rev += 1;
      q.put.run(JSON.stringify(doc), now, code);
    }
    return out;
  });

  return {
    kind: 'sqlite',
    create: async (doc, now) => create(doc, now),
    get: async (code, now) => load(code, now),
    update: async <T>(code: string, now: number, fn: Update<T>) => update(code, now, fn) as Outcome<T> | null,
    delete: async (code) => void q.del.run(code),
    sweep: async (now) => q.sweep.run(now - LIMITS.roomIdleTtlMs).changes,
    count: async (now) => q.count.get(now - LIMITS.roomIdleTtlMs)!.n,
    heartbeat: async (id, now) => void q.beat.run(id, now),
    deadInstances: async (now) => new Set(q.dead.all(now - INSTANCE_TTL_MS).map((r) => r.id)),
    retire: async (id) => void q.retire.run(id),
    close: async () => void db.close(),
  };
}
