// Serves a built page folder on 127.0.0.1; `answer` may take a request first (an API), returning
// true when it does.
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';

const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' };
export async function serve(folder, port = 0, answer = () => false) {
  const server = createServer(async (request, response) => {
    if (answer(request, response)) return;
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    try {
      const file = join(folder, normalize(path === '/' ? '/index.html' : path));
      const body = await readFile(file);
      response.writeHead(200, {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      });
      response.end(body);
    } catch {
      response.writeHead(404);
      response.end();
    }
  });
  await new Promise((done) => server.listen(port, '127.0.0.1', done));
  return {
    origin: `http://127.0.0.1:${server.address().port}`,
    close: () => {
      server.closeAllConnections();
      server.close();
    },
  };
}
