// The workshop room's wire protocol: every message in both directions, its limits and its error
// codes, as zod schemas with the types derived from them. One source of truth for the room server
// (src/server, Node) and the browser's room client (./client.ts). Nothing here touches the network.
//
// Transport: socket.io 4 on the game's own origin, path `/socket.io`.
// - A client resumes in the handshake: `auth` carries {v, room, role, key|token} (AuthSchema); a
//   socket with no credentials is anonymous and may only create or join a room.
// - Client -> server messages are socket.io events with an acknowledgement callback; the reply is
//   always a `Reply` ({ok: true, ...} or {ok: false, error}). A message without a callback, an
//   unknown event, an oversized or malformed payload gets a `room:error` event instead.
// - Server -> client events push role-specific views: the facilitator gets the whole room
//   (`facilitator:view`), trainees get what the whole room may see (`trainee:view`) and their own
//   record (`trainee:you`).
import * as z from 'zod/mini';
import { DECISIONS, type DecisionId, type DecisionKey } from '../sim/decisions';

export const PROTOCOL_VERSION = 1;

/** Every bound the server enforces (and the client checks first, to give the same message). */
export const LIMITS = {
  /** Room codes: this many characters of ROOM_CODE_ALPHABET. */
  roomCodeLength: 6,
  /** Facilitator keys and member tokens: 32 random bytes in base64url. */
  secretLength: 43,
  /** A trainee's name, in characters, after trimming and collapsing spaces. */
  nameMaxLength: 40,
  /** Trainees in one room (the issue's rooms hold 10 to 40). */
  maxMembers: 60,
  /** A result (path) code: an opaque URL-safe string of at most this many characters. */
  resultCodeMaxLength: 2000,
  /** One message's payload, JSON-encoded; larger ones get a `too_large` error. */
  messageMaxBytes: 8 * 1024,
  /** socket.io's maxHttpBufferSize: a larger frame closes the connection (transport limit). */
  transportMaxBytes: 64 * 1024,
  /** Metrics per option in a published result. */
  metricsPerOption: 16,
  /** Past holds kept in the room (the facilitator's history). */
  holdHistory: 32,
  /** Per connection: a token bucket of this capacity, refilled at this rate. */
  rate: { capacity: 20, refillPerSecond: 5 },
  /** Per client address: room creations (a class shares one address behind NAT; joins are not limited here). */
  createRate: { capacity: 20, refillPerSecond: 1 / 10 },
  /** A connection refused this many times in a row by the rate limiter is disconnected. */
  rateStrikes: 50,
  /** A room nobody touched for this long is deleted. */
  roomIdleTtlMs: 12 * 60 * 60 * 1000,
  /** Rooms one server (or one Redis) holds at once; creations beyond it are refused. */
  maxRooms: 2000,
  /** Episodes and decisions a progress message may name. */
  maxEpisode: 20,
  /** The client's acknowledgement timeout. */
  ackTimeoutMs: 8000,
} as const;

/** No I, L, O, U, 0 or 1: nothing to confuse when a code is read aloud or off a projector. */
export const ROOM_CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTVWXYZ23456789';
const ROOM_CODE = new RegExp(`^[${ROOM_CODE_ALPHABET}]{${LIMITS.roomCodeLength}}$`);

/** A code as typed ("k7p-3qx", " K7P3QX ") in canonical form, or null if it cannot be one. */
export function normaliseRoomCode(input: string): string | null {
  const code = input.replace(/[\s-]/g, '').toUpperCase();
  return ROOM_CODE.test(code) ? code : null;
}

/** A name as it will be stored: NFC, trimmed, inner runs of white space as one space. */
export function normaliseName(input: string): string {
  return input.normalize('NFC').replace(/\s+/g, ' ').trim();
}

const CONTROL = /[\p{Cc}\p{Cf}\p{Co}\p{Cn}\u2028\u2029]/u;

/** Why a name cannot be used, or null when it can (on the normalised name). */
export function nameProblem(name: string): string | null {
  if (name.length === 0) return 'the name is empty';
  if ([...name].length > LIMITS.nameMaxLength) return `the name is longer than ${LIMITS.nameMaxLength} characters`;
  if (CONTROL.test(name)) return 'the name contains control characters';
  return null;
}

// ---- building blocks ----------------------------------------------------------------------

const DECISION_KEYS = DECISIONS.map((d) => d.key) as [DecisionKey, ...DecisionKey[]];
const DECISION_IDS = DECISIONS.flatMap((d) => d.options) as unknown as [DecisionId, ...DecisionId[]];

/** The option ids of a decision (STORY.md's keys, src/sim/decisions.ts). */
export function optionsOf(decision: DecisionKey): readonly DecisionId[] {
  return DECISIONS.find((d) => d.key === decision)!.options;
}

export const RoomCodeSchema = z.string().check(z.regex(ROOM_CODE, 'not a room code'));
export const SecretSchema = z.string().check(z.regex(/^[A-Za-z0-9_-]{43}$/, 'not a room secret'));
export const NameSchema = z.string().check(
  z.maxLength(LIMITS.nameMaxLength * 4, 'the name is too long'),
  z.overwrite(normaliseName),
  z.refine((s) => nameProblem(s) === null, { error: (i) => nameProblem(String(i.input)) ?? 'bad name' }),
);
export const DecisionKeySchema = z.enum(DECISION_KEYS);
export const DecisionIdSchema = z.enum(DECISION_IDS);
/** Member ids are short and public inside a room (`m1`, `m2`, ...); tokens are the secrets. */
export const MemberIdSchema = z.string().check(z.regex(/^m[0-9]{1,4}$/, 'not a member id'));
export const HoldIdSchema = z.int().check(z.gte(1), z.lte(1_000_000));
/** Opaque to the server (seed + choice ids + story version, see src/persist/path-code.ts): bounded, URL-safe. */
export const ResultCodeSchema = z.string().check(
  z.minLength(1, 'the result code is empty'),
  z.maxLength(LIMITS.resultCodeMaxLength, 'the result code is too long'),
  z.regex(/^[A-Za-z0-9._~:+-]+$/, 'the result code has characters a path code never has'),
);
/** Ending ids and tiers, as the story and model name them (`ending_met`, ...). */
const SlugSchema = z.string().check(z.regex(/^[a-z][a-z0-9_]{0,40}$/, 'not an id'));
const MetricKeySchema = z.string().check(z.regex(/^[A-Za-z][A-Za-z0-9_]{0,31}$/, 'not a metric name'));
const FiniteSchema = z.number().check(z.refine(Number.isFinite, 'not a finite number'));
const Count = z.int().check(z.gte(0));
const Time = z.int().check(z.gte(0));

// ---- handshake ----------------------------------------------------------------------------

/** socket.io `auth`: anonymous (create or join), or a resume with the stored secret. */
export const AuthSchema = z.union([
  z.strictObject({ v: z.literal(PROTOCOL_VERSION), room: RoomCodeSchema, role: z.literal('facilitator'), key: SecretSchema }),
  z.strictObject({ v: z.literal(PROTOCOL_VERSION), room: RoomCodeSchema, role: z.literal('trainee'), token: SecretSchema }),
  z.strictObject({ v: z.literal(PROTOCOL_VERSION) }),
]);
export type Auth = z.infer<typeof AuthSchema>;

// ---- client -> server ---------------------------------------------------------------------

/** Where a trainee is: the episode, the decision they are looking at (null between decisions), how many they took. */
export const ProgressSchema = z.strictObject({
  episode: z.nullable(z.int().check(z.gte(1), z.lte(LIMITS.maxEpisode))),
  decision: z.nullable(DecisionKeySchema),
  decided: z.int().check(z.gte(0), z.lte(DECISIONS.length)),
});
export type Progress = z.infer<typeof ProgressSchema>;

export const FinishSchema = z.strictObject({ code: ResultCodeSchema, ending: z.nullable(SlugSchema) });
export type Finish = z.infer<typeof FinishSchema>;

/** One option's outcome as the facilitator's browser computed it with the model (the server never runs the model). */
export const OptionResultSchema = z.strictObject({
  option: DecisionIdSchema,
  tier: z.nullable(SlugSchema),
  metrics: z.record(MetricKeySchema, FiniteSchema).check(
    z.refine((m) => Object.keys(m).length <= LIMITS.metricsPerOption, `at most ${LIMITS.metricsPerOption} metrics per option`),
  ),
});
export const ResultsSchema = z.strictObject({
  seed: z.nullable(z.int().check(z.gte(0), z.lte(2 ** 32 - 1))),
  runs: z.nullable(z.int().check(z.gte(1), z.lte(1_000_000))),
  options: z.array(OptionResultSchema).check(z.minLength(1), z.maxLength(8)),
});
export type Results = z.infer<typeof ResultsSchema>;
export type OptionResult = z.infer<typeof OptionResultSchema>;

const Empty = z.strictObject({});
const HoldRef = z.strictObject({ holdId: HoldIdSchema });

/** Every client -> server event and its payload. The reply type of each is in `Replies`. */
export const REQUESTS = {
  'room:create': Empty,
  /** `nonce`: a random string of the client's; the same nonce again returns the same member (a retried join makes no duplicate). */
  'room:join': z.strictObject({ room: RoomCodeSchema, name: NameSchema, nonce: z.string().check(z.regex(/^[A-Za-z0-9_-]{8,64}$/, 'not a nonce')) }),
  'trainee:progress': ProgressSchema,
  'trainee:vote': z.strictObject({ holdId: HoldIdSchema, option: DecisionIdSchema }),
  'trainee:finish': FinishSchema,
  'trainee:leave': Empty,
  'facilitator:hold': z.strictObject({ decision: DecisionKeySchema }),
  'facilitator:reveal': HoldRef,
  'facilitator:results': z.strictObject({ holdId: HoldIdSchema, results: ResultsSchema }),
  'facilitator:release': HoldRef,
  'facilitator:settings': z.strictObject({ showBallots: z.optional(z.boolean()), locked: z.optional(z.boolean()) }),
  'facilitator:remove': z.strictObject({ memberId: MemberIdSchema }),
  'facilitator:close': Empty,
} as const;
export type RequestName = keyof typeof REQUESTS;
export type Request<E extends RequestName> = z.infer<(typeof REQUESTS)[E]>;
export const REQUEST_NAMES = Object.keys(REQUESTS) as RequestName[];
/** Which role may send each request ('anonymous': a socket that has not joined or created a room). */
export const REQUEST_ROLE: Readonly<Record<RequestName, Role | 'anonymous'>> = {
  'room:create': 'anonymous',
  'room:join': 'anonymous',
  'trainee:progress': 'trainee',
  'trainee:vote': 'trainee',
  'trainee:finish': 'trainee',
  'trainee:leave': 'trainee',
  'facilitator:hold': 'facilitator',
  'facilitator:reveal': 'facilitator',
  'facilitator:results': 'facilitator',
  'facilitator:release': 'facilitator',
  'facilitator:settings': 'facilitator',
  'facilitator:remove': 'facilitator',
  'facilitator:close': 'facilitator',
};
export type Role = 'facilitator' | 'trainee';

// ---- server -> client ---------------------------------------------------------------------

export const ERROR_CODES = [
  'malformed', // the payload does not match its schema (message says where)
  'too_large', // the payload is over LIMITS.messageMaxBytes
  'unknown_event', // no such request
  'no_ack', // a request sent without an acknowledgement callback
  'rate_limited', // too many messages: slow down
  'version', // the client speaks another protocol version
  'unknown_room', // no room with this code (never created, closed or expired)
  'wrong_secret', // the key or token is not this room's
  'not_allowed', // this role cannot send this request, or the socket has not joined
  'already_joined', // a socket that joined or created a room sent create/join again
  'room_full', // LIMITS.maxMembers reached
  'room_locked', // the facilitator closed the room to new trainees
  'name_taken', // another trainee of this room has this name
  'too_many_rooms', // the server holds LIMITS.maxRooms rooms, or this address created too many
  'no_hold', // no hold is open
  'stale', // the message names a hold that is not the current one, or a step already past (a replay)
  'wrong_option', // the option is not one of the held decision's
  'wrong_phase', // e.g. results before the reveal
  'unknown_member', // facilitator:remove named nobody
  'busy', // the room was changed by others too often at once; try again
  'internal', // a bug on the server: it logged it and kept going
  'timeout', // (client side) no reply within LIMITS.ackTimeoutMs
  'offline', // (client side) not connected
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];
export const RoomErrorSchema = z.strictObject({
  code: z.enum(ERROR_CODES),
  message: z.string(),
  /** The request it answers, when known. */
  event: z.optional(z.string()),
});
export type RoomError = z.infer<typeof RoomErrorSchema>;

const CountsSchema = z.record(z.string(), Count);
export const HoldPhaseSchema = z.enum(['voting', 'revealed']);
export type HoldPhase = z.infer<typeof HoldPhaseSchema>;

export const MemberViewSchema = z.strictObject({
  id: MemberIdSchema,
  name: z.string(),
  online: z.boolean(),
  joinedAt: Time,
  progress: z.nullable(ProgressSchema),
  result: z.nullable(z.strictObject({ code: ResultCodeSchema, ending: z.nullable(SlugSchema), at: Time })),
});
export type MemberView = z.infer<typeof MemberViewSchema>;

export const FacilitatorHoldSchema = z.strictObject({
  id: HoldIdSchema,
  decision: DecisionKeySchema,
  phase: HoldPhaseSchema,
  openedAt: Time,
  /** Votes per option of the decision (every option present, 0 when nobody chose it). */
  counts: CountsSchema,
  /** Who has voted (member ids), not what. */
  voters: z.array(MemberIdSchema),
  /** member id -> option, only when the facilitator's `showBallots` setting is on. */
  ballots: z.nullable(z.record(MemberIdSchema, DecisionIdSchema)),
  results: z.nullable(ResultsSchema),
});
export type FacilitatorHold = z.infer<typeof FacilitatorHoldSchema>;

export const PastHoldSchema = z.strictObject({ id: HoldIdSchema, decision: DecisionKeySchema, counts: CountsSchema, results: z.nullable(ResultsSchema) });
export type PastHold = z.infer<typeof PastHoldSchema>;

/** The room's revision: a view with a lower rev than the one you hold is older; drop it. */
const Rev = z.int().check(z.gte(1));

export const FacilitatorViewSchema = z.strictObject({
  room: RoomCodeSchema,
  rev: Rev,
  createdAt: Time,
  locked: z.boolean(),
  showBallots: z.boolean(),
  members: z.array(MemberViewSchema),
  hold: z.nullable(FacilitatorHoldSchema),
  history: z.array(PastHoldSchema),
});
export type FacilitatorView = z.infer<typeof FacilitatorViewSchema>;

export const TraineeHoldSchema = z.strictObject({
  id: HoldIdSchema,
  decision: DecisionKeySchema,
  phase: HoldPhaseSchema,
  /** How many have voted (the room sees votes arrive, not who or what). */
  voted: Count,
  /** The split: null until the facilitator reveals it. */
  counts: z.nullable(CountsSchema),
  /** The model's result per option: null until the facilitator publishes it. */
  results: z.nullable(ResultsSchema),
});
export type TraineeHold = z.infer<typeof TraineeHoldSchema>;

export const TraineeViewSchema = z.strictObject({
  room: RoomCodeSchema,
  rev: Rev,
  members: Count,
  facilitatorOnline: z.boolean(),
  hold: z.nullable(TraineeHoldSchema),
});
export type TraineeView = z.infer<typeof TraineeViewSchema>;

/** A trainee's own record: what they see of themselves (their vote in the current hold included). */
export const YouSchema = z.strictObject({
  id: MemberIdSchema,
  name: z.string(),
  rev: Rev,
  vote: z.nullable(z.strictObject({ holdId: HoldIdSchema, option: DecisionIdSchema })),
  progress: z.nullable(ProgressSchema),
  result: z.nullable(z.strictObject({ code: ResultCodeSchema, ending: z.nullable(SlugSchema), at: Time })),
});
export type You = z.infer<typeof YouSchema>;

export const WelcomeSchema = z.union([
  z.strictObject({ role: z.literal('facilitator'), room: RoomCodeSchema, view: FacilitatorViewSchema }),
  z.strictObject({ role: z.literal('trainee'), room: RoomCodeSchema, you: YouSchema, view: TraineeViewSchema }),
]);
export type Welcome = z.infer<typeof WelcomeSchema>;

export const ClosedSchema = z.strictObject({ reason: z.enum(['closed', 'removed', 'left', 'expired']) });
export type Closed = z.infer<typeof ClosedSchema>;

/** Every server -> client event and its payload. */
export const EVENTS = {
  /** After a handshake resume, a create or a join: who you are and the room as your role sees it. */
  welcome: WelcomeSchema,
  'facilitator:view': FacilitatorViewSchema,
  'trainee:view': TraineeViewSchema,
  'trainee:you': YouSchema,
  /** A message was refused and had no acknowledgement to carry the reply. */
  'room:error': RoomErrorSchema,
  /** The room is gone for this client (then the server disconnects it); forget the stored secret. */
  'room:closed': ClosedSchema,
} as const;
export type EventName = keyof typeof EVENTS;
export type Event<E extends EventName> = z.infer<(typeof EVENTS)[E]>;

/** The reply to each request, in the acknowledgement callback. */
export interface Replies {
  'room:create': { room: string; key: string; view: FacilitatorView };
  'room:join': { room: string; token: string; you: You; view: TraineeView };
  'trainee:progress': { you: You };
  'trainee:vote': { you: You };
  'trainee:finish': { you: You };
  'trainee:leave': object;
  'facilitator:hold': { view: FacilitatorView };
  'facilitator:reveal': { view: FacilitatorView };
  'facilitator:results': { view: FacilitatorView };
  'facilitator:release': { view: FacilitatorView };
  'facilitator:settings': { view: FacilitatorView };
  'facilitator:remove': { view: FacilitatorView };
  'facilitator:close': object;
}
export type Reply<E extends RequestName> = ({ ok: true } & Replies[E]) | { ok: false; error: RoomError };

/** socket.io's typed-event maps, for `Server<ClientToServer, ServerToClient>` and `Socket<ServerToClient, ClientToServer>`. */
export type ClientToServer = { [E in RequestName]: (payload: Request<E>, ack: (reply: Reply<E>) => void) => void };
export type ServerToClient = { [E in EventName]: (payload: Event<E>) => void };

// ---- checking -------------------------------------------------------------------------------

/** The first problem of a zod error, as "where: what". */
export function describeIssue(error: { issues: ReadonlyArray<{ path: ReadonlyArray<PropertyKey>; message: string }> }): string {
  const issue = error.issues[0];
  if (!issue) return 'invalid data';
  const where = issue.path.length ? issue.path.map(String).join('.') : 'payload';
  return `${where}: ${issue.message}`;
}

/** The size of a payload as sent (JSON, UTF-8 bytes), or Infinity if it cannot be encoded. */
export function payloadBytes(payload: unknown): number {
  try {
    const json = JSON.stringify(payload ?? null);
    return json === undefined ? Infinity : new TextEncoder().encode(json).length;
  } catch {
    return Infinity;
  }
}

/** A short printable label for anything a client sent as an event name (never throws). */
export function eventLabel(event: unknown): string {
  return typeof event === 'string' ? event.slice(0, 40) : `(${typeof event})`;
}

/** Checks a request's name, size and shape; never throws, whatever the input. */
export function parseRequest(event: unknown, payload: unknown):
  | { ok: true; event: RequestName; payload: Request<RequestName> }
  | { ok: false; error: RoomError } {
  if (typeof event !== 'string' || !Object.prototype.hasOwnProperty.call(REQUESTS, event)) {
    return { ok: false, error: { code: 'unknown_event', message: `no such request: ${eventLabel(event)}` } };
  }
  const name = event as RequestName;
  if (payloadBytes(payload) > LIMITS.messageMaxBytes) {
    return { ok: false, error: { code: 'too_large', message: `the message is over ${LIMITS.messageMaxBytes} bytes`, event: name } };
  }
  const r = REQUESTS[name].safeParse(payload);
  if (!r.success) return { ok: false, error: { code: 'malformed', message: describeIssue(r.error), event: name } };
  return { ok: true, event: name, payload: r.data as Request<RequestName> };
}
