export { ConfigError, loadConfig, type Config } from './load-config.ts';
export { readOrCreateSecret } from './secret-file.ts';
