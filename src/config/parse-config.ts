import { z } from 'zod';

/** Everything tallywire reads from the environment, validated once. */
export interface AppConfig {
  telegram: { token: string; apiRoot: string; webhook: { url: string; secret: string; port: number } | null } | null;
  discord: { token: string; applicationId: string; apiBase: string } | null;
  storeUrl: string;
  trackersFile: string;
  pollIntervalSeconds: number;
  logLevel: 'debug' | 'info' | 'warn' | 'error';
}

/** A configuration problem, naming every bad variable at once. */
export class ConfigError extends Error {
  override name = 'ConfigError';
  readonly problems: string[];
  constructor(problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.problems = problems;
  }
}

const optionalText = z
  .string()
  .trim()
  .transform((value) => (value === '' ? undefined : value))
  .optional();

const wholeNumber = (min: number, max: number) =>
  optionalText.pipe(
    z
      .string()
      .regex(/^\d+$/, 'expected a whole number')
      .transform(Number)
      .pipe(z.number().min(min).max(max))
      .optional(),
  );

const envSchema = z.object({
  TELEGRAM_BOT_TOKEN: optionalText.pipe(
    z
      .string()
      .regex(/^\d+:[\w-]+$/, 'expected the token @BotFather gave, like 123456:ABC-DEF...')
      .optional(),
  ),
  TELEGRAM_API_ROOT: optionalText.pipe(z.url().optional()),
  TELEGRAM_WEBHOOK_URL: optionalText.pipe(z.url().optional()),
  TELEGRAM_WEBHOOK_SECRET: optionalText.pipe(
    z
      .string()
      .regex(/^[A-Za-z0-9_-]{1,256}$/, 'use 1-256 characters from A-Z, a-z, 0-9, _ and -')
      .optional(),
  ),
  TELEGRAM_WEBHOOK_PORT: wholeNumber(1, 65_535),
  DISCORD_TOKEN: optionalText,
  DISCORD_APPLICATION_ID: optionalText.pipe(
    z
      .string()
      .regex(/^\d{5,25}$/, 'expected the numeric application id from the Discord developer portal')
      .optional(),
  ),
  DISCORD_API_BASE: optionalText.pipe(z.url().optional()),
  STORE_URL: optionalText.pipe(
    z
      .string()
      .regex(
        /^(sqlite|redis|rediss|postgres|postgresql|memory):/,
        'use sqlite://PATH, redis://…, postgresql://… or memory://',
      )
      .optional(),
  ),
  TRACKERS_FILE: optionalText,
  POLL_INTERVAL_SECONDS: wholeNumber(10, 86_400),
  LOG_LEVEL: optionalText.pipe(z.enum(['debug', 'info', 'warn', 'error']).optional()),
});

/** Reads and validates the environment; throws ConfigError listing every problem by variable name. */
export function parseConfig(env: Record<string, string | undefined>): AppConfig {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`));
  }
  const e = parsed.data;
  const problems: string[] = [];
  if (e.DISCORD_TOKEN && !e.DISCORD_APPLICATION_ID) {
    problems.push('DISCORD_APPLICATION_ID: required when DISCORD_TOKEN is set');
  }
  if (e.TELEGRAM_WEBHOOK_URL && !e.TELEGRAM_WEBHOOK_SECRET) {
    problems.push('TELEGRAM_WEBHOOK_SECRET: required when TELEGRAM_WEBHOOK_URL is set');
  }
  if (problems.length > 0) throw new ConfigError(problems);
  return {
    telegram: e.TELEGRAM_BOT_TOKEN
      ? {
          token: e.TELEGRAM_BOT_TOKEN,
          apiRoot: e.TELEGRAM_API_ROOT ?? 'https://api.telegram.org',
          webhook: e.TELEGRAM_WEBHOOK_URL
            ? {
                url: e.TELEGRAM_WEBHOOK_URL,
                secret: e.TELEGRAM_WEBHOOK_SECRET ?? '',
                port: e.TELEGRAM_WEBHOOK_PORT ?? 8080,
              }
            : null,
        }
      : null,
    discord:
      e.DISCORD_TOKEN && e.DISCORD_APPLICATION_ID
        ? {
            token: e.DISCORD_TOKEN,
            applicationId: e.DISCORD_APPLICATION_ID,
            apiBase: e.DISCORD_API_BASE ?? 'https://discord.com/api',
          }
        : null,
    storeUrl: e.STORE_URL ?? 'sqlite://data/tallywire.sqlite',
    trackersFile: e.TRACKERS_FILE ?? 'config/trackers.json',
    pollIntervalSeconds: e.POLL_INTERVAL_SECONDS ?? 600,
    logLevel: e.LOG_LEVEL ?? 'info',
  };
}
