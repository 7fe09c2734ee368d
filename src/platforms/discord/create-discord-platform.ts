import { once } from 'node:events';
import {
  type AutocompleteInteraction,
  type ChatInputCommandInteraction,
  Client,
  DiscordAPIError,
  Events,
  GatewayIntentBits,
  type Interaction,
  type InteractionReplyOptions,
  MessageFlags,
  PermissionFlagsBits,
  RESTJSONErrorCodes,
  Routes,
} from 'discord.js';
import type { ChatRef, Publisher, SendResult } from '../../core/chat.js';
import type { AutocompleteTrackers, Command, CommandContext, OptionName } from '../../core/commands/command.js';
import type { Post } from '../../core/post.js';
import type { Logger } from '../../core/types.js';
import { type DiscordMessageBody, escapeDiscordMarkdown, NO_MENTIONS, renderDiscord } from './render-discord.js';

/** What the Discord platform needs; `apiBase` is the REST root without version, e.g. `https://discord.com/api`. */
export interface DiscordPlatformDeps {
  token: string;
  applicationId: string;
  apiBase: string;
  commands: readonly Command[];
  autocompleteTrackers: AutocompleteTrackers;
  log: Logger;
  /** Told when a channel can no longer be posted to, so its subscriptions can be disabled. */
  onChatGone?: (chat: ChatRef, reason: string) => void | Promise<void>;
  /**
   * How long a command may run before the reply is deferred (ms, default 2000): Discord drops
   * an interaction that gets no response within 3 seconds.
   */
  deferAfterMs?: number;
}

/** The Discord adapter: a publisher for alerts and digests, and the slash-command handler. */
export interface DiscordPlatform {
  publisher: Publisher;
  /** Connects to the gateway and resolves once the client is ready (guilds received). */
  start(): Promise<void>;
  /** Lets in-flight interactions finish, then closes the gateway connection. */
  stop(): Promise<void>;
}

/** Discord errors that mean the bot will never be able to post in that channel again. */
const GONE_ERROR_CODES = new Map<number, string>([
  [RESTJSONErrorCodes.MissingAccess, 'missing access'],
  [RESTJSONErrorCodes.MissingPermissions, 'missing permissions'],
  [RESTJSONErrorCodes.UnknownChannel, 'unknown channel'],
  [RESTJSONErrorCodes.CannotSendMessagesToThisUser, 'cannot send messages to this user'],
]);

const OPTION_NAMES: readonly OptionName[] = ['tracker', 'alerts', 'count', 'cron', 'timezone'];
const AUTOCOMPLETE_CHOICES_MAX = 25;
const AUTOCOMPLETE_VALUE_MAX_CHARS = 100;
const DEFAULT_DEFER_AFTER_MS = 2000;

/**
 * Builds the Discord platform on discord.js 14 with the Guilds intent only (no privileged
 * intents): slash commands from the command table, tracker autocomplete, and a publisher
 * whose every message carries `allowed_mentions: { parse: [] }`.
 */
export function createDiscordPlatform(deps: DiscordPlatformDeps): DiscordPlatform {
  const { log } = deps;
  const commandsByName = new Map(deps.commands.map((command) => [command.name, command]));
  const deferAfterMs = deps.deferAfterMs ?? DEFAULT_DEFER_AFTER_MS;
  const notifiedGuilds = new Set<string>();
  const inFlight = new Set<Promise<void>>();

  const client = new Client({
    intents: [GatewayIntentBits.Guilds],
    rest: { api: deps.apiBase },
    allowedMentions: NO_MENTIONS,
  });
  // Alerts may go out before the gateway is up (or while it reconnects): REST needs only the token.
  client.rest.setToken(deps.token);

  client.on(Events.InteractionCreate, (interaction) => {
    const handling = handleInteraction(interaction).finally(() => inFlight.delete(handling));
    inFlight.add(handling);
  });
  client.on(Events.Error, (error) => log.error('Discord client error', { error: describeError(error) }));
  client.on(Events.ShardError, (error, shardId) =>
    log.warn('Discord gateway connection error', { shardId, error: describeError(error) }),
  );

  async function handleInteraction(interaction: Interaction): Promise<void> {
    try {
      if (interaction.isAutocomplete()) await answerAutocomplete(interaction);
      else if (interaction.isChatInputCommand()) await runCommand(interaction);
    } catch (error) {
      log.error('Discord interaction failed', {
        interaction: interaction.id,
        command: interaction.isCommand() ? interaction.commandName : undefined,
        guild: interaction.guildId,
        channel: interaction.channelId,
        error: describeError(error),
      });
      if (interaction.isChatInputCommand()) await replyWithError(interaction);
    }
  }

  async function runCommand(interaction: ChatInputCommandInteraction): Promise<void> {
    const command = commandsByName.get(interaction.commandName);
    if (!command) {
      await replyEphemeral(interaction, `/${interaction.commandName} is not a command of this bot any more.`);
      return;
    }
    const context: CommandContext = {
      chat: { platform: 'discord', chatId: interaction.channelId },
      // In a DM the user is the whole audience, so they administer that chat.
      isAdmin: !interaction.inGuild() || (interaction.memberPermissions?.has(PermissionFlagsBits.ManageGuild) ?? false),
      args: readArgs(interaction, command),
    };
    if (command.adminOnly && !context.isAdmin) {
      await replyEphemeral(interaction, `Only members with the Manage Server permission can use /${command.name}.`);
      return;
    }
    const posts = await runDeferringIfSlow(interaction, command.run(context));
    await replyWithPosts(interaction, posts);
  }

  async function runDeferringIfSlow(interaction: ChatInputCommandInteraction, work: Promise<Post[]>): Promise<Post[]> {
    let timer: NodeJS.Timeout | undefined;
    const slow = new Promise<'slow'>((resolve) => {
      timer = setTimeout(() => resolve('slow'), deferAfterMs);
    });
    const first = await Promise.race([
      work.then(
        () => 'done' as const,
        () => 'done' as const,
      ),
      slow,
    ]);
    clearTimeout(timer);
    if (first === 'slow') await interaction.deferReply();
    return work;
  }

  async function replyWithPosts(interaction: ChatInputCommandInteraction, posts: Post[]): Promise<void> {
    const messages = posts.flatMap(renderDiscord);
    const [first, ...rest] = messages;
    if (!first) {
      await respond(interaction, { content: 'Done.', allowedMentions: NO_MENTIONS, flags: MessageFlags.Ephemeral });
      return;
    }
    await respond(interaction, toReplyOptions(first));
    for (const message of rest) await interaction.followUp(toReplyOptions(message));
  }

  async function respond(
    interaction: ChatInputCommandInteraction,
    options: {
      content?: string;
      embeds?: DiscordMessageBody['embeds'];
      allowedMentions: typeof NO_MENTIONS;
      flags?: number;
    },
  ): Promise<void> {
    if (interaction.deferred && !interaction.replied) await interaction.editReply(options);
    else if (interaction.replied) await interaction.followUp(options);
    else await interaction.reply(options);
  }

  async function replyEphemeral(interaction: ChatInputCommandInteraction, content: string): Promise<void> {
    const options: InteractionReplyOptions = {
      content: escapeDiscordMarkdown(content),
      allowedMentions: NO_MENTIONS,
      flags: MessageFlags.Ephemeral,
    };
    // A deferred reply is public; it is removed so the error is seen by the asker alone.
    if (interaction.deferred && !interaction.replied) await interaction.deleteReply();
    if (interaction.deferred || interaction.replied) await interaction.followUp(options);
    else await interaction.reply(options);
  }

  async function replyWithError(interaction: ChatInputCommandInteraction): Promise<void> {
    try {
      await replyEphemeral(
        interaction,
        `Sorry, /${interaction.commandName} failed. The error was logged; please try again later.`,
      );
    } catch (error) {
      log.warn('Could not tell the user their Discord command failed', {
        interaction: interaction.id,
        error: describeError(error),
      });
    }
  }

  async function answerAutocomplete(interaction: AutocompleteInteraction): Promise<void> {
    const focused = interaction.options.getFocused(true);
    if (focused.name !== 'tracker') {
      await interaction.respond([]);
      return;
    }
    let ids: string[];
    try {
      ids = await deps.autocompleteTrackers(String(focused.value));
    } catch (error) {
      log.warn('Tracker autocomplete failed', { typed: focused.value, error: describeError(error) });
      ids = [];
    }
    const choices = ids
      .filter((id) => id.length <= AUTOCOMPLETE_VALUE_MAX_CHARS)
      .slice(0, AUTOCOMPLETE_CHOICES_MAX)
      .map((id) => ({ name: id, value: id }));
    await interaction.respond(choices);
  }

  async function send(chat: ChatRef, post: Post): Promise<SendResult> {
    const channelId = chat.threadId ?? chat.chatId;
    for (const body of renderDiscord(post)) {
      try {
        await client.rest.post(Routes.channelMessages(channelId), { body });
      } catch (error) {
        const gone = goneReason(error);
        if (!gone)
          return {
            status: 'failed',
            reason: `Posting to Discord channel ${channelId} failed: ${describeError(error)}`,
          };
        log.warn('Discord channel is gone', { channel: channelId, reason: gone });
        await tellServerAdminOnce(channelId, gone);
        await reportGone(chat, gone);
        return { status: 'gone', reason: gone };
      }
    }
    return { status: 'sent' };
  }

  async function reportGone(chat: ChatRef, reason: string): Promise<void> {
    try {
      await deps.onChatGone?.(chat, reason);
    } catch (error) {
      log.error('onChatGone failed', { chat: chat.chatId, error: describeError(error) });
    }
  }

  /**
   * The guild owner gets one DM per guild per process (a lost permission usually affects every
   * subscribed channel at once); when the owner's DMs are closed the guild's system channel is tried.
   */
  async function tellServerAdminOnce(channelId: string, reason: string): Promise<void> {
    // The guild is known only from the gateway's cache; a channel deleted meanwhile has left it.
    const channel = client.channels.cache.get(channelId);
    if (!channel || channel.isDMBased()) return;
    const { guild } = channel;
    if (notifiedGuilds.has(guild.id)) return;
    notifiedGuilds.add(guild.id);
    const channelName = channel.name;
    const content =
      `tallywire can no longer post in #${escapeDiscordMarkdown(channelName)} on ${escapeDiscordMarkdown(guild.name)} ` +
      `(Discord said: ${reason}). Give the bot View Channel, Send Messages and Embed Links there, ` +
      'then run /subscribe again in that channel.';
    const body = { content, allowed_mentions: NO_MENTIONS };
    try {
      const dm = (await client.rest.post(Routes.userChannels(), { body: { recipient_id: guild.ownerId } })) as {
        id: string;
      };
      await client.rest.post(Routes.channelMessages(dm.id), { body });
      log.info('Told the Discord server owner their channel is gone', { guild: guild.id, channel: channelId });
      return;
    } catch (error) {
      log.warn('Could not DM the Discord server owner', { guild: guild.id, error: describeError(error) });
    }
    if (!guild.systemChannelId || guild.systemChannelId === channelId) return;
    try {
      await client.rest.post(Routes.channelMessages(guild.systemChannelId), { body });
    } catch (error) {
      log.warn('Could not post in the Discord server system channel', { guild: guild.id, error: describeError(error) });
    }
  }

  return {
    publisher: { platform: 'discord', send },
    async start() {
      const ready = once(client, Events.ClientReady);
      await client.login(deps.token);
      await ready;
      log.info('Discord bot connected', { user: client.user?.tag, guilds: client.guilds.cache.size });
    },
    async stop() {
      await Promise.allSettled([...inFlight]);
      await client.destroy();
    },
  };
}

function readArgs(interaction: ChatInputCommandInteraction, command: Command): CommandContext['args'] {
  const args: CommandContext['args'] = {};
  for (const name of OPTION_NAMES) {
    if (!command.options.some((option) => option.name === name)) continue;
    const value = interaction.options.get(name)?.value;
    if (value !== undefined && value !== null && value !== '') args[name] = String(value);
  }
  return args;
}

function toReplyOptions(message: DiscordMessageBody): {
  embeds: DiscordMessageBody['embeds'];
  allowedMentions: typeof NO_MENTIONS;
} {
  return { embeds: message.embeds, allowedMentions: NO_MENTIONS };
}

function goneReason(error: unknown): string | null {
  if (!(error instanceof DiscordAPIError) || typeof error.code !== 'number') return null;
  const name = GONE_ERROR_CODES.get(error.code);
  return name ? `${name} (${error.code})` : null;
}

function describeError(error: unknown): string {
  if (error instanceof DiscordAPIError) return `${error.status} ${error.code}: ${error.message}`;
  return error instanceof Error ? error.message : String(error);
}
