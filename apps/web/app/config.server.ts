import { loadConfig, readOrCreateSecret } from '@bazaarche/config';

// Parsed once when the server bundle loads: a wrong variable stops the server before it listens.
const config = loadConfig(process.env);

export const serverConfig = {
  env: config.env,
  apiUrl: config.apiUrl,
  publicUrl: config.publicUrl,
  webPort: config.webPort,
  host: config.host,
  sessionSecret: config.sessionSecret ?? readOrCreateSecret(config.dataDir, 'session'),
  secureCookies: config.publicUrl.startsWith('https:'),
} as const;
