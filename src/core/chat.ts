import type { Post } from './post.js';

/** Where a post goes: a platform's chat, and for Telegram forum topics the thread inside it. */
export interface ChatRef {
  platform: 'telegram' | 'discord' | 'console';
  /** The platform's chat / channel id, as a string (Telegram ids exceed 2^53 in theory). */
  chatId: string;
  /** Telegram forum topic (message_thread_id) or Discord thread, when the post belongs in one. */
  threadId?: string;
}

/**
 * What happened to one send; a gone chat disables its subscriptions, a moved one updates them,
 * a throttled one (the platform said to wait, and nothing of the post went out) is sent again later.
 */
export type SendResult =
  | { status: 'sent' }
  | { status: 'gone'; reason: string }
  | { status: 'moved'; to: ChatRef }
  | { status: 'throttled'; retryAfterMs: number }
  | { status: 'failed'; reason: string };

/** The publisher port: each platform renders, escapes, splits and sends a neutral Post. */
export interface Publisher {
  platform: ChatRef['platform'];
  send(chat: ChatRef, post: Post): Promise<SendResult>;
  /**
   * Milliseconds until the platform's per-chat rate limit lets this post go to the chat (0: now),
   * when it has one; the outbox parks the chat that long instead of holding a sending slot.
   */
  readyInMs?(chat: ChatRef, post: Post): number;
}

/** Stable chat key used in store keys and logs: "telegram:-100123" or "telegram:-100123/7". */
export function chatKey(chat: ChatRef): string {
  return `${chat.platform}:${chat.chatId}${chat.threadId ? `/${chat.threadId}` : ''}`;
}
