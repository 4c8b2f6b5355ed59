export { ConfigError, loadConfig, RATE_LIMIT_MAX, type Config } from './load-config.ts';
export { readOrCreateSecret } from './secret-file.ts';
