// The SQLite store: atomic updates, expiry of idle rooms, the room cap, presence of dead instances.
import { afterEach, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openSqliteStore } from '../../../src/server/store-sqlite';
import * as rules from '../../../src/server/room-state';
import { LIMITS } from '../../../src/room/protocol';
import { INSTANCE_TTL_MS } from '../../../src/server/store';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});
const file = () => {
  const d = mkdtempSync(join(tmpdir(), 'alice-store-'));
  dirs.push(d);
  return join(d, 'rooms.sqlite');
};

describe('SQLite room store', () => {
  it('keeps rooms across a reopen, bumps the revision on each write, refuses a taken code', async () => {
    const f = file();
    let s = openSqliteStore(f);
    expect(await s.create(rules.newRoom('K7P3QX', 'h', 1000), 1000)).toBe('ok');
    expect(await s.create(rules.newRoom('K7P3QX', 'other', 1000), 1000)).toBe('exists');
    const out = await s.update('K7P3QX', 2000, (d) => rules.join(d, { name: 'Ana', nonceHash: 'n', tokenHash: 't' }, 2000));
    expect(out).toMatchObject({ ok: true });
    const failed = await s.update('K7P3QX', 2500, (d) => rules.vote(d, 'm1', { holdId: 1, option: 'plan_target' }));
    expect(failed).toMatchObject({ ok: false, error: { code: 'no_hold' } });
    expect(await s.update('ZZZZZZ', 2500, () => ({ ok: true, value: null, trainees: false }))).toBeNull();
    await s.close();
    s = openSqliteStore(f);
    const doc = await s.get('K7P3QX', 3000);
    expect(doc).toMatchObject({ rev: 2, touchedAt: 2000, keyHash: 'h', members: [{ name: 'Ana' }] }); // the failed vote wrote nothing
    await s.close();
  });

  it('expires idle rooms and sweeps them away; a code frees up', async () => {
    const s = openSqliteStore(':memory:');
    await s.create(rules.newRoom('K7P3QX', 'h', 0), 0);
    await s.create(rules.newRoom('ABCDEF', 'h', 0), 0);
    await s.update('ABCDEF', LIMITS.roomIdleTtlMs, (d) => rules.settings(d, { locked: true }));
    const later = LIMITS.roomIdleTtlMs + 10;
    expect(await s.get('K7P3QX', later)).toBeNull();
    expect(await s.get('ABCDEF', later)).not.toBeNull();
    expect(await s.count(later)).toBe(1);
    expect(await s.sweep(later)).toBe(1);
    expect(await s.create(rules.newRoom('K7P3QX', 'new', later), later)).toBe('ok');
    await s.close();
  });

  it('refuses new rooms beyond the cap', async () => {
    const s = openSqliteStore(':memory:');
    for (let i = 0; i < LIMITS.maxRooms; i++) await s.create(rules.newRoom(`R${String(i).padStart(5, '0')}`, 'h', 1), 1);
    expect(await s.create(rules.newRoom('K7P3QX', 'h', 1), 1)).toBe('full');
    await s.close();
  });

  it('instances of an earlier run are dead at once; a silent one after INSTANCE_TTL_MS', async () => {
    const f = file();
    let s = openSqliteStore(f);
    const t = Date.now();
    await s.heartbeat('old', t);
    expect(await s.deadInstances(t)).toEqual(new Set());
    await s.close();
    s = openSqliteStore(f);
    await s.heartbeat('new', t);
    expect(await s.deadInstances(t)).toEqual(new Set(['old']));
    expect(await s.deadInstances(t + INSTANCE_TTL_MS + 1)).toEqual(new Set(['old', 'new']));
    await s.close();
  });
});
