import type { Logger } from '../core/types.js';

const LEVELS = { debug: 10, info: 20, warn: 30, error: 40 } as const;

/** Log level names, lowest first. */
export type LogLevel = keyof typeof LEVELS;

/**
 * A logger writing one line per event to stderr (stdout is reserved for posts and JSON
 * output): time, level, message, then the context as JSON.
 */
export function createLogger(level: LogLevel, write: (line: string) => void = (l) => process.stderr.write(l)): Logger {
  const emit = (at: LogLevel) => (message: string, context?: Record<string, unknown>) => {
    if (LEVELS[at] < LEVELS[level]) return;
    const suffix = context && Object.keys(context).length > 0 ? ` ${JSON.stringify(context)}` : '';
    write(`${new Date().toISOString()} ${at.toUpperCase().padEnd(5)} ${message}${suffix}\n`);
  };
  return { debug: emit('debug'), info: emit('info'), warn: emit('warn'), error: emit('error') };
}
