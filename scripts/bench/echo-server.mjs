// The room benchmark's baseline: a bare socket.io server on 127.0.0.1 that acknowledges every
// `echo` with its payload (one round trip, nothing else). Memory on request over IPC, like the room server.
import { createServer } from 'node:http';
import { Server } from 'socket.io';

const http = createServer();
const io = new Server(http, { serveClient: false });
io.on('connection', (s) => s.on('echo', (x, ack) => typeof ack === 'function' && ack(x)));
http.listen(Number(process.argv[2] ?? 0), '127.0.0.1', () => process.send?.({ ready: http.address().port }));
process.on('message', (m) => {
  if (m !== 'memory') return;
  globalThis.gc?.();
  globalThis.gc?.();
  const u = process.memoryUsage();
  process.send({ memory: { heapUsed: u.heapUsed, rss: u.rss } });
});
process.on('SIGTERM', () => process.exit(0));
