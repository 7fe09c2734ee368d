import { type Api, GrammyError, HttpError } from 'grammy';
import type { ChatRef, Publisher, SendResult } from '../../core/chat.js';
import { chatKey } from '../../core/chat.js';
import type { Post } from '../../core/post.js';
import type { Logger } from '../../core/types.js';
import { renderTelegram } from './render-telegram.js';
import type { SendLimiter } from './send-limiter.js';

/**
 * What the publisher needs: grammY's Api (with auto-retry installed, except for sendMessage 429s,
 * which come back here), the outgoing limiter, a logger.
 */
export interface TelegramPublisherDeps {
  api: Api;
  limiter: SendLimiter;
  log: Logger;
  /**
   * On a group-to-supergroup move, send the post again to the new id before answering 'moved'
   * (default true). Turn it off when the caller follows moves itself, or the post arrives twice.
   */
  resendMovedPosts?: boolean;
}

/**
 * Creates the Telegram publisher: renders a Post to HTML messages and sends them in order, one
 * post at a time per chat so the parts of two posts never interleave. A 429 is never a failure:
 * the chat is held off in the limiter for its retry_after, and the post is answered 'throttled'
 * when nothing of it went out yet (the outbox sends it again), or its next part is sent after the wait.
 */
export function createTelegramPublisher(deps: TelegramPublisherDeps): Publisher {
  const chatQueues = new Map<string, Promise<unknown>>();

  const deliver = async (
    chat: ChatRef,
    parts: string[],
    quietLinks: boolean,
    followedMove: boolean,
  ): Promise<SendResult> => {
    for (const [index, part] of parts.entries()) {
      for (;;) {
        await deps.limiter.acquire(chat.chatId);
        try {
          await deps.api.sendMessage(toTelegramChatId(chat.chatId), part, {
            parse_mode: 'HTML',
            ...(quietLinks ? { link_preview_options: { is_disabled: true } } : {}),
            ...(chat.threadId === undefined ? {} : { message_thread_id: Number(chat.threadId) }),
          });
          break;
        } catch (error) {
          const retryAfterSeconds = tooManyRequestsRetryAfter(error);
          if (retryAfterSeconds !== null) {
            const retryAfterMs = retryAfterSeconds * 1000;
            deps.limiter.holdOff(chat.chatId, retryAfterMs);
            // Before the first part the post can wait in the outbox; after it, its parts must stay together.
            if (index === 0 && !followedMove) return { status: 'throttled', retryAfterMs };
            deps.log.info('Telegram answered 429 in the middle of a post; sending the rest after the wait', {
              chat: chatKey(chat),
              part: index + 1,
              retryAfterSeconds,
            });
            continue;
          }
          const outcome = classifySendError(error);
          if (outcome.status === 'moved' && !followedMove) {
            // Basic groups have no topics, so the new supergroup is addressed without a thread.
            const to: ChatRef = { platform: 'telegram', chatId: outcome.toChatId };
            if (deps.resendMovedPosts === false) return { status: 'moved', to };
            const rest = await deliver(to, parts.slice(index), quietLinks, true);
            if (rest.status !== 'sent') {
              deps.log.warn('Telegram re-send to migrated chat failed', { from: chatKey(chat), to: chatKey(to), rest });
            }
            return { status: 'moved', to };
          }
          const result: SendResult =
            outcome.status === 'moved' ? { status: 'failed', reason: 'chat moved twice in one send' } : outcome;
          deps.log.warn('Telegram send did not go through', { chat: chatKey(chat), part: index + 1, ...result });
          return result;
        }
      }
    }
    return { status: 'sent' };
  };

  return {
    platform: 'telegram',
    send(chat, post: Post) {
      const key = chatKey(chat);
      const previous = chatQueues.get(key) ?? Promise.resolve();
      const sending = previous.then(() => deliver(chat, renderTelegram(post), post.quietLinks === true, false));
      const settled = sending.catch(() => undefined);
      chatQueues.set(key, settled);
      void settled.then(() => {
        if (chatQueues.get(key) === settled) chatQueues.delete(key);
      });
      return sending;
    },
    readyInMs(chat, post) {
      return deps.limiter.readyInMs(chat.chatId, renderTelegram(post).length);
    },
  };
}

/** The retry_after (seconds) of a 429 answer; null for any other error. */
function tooManyRequestsRetryAfter(error: unknown): number | null {
  if (!(error instanceof GrammyError) || error.error_code !== 429) return null;
  const seconds = error.parameters.retry_after;
  return typeof seconds === 'number' && seconds >= 0 ? seconds : 1;
}

/** A failed send, read from Telegram's answer. */
export type SendFailure =
  | { status: 'gone'; reason: string }
  | { status: 'moved'; toChatId: string }
  | { status: 'failed'; reason: string };

/**
 * Maps a sendMessage error to what subscriptions must do: 403 (blocked, kicked, not a member) and
 * "chat not found" mean the chat is gone; `migrate_to_chat_id` means it moved; the rest is failed.
 */
export function classifySendError(error: unknown): SendFailure {
  if (error instanceof GrammyError) {
    const movedTo = error.parameters.migrate_to_chat_id;
    if (movedTo !== undefined) return { status: 'moved', toChatId: String(movedTo) };
    if (error.error_code === 403) return { status: 'gone', reason: error.description };
    if (error.error_code === 400 && /chat not found/i.test(error.description)) {
      return { status: 'gone', reason: error.description };
    }
    return { status: 'failed', reason: `${error.error_code} ${error.description}` };
  }
  if (error instanceof HttpError) return { status: 'failed', reason: error.message };
  return { status: 'failed', reason: error instanceof Error ? error.message : String(error) };
}

/** Numeric ids go to Telegram as numbers (they fit in 52 bits, per the Bot API); "@channel" names stay strings. */
export function toTelegramChatId(chatId: string): number | string {
  return /^-?\d+$/.test(chatId) ? Number(chatId) : chatId;
}
