// Versioned, validated shapes of everything we read back from storage or a URL.
import { z } from 'zod';

export const SAVE_SCHEMA_VERSION = 1;
const choiceId = z.string().regex(/^[a-z][a-z0-9_]*$/, 'choice ids are snake_case');

export const SaveSchema = z.object({
  schema: z.literal(SAVE_SCHEMA_VERSION),
  storyVersion: z.string().min(1),
  savedAt: z.string(),
  lang: z.enum(['en', 'fr']),
  seed: z.number().int().nonnegative().max(2 ** 32 - 1),
  history: z.array(choiceId).max(64),
  lines: z.number().int().nonnegative(),
  inkState: z.string().max(2_000_000),
});
export type SaveData = z.infer<typeof SaveSchema>;

export const SettingsSchema = z.object({
  lang: z.enum(['en', 'fr']),
  textScale: z.number().min(0.8).max(1.8),
  highContrast: z.boolean(),
  reducedMotion: z.boolean(),
  audio: z.object({
    master: z.number().min(0).max(1),
    music: z.number().min(0).max(1),
    effects: z.number().min(0).max(1),
    muted: z.boolean(),
  }),
});
export type Settings = z.infer<typeof SettingsSchema>;

/** The first problem of a zod error, in words a player can read. */
export function describeIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'invalid data';
  const where = issue.path.length ? issue.path.join('.') : 'data';
  return `${where}: ${issue.message}`;
}
