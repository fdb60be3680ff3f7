// The room's rules as plain functions: join, resume, vote, change vote, reveal, results, release,
// and what each role may see.
import { describe, expect, it } from 'vitest';
import * as rules from '../../../src/server/room-state';
import { FacilitatorViewSchema, LIMITS, TraineeViewSchema, YouSchema } from '../../../src/room/protocol';

const live = new Set<string>(); // no dead instance
const ok = <T>(o: rules.Outcome<T>): T => {
  if (!o.ok) throw new Error(`${o.error.code}: ${o.error.message}`);
  return o.value;
};
function room(n = 3) {
  const doc = rules.newRoom('K7P3QX', 'keyhash', 1000);
  const members = Array.from({ length: n }, (_, i) => ok(rules.join(doc, { name: `Trainee ${i + 1}`, nonceHash: `n${i}`, tokenHash: `t${i}` }, 1000 + i)));
  return { doc, members };
}

describe('joining and resuming', () => {
  it('gives each trainee a member id; the token finds them again; names are unique in a room', () => {
    const { doc, members } = room(2);
    expect(members.map((m) => m.id)).toEqual(['m1', 'm2']);
    expect(rules.memberByToken(doc, 't1')?.id).toBe('m2');
    expect(rules.memberByToken(doc, 'nope')).toBeNull();
    expect(rules.join(doc, { name: 'trainee 1', nonceHash: 'x', tokenHash: 'y' }, 2000)).toMatchObject({ ok: false, error: { code: 'name_taken' } });
  });

  it('the same join again (lost reply) returns the same member, with the new token', () => {
    const { doc } = room(1);
    const again = ok(rules.join(doc, { name: 'Trainee 1', nonceHash: 'n0', tokenHash: 'fresh' }, 2000));
    expect(again.id).toBe('m1');
    expect(doc.members).toHaveLength(1);
    expect(rules.memberByToken(doc, 'fresh')?.id).toBe('m1');
    expect(rules.memberByToken(doc, 't0')).toBeNull();
  });

  it('refuses joins when locked or full', () => {
    const { doc } = room(LIMITS.maxMembers);
    expect(rules.join(doc, { name: 'late', nonceHash: 'a', tokenHash: 'b' }, 1)).toMatchObject({ ok: false, error: { code: 'room_full' } });
    const { doc: d2 } = room(1);
    ok(rules.settings(d2, { locked: true }));
    expect(rules.join(d2, { name: 'late', nonceHash: 'a', tokenHash: 'b' }, 1)).toMatchObject({ ok: false, error: { code: 'room_locked' } });
  });

  it('presence counts connections per live instance and forgets dead instances', () => {
    const { doc } = room(1);
    ok(rules.presence(doc, { memberId: 'm1' }, 'i1', 1, live));
    ok(rules.presence(doc, { memberId: 'm1' }, 'i1', 1, live));
    ok(rules.presence(doc, { memberId: 'm1' }, 'i1', -1, live));
    expect(rules.facilitatorView(doc, live).members[0]!.online).toBe(true);
    ok(rules.presence(doc, { memberId: 'm1' }, 'i1', -1, live));
    expect(rules.facilitatorView(doc, live).members[0]!.online).toBe(false);
    ok(rules.presence(doc, 'facilitator', 'i2', 1, live));
    expect(rules.traineeView(doc, live).facilitatorOnline).toBe(true);
    expect(rules.traineeView(doc, new Set(['i2'])).facilitatorOnline).toBe(false); // that instance died
    ok(rules.presence(doc, { memberId: 'm1' }, 'i1', 1, new Set(['i2'])));
    expect(doc.facilitatorOnline).toEqual({}); // its entries are dropped at the next change
  });
});

describe('hold, vote, reveal, results, release', () => {
  it('plays a full hold', () => {
    const { doc } = room(3);
    const h = ok(rules.hold(doc, 'list', 5000));
    expect(h.id).toBe(1);
    ok(rules.vote(doc, 'm1', { holdId: 1, option: 'list_none' }));
    ok(rules.vote(doc, 'm2', { holdId: 1, option: 'list_buy_merge' }));
    ok(rules.vote(doc, 'm2', { holdId: 1, option: 'list_none' })); // changed
    let f = rules.facilitatorView(doc, live);
    expect(f.hold!.counts).toEqual({ list_buy_merge: 0, list_buy_verify: 0, list_none: 2 });
    expect(f.hold!.voters).toEqual(['m1', 'm2']);
    expect(f.hold!.ballots).toBeNull(); // who voted what only when asked
    let t = rules.traineeView(doc, live);
    expect(t.hold).toMatchObject({ voted: 2, counts: null, results: null });

    expect(rules.publishResults(doc, 1, { seed: 1, runs: 1, options: [{ option: 'list_none', tier: null, metrics: {} }] })).toMatchObject({ ok: false, error: { code: 'wrong_phase' } });
    ok(rules.reveal(doc, 1));
    expect(rules.reveal(doc, 1)).toMatchObject({ ok: false, error: { code: 'stale' } }); // a replayed reveal
    expect(rules.vote(doc, 'm3', { holdId: 1, option: 'list_none' })).toMatchObject({ ok: false, error: { code: 'stale' } });
    t = rules.traineeView(doc, live);
    expect(t.hold!.counts).toEqual({ list_buy_merge: 0, list_buy_verify: 0, list_none: 2 });

    expect(rules.publishResults(doc, 1, { seed: 1, runs: 1, options: [{ option: 'plan_target', tier: null, metrics: {} }] })).toMatchObject({ ok: false, error: { code: 'wrong_option' } });
    expect(rules.publishResults(doc, 1, { seed: 1, runs: 1, options: [{ option: 'list_none', tier: null, metrics: {} }, { option: 'list_none', tier: null, metrics: {} }] })).toMatchObject({ ok: false });
    const results = { seed: 7, runs: 500, options: [{ option: 'list_none' as const, tier: 'ending_met', metrics: { accepted: 400 } }, { option: 'list_buy_merge' as const, tier: 'ending_wall', metrics: { accepted: 90 } }] };
    ok(rules.publishResults(doc, 1, results));
    expect(rules.traineeView(doc, live).hold!.results).toEqual(results);

    expect(rules.release(doc, 2)).toMatchObject({ ok: false, error: { code: 'stale' } });
    ok(rules.release(doc, 1));
    f = rules.facilitatorView(doc, live);
    expect(f.hold).toBeNull();
    expect(f.history).toEqual([{ id: 1, decision: 'list', counts: { list_buy_merge: 0, list_buy_verify: 0, list_none: 2 }, results }]);
    expect(rules.vote(doc, 'm1', { holdId: 1, option: 'list_none' })).toMatchObject({ ok: false, error: { code: 'no_hold' } });
  });

  it('refuses a vote for an old hold, or an option of another decision', () => {
    const { doc } = room(1);
    ok(rules.hold(doc, 'plan', 1));
    ok(rules.hold(doc, 'answer', 2)); // a new hold archives the open one
    expect(doc.history.map((h) => h.decision)).toEqual(['plan']);
    expect(rules.vote(doc, 'm1', { holdId: 1, option: 'plan_target' })).toMatchObject({ ok: false, error: { code: 'stale' } });
    expect(rules.vote(doc, 'm1', { holdId: 2, option: 'plan_target' })).toMatchObject({ ok: false, error: { code: 'wrong_option' } });
    expect(ok(rules.hold(doc, 'answer', 3)).id).toBe(2); // holding the same decision again is the same hold
  });

  it('shows ballots to the facilitator only with showBallots, never to trainees', () => {
    const { doc, members } = room(2);
    ok(rules.hold(doc, 'plan', 1));
    ok(rules.vote(doc, 'm1', { holdId: 1, option: 'plan_target' }));
    ok(rules.settings(doc, { showBallots: true }));
    expect(rules.facilitatorView(doc, live).hold!.ballots).toEqual({ m1: 'plan_target' });
    const t = JSON.stringify(rules.traineeView(doc, live));
    expect(t).not.toContain('m1');
    expect(t).not.toContain('Trainee');
    expect(rules.youOf(doc, members[0]!).vote).toEqual({ holdId: 1, option: 'plan_target' });
    expect(rules.youOf(doc, members[1]!).vote).toBeNull();
  });

  it('removing a trainee drops their ballot and invalidates their token', () => {
    const { doc } = room(2);
    ok(rules.hold(doc, 'plan', 1));
    ok(rules.vote(doc, 'm2', { holdId: 1, option: 'plan_target' }));
    ok(rules.removeMember(doc, 'm2'));
    expect(rules.facilitatorView(doc, live).hold!.voters).toEqual([]);
    expect(rules.memberByToken(doc, 't1')).toBeNull();
    expect(rules.vote(doc, 'm2', { holdId: 1, option: 'plan_target' })).toMatchObject({ ok: false, error: { code: 'unknown_member' } });
  });

  it('progress and result codes reach the facilitator; views match the protocol schemas', () => {
    const { doc, members } = room(2);
    ok(rules.setProgress(doc, 'm1', { episode: 3, decision: 'launch', decided: 4 }));
    ok(rules.finish(doc, 'm2', { code: '1-1k3-plan_target.answer_measure', ending: 'ending_met' }, 9000));
    ok(rules.hold(doc, 'launch', 9001));
    ok(rules.vote(doc, 'm1', { holdId: 1, option: 'launch_blast' }));
    const f = rules.facilitatorView(doc, live);
    expect(f.members.map((m) => [m.progress?.decision ?? null, m.result?.code ?? null])).toEqual([['launch', null], [null, '1-1k3-plan_target.answer_measure']]);
    expect(FacilitatorViewSchema.safeParse(f).success).toBe(true);
    expect(TraineeViewSchema.safeParse(rules.traineeView(doc, live)).success).toBe(true);
    expect(YouSchema.safeParse(rules.youOf(doc, members[0]!)).success).toBe(true);
  });

  it('keeps a bounded history and expires idle rooms', () => {
    const { doc } = room(1);
    for (let i = 0; i < LIMITS.holdHistory + 5; i++) ok(rules.hold(doc, i % 2 ? 'plan' : 'answer', i));
    expect(doc.history.length).toBe(LIMITS.holdHistory);
    expect(rules.isExpired(doc, doc.touchedAt + LIMITS.roomIdleTtlMs - 1)).toBe(false);
    expect(rules.isExpired(doc, doc.touchedAt + LIMITS.roomIdleTtlMs + 1)).toBe(true);
    expect(rules.readDoc('{"v":99}')).toBeNull();
    expect(rules.readDoc('not json')).toBeNull();
    expect(rules.readDoc(JSON.stringify(doc))?.code).toBe('K7P3QX');
  });
});
