/**
 * Delivery rate: an alert fanned out through the bot's real Telegram path — publishAlerts, the
 * alert journal, the store outbox, our publisher and limiter, grammY with auto-retry, wired as in
 * src/main.ts — to the local fake Bot API, against the rate Telegram's limits allow for the same
 * sends. Optionally the fake answers some requests 429. Printed, not asserted.
 * Run alone with `npx tsx bench/delivery-bench.ts`.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { pathToFileURL } from 'node:url';
import { createLogger } from '../src/app/create-logger.js';
import { createAlertJournal } from '../src/core/delivery/alert-journal.js';
import { createStoreOutbox } from '../src/core/delivery/create-store-outbox.js';
import { publishAlerts } from '../src/core/delivery/publish-alerts.js';
import { line, link, type Post, progress, text } from '../src/core/post.js';
import { disableChat, moveChat, subscribe } from '../src/core/subscriptions/subscription-store.js';
import { createTelegramPlatform } from '../src/platforms/telegram/create-telegram-platform.js';
import {
  type ChatKind,
  chatKind,
  createSendLimiter,
  type SendLimit,
  TELEGRAM_SEND_LIMITS,
} from '../src/platforms/telegram/send-limiter.js';
import { createStore } from '../src/store/create-store.js';
import { createFakeBotApi, type FakeChat, telegramErrors } from '../test/fakes/telegram/fake-bot-api.js';

/** One alert fanned out: how many chats of each kind follow its tracker, how many posts it has, when it is published. */
export interface FanOut {
  privateChats: number;
  groups: number;
  postsPerChat: number;
  /** Published this long after the scenario's first fan-out (default 0). */
  startAfterMs?: number;
}

/** One delivery situation to measure, and the errors the fake injects. */
export interface DeliveryScenario {
  name: string;
  fanOuts: FanOut[];
  /** The fake answers every n-th sendMessage with 429, retry_after 1 s (default: never). */
  fail429Every?: number;
  /** The first sends to this many chats of the first fan-out are answered 429 (retry_after 1 s), this many times in a row. */
  throttledChats?: { chats: number; timesInARow: number };
}

/** What one scenario measured. */
export interface DeliveryNumbers {
  scenario: DeliveryScenario;
  queued: number;
  delivered: number;
  /** Posts that reached a chat more than once. */
  duplicates: number;
  /** Chats whose posts arrived out of order. */
  outOfOrder: number;
  /** 429 answers the fake gave. */
  tooManyRequests: number;
  /** From the first publishAlerts to the first message the fake accepted: reading subscribers, journalling. */
  firstMessageMs: number;
  /** From the first message to the last one the fake accepted. */
  sendingMs: number;
  /** The shortest time Telegram's limits (as our limiter encodes them) allow for the same sends. */
  allowedMs: number;
  /**
   * Allowed over achieved sending time for the fan-out that fell furthest behind (each fan-out's
   * last message against the allowed schedule of all of them): the share of the allowed rate.
   */
  shareOfAllowedRate: number;
  /**
   * Most messages in any 1 s overall, and to one group in any 60 s: as the limiter let them go,
   * and as the fake accepted them (later by a varying 1–100 ms: connections warming up, and the
   * fake shares this process's event loop, so a window's messages can land within a window of
   * the next one's).
   */
  peakPerSecond: { sent: number; received: number };
  peakPerGroupMinute: { sent: number; received: number };
}

/** PRODUCT.md's delivery bar: ≥ 95% of the platform's allowed send rate, nothing lost on 429. */
export const DELIVERY_TARGET = { shareOfAllowedRate: 0.95 } as const;

/**
 * The default scenarios: one post to each of many private chats, ten posts to each of many
 * groups, both again with 429s; some chats refused with 429 several times in a row; and groups
 * with more posts than their per-minute allowance while a second alert goes to private chats.
 */
export const DELIVERY_SCENARIOS: DeliveryScenario[] = [
  { name: '600 private x 1 post', fanOuts: [{ privateChats: 600, groups: 0, postsPerChat: 1 }] },
  { name: '40 groups x 10 posts', fanOuts: [{ privateChats: 0, groups: 40, postsPerChat: 10 }] },
  {
    name: '600 private, 429 every 50th',
    fanOuts: [{ privateChats: 600, groups: 0, postsPerChat: 1 }],
    fail429Every: 50,
  },
  {
    name: '40 groups x 10, 429 every 50th',
    fanOuts: [{ privateChats: 0, groups: 40, postsPerChat: 10 }],
    fail429Every: 50,
  },
  {
    name: '300 private, 20 get 429 x4 in a row',
    fanOuts: [{ privateChats: 300, groups: 0, postsPerChat: 1 }],
    throttledChats: { chats: 20, timesInARow: 4 },
  },
  {
    name: '10 groups x 25, +600 private at 2s',
    fanOuts: [
      { privateChats: 0, groups: 10, postsPerChat: 25 },
      { privateChats: 600, groups: 0, postsPerChat: 1, startAfterMs: 2000 },
    ],
  },
];

/** The retry_after of every 429 the fake gives. */
const RETRY_AFTER_SECONDS = 1;
const FIRST_PRIVATE_ID = 10_000;
const FIRST_GROUP_ID = -1_001_000_000_000;

function anAlert(trackerId: string, index: number): Post {
  return {
    kind: 'alert',
    title: `${trackerId}: Northern Council freed ${40 + index} more southern soldiers`,
    blocks: [
      line(
        text(`Total ${(1200 + index * 40).toLocaleString('en-US')} of 2,400 — `),
        link('Valley Post', 'https://news.example/a'),
      ),
      progress(1200 + index * 40, 2400),
      line(text('Counted once across 3 outlets; pledges are not counted.')),
    ],
  };
}

interface PlannedFanOut {
  trackerId: string;
  startAfterMs: number;
  chats: FakeChat[];
  posts: Post[];
}

function planFanOuts(fanOuts: FanOut[]): PlannedFanOut[] {
  let privateId = FIRST_PRIVATE_ID;
  let groupId = FIRST_GROUP_ID;
  return fanOuts.map((fanOut, index) => {
    const trackerId = `bench-tracker-${index}`;
    const chats: FakeChat[] = [
      ...Array.from({ length: fanOut.privateChats }, (): FakeChat => {
        const id = privateId++;
        return { id, type: 'private', first_name: `User ${id}` };
      }),
      ...Array.from({ length: fanOut.groups }, (): FakeChat => {
        const id = groupId--;
        return { id, type: 'supergroup', title: `Group ${id}` };
      }),
    ];
    const posts = Array.from({ length: fanOut.postsPerChat }, (_, post) => anAlert(trackerId, post));
    return { trackerId, startAfterMs: fanOut.startAfterMs ?? 0, chats, posts };
  });
}

/** Runs one scenario against a fresh fake Bot API and SQLite store. */
export async function runDeliveryScenario(scenario: DeliveryScenario): Promise<DeliveryNumbers> {
  const log = createLogger('error');
  const fake = createFakeBotApi({ maxLongPollMs: 200 });
  const { apiRoot } = await fake.start();
  const dir = mkdtempSync(join(tmpdir(), 'tallywire-delivery-'));
  const opened = await createStore(`sqlite://${join(dir, 'bench.sqlite')}`, { log });
  const store = opened.store;
  const clock = () => new Date();
  const plan = planFanOuts(scenario.fanOuts);
  for (const fanOut of plan) {
    for (const chat of fanOut.chats) {
      fake.addChat(chat);
      const ref = { platform: 'telegram' as const, chatId: String(chat.id) };
      await subscribe(store, ref, fanOut.trackerId, { alerts: true, now: clock() });
    }
  }
  if (scenario.fail429Every) {
    fake.failEvery('sendMessage', scenario.fail429Every, telegramErrors.tooManyRequests(RETRY_AFTER_SECONDS));
  }
  const throttledChatIds = scenario.throttledChats
    ? (plan[0]?.chats.slice(0, scenario.throttledChats.chats).map((chat) => chat.id) ?? [])
    : [];
  if (scenario.throttledChats) {
    for (const chatId of throttledChatIds) {
      fake.failNext('sendMessage', telegramErrors.tooManyRequests(RETRY_AFTER_SECONDS), {
        chatId,
        times: scenario.throttledChats.timesInARow,
      });
    }
  }
  // As src/main.ts wires them: the platform's publisher, the store outbox, the journal. The limiter is
  // the platform's default one, built here only to note when it lets each message go.
  const sentAt: Array<{ chatId: string; atMs: number }> = [];
  // The last clock reading an acquire takes is the time it counts the message at; each acquire
  // keeps its own readings apart from concurrent ones.
  const acquiring = new AsyncLocalStorage<{ lastReadingMs: number }>();
  const limiter = createSendLimiter({
    now: () => {
      const readingMs = performance.now();
      const call = acquiring.getStore();
      if (call) call.lastReadingMs = readingMs;
      return readingMs;
    },
    sleep: (ms) => sleep(ms),
  });
  const platform = createTelegramPlatform({
    token: fake.token,
    apiRoot,
    commands: [],
    log,
    limiter: {
      ...limiter,
      acquire: async (chatId) => {
        const call = { lastReadingMs: 0 };
        await acquiring.run(call, () => limiter.acquire(chatId));
        sentAt.push({ chatId, atMs: call.lastReadingMs });
      },
    },
    pollingTimeoutSeconds: 1,
    resendMovedPosts: false,
    onChatGone: async (chat, reason) => {
      await disableChat(store, chat, reason, clock());
    },
    onChatMoved: async (from, to) => {
      await moveChat(store, from, to);
    },
  });
  const outbox = createStoreOutbox({ publisher: platform.publisher, store, clock, log });
  const outboxes = { telegram: outbox };
  const journal = createAlertJournal({ store, outboxes, log });
  try {
    await platform.start();
    const started = performance.now();
    const publishedAtMs: number[] = [];
    let queued = 0;
    for (const fanOut of plan) {
      const waitMs = started + fanOut.startAfterMs - performance.now();
      if (waitMs > 0) await sleep(waitMs);
      publishedAtMs.push(performance.now());
      queued += (await publishAlerts({ store, outboxes, journal, log }, fanOut.trackerId, fanOut.posts)).posts;
    }
    await outbox.drain();
    await journal.flush();
    const messages = fake.messages();
    const firstMs = Math.min(...messages.map((message) => message.acceptedAtMs));
    const lastMsOf = (chats: FakeChat[]): number => {
      const ids = new Set(chats.map((chat) => chat.id));
      return messages.reduce((last, m) => (ids.has(m.chatId) ? Math.max(last, m.acceptedAtMs) : last), firstMs);
    };
    const postIndex = new Map(
      plan.flatMap((fanOut) => fanOut.posts.map((post, index) => [post.title, index] as const)),
    );
    const seen = new Set<string>();
    let duplicates = 0;
    const lastIndex = new Map<number, number>();
    const outOfOrder = new Set<number>();
    for (const message of messages) {
      const title = message.plainText.split('\n')[0] ?? '';
      const index = postIndex.get(title) ?? -1;
      const key = `${message.chatId}:${title}`;
      if (seen.has(key)) duplicates++;
      seen.add(key);
      if (index < (lastIndex.get(message.chatId) ?? -1)) outOfOrder.add(message.chatId);
      lastIndex.set(message.chatId, index);
    }
    // The allowed schedule starts at the first message; later fan-outs may start when they were published.
    const throttled = new Set(throttledChatIds);
    const finishes = allowedFinishMs(
      plan.flatMap((fanOut, index) =>
        fanOut.chats.map((chat) => ({
          kind: chatKind(String(chat.id)),
          posts: fanOut.posts.length,
          fromMs: Math.max(0, (publishedAtMs[index] ?? 0) - firstMs),
          rejectedFirst: throttled.has(chat.id) ? (scenario.throttledChats?.timesInARow ?? 0) : 0,
        })),
      ),
      { every: scenario.fail429Every, retryAfterMs: RETRY_AFTER_SECONDS * 1000 },
    );
    let offset = 0;
    const shares = plan.map((fanOut) => {
      const allowedMs = Math.max(0, ...finishes.slice(offset, offset + fanOut.chats.length));
      offset += fanOut.chats.length;
      const achievedMs = lastMsOf(fanOut.chats) - firstMs;
      return achievedMs > allowedMs ? allowedMs / achievedMs : 1;
    });
    const groups = plan.flatMap((fanOut) => fanOut.chats).filter((chat) => chat.id < 0);
    return {
      scenario,
      queued,
      delivered: seen.size,
      duplicates,
      outOfOrder: outOfOrder.size,
      tooManyRequests: fake.calls('sendMessage').length - messages.length,
      firstMessageMs: firstMs - started,
      sendingMs: lastMsOf(plan.flatMap((fanOut) => fanOut.chats)) - firstMs,
      allowedMs: Math.max(0, ...finishes),
      shareOfAllowedRate: Math.min(...shares),
      peakPerSecond: {
        sent: peakInWindow(
          sentAt.map((sent) => sent.atMs),
          1000,
        ),
        received: peakInWindow(
          messages.map((message) => message.acceptedAtMs),
          1000,
        ),
      },
      peakPerGroupMinute: {
        sent: Math.max(
          0,
          ...groups.map((chat) =>
            peakInWindow(
              sentAt.filter((sent) => sent.chatId === String(chat.id)).map((sent) => sent.atMs),
              60_000,
            ),
          ),
        ),
        received: Math.max(
          0,
          ...groups.map((chat) =>
            peakInWindow(
              fake.messages(chat.id).map((message) => message.acceptedAtMs),
              60_000,
            ),
          ),
        ),
      },
    };
  } finally {
    await platform.stop();
    await fake.stop();
    await opened.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * When each chat's last message goes out in the fastest schedule the limits allow for sending
 * `posts` messages to each chat (from `fromMs`), one chat's posts in order, with the same 429s
 * as the fake (every n-th request, or a chat's first requests) each followed by retry_after: a greedy schedule on the same sliding windows as the limiter, with
 * no network latency and no cap on chats served at once. Written apart from the limiter, so a
 * limiter that wastes its allowance shows up as a gap.
 */
export function allowedFinishMs(
  chats: Array<{ kind: ChatKind; posts: number; fromMs?: number; rejectedFirst?: number }>,
  rejections: { every?: number; retryAfterMs: number } = { retryAfterMs: 0 },
  limits = TELEGRAM_SEND_LIMITS,
): number[] {
  interface Sent {
    limit: SendLimit;
    atMs: number[];
  }
  /** When the window next has room, at or after `nowMs`. */
  const roomAt = (window: Sent, nowMs: number): number => {
    while (window.atMs.length > 0 && (window.atMs[0] as number) + window.limit.windowMs <= nowMs) window.atMs.shift();
    return window.atMs.length < window.limit.sends
      ? nowMs
      : (window.atMs[window.atMs.length - window.limit.sends] as number) + window.limit.windowMs;
  };
  const overall: Sent = { limit: limits.overall, atMs: [] };
  const state = chats.map((chat) => ({
    left: chat.posts,
    fromMs: chat.fromMs ?? 0,
    window: { limit: limits[chat.kind], atMs: [] } as Sent,
    finishMs: 0,
    rejectedFirst: chat.rejectedFirst ?? 0,
  }));
  let nowMs = 0;
  let sends = 0;
  let remaining = state.reduce((sum, chat) => sum + chat.left, 0);
  while (remaining > 0) {
    const waiting = state.filter((chat) => chat.left > 0);
    const readyAt = waiting.map((chat) => Math.max(chat.fromMs, roomAt(chat.window, nowMs)));
    const sendMs = Math.max(roomAt(overall, nowMs), Math.min(...readyAt));
    // Of the chats that can take a message then, the one with the most left.
    let best: (typeof state)[number] | undefined;
    waiting.forEach((chat, index) => {
      if ((readyAt[index] as number) <= sendMs && (!best || chat.left > best.left)) best = chat;
    });
    if (!best) break;
    overall.atMs.push(sendMs);
    best.window.atMs.push(sendMs);
    nowMs = sendMs;
    sends++;
    // A request answered 429 still took its place; the post may go again after retry_after.
    const rejected = best.rejectedFirst > 0 || (rejections.every !== undefined && sends % rejections.every === 0);
    if (rejected) {
      best.rejectedFirst = Math.max(0, best.rejectedFirst - 1);
      best.fromMs = sendMs + rejections.retryAfterMs;
      continue;
    }
    best.left--;
    best.finishMs = sendMs;
    remaining--;
  }
  return state.map((chat) => chat.finishMs);
}

/** The most timestamps (ms) that fall within any window of `windowMs`. */
export function peakInWindow(timesMs: number[], windowMs: number): number {
  const sorted = [...timesMs].sort((a, b) => a - b);
  let peak = 0;
  let start = 0;
  for (let end = 0; end < sorted.length; end++) {
    while ((sorted[end] as number) - (sorted[start] as number) >= windowMs) start++;
    peak = Math.max(peak, end - start + 1);
  }
  return peak;
}

/** Runs the scenarios one after another (each on a fresh fake and store). */
export async function runDeliveryBench(scenarios: DeliveryScenario[] = DELIVERY_SCENARIOS): Promise<DeliveryNumbers[]> {
  const results: DeliveryNumbers[] = [];
  for (const scenario of scenarios) results.push(await runDeliveryScenario(scenario));
  return results;
}

/** Prints the delivery bench as a table next to PRODUCT.md's bar. */
export function formatDeliveryBench(results: DeliveryNumbers[]): string {
  const limits = TELEGRAM_SEND_LIMITS;
  const columns: Array<[string, number]> = [
    ['scenario', -36],
    ['delivered', 10],
    ['429s', 5],
    ['1st msg ms', 10],
    ['sending s', 9],
    ['msg/s', 6],
    ['allowed s', 9],
    ['allowed/s', 9],
    ['% allowed', 9],
    ['peak/1s sent|recv', 17],
    ['grp/60s sent|recv', 17],
  ];
  const row = (cells: string[]) =>
    cells
      .map((cell, index) => {
        const width = columns[index]?.[1] ?? 0;
        return width < 0 ? cell.padEnd(-width) : cell.padStart(width);
      })
      .join(' ');
  const rows = results.map((r) => {
    const lost = r.queued - r.delivered;
    const problems = [
      r.shareOfAllowedRate < DELIVERY_TARGET.shareOfAllowedRate ? 'BELOW TARGET' : '',
      lost > 0 ? `LOST ${lost}` : '',
      r.duplicates > 0 ? `${r.duplicates} DUPLICATES` : '',
      r.outOfOrder > 0 ? `${r.outOfOrder} CHATS OUT OF ORDER` : '',
    ].filter(Boolean);
    const hasGroups = r.scenario.fanOuts.some((fanOut) => fanOut.groups > 0);
    return `${row([
      r.scenario.name,
      `${r.delivered}/${r.queued}`,
      String(r.tooManyRequests),
      r.firstMessageMs.toFixed(0),
      (r.sendingMs / 1000).toFixed(1),
      ((r.delivered / r.sendingMs) * 1000).toFixed(1),
      (r.allowedMs / 1000).toFixed(1),
      ((r.queued / r.allowedMs) * 1000).toFixed(1),
      `${(r.shareOfAllowedRate * 100).toFixed(1)}%`,
      `${r.peakPerSecond.sent}|${r.peakPerSecond.received}`,
      hasGroups ? `${r.peakPerGroupMinute.sent}|${r.peakPerGroupMinute.received}` : '-',
    ])} ${problems.length > 0 ? problems.join(', ') : 'ok'}`;
  });
  return [
    `delivery bench: real grammY bot, publisher, limiter, outbox and journal against the local fake Bot API; Telegram limits as encoded: ${describeLimit(limits.overall)} overall, ${describeLimit(limits.group)} per group, ${describeLimit(limits.private)} per private chat; target >= ${DELIVERY_TARGET.shareOfAllowedRate * 100}% of the allowed rate, nothing lost`,
    row(columns.map(([name]) => name)),
    ...rows,
  ].join('\n');
}

function describeLimit(limit: SendLimit): string {
  return `${limit.sends}/${limit.windowMs === 1000 ? 's' : limit.windowMs === 60_000 ? 'min' : `${limit.windowMs}ms`}`;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  console.log(formatDeliveryBench(await runDeliveryBench()));
}
