// The API on a fresh database (PostgreSQL when DATABASE_URL is set, else in-memory PGlite), in its
// own process so that the load generator does not share its event loop. Prints one JSON line.
import { createTestApp, registerUser } from '../apps/api/test/support.ts';

const t = await createTestApp({ AUTH_RATE_LIMIT: '100000' });
await t.app.listen({ port: 0, host: '127.0.0.1' });
const address = t.app.server.address();
const session = await registerUser(t.app, { email: 'bench@example.com', password: 'bench password 1' });
process.stdout.write(`${JSON.stringify({ port: typeof address === 'object' ? address?.port : 0, accessToken: session.accessToken })}\n`);
process.on('SIGTERM', async () => {
  await t.close();
  process.exit(0);
});
