// Public surface of the audio layer. Howler stays behind this interface: nothing else in the
// project imports 'howler'.
export {
  createAudioDirector,
  CROSSFADE_MS,
  DUCK_LEVEL,
  type AudioDirector,
  type AudioDirectorOptions,
  type AudioEvent,
} from './director';
export { unlockOnFirstGesture } from './gesture';
export {
  DEFAULT_AUDIO_SETTINGS,
  projectorDefaults,
  normaliseAudioSettings,
  type AudioSettings,
} from './settings';
export {
  DEFAULT_AUDIO_URLS,
  listAudioAssets,
  parseSpriteMap,
  type AudioAsset,
  type AudioUrls,
  type LoopName,
  type SpriteMap,
} from './assets';
