import {
  type APIApplicationCommandOption,
  ApplicationCommandOptionType,
  ApplicationCommandType,
  ApplicationIntegrationType,
  InteractionContextType,
  PermissionFlagsBits,
  REST,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
  Routes,
} from 'discord.js';
import type { Command, CommandOption } from '../../core/commands/command.js';

/** A chat-input (slash) command as Discord's bulk-overwrite endpoint takes it. */
export type DiscordCommandDefinition = RESTPostAPIChatInputApplicationCommandsJSONBody;

/** Discord's limits on command definitions (discord.com/developers/docs/interactions/application-commands). */
const DISCORD_COMMAND_LIMITS = { description: 100, choices: 25, choiceName: 100, commands: 100 } as const;

/** Names Discord accepts for chat-input commands and options (lowercase where a lowercase exists). */
const DISCORD_COMMAND_NAME = /^[-_'\p{Ll}\p{Lm}\p{Lo}\p{N}]{1,32}$/u;

/**
 * Commands that only make sense on Telegram: `/start` is what Telegram sends when someone
 * opens a bot; Discord has no such moment, so its greeting stays with `/help`.
 */
const TELEGRAM_ONLY_COMMANDS = new Set(['start']);

/** Manage Server, as the decimal string `default_member_permissions` wants ("32"). */
export const MANAGE_SERVER_PERMISSION = PermissionFlagsBits.ManageGuild.toString();

/**
 * Turns the command table into Discord slash-command definitions: admin-only commands get
 * `default_member_permissions` = Manage Server (hidden from others by default; the bot still
 * checks at run time because server admins can override it), the rest are open to everyone.
 * Throws on a name Discord would reject, since that is a bug in the table.
 */
export function toDiscordCommands(commands: readonly Command[]): DiscordCommandDefinition[] {
  const definitions = commands
    .filter((command) => !TELEGRAM_ONLY_COMMANDS.has(command.name))
    .map((command): DiscordCommandDefinition => {
      assertValidName(command.name, 'command');
      return {
        type: ApplicationCommandType.ChatInput,
        name: command.name,
        description: clip(command.description, DISCORD_COMMAND_LIMITS.description),
        options: orderRequiredFirst(command.options).map(toDiscordOption),
        default_member_permissions: command.adminOnly ? MANAGE_SERVER_PERMISSION : null,
        contexts: [InteractionContextType.Guild, InteractionContextType.BotDM],
        integration_types: [ApplicationIntegrationType.GuildInstall],
      };
    });
  if (definitions.length > DISCORD_COMMAND_LIMITS.commands) {
    throw new Error(`Discord allows ${DISCORD_COMMAND_LIMITS.commands} slash commands, got ${definitions.length}`);
  }
  return definitions;
}

/** What a registration did: where the commands went and which ones. */
export interface DiscordRegistration {
  scope: 'global' | 'guild';
  names: string[];
}

/**
 * Replaces the application's slash commands with the table's (bulk overwrite PUT), globally
 * or in one guild; guild commands show up at once, which is what testing a change needs.
 */
export async function registerDiscordCommands(deps: {
  token: string;
  applicationId: string;
  apiBase: string;
  commands: readonly Command[];
  guildId?: string;
}): Promise<DiscordRegistration> {
  const definitions = toDiscordCommands(deps.commands);
  const rest = new REST({ api: deps.apiBase }).setToken(deps.token);
  try {
    const route = deps.guildId
      ? Routes.applicationGuildCommands(deps.applicationId, deps.guildId)
      : Routes.applicationCommands(deps.applicationId);
    await rest.put(route, { body: definitions });
  } finally {
    rest.clearHashSweeper();
    rest.clearHandlerSweeper();
  }
  return { scope: deps.guildId ? 'guild' : 'global', names: definitions.map((definition) => definition.name) };
}

function toDiscordOption(option: CommandOption): APIApplicationCommandOption {
  assertValidName(option.name, 'option');
  const description = clip(option.description, DISCORD_COMMAND_LIMITS.description);
  const choices = option.choices?.slice(0, DISCORD_COMMAND_LIMITS.choices) ?? [];
  // Discord refuses an option that has both choices and autocomplete; a closed set wins.
  const autocomplete = choices.length === 0 && option.autocomplete === true;
  if (option.type === 'integer') {
    return {
      type: ApplicationCommandOptionType.Integer,
      name: option.name,
      description,
      required: option.required,
      ...(choices.length > 0
        ? {
            choices: choices.map((choice) => ({
              name: clip(choice, DISCORD_COMMAND_LIMITS.choiceName),
              value: Number(choice),
            })),
          }
        : autocomplete
          ? { autocomplete }
          : {}),
    };
  }
  return {
    type: ApplicationCommandOptionType.String,
    name: option.name,
    description,
    required: option.required,
    ...(choices.length > 0
      ? { choices: choices.map((choice) => ({ name: clip(choice, DISCORD_COMMAND_LIMITS.choiceName), value: choice })) }
      : autocomplete
        ? { autocomplete }
        : {}),
  };
}

/** Discord requires required options before optional ones; the table's order is kept otherwise. */
function orderRequiredFirst(options: readonly CommandOption[]): CommandOption[] {
  return [...options.filter((option) => option.required), ...options.filter((option) => !option.required)];
}

function assertValidName(name: string, what: 'command' | 'option'): void {
  if (!DISCORD_COMMAND_NAME.test(name)) {
    throw new Error(`Discord rejects the ${what} name "${name}": use 1-32 lowercase letters, digits, - or _`);
  }
}

function clip(value: string, max: number): string {
  const trimmed = value.trim() || '…';
  return trimmed.length <= max ? trimmed : `${trimmed.slice(0, max - 1)}…`;
}
