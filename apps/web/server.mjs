// The production server: the built Remix app behind express, with static assets served directly.
import { existsSync } from 'node:fs';
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
const { env, host, webPort } = build.entry.module.serverConfig;

const app = express();
app.disable('x-powered-by');
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
app.all('*', createRequestHandler({ build, mode: env }));

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
