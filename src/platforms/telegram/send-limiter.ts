/** A sliding-window limit: at most `sends` messages in any `windowMs` milliseconds. */
export interface SendLimit {
  sends: number;
  windowMs: number;
}

/** Which per-chat allowance applies; Telegram ids above zero are users (private chats). */
export type ChatKind = 'private' | 'group';

/**
 * Telegram's published broadcast limits (core.telegram.org/bots/faq, "My bot is hitting limits"):
 * about 30 messages per second overall, at most 20 per minute in one group, about one per second
 * in one private chat. They are kept as sliding windows, the form Telegram states them in: a
 * token bucket of the same rate would let 60 messages through in the first second and 40 into
 * one group in the first minute.
 */
export const TELEGRAM_SEND_LIMITS: Record<'overall' | ChatKind, SendLimit> = {
  overall: { sends: 30, windowMs: 1000 },
  group: { sends: 20, windowMs: 60_000 },
  private: { sends: 1, windowMs: 1000 },
};

/** Paces outgoing messages so that neither the overall nor any chat's allowance is exceeded. */
export interface SendLimiter {
  /** Waits until both the overall and the chat's allowance have room, then counts one message against them. */
  acquire(chatId: string): Promise<void>;
  /**
   * Milliseconds until the chat's own allowance has room for `messages` more (default 1; 0: now),
   * without taking it. The overall allowance is left out: it frees up within a second.
   */
  readyInMs(chatId: string, messages?: number): number;
  /** Telegram answered 429 for this chat: nothing more goes to it for `ms` (its retry_after). */
  holdOff(chatId: string, ms: number): void;
}

/** What the limiter needs from the world; tests pass a fake clock whose sleep advances it. */
export interface SendLimiterDeps {
  /** Milliseconds, monotonic enough for rate keeping (Date.now or performance.now). */
  now: () => number;
  sleep: (ms: number) => Promise<void>;
  limits?: Record<'overall' | ChatKind, SendLimit>;
}

interface Window {
  limit: SendLimit;
  /** When the messages still inside the window were sent, oldest first (at most `limit.sends`). */
  sentAtMs: number[];
  heldUntilMs: number;
}

/** Idle chat windows are forgotten once the map grows past this, so memory follows active chats only. */
const SWEEP_THRESHOLD = 1000; // chats

/** Creates the outgoing-message limiter: one overall window plus one window per chat. */
export function createSendLimiter(deps: SendLimiterDeps): SendLimiter {
  const limits = deps.limits ?? TELEGRAM_SEND_LIMITS;
  const overall = newWindow(limits.overall);
  const chats = new Map<string, Window>();

  const chatWindow = (chatId: string, nowMs: number): Window => {
    let window = chats.get(chatId);
    if (!window) {
      if (chats.size >= SWEEP_THRESHOLD) sweep(nowMs);
      window = newWindow(limits[chatKind(chatId)]);
      chats.set(chatId, window);
    }
    return window;
  };
  const sweep = (nowMs: number): void => {
    for (const [id, window] of chats) {
      forgetExpired(window, nowMs);
      if (window.sentAtMs.length === 0 && window.heldUntilMs <= nowMs) chats.delete(id);
    }
  };

  return {
    async acquire(chatId) {
      for (;;) {
        const nowMs = deps.now();
        const chat = chatWindow(chatId, nowMs);
        // Check and take in one synchronous step, so concurrent callers never both take the last place.
        const wait = Math.max(waitMs(overall, nowMs, 1), waitMs(chat, nowMs, 1));
        if (wait <= 0) {
          overall.sentAtMs.push(nowMs);
          chat.sentAtMs.push(nowMs);
          return;
        }
        await deps.sleep(wait);
      }
    },
    readyInMs(chatId, messages = 1) {
      const window = chats.get(chatId);
      return window ? Math.max(0, waitMs(window, deps.now(), messages)) : 0;
    },
    holdOff(chatId, ms) {
      const nowMs = deps.now();
      const window = chatWindow(chatId, nowMs);
      window.heldUntilMs = Math.max(window.heldUntilMs, nowMs + ms);
    },
  };
}

/** Private chats have positive ids; groups, supergroups and channels negative ones (Bot API, Chat.id). */
export function chatKind(chatId: string): ChatKind {
  return /^\d+$/.test(chatId) ? 'private' : 'group';
}

function newWindow(limit: SendLimit): Window {
  return { limit, sentAtMs: [], heldUntilMs: 0 };
}

function forgetExpired(window: Window, nowMs: number): void {
  const { sentAtMs, limit } = window;
  let expired = 0;
  while (expired < sentAtMs.length && (sentAtMs[expired] as number) + limit.windowMs <= nowMs) expired++;
  if (expired > 0) sentAtMs.splice(0, expired);
}

/**
 * How long until `messages` more fit in the window; more than the window ever holds wait for an
 * empty window (the rest are paced by acquire).
 */
function waitMs(window: Window, nowMs: number, messages: number): number {
  forgetExpired(window, nowMs);
  const held = window.heldUntilMs - nowMs;
  const room = window.limit.sends - Math.min(Math.max(1, messages), window.limit.sends);
  const { sentAtMs } = window;
  if (sentAtMs.length <= room) return held;
  // The message that must leave the window before the new ones fit.
  const blocking = sentAtMs[sentAtMs.length - room - 1] as number;
  return Math.max(held, blocking + window.limit.windowMs - nowMs);
}
