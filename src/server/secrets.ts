// Room codes, facilitator keys and member tokens. Secrets are stored only as SHA-256 hashes, so a
// copy of the database or of Redis lets nobody act as a facilitator or a trainee.
import { createHash, randomBytes, randomInt } from 'node:crypto';
import { LIMITS, ROOM_CODE_ALPHABET } from '../room/protocol';

export function newRoomCode(): string {
  let code = '';
  for (let i = 0; i < LIMITS.roomCodeLength; i++) code += ROOM_CODE_ALPHABET[randomInt(ROOM_CODE_ALPHABET.length)];
  return code;
}

/** 32 random bytes, base64url: 43 characters. */
export function newSecret(): string {
  return randomBytes(32).toString('base64url');
}

export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}
