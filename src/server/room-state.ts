// The room's state and its rules as plain functions over plain data (no I/O, no clock, no
// randomness of its own): the server loads a RoomDoc from its store, applies one of these, and
// stores the result. The views decide what each role may see: trainees never get names, ballots
// or another room's anything; the facilitator sees who voted, and what only with `showBallots`.
import {
  LIMITS,
  optionsOf,
  type ErrorCode,
  type FacilitatorView,
  type Finish,
  type MemberView,
  type PastHold,
  type Progress,
  type Results,
  type RoomError,
  type TraineeView,
  type You,
} from '../room/protocol';
import type { DecisionId, DecisionKey } from '../sim/decisions';

export const ROOM_DOC_VERSION = 1;

export interface MemberDoc {
  id: string;
  name: string;
  tokenHash: string;
  /** Hash of the join request's nonce: the same join again finds this member. */
  nonceHash: string;
  joinedAt: number;
  progress: Progress | null;
  result: { code: string; ending: string | null; at: number } | null;
  /** Open connections per server instance (presence survives neither a restart nor a dead instance). */
  online: Record<string, number>;
}

export interface HoldDoc {
  id: number;
  decision: DecisionKey;
  phase: 'voting' | 'revealed';
  openedAt: number;
  ballots: Record<string, DecisionId>;
  results: Results | null;
}

export interface RoomDoc {
  v: typeof ROOM_DOC_VERSION;
  code: string;
  /** Bumped by the store on every write: clients keep the view with the highest rev (views from two instances may cross). */
  rev: number;
  keyHash: string;
  createdAt: number;
  touchedAt: number;
  locked: boolean;
  showBallots: boolean;
  nextMember: number;
  nextHold: number;
  members: MemberDoc[];
  hold: HoldDoc | null;
  history: PastHold[];
  facilitatorOnline: Record<string, number>;
}

export type Outcome<T> = { ok: true; value: T; trainees: boolean } | { ok: false; error: RoomError };

const fail = (code: ErrorCode, message: string): { ok: false; error: RoomError } => ({ ok: false, error: { code, message } });
/** `trainees`: whether what trainees see changed too (the facilitator's view changes with every write). */
const done = <T>(value: T, trainees = false): Outcome<T> => ({ ok: true, value, trainees });

export function newRoom(code: string, keyHash: string, now: number): RoomDoc {
  return {
    v: ROOM_DOC_VERSION, code, rev: 1, keyHash, createdAt: now, touchedAt: now, locked: false, showBallots: false,
    nextMember: 1, nextHold: 1, members: [], hold: null, history: [], facilitatorOnline: {},
  };
}

export function isExpired(doc: RoomDoc, now: number): boolean {
  return now - doc.touchedAt > LIMITS.roomIdleTtlMs;
}

/** A stored document, checked enough to be used (a row from another version or a broken write is refused). */
export function readDoc(json: string): RoomDoc | null {
  try {
    const d = JSON.parse(json) as RoomDoc;
    return d && d.v === ROOM_DOC_VERSION && typeof d.code === 'string' && Array.isArray(d.members) ? d : null;
  } catch {
    return null;
  }
}

const sameName = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

export function join(doc: RoomDoc, req: { name: string; nonceHash: string; tokenHash: string }, now: number): Outcome<MemberDoc> {
  const again = doc.members.find((m) => m.nonceHash === req.nonceHash);
  if (again) {
    // The same join request again (its reply was lost): the same member, with the new token.
    again.tokenHash = req.tokenHash;
    return done(again);
  }
  if (doc.locked) return fail('room_locked', 'the facilitator has closed this room to new trainees');
  if (doc.members.length >= LIMITS.maxMembers) return fail('room_full', `the room is full (${LIMITS.maxMembers} trainees)`);
  if (doc.members.some((m) => sameName(m.name, req.name))) return fail('name_taken', 'someone in this room already has this name');
  const member: MemberDoc = {
    id: `m${doc.nextMember++}`, name: req.name, tokenHash: req.tokenHash, nonceHash: req.nonceHash,
    joinedAt: now, progress: null, result: null, online: {},
  };
  doc.members.push(member);
  return done(member, true);
}

export function memberByToken(doc: RoomDoc, tokenHash: string): MemberDoc | null {
  return doc.members.find((m) => m.tokenHash === tokenHash) ?? null;
}

export function memberById(doc: RoomDoc, id: string): MemberDoc | null {
  return doc.members.find((m) => m.id === id) ?? null;
}

/** Counts one more (delta 1) or one fewer (-1) connection of `instance`; drops the entries of dead instances. */
export function presence(doc: RoomDoc, who: { memberId: string } | 'facilitator', instance: string, delta: 1 | -1, dead: ReadonlySet<string>): Outcome<null> {
  const map = who === 'facilitator' ? doc.facilitatorOnline : memberById(doc, who.memberId)?.online;
  if (!map) return fail('unknown_member', 'no such member');
  map[instance] = Math.max(0, (map[instance] ?? 0) + delta);
  const prune = (m: Record<string, number>) => {
    for (const k of Object.keys(m)) if (dead.has(k) || m[k] === 0) delete m[k];
  };
  prune(doc.facilitatorOnline);
  for (const m of doc.members) prune(m.online);
  return done(null, who === 'facilitator');
}

const isOnline = (m: Record<string, number>, dead: ReadonlySet<string>) => Object.entries(m).some(([k, n]) => n > 0 && !dead.has(k));

export function setProgress(doc: RoomDoc, memberId: string, p: Progress): Outcome<MemberDoc> {
  const m = memberById(doc, memberId);
  if (!m) return fail('unknown_member', 'you are no longer in this room');
  m.progress = p;
  return done(m);
}

export function finish(doc: RoomDoc, memberId: string, f: Finish, now: number): Outcome<MemberDoc> {
  const m = memberById(doc, memberId);
  if (!m) return fail('unknown_member', 'you are no longer in this room');
  m.result = { code: f.code, ending: f.ending, at: now };
  return done(m);
}

export function vote(doc: RoomDoc, memberId: string, v: { holdId: number; option: DecisionId }): Outcome<MemberDoc> {
  const m = memberById(doc, memberId);
  if (!m) return fail('unknown_member', 'you are no longer in this room');
  const h = doc.hold;
  if (!h) return fail('no_hold', 'there is no vote open');
  if (h.id !== v.holdId) return fail('stale', 'this vote is for an earlier question');
  if (h.phase !== 'voting') return fail('stale', 'the votes have been revealed: they can no longer change');
  if (!optionsOf(h.decision).includes(v.option)) return fail('wrong_option', `${v.option} is not an option of ${h.decision}`);
  const had = h.ballots[memberId];
  h.ballots[memberId] = v.option;
  return done(m, had === undefined); // trainees see the number of votes, not what they are
}

export function hold(doc: RoomDoc, decision: DecisionKey, now: number): Outcome<HoldDoc> {
  if (doc.hold && doc.hold.decision === decision && doc.hold.phase === 'voting') return done(doc.hold);
  if (doc.hold) archive(doc);
  doc.hold = { id: doc.nextHold++, decision, phase: 'voting', openedAt: now, ballots: {}, results: null };
  return done(doc.hold, true);
}

function current(doc: RoomDoc, holdId: number): { ok: true; hold: HoldDoc } | { ok: false; error: RoomError } {
  if (!doc.hold) return fail('no_hold', 'there is no vote open');
  if (doc.hold.id !== holdId) return fail('stale', 'this is not the current vote');
  return { ok: true, hold: doc.hold };
}

export function reveal(doc: RoomDoc, holdId: number): Outcome<HoldDoc> {
  const c = current(doc, holdId);
  if (!c.ok) return c;
  if (c.hold.phase !== 'voting') return fail('stale', 'the split is already revealed');
  c.hold.phase = 'revealed';
  return done(c.hold, true);
}

export function publishResults(doc: RoomDoc, holdId: number, results: Results): Outcome<HoldDoc> {
  const c = current(doc, holdId);
  if (!c.ok) return c;
  if (c.hold.phase !== 'revealed') return fail('wrong_phase', 'reveal the split before the results');
  const allowed = optionsOf(c.hold.decision);
  const seen = new Set<string>();
  for (const o of results.options) {
    if (!allowed.includes(o.option)) return fail('wrong_option', `${o.option} is not an option of ${c.hold.decision}`);
    if (seen.has(o.option)) return fail('malformed', `${o.option} appears twice`);
    seen.add(o.option);
  }
  c.hold.results = results;
  return done(c.hold, true);
}

export function release(doc: RoomDoc, holdId: number): Outcome<null> {
  const c = current(doc, holdId);
  if (!c.ok) return c;
  archive(doc);
  return done(null, true);
}

function archive(doc: RoomDoc): void {
  const h = doc.hold!;
  doc.history.push({ id: h.id, decision: h.decision, counts: countsOf(h), results: h.results });
  if (doc.history.length > LIMITS.holdHistory) doc.history.splice(0, doc.history.length - LIMITS.holdHistory);
  doc.hold = null;
}

export function settings(doc: RoomDoc, s: { showBallots?: boolean | undefined; locked?: boolean | undefined }): Outcome<null> {
  if (s.showBallots !== undefined) doc.showBallots = s.showBallots;
  if (s.locked !== undefined) doc.locked = s.locked;
  return done(null);
}

export function removeMember(doc: RoomDoc, memberId: string): Outcome<MemberDoc> {
  const i = doc.members.findIndex((m) => m.id === memberId);
  if (i < 0) return fail('unknown_member', 'no such trainee in this room');
  const [m] = doc.members.splice(i, 1);
  if (doc.hold) delete doc.hold.ballots[memberId];
  return done(m!, true);
}

// ---- views ----------------------------------------------------------------------------------

export function countsOf(h: HoldDoc): Record<string, number> {
  const counts: Record<string, number> = Object.fromEntries(optionsOf(h.decision).map((o) => [o, 0]));
  for (const o of Object.values(h.ballots)) counts[o] = (counts[o] ?? 0) + 1;
  return counts;
}

function memberView(m: MemberDoc, dead: ReadonlySet<string>): MemberView {
  return { id: m.id, name: m.name, online: isOnline(m.online, dead), joinedAt: m.joinedAt, progress: m.progress, result: m.result };
}

/** `dead`: server instances whose connections no longer count (store.deadInstances). */
export function facilitatorView(doc: RoomDoc, dead: ReadonlySet<string>): FacilitatorView {
  const h = doc.hold;
  return {
    room: doc.code,
    rev: doc.rev,
    createdAt: doc.createdAt,
    locked: doc.locked,
    showBallots: doc.showBallots,
    members: doc.members.map((m) => memberView(m, dead)),
    hold: h && {
      id: h.id, decision: h.decision, phase: h.phase, openedAt: h.openedAt,
      counts: countsOf(h),
      voters: doc.members.filter((m) => h.ballots[m.id] !== undefined).map((m) => m.id),
      ballots: doc.showBallots ? { ...h.ballots } : null,
      results: h.results,
    },
    history: doc.history,
  };
}

export function traineeView(doc: RoomDoc, dead: ReadonlySet<string>): TraineeView {
  const h = doc.hold;
  return {
    room: doc.code,
    rev: doc.rev,
    members: doc.members.length,
    facilitatorOnline: isOnline(doc.facilitatorOnline, dead),
    hold: h && {
      id: h.id, decision: h.decision, phase: h.phase,
      voted: Object.keys(h.ballots).length,
      counts: h.phase === 'revealed' ? countsOf(h) : null,
      results: h.results,
    },
  };
}

export function youOf(doc: RoomDoc, m: MemberDoc): You {
  const option = doc.hold?.ballots[m.id];
  return {
    id: m.id, name: m.name, rev: doc.rev,
    vote: option && doc.hold ? { holdId: doc.hold.id, option } : null,
    progress: m.progress, result: m.result,
  };
}
