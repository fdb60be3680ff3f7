// The localStorage keys, in a module of their own: the start-up's first module (src/story-early.ts)
// reads the stored language without loading the schemas.
export const SAVE_KEY = 'alice.save.v1';
export const SETTINGS_KEY = 'alice.settings.v1';
