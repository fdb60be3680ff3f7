// The links of a room: the trainees' join link (`?room=CODE`) and the facilitator's link, which
// carries the key in the fragment (`#room-key=...`): a fragment never reaches a server or a
// Referer header. The game's start-up reads both (the UI's business), then drops the fragment.
import { normaliseRoomCode, SecretSchema } from './protocol';

export const JOIN_PARAM = 'room';
export const KEY_FRAGMENT = 'room-key';
/** The facilitator's page once its key is stored: `#room-host` (no secret; a reload stays the facilitator's screen). */
export const HOST_FRAGMENT = 'room-host';

/** `http://host:port/?room=K7P3QX` */
export function joinLink(origin: string, code: string): string {
  const u = new URL('/', origin);
  u.searchParams.set(JOIN_PARAM, code);
  return u.toString();
}

/** `http://host:port/?room=K7P3QX#room-key=...`: for the facilitator's own screen only. */
export function facilitatorLink(origin: string, code: string, key: string): string {
  return `${joinLink(origin, code)}#${KEY_FRAGMENT}=${key}`;
}

/**
 * The room code and (facilitator) key a page was opened with, if any; `host`: the page is the
 * facilitator's own screen (`#room-host`, set once the key is stored), not the trainees' join link.
 */
export function readRoomLink(href: string): { room: string | null; key: string | null; host: boolean } {
  let u: URL;
  try {
    u = new URL(href);
  } catch {
    return { room: null, key: null, host: false };
  }
  const raw = u.searchParams.get(JOIN_PARAM);
  const room = raw ? normaliseRoomCode(raw) : null;
  const hash = new URLSearchParams(u.hash.replace(/^#/, ''));
  const frag = hash.get(KEY_FRAGMENT);
  const key = room && frag && SecretSchema.safeParse(frag).success ? frag : null;
  return { room, key, host: room !== null && (key !== null || hash.has(HOST_FRAGMENT)) };
}

/** A room code as shown to people: `K7P-3QX`. */
export function displayRoomCode(code: string): string {
  return code.length === 6 ? `${code.slice(0, 3)}-${code.slice(3)}` : code;
}
