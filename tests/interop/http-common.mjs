// The HTTP plumbing the loopback servers share (vcapi-exchange.mjs, oid4vp-verifier.mjs): body
// reading with a size cap, JSON / text answers that are never cached, an error that carries its
// HTTP status and JSON body, and listening on 127.0.0.1 with the one stdout line the tests read.
import http from 'node:http';
import {log} from './issuer-common.mjs';

export function readBody(req, maxBody = 4 * 1024 * 1024) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    let size = 0;
    req.on('data', chunk => {
      size += chunk.length;
      if(size > maxBody) { reject(new Error('too large')); req.destroy(); return; }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

export function send(res, status, body, type = 'application/json') {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  res.writeHead(status, {'Content-Type': type, 'Content-Length': Buffer.byteLength(text), 'Cache-Control': 'no-store'});
  res.end(text);
  return status;
}

// body: the JSON error answer; a string becomes {"error": string}.
export class HttpError extends Error {
  constructor(status, body) {
    super(typeof body === 'string' ? body : body.error_description ?? body.error);
    this.status = status;
    this.body = typeof body === 'string' ? {error: body} : body;
  }
}

// Serves route(req, res, url, entry) on 127.0.0.1 (port 0). entry is the request's log line
// ({method, path}); route returns the status it sent and may add members. An HttpError is
// answered with its status and body; any other exception with 400 {"error": message}.
// Non-admin requests are appended to `requests`. Prints {"url":"http://127.0.0.1:PORT"} once
// listening and calls onListening(base) first.
export function serve({route, requests, onListening}) {
  let base = '';
  const server = http.createServer(async (req, res) => {
    const url = new URL(req.url, base);
    const entry = {method: req.method, path: url.pathname};
    if(!url.pathname.startsWith('/admin/'))
      requests.push(entry);
    try {
      entry.status = await route(req, res, url, entry);
    } catch(e) {
      entry.error = String(e?.message ?? e);
      if(!(e instanceof HttpError))
        log('error on', url.pathname, String(e?.stack ?? e));
      entry.status = send(res, e instanceof HttpError ? e.status : 400,
        e instanceof HttpError ? e.body : {error: entry.error});
    }
    log(req.method, url.pathname, String(entry.status), entry.error ?? '');
  });
  server.listen(0, '127.0.0.1', () => {
    base = `http://127.0.0.1:${server.address().port}`;
    onListening(base);
    process.stdout.write(`${JSON.stringify({url: base})}\n`);
  });
  return server;
}
