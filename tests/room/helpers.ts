// Shared by the room tests and the room benchmark: memory storage, waiting, free ports, and the
// room server as a child process. It runs as `node --import tsx src/server/main.ts`: the
// node_modules/.bin/tsx wrapper would start the server as a grandchild that a SIGKILL of the
// wrapper leaves running, and the PID we stop must be the server's.
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import type { StorageLike } from '../../src/room/client';

export class MemoryStorage implements StorageLike {
  private m = new Map<string, string>();
  getItem(k: string) {
    return this.m.get(k) ?? null;
  }
  setItem(k: string, v: string) {
    this.m.set(k, v);
  }
  removeItem(k: string) {
    this.m.delete(k);
  }
}

export async function waitUntil(cond: () => boolean, ms = 10_000, what = 'condition'): Promise<void> {
  const end = Date.now() + ms;
  while (!cond()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.listen(0, '127.0.0.1', () => {
      const a = srv.address();
      const port = typeof a === 'object' && a ? a.port : 0;
      srv.close(() => resolve(port));
    });
    srv.on('error', reject);
  });
}

export interface Child {
  proc: ChildProcess;
  port: number;
  url: string;
  /** Heap and RSS after two full GCs, asked over IPC. */
  memory(): Promise<{ heapUsed: number; rss: number }>;
  /** SIGKILL (a crash) or SIGTERM (a clean stop); resolves when the process has exited. */
  stop(signal?: NodeJS.Signals): Promise<void>;
}

/** Starts `npm run room`'s entry on 127.0.0.1 without the game's static files; resolves when it listens. */
export function startRoomServer(port: number, env: Record<string, string>, extra: string[] = []): Promise<Child> {
  const proc = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts', '--no-static', '--no-room', '--port', String(port), ...extra], {
    env: { ...process.env, NO_COLOR: '1', ROOM_DIAG: '1', ...env },
    stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
  });
  let stderr = '';
  proc.stderr!.on('data', (d) => (stderr += String(d)));
  return new Promise((resolve, reject) => {
    const t = setTimeout(() => reject(new Error(`room server did not start: ${stderr}`)), 30_000);
    proc.once('exit', (code) => reject(new Error(`room server exited (${code}): ${stderr}`)));
    proc.on('message', (m: { ready?: number }) => {
      if (!m.ready) return;
      clearTimeout(t);
      resolve({
        proc,
        port,
        url: `http://127.0.0.1:${port}`,
        memory: () =>
          new Promise((res) => {
            const on = (x: { memory?: { heapUsed: number; rss: number } }) => {
              if (!x.memory) return;
              proc.off('message', on);
              res(x.memory);
            };
            proc.on('message', on);
            proc.send('memory');
          }),
        stop: (signal = 'SIGTERM') =>
          new Promise((res) => {
            if (proc.exitCode !== null || proc.signalCode !== null) return res();
            proc.once('exit', () => res());
            proc.kill(signal);
          }),
      });
    });
  });
}
