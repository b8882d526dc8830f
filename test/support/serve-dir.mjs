// A built app's folder served as it is, on 127.0.0.1 on a free port, for the fixtures' checks.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, resolve } from 'node:path';

const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' };

/** Serves `dir`; resolves to the listening server (its port from `server.address().port`). */
export const serveDir = (dir) =>
  new Promise((ready) => {
    const server = createServer((req, res) => {
      const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
      const file = resolve(dir, `.${path.endsWith('/') ? `${path}index.html` : path}`);
      try {
        const body = readFileSync(file);
        res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
        res.end(body);
      } catch {
        res.writeHead(404).end();
      }
    }).listen(0, '127.0.0.1', () => ready(server));
  });
