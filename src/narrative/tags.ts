// Parses and validates ink tags against the registry. An unknown tag is an error, never a no-op.
import {
  CHARACTERS, ENDINGS, EPISODES, EXPRESSIONS, MUSIC, PROPS, SCENES, SFX, SIM_PHASES,
  type CharacterName, type EndingId, type Expression, type MusicName, type PropName,
  type SceneName, type SfxName, type SimPhase,
} from './registry';

export type Tag =
  | { readonly kind: 'id'; readonly id: string }
  | { readonly kind: 'scene'; readonly scene: SceneName }
  | { readonly kind: 'char'; readonly char: CharacterName; readonly expression: Expression }
  | { readonly kind: 'exit'; readonly char: CharacterName | 'all' }
  | { readonly kind: 'sfx'; readonly sfx: SfxName }
  | { readonly kind: 'music'; readonly music: MusicName }
  | { readonly kind: 'prop'; readonly prop: PropName }
  | { readonly kind: 'sim'; readonly phase: SimPhase }
  | { readonly kind: 'ending'; readonly ending: EndingId }
  | { readonly kind: 'episode'; readonly episode: number };

export type TagKind = Tag['kind'];
export const TAG_KINDS: readonly TagKind[] = ['id', 'scene', 'char', 'exit', 'sfx', 'music', 'prop', 'sim', 'ending', 'episode'];

export type TagResult = { readonly ok: true; readonly tag: Tag } | { readonly ok: false; readonly error: string };

const ID_RE = /^[a-z][a-z0-9_]*$/;

function oneOf<T extends string>(list: readonly T[], value: string | undefined): value is T {
  return value !== undefined && (list as readonly string[]).includes(value);
}

export function parseTag(raw: string): TagResult {
  const text = raw.trim();
  const [kind, a, b, ...rest] = text.split(':').map((s) => s.trim());
  const bad = (why: string): TagResult => ({ ok: false, error: `#${text}: ${why}` });
  if (rest.length > 0) return bad('too many parts');
  switch (kind) {
    case 'id':
      return a && ID_RE.test(a) && b === undefined ? { ok: true, tag: { kind, id: a } } : bad('choice ids are snake_case');
    case 'scene':
      return oneOf(SCENES, a) && b === undefined ? { ok: true, tag: { kind, scene: a } } : bad(`unknown scene (known: ${SCENES.join(', ')})`);
    case 'char':
      if (!oneOf(CHARACTERS, a)) return bad(`unknown character (known: ${CHARACTERS.join(', ')})`);
      if (!oneOf(EXPRESSIONS, b)) return bad(`unknown expression (known: ${EXPRESSIONS.join(', ')})`);
      return { ok: true, tag: { kind, char: a, expression: b } };
    case 'exit':
      if (a === 'all' && b === undefined) return { ok: true, tag: { kind, char: 'all' } };
      return oneOf(CHARACTERS, a) && b === undefined ? { ok: true, tag: { kind, char: a } } : bad('unknown character');
    case 'sfx':
      return oneOf(SFX, a) && b === undefined ? { ok: true, tag: { kind, sfx: a } } : bad(`unknown sound (known: ${SFX.join(', ')})`);
    case 'music':
      return oneOf(MUSIC, a) && b === undefined ? { ok: true, tag: { kind, music: a } } : bad(`unknown music (known: ${MUSIC.join(', ')})`);
    case 'prop':
      return oneOf(PROPS, a) && b === undefined ? { ok: true, tag: { kind, prop: a } } : bad(`unknown prop (known: ${PROPS.join(', ')})`);
    case 'sim':
      return oneOf(SIM_PHASES, a) && b === undefined ? { ok: true, tag: { kind, phase: a } } : bad('unknown simulation phase');
    case 'ending':
      return oneOf(ENDINGS, a) && b === undefined ? { ok: true, tag: { kind, ending: a } } : bad('unknown ending');
    case 'episode': {
      const n = Number(a);
      return (EPISODES as readonly number[]).includes(n) && b === undefined ? { ok: true, tag: { kind, episode: n } } : bad('unknown episode');
    }
    default:
      return bad(`unknown tag kind (known: ${TAG_KINDS.join(', ')})`);
  }
}

/** Parses a list of raw tags; invalid ones are reported through onError and dropped. */
export function parseTags(raw: readonly string[], onError: (message: string) => void): Tag[] {
  const out: Tag[] = [];
  for (const r of raw) {
    const res = parseTag(r);
    if (res.ok) out.push(res.tag);
    else onError(res.error);
  }
  return out;
}

/**
 * Dialogue lines start with a character id: `cecile: Do you think that will be enough?`.
 * Lines without one are Alice's diary narration. Returns the speaker and the text without prefix.
 */
export function splitSpeaker(line: string): { speaker: CharacterName | null; text: string } {
  const m = /^([a-z]+):\s*(.*)$/s.exec(line);
  if (m && oneOf(CHARACTERS, m[1])) return { speaker: m[1], text: m[2] ?? '' };
  return { speaker: null, text: line };
}
