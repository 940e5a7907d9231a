import { pino, type Logger } from 'pino';
import type { Config } from './config.js';

export type { Logger };

export function createLogger(config: Pick<Config, 'LOG_LEVEL' | 'LOG_PRETTY'>): Logger {
  return pino({
    level: config.LOG_LEVEL,
    base: { service: 'orion' },
    redact: { paths: ['password', '*.password', 'input.password', 'token', '*.token'], censor: '[redacted]' },
    ...(config.LOG_PRETTY ? { transport: { target: 'pino-pretty' } } : {}),
  });
}
