// A small static server for the built game (dist/) on its own port: the offline test stops it to
// take the network away for real, and can serve a changed service worker (a "new version").
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { Socket } from 'node:net';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml', '.json': 'application/json',
  '.webmanifest': 'application/manifest+json', '.wav': 'audio/wav', '.png': 'image/png',
};

export interface StaticServer {
  url: string;
  /** Serves sw.js with this text appended (a new version of the service worker); null: the built file. */
  swSuffix: string | null;
  /** Requests served so far, by path. */
  served: string[];
  close(): Promise<void>;
}

export async function serveDist(root = 'dist'): Promise<StaticServer> {
  const sockets = new Set<Socket>();
  const state: StaticServer = { url: '', swSuffix: null, served: [], close: async () => undefined };
  const server: Server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    const file = normalize(join(root, path.slice(1) || 'index.html'));
    if (!file.startsWith(root) || !existsSync(file) || !statSync(file).isFile()) return void res.writeHead(404).end();
    state.served.push(path);
    const headers = { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-cache' };
    if (path === '/sw.js' && state.swSuffix !== null) return void res.writeHead(200, headers).end(readFileSync(file, 'utf8') + state.swSuffix);
    res.writeHead(200, headers);
    createReadStream(file).pipe(res);
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const addr = server.address();
  state.url = `http://127.0.0.1:${typeof addr === 'object' && addr ? addr.port : 0}/`;
  state.close = () => new Promise<void>((r) => {
    for (const s of sockets) s.destroy();
    server.close(() => r());
  });
  return state;
}
