import { createServer, type Server } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import { autoRetry } from '@grammyjs/auto-retry';
import { Bot, BotError, type Context, webhookCallback } from 'grammy';
import type { Message } from 'grammy/types';
import type { ChatRef, Publisher, SendResult } from '../../core/chat.js';
import type { Command } from '../../core/commands/command.js';
import { line, type Post, text } from '../../core/post.js';
import type { Logger } from '../../core/types.js';
import { createSendLimiter, type SendLimiter } from './send-limiter.js';
import { createTelegramPublisher, toTelegramChatId } from './telegram-publisher.js';

/** Webhook mode: Telegram posts updates to `url`, which must reach the HTTP server this platform runs on `port`. */
export interface TelegramWebhook {
  url: string;
  /** Sent back by Telegram in X-Telegram-Bot-Api-Secret-Token; 1-256 of A-Z a-z 0-9 _ -. */
  secret: string;
  port: number;
}

/** Everything the Telegram platform needs; the composition root builds it once per token. */
export interface TelegramPlatformDeps {
  token: string;
  /** Bot API server without a trailing slash, e.g. https://api.telegram.org or a local one. */
  apiRoot: string;
  commands: Command[];
  log: Logger;
  /** Null or absent: long polling. */
  webhook?: TelegramWebhook | null;
  /** The bot was removed or blocked (my_chat_member), or a command reply found the chat gone. */
  onChatGone?(chat: ChatRef, reason: string): void | Promise<void>;
  /** A group became a supergroup (service message), or a command reply was redirected. */
  onChatMoved?(from: ChatRef, to: ChatRef): void | Promise<void>;
  /** Outgoing limiter; defaults to Telegram's published limits on the real clock. */
  limiter?: SendLimiter;
  /** See TelegramPublisherDeps.resendMovedPosts (default true); false when an outbox follows moves. */
  resendMovedPosts?: boolean;
  /** getUpdates long-poll timeout (default 30 s); stop() aborts a pending poll either way. */
  pollingTimeoutSeconds?: number;
}

/** The running Telegram adapter: a publisher for the core, and one update receiver per token. */
export interface TelegramPlatform {
  publisher: Publisher;
  start(): Promise<void>;
  stop(): Promise<void>;
}

/** The user id Telegram puts in `from` when an anonymous group admin writes (Bot API, Message.from). */
export const GROUP_ANONYMOUS_BOT_ID = 1087968824;

const ALLOWED_UPDATES = ['message', 'my_chat_member'] as const;
const AUTO_RETRY = { maxRetryAttempts: 3, maxDelaySeconds: 60, rethrowHttpErrors: true };
/** How many times a command reply the platform throttled is sent again before it is given up. */
const REPLY_THROTTLED_ATTEMPTS = 3;

/**
 * Creates the Telegram platform on grammY.
 *
 * Commands work in private chats (the user is admin of their own chat), groups and supergroups
 * (admin = creator/administrator per getChatMember, or an anonymous admin writing as the group),
 * and forum topics (the reply and the command's ChatRef carry the topic's thread id).
 *
 * Channels cannot run commands (channel posts have no sender), so a channel is managed from a
 * private chat with the bot: a last argument `@channelname` or `-100…` id makes the command apply
 * to that channel ("/subscribe afghanistan-2020 @mychannel"), once getChatMember shows the user is
 * an admin there and the bot an admin allowed to post. Answers still go to the private chat.
 */
export function createTelegramPlatform(deps: TelegramPlatformDeps): TelegramPlatform {
  const bot = new Bot(deps.token, { client: { apiRoot: deps.apiRoot } });
  const retryCalls = autoRetry(AUTO_RETRY);
  // A sendMessage told to wait comes back to the publisher at once (retry_after 0 is still retried
  // here, and so are 5xx): the limiter holds the chat off and the outbox parks it, so no sending
  // slot sleeps through the wait while other chats could be served (docs/adr/0008).
  const retrySends = autoRetry({ ...AUTO_RETRY, maxDelaySeconds: 0 });
  bot.api.config.use((prev, method, payload, signal) =>
    method === 'sendMessage' ? retrySends(prev, method, payload, signal) : retryCalls(prev, method, payload, signal),
  );
  const limiter = deps.limiter ?? createSendLimiter({ now: () => performance.now(), sleep: (ms) => sleep(ms) });
  const publisher = createTelegramPublisher({
    api: bot.api,
    limiter,
    log: deps.log,
    ...(deps.resendMovedPosts === undefined ? {} : { resendMovedPosts: deps.resendMovedPosts }),
  });
  const { log } = deps;

  const notify = async (what: string, action: () => void | Promise<void>): Promise<void> => {
    try {
      await action();
    } catch (error) {
      log.error(`Telegram ${what} callback failed`, { error: describeError(error) });
    }
  };
  const report = async (chat: ChatRef, result: SendResult): Promise<void> => {
    if (result.status === 'gone' && deps.onChatGone)
      await notify('onChatGone', () => deps.onChatGone?.(chat, result.reason));
    if (result.status === 'moved' && deps.onChatMoved)
      await notify('onChatMoved', () => deps.onChatMoved?.(chat, result.to));
  };
  const answer = async (chat: ChatRef, posts: Post[]): Promise<void> => {
    let to = chat;
    for (const post of posts) {
      let result = await publisher.send(to, post);
      // Replies are not journalled: a throttled one waits here, a few times at most.
      for (let attempt = 1; result.status === 'throttled' && attempt <= REPLY_THROTTLED_ATTEMPTS; attempt++) {
        await sleep(result.retryAfterMs);
        result = await publisher.send(to, post);
      }
      await report(to, result);
      if (result.status === 'moved') to = result.to;
      else if (result.status !== 'sent') return;
    }
  };

  const isMemberAdmin = async (chatId: number | string, userId: number): Promise<boolean> => {
    const member = await bot.api.getChatMember(chatId, userId);
    return member.status === 'creator' || member.status === 'administrator';
  };

  const isGroupAdmin = async (message: Message): Promise<boolean> => {
    if (message.sender_chat?.id === message.chat.id) return true;
    if (message.from?.id === GROUP_ANONYMOUS_BOT_ID) return true;
    // Someone posting as a channel (or an auto-forward from the linked channel) is not the group's admin.
    if (message.sender_chat || !message.from) return false;
    try {
      return await isMemberAdmin(message.chat.id, message.from.id);
    } catch (error) {
      log.warn('Telegram getChatMember failed; treating sender as non-admin', {
        chat: message.chat.id,
        error: describeError(error),
      });
      return false;
    }
  };

  const resolveChannel = async (
    reference: string,
    userId: number,
  ): Promise<{ ok: true; chat: ChatRef } | { ok: false; error: string }> => {
    const cannotSee = `I can't reach ${reference}. Add me to the channel as an admin who can post messages, then try again.`;
    try {
      const chat = await bot.api.getChat(toTelegramChatId(reference));
      if (chat.type !== 'channel') return { ok: false, error: `${reference} is not a channel.` };
      if (!(await isMemberAdmin(chat.id, userId))) {
        return { ok: false, error: `Only admins of ${reference} can manage it.` };
      }
      const self = await bot.api.getChatMember(chat.id, bot.botInfo.id);
      const canPost =
        self.status === 'creator' || (self.status === 'administrator' && self.can_post_messages !== false);
      if (!canPost) return { ok: false, error: `I need to be an admin of ${reference} allowed to post messages.` };
      return { ok: true, chat: { platform: 'telegram', chatId: String(chat.id) } };
    } catch (error) {
      log.info('Telegram channel check failed', { channel: reference, error: describeError(error) });
      return { ok: false, error: cannotSee };
    }
  };

  const runCommand = async (command: Command, message: Message, argumentText: string): Promise<void> => {
    const here = chatRefOf(message);
    let target = here;
    let commandText = argumentText;
    let isAdmin: boolean;
    if (message.chat.type === 'private') {
      isAdmin = true;
      const channel = splitChannelTarget(argumentText);
      if (channel && message.from) {
        const resolved = await resolveChannel(channel.reference, message.from.id);
        if (!resolved.ok) return answer(here, [errorPost(resolved.error, command)]);
        target = resolved.chat;
        commandText = channel.rest;
      }
    } else {
      isAdmin = await isGroupAdmin(message);
    }
    if (command.adminOnly && !isAdmin) {
      return answer(here, [errorPost(`Only chat admins can use /${command.name}.`, command)]);
    }
    const parsed = command.parseText(commandText);
    if (!parsed.ok) return answer(here, [errorPost(parsed.error, command)]);
    let posts: Post[];
    try {
      posts = await command.run({ chat: target, isAdmin, args: parsed.args });
    } catch (error) {
      log.error('Telegram command failed', { command: command.name, chat: here.chatId, error: describeError(error) });
      posts = [
        { kind: 'error', title: `/${command.name} failed. The error was logged; please try again later.`, blocks: [] },
      ];
    }
    await answer(here, posts);
  };

  const conversations = bot.chatType(['private', 'group', 'supergroup']);
  for (const command of deps.commands) {
    conversations.command(command.name, async (ctx) => {
      if (ctx.message) await runCommand(command, ctx.message, ctx.match);
    });
  }
  bot.on('message:migrate_to_chat_id', async (ctx) => {
    const from: ChatRef = { platform: 'telegram', chatId: String(ctx.chat.id) };
    const to: ChatRef = { platform: 'telegram', chatId: String(ctx.message.migrate_to_chat_id) };
    if (deps.onChatMoved) await notify('onChatMoved', () => deps.onChatMoved?.(from, to));
  });
  bot.on('my_chat_member', async (ctx) => {
    const status = ctx.myChatMember.new_chat_member.status;
    if ((status === 'left' || status === 'kicked') && deps.onChatGone) {
      const chat: ChatRef = { platform: 'telegram', chatId: String(ctx.chat.id) };
      await notify('onChatGone', () => deps.onChatGone?.(chat, `bot ${status}`));
    }
  });
  const onHandlerError = (error: BotError<Context>): void => {
    log.error('Telegram update handler failed', {
      updateId: error.ctx.update.update_id,
      error: describeError(error.error),
    });
  };
  bot.catch(onHandlerError);

  const registerCommands = async (): Promise<void> => {
    const all = deps.commands.map((command) => ({ command: command.name, description: command.description }));
    const everyone = deps.commands
      .filter((command) => !command.adminOnly)
      .map((command) => ({ command: command.name, description: command.description }));
    try {
      await bot.api.setMyCommands(everyone, { scope: { type: 'default' } });
      // Private chats list admin commands too: the user is admin of their own chat and manages channels from it.
      await bot.api.setMyCommands(all, { scope: { type: 'all_private_chats' } });
      await bot.api.setMyCommands(all, { scope: { type: 'all_chat_administrators' } });
    } catch (error) {
      log.warn('Telegram setMyCommands failed; the command menu may be stale', { error: describeError(error) });
    }
  };

  let state: 'new' | 'running' | 'stopped' = 'new';
  let polling: Promise<void> | null = null;
  let server: Server | null = null;
  let inFlight = 0;
  let onDrained: (() => void) | null = null;

  const startPolling = (): Promise<void> =>
    new Promise<void>((resolve, reject) => {
      polling = bot
        .start({
          allowed_updates: ALLOWED_UPDATES,
          timeout: deps.pollingTimeoutSeconds ?? 30,
          onStart: () => resolve(),
        })
        .catch((error: unknown) => {
          log.error('Telegram long polling ended with an error', { error: describeError(error) });
          reject(error);
        });
    });

  const startWebhook = async (webhook: TelegramWebhook): Promise<void> => {
    const callback = webhookCallback(bot, 'http', { secretToken: webhook.secret, onTimeout: 'return' });
    const path = new URL(webhook.url).pathname;
    const listening = createServer((request, response) => {
      inFlight += 1;
      response.once('close', () => {
        inFlight -= 1;
        if (inFlight === 0) onDrained?.();
      });
      if (request.method !== 'POST' || new URL(request.url ?? '/', 'http://localhost').pathname !== path) {
        response.writeHead(404).end();
        return;
      }
      callback(request, response).catch((error: unknown) => {
        // A failing handler is answered 200 so Telegram does not redeliver a poisonous update forever.
        if (error instanceof BotError) onHandlerError(error);
        else log.warn('Telegram webhook request rejected', { error: describeError(error) });
        if (!response.headersSent) response.writeHead(error instanceof BotError ? 200 : 400).end();
      });
    });
    await new Promise<void>((resolve, reject) => {
      listening.once('error', reject);
      listening.listen(webhook.port, () => resolve());
    });
    server = listening;
    await bot.api.setWebhook(webhook.url, { secret_token: webhook.secret, allowed_updates: ALLOWED_UPDATES });
  };

  return {
    publisher,
    async start() {
      if (state !== 'new') throw new Error(`Telegram platform cannot start: it is ${state}`);
      state = 'running';
      await bot.init();
      await registerCommands();
      if (deps.webhook) await startWebhook(deps.webhook);
      else await startPolling();
      log.info('Telegram bot started', { username: bot.botInfo.username, mode: deps.webhook ? 'webhook' : 'polling' });
    },
    async stop() {
      if (state !== 'running') return;
      state = 'stopped';
      const closing = server;
      server = null;
      if (closing) {
        const closed = new Promise<void>((resolve) => closing.close(() => resolve()));
        // Updates being handled finish first; then keep-alive connections are cut instead of waiting for their timeout.
        if (inFlight > 0) await new Promise<void>((resolve) => (onDrained = resolve));
        closing.closeAllConnections();
        await closed;
      }
      if (polling) {
        try {
          await bot.stop();
        } catch (error) {
          log.warn('Telegram could not confirm the last update on stop', { error: describeError(error) });
        }
        // Waits for the update being handled when stop was called.
        await polling;
      }
    },
  };
}

/** The chat a message came from; topic messages carry their thread so answers land in the topic. */
function chatRefOf(message: Message): ChatRef {
  const threadId = message.is_topic_message ? message.message_thread_id : undefined;
  return {
    platform: 'telegram',
    chatId: String(message.chat.id),
    ...(threadId === undefined ? {} : { threadId: String(threadId) }),
  };
}

const CHANNEL_REFERENCE = /^(@[A-Za-z][A-Za-z0-9_]{3,31}|-100\d+)$/;

/** Splits "tracker @channel" into the channel reference and the rest, when the last word names a channel. */
export function splitChannelTarget(argumentText: string): { reference: string; rest: string } | null {
  const trimmed = argumentText.trim();
  const last = trimmed.split(/\s+/).at(-1) ?? '';
  if (!CHANNEL_REFERENCE.test(last)) return null;
  return { reference: last, rest: trimmed.slice(0, trimmed.length - last.length).trim() };
}

function errorPost(message: string, command: Command): Post {
  return { kind: 'error', title: message, blocks: [line(text(`Usage: ${command.usage}`))] };
}

function describeError(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
