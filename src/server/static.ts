// Serves the production build (dist/) on the room server's origin, so the game and socket.io share
// one origin and the page's CSP (`connect-src 'self'`) covers the room. GET and HEAD only; no
// directory listing; paths cannot leave the folder.
import { createReadStream, existsSync, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.json': 'application/json', '.webmanifest': 'application/manifest+json', '.svg': 'image/svg+xml', '.png': 'image/png',
  '.ico': 'image/x-icon', '.wav': 'audio/wav', '.ogg': 'audio/ogg', '.mp3': 'audio/mpeg', '.woff2': 'font/woff2', '.txt': 'text/plain; charset=utf-8',
};

export function staticHandler(dir: string): (req: IncomingMessage, res: ServerResponse) => void {
  const root = resolve(dir);
  return (req, res) => {
    const headers = { 'x-content-type-options': 'nosniff', 'referrer-policy': 'no-referrer' };
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { ...headers, allow: 'GET, HEAD' }).end();
      return;
    }
    let pathname: string;
    try {
      pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    } catch {
      res.writeHead(400, headers).end();
      return;
    }
    if (pathname === '/healthz') {
      res.writeHead(200, { ...headers, 'content-type': 'application/json' }).end('{"ok":true}');
      return;
    }
    const file = normalize(join(root, pathname.endsWith('/') ? `${pathname}index.html` : pathname));
    if ((file !== root && !file.startsWith(root + sep)) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404, { ...headers, 'content-type': 'text/plain; charset=utf-8' }).end('not found');
      return;
    }
    // Vite's hashed files never change; everything else is checked again on each load.
    const cache = /[\\/]assets[\\/]/.test(file.slice(root.length)) ? 'public, max-age=31536000, immutable' : 'no-cache';
    res.writeHead(200, { ...headers, 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': cache });
    if (req.method === 'HEAD') res.end();
    else createReadStream(file).pipe(res);
  };
}
