/** Bump when a story change makes older saves or path codes unfit (knots or choice ids moved). */
export const STORY_VERSION = '1';
