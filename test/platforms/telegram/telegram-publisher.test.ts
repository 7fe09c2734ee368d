import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ChatRef } from '../../../src/core/chat.js';
import { line, link, type Post, text } from '../../../src/core/post.js';
import {
  createTelegramPlatform,
  type TelegramPlatform,
} from '../../../src/platforms/telegram/create-telegram-platform.js';
import { TELEGRAM_MESSAGE_LIMIT } from '../../../src/platforms/telegram/render-telegram.js';
import type { SendLimiter } from '../../../src/platforms/telegram/send-limiter.js';
import { createFakeBotApi, type FakeBotApi, telegramErrors } from '../../fakes/telegram/fake-bot-api.js';
import { aCommandTable, aGroup, aMemoryLog, aSupergroup, unlimited } from './telegram-test-kit.js';

let fake: FakeBotApi;
let platform: TelegramPlatform;
let currentApiRoot: string;

beforeEach(async () => {
  fake = createFakeBotApi();
  const { apiRoot } = await fake.start();
  currentApiRoot = apiRoot;
  // The publisher needs no update receiver, so these tests never call start().
  platform = createTelegramPlatform({
    token: fake.token,
    apiRoot,
    commands: aCommandTable().commands,
    log: aMemoryLog(),
    limiter: unlimited,
  });
});

afterEach(async () => {
  await platform.stop();
  await fake.stop();
});

const group = aGroup(-4100);
const at = (chatId: number, threadId?: number): ChatRef => ({
  platform: 'telegram',
  chatId: String(chatId),
  ...(threadId === undefined ? {} : { threadId: String(threadId) }),
});
/** A platform on the fake whose limiter lets everything through, with some of its methods replaced. */
const aPlatformWith = (limiter: Partial<SendLimiter>): TelegramPlatform =>
  createTelegramPlatform({
    token: fake.token,
    apiRoot: currentApiRoot,
    commands: [],
    log: aMemoryLog(),
    limiter: { ...unlimited, ...limiter },
  });
const anAlert = (overrides: Partial<Post> = {}): Post => ({
  kind: 'alert',
  title: '100 more freed',
  blocks: [line(text('Total 2,460 — '), link('source', 'https://news.example/a'))],
  ...overrides,
});

describe('Telegram publisher', () => {
  it('sends a post as HTML with link previews on by default', async () => {
    fake.addChat(group);

    const result = await platform.publisher.send(at(group.id), anAlert());

    expect(result).toEqual({ status: 'sent' });
    expect(fake.messages(group.id)).toEqual([
      expect.objectContaining({
        text: '<b>100 more freed</b>\nTotal 2,460 — <a href="https://news.example/a">source</a>',
        parseMode: 'HTML',
        linkPreviewDisabled: false,
        threadId: undefined,
      }),
    ]);
  });

  it('turns link previews off for quiet posts', async () => {
    fake.addChat(group);

    await platform.publisher.send(at(group.id), anAlert({ quietLinks: true }));

    expect(fake.messages(group.id)[0]?.linkPreviewDisabled).toBe(true);
  });

  it('sends into the forum topic named by the chat ref', async () => {
    const forum = fake.addChat(aSupergroup(-1004200, true));

    await platform.publisher.send(at(forum.id, 12), anAlert());

    expect(fake.messages(forum.id)[0]?.threadId).toBe(12);
  });

  it('sends a long post as several messages, in order, each under the limit', async () => {
    fake.addChat(group);
    const history = Array.from({ length: 300 }, (_, index) => line(text(`event ${index}: ${'x'.repeat(40)}`)));

    const result = await platform.publisher.send(at(group.id), anAlert({ blocks: history }));

    const sent = fake.messages(group.id);
    expect(result).toEqual({ status: 'sent' });
    expect(sent.length).toBeGreaterThan(1);
    expect(sent.every((message) => message.plainText.length <= TELEGRAM_MESSAGE_LIMIT)).toBe(true);
    expect(sent.at(-1)?.plainText.endsWith(`event 299: ${'x'.repeat(40)}`)).toBe(true);
  });

  it("answers 'throttled' to a 429 before anything of the post went out, and holds the chat off", async () => {
    fake.addChat(group);
    fake.failNext('sendMessage', telegramErrors.tooManyRequests(3), { chatId: group.id });
    const heldOff: Array<[string, number]> = [];
    const recording = aPlatformWith({ holdOff: (chatId, ms) => heldOff.push([chatId, ms]) });

    const result = await recording.publisher.send(at(group.id), anAlert());

    expect(result).toEqual({ status: 'throttled', retryAfterMs: 3000 });
    expect(heldOff).toEqual([[String(group.id), 3000]]);
    expect(fake.calls('sendMessage')).toHaveLength(1);
    expect(fake.messages(group.id)).toEqual([]);
  });

  it('answers a retry_after too long for auto-retry the same way', async () => {
    fake.addChat(group);
    fake.failNext('sendMessage', telegramErrors.tooManyRequests(600), { chatId: group.id });

    const result = await platform.publisher.send(at(group.id), anAlert());

    expect(result).toEqual({ status: 'throttled', retryAfterMs: 600_000 });
  });

  it('still retries a 429 that asks for no wait at all (auto-retry)', async () => {
    fake.addChat(group);
    fake.failNext('sendMessage', telegramErrors.tooManyRequests(0), { chatId: group.id, times: 2 });

    const result = await platform.publisher.send(at(group.id), anAlert());

    expect(result).toEqual({ status: 'sent' });
    expect(fake.calls('sendMessage')).toHaveLength(3);
    expect(fake.messages(group.id)).toHaveLength(1);
  });

  it('sends the rest of a post after the wait when a 429 comes between its parts', async () => {
    fake.addChat(group);
    const heldOff: Array<[string, number]> = [];
    const recording = aPlatformWith({ holdOff: (chatId, ms) => heldOff.push([chatId, ms]) });
    const long = anAlert({
      blocks: Array.from({ length: 300 }, (_, i) => line(text(`event ${i}: ${'x'.repeat(40)}`))),
    });
    // Every second request is told to wait: the first part goes out, each later one is refused once.
    fake.failEvery('sendMessage', 2, telegramErrors.tooManyRequests(1));

    const result = await recording.publisher.send(at(group.id), long);

    expect(result).toEqual({ status: 'sent' });
    expect(heldOff.length).toBeGreaterThan(0);
    expect(heldOff.every(([chatId, ms]) => chatId === String(group.id) && ms === 1000)).toBe(true);
    const parts = fake.messages(group.id).map((message) => message.plainText);
    expect(parts.at(-1)?.endsWith(`event 299: ${'x'.repeat(40)}`)).toBe(true);
    expect(new Set(parts).size).toBe(parts.length);
  });

  it("asks the limiter whether the chat has room for all of a post's parts", () => {
    const asked: Array<[string, number | undefined]> = [];
    const asking = aPlatformWith({
      readyInMs: (chatId, messages) => {
        asked.push([chatId, messages]);
        return 1234;
      },
    });
    const long = anAlert({
      blocks: Array.from({ length: 300 }, (_, i) => line(text(`event ${i}: ${'x'.repeat(40)}`))),
    });

    expect(asking.publisher.readyInMs?.(at(group.id), long)).toBe(1234);
    expect(asked).toEqual([[String(group.id), 4]]);
  });

  it('reports a chat that blocked or removed the bot as gone', async () => {
    fake.addChat(group);
    fake.failNext('sendMessage', telegramErrors.botBlocked(), { chatId: group.id });

    const result = await platform.publisher.send(at(group.id), anAlert());

    expect(result).toEqual({ status: 'gone', reason: 'Forbidden: bot was blocked by the user' });
  });

  it('reports a chat Telegram does not know as gone', async () => {
    const result = await platform.publisher.send(at(-999), anAlert());

    expect(result).toEqual({ status: 'gone', reason: 'Bad Request: chat not found' });
  });

  it('follows a group upgraded to a supergroup: re-sends there and reports the move', async () => {
    fake.addChat(group);
    fake.migrateChat(group.id, -1004100);

    const result = await platform.publisher.send(at(group.id), anAlert());

    expect(result).toEqual({ status: 'moved', to: { platform: 'telegram', chatId: '-1004100' } });
    expect(fake.messages(-1004100).map((message) => message.plainText)).toEqual([
      '100 more freed\nTotal 2,460 — source',
    ]);
  });

  it('only reports the move when the caller follows moves itself', async () => {
    const following = createTelegramPlatform({
      token: fake.token,
      apiRoot: currentApiRoot,
      commands: [],
      log: aMemoryLog(),
      limiter: unlimited,
      resendMovedPosts: false,
    });
    fake.addChat(group);
    fake.migrateChat(group.id, -1004100);

    const result = await following.publisher.send(at(group.id), anAlert());

    expect(result).toEqual({ status: 'moved', to: { platform: 'telegram', chatId: '-1004100' } });
    expect(fake.messages()).toEqual([]);
  });

  it('reports other refusals as failed, with what Telegram said', async () => {
    fake.addChat(group);
    fake.failNext(
      'sendMessage',
      { error_code: 400, description: 'Bad Request: not enough rights' },
      { chatId: group.id },
    );

    const result = await platform.publisher.send(at(group.id), anAlert());

    expect(result).toEqual({ status: 'failed', reason: '400 Bad Request: not enough rights' });
  });

  it('keeps the parts of concurrent posts to one chat together', async () => {
    fake.addChat(group);
    const long = (label: string) =>
      anAlert({ title: label, blocks: Array.from({ length: 150 }, () => line(text(`${label} ${'y'.repeat(50)}`))) });

    await Promise.all([
      platform.publisher.send(at(group.id), long('A')),
      platform.publisher.send(at(group.id), long('B')),
    ]);

    const firsts = fake.messages(group.id).map((message) => message.plainText[0]);
    expect(firsts.join('')).toMatch(/^A+B+$/);
  });
});
