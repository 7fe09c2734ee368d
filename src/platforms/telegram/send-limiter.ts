/** A token bucket's shape: how many sends may burst, and how fast the allowance refills. */
export interface BucketLimit {
  capacity: number;
  refillPerSecond: number;
}

/** Which per-chat allowance applies; Telegram ids above zero are users (private chats). */
export type ChatKind = 'private' | 'group';

/**
 * Telegram's published broadcast limits (core.telegram.org/bots/faq, "My bot is hitting limits"):
 * about 30 messages per second overall, at most 20 per minute in one group, about one per second
 * in one private chat.
 */
export const TELEGRAM_SEND_LIMITS: Record<'overall' | ChatKind, BucketLimit> = {
  overall: { capacity: 30, refillPerSecond: 30 },
  group: { capacity: 20, refillPerSecond: 20 / 60 },
  private: { capacity: 1, refillPerSecond: 1 },
};

/** Waits before each outgoing message until both the overall and the chat's allowance have a token. */
export interface SendLimiter {
  acquire(chatId: string): Promise<void>;
}

/** What the limiter needs from the world; tests pass a fake clock whose sleep advances it. */
export interface SendLimiterDeps {
  /** Milliseconds, monotonic enough for rate keeping (Date.now or performance.now). */
  now: () => number;
  sleep: (ms: number) => Promise<void>;
  limits?: Record<'overall' | ChatKind, BucketLimit>;
}

interface Bucket {
  tokens: number;
  updatedMs: number;
  limit: BucketLimit;
}

/** Idle chat buckets are forgotten once the map grows past this, so memory follows active chats only. */
const SWEEP_THRESHOLD = 1000; // chats

/** Creates the outgoing-message limiter: one overall bucket plus one bucket per chat. */
export function createSendLimiter(deps: SendLimiterDeps): SendLimiter {
  const limits = deps.limits ?? TELEGRAM_SEND_LIMITS;
  const overall = newBucket(limits.overall, deps.now());
  const chats = new Map<string, Bucket>();

  const refill = (bucket: Bucket, nowMs: number): void => {
    const elapsedSeconds = Math.max(0, nowMs - bucket.updatedMs) / 1000;
    bucket.tokens = Math.min(bucket.limit.capacity, bucket.tokens + elapsedSeconds * bucket.limit.refillPerSecond);
    bucket.updatedMs = nowMs;
  };
  const waitMs = (bucket: Bucket): number =>
    bucket.tokens >= 1 ? 0 : Math.ceil(((1 - bucket.tokens) / bucket.limit.refillPerSecond) * 1000);

  const chatBucket = (chatId: string, nowMs: number): Bucket => {
    let bucket = chats.get(chatId);
    if (!bucket) {
      if (chats.size >= SWEEP_THRESHOLD) sweep(nowMs);
      bucket = newBucket(limits[chatKind(chatId)], nowMs);
      chats.set(chatId, bucket);
    }
    return bucket;
  };
  const sweep = (nowMs: number): void => {
    for (const [id, bucket] of chats) {
      refill(bucket, nowMs);
      if (bucket.tokens >= bucket.limit.capacity) chats.delete(id);
    }
  };

  return {
    async acquire(chatId) {
      for (;;) {
        const nowMs = deps.now();
        const chat = chatBucket(chatId, nowMs);
        refill(overall, nowMs);
        refill(chat, nowMs);
        // Check and take in one synchronous step, so concurrent callers never both spend the last token.
        const wait = Math.max(waitMs(overall), waitMs(chat));
        if (wait === 0) {
          overall.tokens -= 1;
          chat.tokens -= 1;
          return;
        }
        await deps.sleep(wait);
      }
    },
  };
}

/** Private chats have positive ids; groups, supergroups and channels negative ones (Bot API, Chat.id). */
export function chatKind(chatId: string): ChatKind {
  return /^\d+$/.test(chatId) ? 'private' : 'group';
}

function newBucket(limit: BucketLimit, nowMs: number): Bucket {
  return { tokens: limit.capacity, updatedMs: nowMs, limit };
}
