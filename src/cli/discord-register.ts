import { ConfigError, parseConfig } from '../config/parse-config.js';
import type { Command } from '../core/commands/command.js';
import { createCommands } from '../core/commands/create-commands.js';
import { registerDiscordCommands, toDiscordCommands } from '../platforms/discord/command-definitions.js';
import { parseArgs, reportFailure } from './cli-args.js';

const USAGE = 'tallywire discord-register [--guild ID] [--dry-run]';

/** What `run` reads and writes; tests pass their own, the CLI uses the process's. */
export interface DiscordRegisterIo {
  env: Record<string, string | undefined>;
  loadCommands: () => Promise<readonly Command[]>;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

/**
 * The command table that registration publishes. Only names, descriptions, options and
 * `adminOnly` are read, so the table may be built without a store or trackers.
 */
export async function loadCommandTableForRegistration(): Promise<readonly Command[]> {
  const neverRuns = (): never => {
    throw new Error('discord-register builds command definitions only; it never runs a command');
  };
  return createCommands({
    trackers: [],
    store: { get: neverRuns, set: neverRuns, delete: neverRuns },
    clock: () => new Date(),
    readTallies: neverRuns,
    readFeedHealth: neverRuns,
  });
}

/**
 * `npm run discord:register [-- --guild ID] [--dry-run]`: replaces the bot's slash commands
 * with the command table's (globally, or in one guild for instant testing); `--dry-run`
 * prints the definitions as JSON without calling Discord. Returns the exit code.
 */
export async function run(argv: string[], io: Partial<DiscordRegisterIo> = {}): Promise<number> {
  const env = io.env ?? process.env;
  const loadCommands = io.loadCommands ?? loadCommandTableForRegistration;
  const stdout = io.stdout ?? ((text: string) => void process.stdout.write(text));
  const stderr = io.stderr ?? ((text: string) => void process.stderr.write(text));

  const parsed = parseArgs(argv, { valueOptions: ['guild'], flagOptions: ['dry-run'] });
  if (!parsed.ok) return reportFailure('discord-register', parsed, USAGE);
  const { values, flags, positionals } = parsed.value;
  if (positionals.length > 0) {
    return reportFailure('discord-register', { exitCode: 2, message: `unexpected argument ${positionals[0]}` }, USAGE);
  }
  const guildId = values['guild'];
  if (guildId !== undefined && !/^\d{5,25}$/.test(guildId)) {
    return reportFailure(
      'discord-register',
      { exitCode: 2, message: `--guild expects a numeric guild id, got "${guildId}"` },
      USAGE,
    );
  }

  const commands = await loadCommands();
  if (flags.has('dry-run')) {
    stdout(`${JSON.stringify(toDiscordCommands(commands), null, 2)}\n`);
    return 0;
  }

  let discord: ReturnType<typeof parseConfig>['discord'];
  try {
    discord = parseConfig(env).discord;
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    stderr(`tallywire discord-register: ${error.message}\n`);
    return 2;
  }
  if (!discord) {
    stderr('tallywire discord-register: set DISCORD_TOKEN and DISCORD_APPLICATION_ID (see .env.example)\n');
    return 2;
  }

  try {
    const registration = await registerDiscordCommands({ ...discord, commands, ...(guildId ? { guildId } : {}) });
    const where = registration.scope === 'guild' ? `guild ${guildId}` : 'every server (global)';
    stdout(`Registered ${registration.names.length} slash commands for ${where}: /${registration.names.join(', /')}\n`);
    return 0;
  } catch (error) {
    stderr(
      `tallywire discord-register: registering commands with ${discord.apiBase} failed: ${error instanceof Error ? error.message : String(error)}\n`,
    );
    return 1;
  }
}
