// Path codes: a seed and choice ids in a URL-safe string that replays a path exactly.
// Format v1: `1-<seed base36>-<id>.<id>.…` (ids are snake_case, so '.' and '-' are free).
export interface PathCode {
  readonly seed: number;
  readonly history: readonly string[];
}

const ID = /^[a-z][a-z0-9_]{0,40}$/;

export function encodePath(p: PathCode): string {
  return `1-${p.seed.toString(36)}-${p.history.join('.')}`;
}

export function decodePath(code: string): { ok: true; value: PathCode } | { ok: false; error: string } {
  if (code.length > 2000) return { ok: false, error: 'the code is too long' };
  const m = /^1-([0-9a-z]{1,7})-([a-z0-9_.]*)$/.exec(code);
  if (!m) return { ok: false, error: 'the code is not a version 1 path code' };
  const seed = parseInt(m[1]!, 36);
  if (!Number.isSafeInteger(seed) || seed > 2 ** 32 - 1) return { ok: false, error: 'the seed is out of range' };
  const history = m[2] ? m[2].split('.') : [];
  if (history.length > 64 || !history.every((id) => ID.test(id))) return { ok: false, error: 'a choice id is malformed' };
  return { ok: true, value: { seed, history } };
}
