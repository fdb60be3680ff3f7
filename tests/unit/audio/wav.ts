// Minimal WAV reader for the audio tests (16-bit PCM only).
import { readFileSync } from 'node:fs';

export interface Wav {
  format: number;
  channels: number;
  sampleRate: number;
  bitsPerSample: number;
  dataBytes: number;
  fileBytes: number;
  samples: Int16Array;
}

export function parseWav(bytes: Buffer): Wav {
  if (bytes.toString('ascii', 0, 4) !== 'RIFF' || bytes.toString('ascii', 8, 12) !== 'WAVE') {
    throw new Error('not a RIFF/WAVE file');
  }
  if (bytes.readUInt32LE(4) !== bytes.length - 8) throw new Error('RIFF size does not match the file size');
  let offset = 12;
  let fmt: Omit<Wav, 'dataBytes' | 'fileBytes' | 'samples'> | null = null;
  while (offset + 8 <= bytes.length) {
    const id = bytes.toString('ascii', offset, offset + 4);
    const size = bytes.readUInt32LE(offset + 4);
    const body = offset + 8;
    if (id === 'fmt ') {
      fmt = {
        format: bytes.readUInt16LE(body),
        channels: bytes.readUInt16LE(body + 2),
        sampleRate: bytes.readUInt32LE(body + 4),
        bitsPerSample: bytes.readUInt16LE(body + 14),
      };
    } else if (id === 'data') {
      if (!fmt) throw new Error('data before fmt');
      if (body + size !== bytes.length) throw new Error(`data length ${size} does not match the file`);
      const samples = new Int16Array(size / 2);
      for (let i = 0; i < samples.length; i++) samples[i] = bytes.readInt16LE(body + i * 2);
      return { ...fmt, dataBytes: size, fileBytes: bytes.length, samples };
    }
    offset = body + size + (size % 2);
  }
  throw new Error('no data chunk');
}

export function readWav(path: string): Wav {
  return parseWav(readFileSync(path));
}

export const dbfs = (x: number): number => 20 * Math.log10(Math.max(x, 1e-9));
