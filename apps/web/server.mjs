// The production server: the built Remix app behind express, with static assets served directly.
import { existsSync } from 'node:fs';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { fileURLToPath } from 'node:url';
import { createRequestHandler } from '@remix-run/express';
import compression from 'compression';
import express from 'express';

const serverBuildUrl = new URL('./build/server/index.js', import.meta.url);
const clientBuildPath = fileURLToPath(new URL('./build/client', import.meta.url));

if (!existsSync(serverBuildUrl)) {
  console.error('The web app is not built: run `pnpm --filter @bazaarche/web build` first.');
  process.exit(1);
}

const build = await loadBuild();
const { env, host, webPort, apiUrl } = build.entry.module.serverConfig;

const app = express();
app.disable('x-powered-by');
// Photos are already compressed; they pass through before the compression middleware sees them.
app.use('/media', mediaProxy(apiUrl));
app.use(compression());
// Vite puts a content hash in every file name under /assets, so they never change.
app.use('/assets', express.static(`${clientBuildPath}/assets`, { immutable: true, maxAge: '1y' }));
app.use('/assets', (_request, response) => response.sendStatus(404));
app.use(express.static(clientBuildPath, { maxAge: '1h' }));
// The API limits sign-in attempts per visitor: hand it the visitor's address, appended as a proxy does.
app.use((request, _response, next) => {
  const chain = [request.headers['x-forwarded-for'], request.socket.remoteAddress].filter(Boolean);
  request.headers['x-forwarded-for'] = chain.join(', ');
  next();
});
const handleRequest = createRequestHandler({ build, mode: env });
const { runInRequestScope } = build.entry.module;
app.all('*', (request, response, next) => runInRequestScope(request.method, () => handleRequest(request, response, next)));

const server = app.listen(webPort, host, () => {
  console.log(`Bazaarche web listening on http://${host.includes(':') ? `[${host}]` : host}:${webPort}`);
});
server.on('error', (error) => {
  console.error(`Bazaarche web cannot listen on ${host}:${webPort}: ${error.message}`);
  process.exit(1);
});

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => {
    // Finish the requests in flight, then stop; a client holding a connection open gets 10 s.
    server.close(() => process.exit(0));
    setTimeout(() => {
      server.closeAllConnections();
      process.exit(0);
    }, 10_000).unref();
  });
}

/**
 * The API names every photo `${PUBLIC_URL}/media/<key>`, so the storefront answers for those
 * addresses by streaming the bytes from the API, with the headers that let browsers cache them.
 */
function mediaProxy(apiBaseUrl) {
  const passedOn = ['content-type', 'content-length', 'cache-control', 'etag', 'last-modified', 'x-content-type-options', 'accept-ranges', 'content-range'];
  const askedWith = ['if-none-match', 'if-modified-since', 'range'];
  // Keys are plain path segments; anything else (dot segments, escapes) could reach another API route.
  const keyPattern = /^\/[A-Za-z0-9_-][A-Za-z0-9._-]*(\/[A-Za-z0-9_-][A-Za-z0-9._-]*)*$/;
  return async (request, response) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.set('Allow', 'GET, HEAD').sendStatus(405);
      return;
    }
    const key = request.path;
    if (!keyPattern.test(key) || key.includes('..')) {
      response.sendStatus(404);
      return;
    }
    // The API limits requests per visitor, photos included: hand it the visitor's address.
    const headers = { 'x-forwarded-for': [request.headers['x-forwarded-for'], request.socket.remoteAddress].filter(Boolean).join(', ') };
    for (const name of askedWith) if (request.headers[name]) headers[name] = request.headers[name];
    const abort = new AbortController();
    response.once('close', () => abort.abort());
    let upstream;
    try {
      upstream = await fetch(`${apiBaseUrl}/media${key}`, { method: request.method, headers, signal: abort.signal, redirect: 'manual' });
    } catch {
      if (!response.headersSent && !abort.signal.aborted) response.sendStatus(502);
      return;
    }
    response.status(upstream.status);
    // fetch undoes any content-encoding, after which the upstream length no longer holds.
    const decoded = upstream.headers.has('content-encoding');
    for (const name of passedOn) {
      const value = upstream.headers.get(name);
      if (value !== null && !(decoded && name === 'content-length')) response.set(name, value);
    }
    if (!upstream.body || request.method === 'HEAD') {
      response.end();
      return;
    }
    try {
      await pipeline(Readable.fromWeb(upstream.body), response);
    } catch {
      // The visitor left or the API dropped the connection; either way the response is over.
      response.destroy();
    }
  };
}

/** Loading the build parses the configuration; a wrong variable is reported in its one line. */
async function loadBuild() {
  try {
    return await import(serverBuildUrl.href);
  } catch (error) {
    if (error instanceof Error && error.name === 'ConfigError') {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
}
