// Versioned, validated shapes of everything we read back from storage or a URL.
// zod/mini: the same validation at a fraction of the start-up bundle.
import * as z from 'zod/mini';

export const SAVE_SCHEMA_VERSION = 1;

/**
 * A schema built on first use, not when the module loads: building zod schemas costs a few ms of
 * main thread, and the first choice of a fresh visit (nothing stored yet) needs none of them.
 */
export function lazySchema<T>(build: () => T): () => T {
  let built: T | undefined;
  return () => (built ??= build());
}

export const choiceIdSchema = lazySchema(() => z.string().check(z.regex(/^[a-z][a-z0-9_]*$/, 'choice ids are snake_case')));

const buildSave = () =>
  z.object({
    schema: z.literal(SAVE_SCHEMA_VERSION),
    storyVersion: z.string().check(z.minLength(1)),
    savedAt: z.string(),
    lang: z.enum(['en', 'fr']),
    seed: z.int().check(z.gte(0), z.lte(2 ** 32 - 1)),
    history: z.array(choiceIdSchema()).check(z.maxLength(64)),
    lines: z.int().check(z.gte(0)),
    inkState: z.string().check(z.maxLength(2_000_000)),
  });
export const saveSchema = lazySchema(buildSave);
export type SaveData = z.infer<ReturnType<typeof buildSave>>;

const buildSettings = () => {
  const unit = z.number().check(z.gte(0), z.lte(1));
  return z.object({
    lang: z.enum(['en', 'fr']),
    textScale: z.number().check(z.gte(0.8), z.lte(1.8)),
    highContrast: z.boolean(),
    reducedMotion: z.boolean(),
    audio: z.object({ master: unit, music: unit, effects: unit, muted: z.boolean() }),
  });
};
export const settingsSchema = lazySchema(buildSettings);
export type Settings = z.infer<ReturnType<typeof buildSettings>>;

/** The first problem of a zod error, in words a player can read. */
export function describeIssue(error: { issues: ReadonlyArray<{ path: ReadonlyArray<PropertyKey>; message: string }> }): string {
  const issue = error.issues[0];
  if (!issue) return 'invalid data';
  const where = issue.path.length ? issue.path.map(String).join('.') : 'data';
  return `${where}: ${issue.message}`;
}
