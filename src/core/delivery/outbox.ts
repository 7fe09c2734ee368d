import { type ChatRef, chatKey, type Publisher, type SendResult } from '../chat.js';
import type { Post } from '../post.js';
import type { Logger } from '../types.js';

/** What an outbox needs: the platform's publisher, how many chats it sends to at once, and what to do when a chat is gone or moved. */
export interface OutboxDeps {
  publisher: Publisher;
  /** Chats sent to at the same time; each chat still gets its posts one after another. */
  concurrency: number;
  /** The platform said the chat no longer exists or the bot was removed: disable its subscriptions. */
  onGone(chat: ChatRef, reason: string): Promise<void>;
  /** The chat has a new id (Telegram group → supergroup): update stored subscriptions. */
  onMoved(from: ChatRef, to: ChatRef): Promise<void>;
  log: Logger;
}

/**
 * One platform's outgoing queue: per-chat order, bounded concurrency, a slow chat never holds up
 * another; a chat that must wait for its rate limit, or was throttled, waits outside the sending
 * slots and keeps its posts.
 */
export interface Outbox {
  platform: ChatRef['platform'];
  /** Queues a post; resolves with what finally happened to it (after following a move, never 'throttled'). */
  enqueue(chat: ChatRef, post: Post): Promise<SendResult>;
  /** Resolves when every queued post has been handled (tests, shutdown). */
  drain(): Promise<void>;
  /** Where posts for a chat go now, after any moves seen (the same chat when it never moved). */
  whereIs(chat: ChatRef): ChatRef;
  /** Posts queued or in flight. */
  pending(): number;
}

interface Job {
  chat: ChatRef;
  post: Post;
  resolve(result: SendResult): void;
}

// A moved chat that moves again is followed, but not forever.
const MAX_MOVES = 3;

// Order is per chat, not per thread: posts to topics of one Telegram group share its rate limit.
function queueKey(chat: ChatRef): string {
  return `${chat.platform}:${chat.chatId}`;
}

/** Creates the outbox of one platform. */
export function createOutbox(deps: OutboxDeps): Outbox {
  const concurrency = Math.max(1, Math.floor(deps.concurrency));
  const queues = new Map<string, Job[]>();
  /** Chats with queued jobs and none in flight, in the order they became ready (round robin). */
  let ready: string[] = [];
  let readyHead = 0;
  /** Chats back from waiting (parked): served before `ready`, since their posts have waited longest. */
  const resumed: string[] = [];
  const readySet = new Set<string>();
  const busy = new Set<string>();
  /** Chats waiting out their per-chat rate limit (Publisher.readyInMs) without holding a sending slot. */
  const parked = new Set<string>();
  const moves = new Map<string, ChatRef>();
  const gone = new Map<string, string>();
  let inFlight = 0;
  let pendingCount = 0;
  let idleWaiters: Array<() => void> = [];

  function redirect(chat: ChatRef): ChatRef {
    let current = chat;
    for (let hop = 0; hop < MAX_MOVES; hop++) {
      const to = moves.get(queueKey(current));
      if (!to) break;
      current = { ...to, threadId: to.threadId ?? current.threadId };
    }
    return current;
  }

  async function sendOnce(chat: ChatRef, post: Post): Promise<SendResult> {
    try {
      return await deps.publisher.send(chat, post);
    } catch (error) {
      return { status: 'failed', reason: error instanceof Error ? error.message : String(error) };
    }
  }

  async function deliver(job: Job): Promise<SendResult> {
    let chat = redirect(job.chat);
    const goneReason = gone.get(queueKey(chat));
    if (goneReason !== undefined) return { status: 'gone', reason: goneReason };
    for (let hop = 0; ; hop++) {
      const result = await sendOnce(chat, job.post);
      if (result.status === 'gone') {
        gone.set(queueKey(chat), result.reason);
        deps.log.warn('Chat is gone; disabling its subscriptions', { chat: chatKey(chat), reason: result.reason });
        await deps
          .onGone(chat, result.reason)
          .catch((error: unknown) =>
            deps.log.error('Disabling a gone chat failed', { chat: chatKey(chat), error: String(error) }),
          );
        return result;
      }
      if (result.status !== 'moved') {
        if (result.status === 'failed') {
          deps.log.warn('Sending a post failed', { chat: chatKey(chat), post: job.post.title, reason: result.reason });
        }
        return result;
      }
      const to: ChatRef = { ...result.to, threadId: result.to.threadId ?? chat.threadId };
      moves.set(queueKey(chat), to);
      deps.log.info('Chat moved; following it', { from: chatKey(chat), to: chatKey(to) });
      await deps.onMoved(chat, to).catch((error: unknown) =>
        deps.log.error('Updating a moved chat failed', {
          from: chatKey(chat),
          to: chatKey(to),
          error: String(error),
        }),
      );
      if (hop + 1 >= MAX_MOVES) return { status: 'failed', reason: `chat moved more than ${MAX_MOVES} times` };
      chat = to;
    }
  }

  function markReady(key: string, first = false): void {
    if (readySet.has(key)) return;
    readySet.add(key);
    if (first) resumed.push(key);
    else ready.push(key);
  }

  function park(key: string, waitMs: number): void {
    parked.add(key);
    // Unref'd: a chat waiting out a long retry_after must not keep a stopping process alive (the journal keeps its posts).
    const timer = setTimeout(() => {
      parked.delete(key);
      markReady(key, true);
      pump();
    }, waitMs);
    timer.unref?.();
  }

  function settleIfIdle(): void {
    if (pendingCount > 0) return;
    const waiters = idleWaiters;
    idleWaiters = [];
    for (const wake of waiters) wake();
  }

  function pump(): void {
    while (inFlight < concurrency && (resumed.length > 0 || readyHead < ready.length)) {
      const key = (resumed.shift() ?? ready[readyHead++]) as string;
      readySet.delete(key);
      // Thousands of chats pass through here per alert; drop the consumed prefix now and then instead of shift().
      if (readyHead > 1024 && readyHead * 2 > ready.length) {
        ready = ready.slice(readyHead);
        readyHead = 0;
      }
      const queue = queues.get(key);
      const job = queue?.[0];
      if (!queue || !job) continue;
      const waitMs = deps.publisher.readyInMs?.(redirect(job.chat), job.post) ?? 0;
      if (waitMs > 0) {
        park(key, waitMs);
        continue;
      }
      queue.shift();
      busy.add(key);
      inFlight++;
      // deliver() catches everything it expects; anything else still settles the job, so drain() cannot hang.
      void deliver(job)
        .catch((error: unknown): SendResult => ({ status: 'failed', reason: String(error) }))
        .then((result) => {
          inFlight--;
          busy.delete(key);
          if (result.status === 'throttled') {
            // Nothing went out: the post goes again first in its chat's queue once the wait is over, and no slot waits for it.
            deps.log.info('Platform asked to wait before sending to this chat', {
              chat: chatKey(redirect(job.chat)),
              retryAfterMs: result.retryAfterMs,
            });
            const queue = queues.get(key);
            if (queue) queue.unshift(job);
            else queues.set(key, [job]);
            park(key, Math.max(1, result.retryAfterMs));
            pump();
            return;
          }
          pendingCount--;
          job.resolve(result);
          const rest = queues.get(key);
          if (rest && rest.length > 0) markReady(key);
          else queues.delete(key);
          pump();
          settleIfIdle();
        });
    }
  }

  return {
    platform: deps.publisher.platform,
    enqueue(chat, post) {
      return new Promise<SendResult>((resolve) => {
        const key = queueKey(chat);
        const queue = queues.get(key);
        pendingCount++;
        if (queue) queue.push({ chat, post, resolve });
        else queues.set(key, [{ chat, post, resolve }]);
        if (!busy.has(key) && !parked.has(key)) markReady(key);
        pump();
      });
    },
    drain() {
      if (pendingCount === 0) return Promise.resolve();
      return new Promise<void>((resolve) => idleWaiters.push(resolve));
    },
    whereIs: redirect,
    pending: () => pendingCount,
  };
}
