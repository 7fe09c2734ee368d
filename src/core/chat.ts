import type { Post } from './post.js';

/** Where a post goes: a platform's chat, and for Telegram forum topics the thread inside it. */
export interface ChatRef {
  platform: 'telegram' | 'discord' | 'console';
  /** The platform's chat / channel id, as a string (Telegram ids exceed 2^53 in theory). */
  chatId: string;
  /** Telegram forum topic (message_thread_id) or Discord thread, when the post belongs in one. */
  threadId?: string;
}

/** What happened to one send; a gone chat disables its subscriptions, a moved one updates them. */
export type SendResult =
  | { status: 'sent' }
  | { status: 'gone'; reason: string }
  | { status: 'moved'; to: ChatRef }
  | { status: 'failed'; reason: string };

/** The publisher port: each platform renders, escapes, splits and sends a neutral Post. */
export interface Publisher {
  platform: ChatRef['platform'];
  send(chat: ChatRef, post: Post): Promise<SendResult>;
}

/** Stable chat key used in store keys and logs: "telegram:-100123" or "telegram:-100123/7". */
export function chatKey(chat: ChatRef): string {
  return `${chat.platform}:${chat.chatId}${chat.threadId ? `/${chat.threadId}` : ''}`;
}
