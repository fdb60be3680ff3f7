// Path codes: a seed and choice ids in a URL-safe string that replays a path exactly.
// Format v2 (issue 13): `2-<story version>-<seed base36>-<id>.<id>.…-<check>`: the story version
// it was made for, and a check of everything before it (a tampered or truncated link is refused
// before anything is replayed). Format v1 (`1-<seed base36>-<id>.<id>.…`) still opens.
export interface PathCode {
  readonly seed: number;
  readonly history: readonly string[];
}

/** Why a code is refused: 'other-version' (made for another story version), 'tampered' (its check fails) or 'malformed'. */
export type PathError = { readonly ok: false; readonly error: string; readonly kind: 'malformed' | 'tampered' | 'other-version' };
export type PathResult = { readonly ok: true; readonly value: PathCode; readonly storyVersion: string | null } | PathError;

const ID = /^[a-z][a-z0-9_]{0,40}$/;
const VERSION = /^[0-9a-z_]{1,16}$/;

/** FNV-1a of the text, 32 bits, base 36 (not a secret: it catches a mangled or cut link). */
function check(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(36);
}

/** With `storyVersion` (a version the story declares: [0-9a-z_]), a v2 code; without, a v1 code. */
export function encodePath(p: PathCode, storyVersion?: string): string {
  if (storyVersion === undefined) return `1-${p.seed.toString(36)}-${p.history.join('.')}`;
  const v = storyVersion.toLowerCase().replace(/[^0-9a-z_]/g, '_').slice(0, 16) || '0';
  const body = `2-${v}-${p.seed.toString(36)}-${p.history.join('.')}`;
  return `${body}-${check(body)}`;
}

/** Never throws. `storyVersion`: the story now played; a v2 code made for another is refused. */
export function decodePath(code: unknown, storyVersion?: string): PathResult {
  const bad = (error: string, kind: PathError['kind'] = 'malformed'): PathError => ({ ok: false, error, kind });
  if (typeof code !== 'string') return bad('the code is not text');
  if (code.length > 2000) return bad('the code is too long');
  let version: string | null = null;
  let seedText: string;
  let ids: string;
  const v2 = /^2-([0-9a-z_]{1,16})-([0-9a-z]{1,7})-([a-z0-9_.]*)-([0-9a-z]{1,7})$/.exec(code);
  if (v2) {
    const body = code.slice(0, code.lastIndexOf('-'));
    if (check(body) !== v2[4]) return bad('the link is damaged or incomplete', 'tampered');
    version = v2[1]!;
    if (storyVersion !== undefined && VERSION.test(storyVersion) && version !== storyVersion) return bad('the link was made for another version of the story', 'other-version');
    seedText = v2[2]!;
    ids = v2[3]!;
  } else {
    const v1 = /^1-([0-9a-z]{1,7})-([a-z0-9_.]*)$/.exec(code);
    if (!v1) return bad(code.startsWith('2-') ? 'the link is damaged or incomplete' : 'the code is not a path code', code.startsWith('2-') ? 'tampered' : 'malformed');
    seedText = v1[1]!;
    ids = v1[2]!;
  }
  const seed = parseInt(seedText, 36);
  if (!Number.isSafeInteger(seed) || seed > 2 ** 32 - 1) return bad('the seed is out of range');
  const history = ids ? ids.split('.') : [];
  if (history.length > 64 || !history.every((id) => ID.test(id))) return bad('a choice id is malformed');
  return { ok: true, value: { seed, history }, storyVersion: version };
}
