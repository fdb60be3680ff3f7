// The stage: what a presenter should show after any sequence of tags. Lets the game, after a
// silent replay (load, rewind, language switch), redraw the current scene in one step.
import type { CharacterName, Expression, MusicName, PropName, SceneName } from './registry';
import type { Tag } from './tags';

export interface Stage {
  readonly scene: SceneName | null;
  readonly cast: ReadonlyArray<{ readonly char: CharacterName; readonly expression: Expression }>;
  readonly prop: PropName;
  readonly music: MusicName;
  readonly episode: number;
}

export const EMPTY_STAGE: Stage = { scene: null, cast: [], prop: 'none', music: 'silence', episode: 0 };

export function applyTag(stage: Stage, tag: Tag): Stage {
  switch (tag.kind) {
    case 'scene':
      return { ...stage, scene: tag.scene, cast: [], prop: 'none' };
    case 'char': {
      const i = stage.cast.findIndex((c) => c.char === tag.char);
      const entry = { char: tag.char, expression: tag.expression };
      const cast = i < 0 ? [...stage.cast, entry] : stage.cast.map((c, j) => (j === i ? entry : c));
      return { ...stage, cast };
    }
    case 'exit':
      return { ...stage, cast: tag.char === 'all' ? [] : stage.cast.filter((c) => c.char !== tag.char) };
    case 'prop':
      return { ...stage, prop: tag.prop };
    case 'music':
      return { ...stage, music: tag.music };
    case 'episode':
      return { ...stage, episode: tag.episode };
    default:
      return stage;
  }
}

/** Tags that redraw `stage` from nothing, in an order presenters can apply one by one. */
export function stageToTags(stage: Stage): Tag[] {
  const tags: Tag[] = [];
  if (stage.episode) tags.push({ kind: 'episode', episode: stage.episode });
  if (stage.scene) tags.push({ kind: 'scene', scene: stage.scene });
  for (const c of stage.cast) tags.push({ kind: 'char', char: c.char, expression: c.expression });
  tags.push({ kind: 'prop', prop: stage.prop });
  tags.push({ kind: 'music', music: stage.music });
  return tags;
}
