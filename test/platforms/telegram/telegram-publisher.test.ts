import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ChatRef } from '../../../src/core/chat.js';
import { line, link, type Post, text } from '../../../src/core/post.js';
import {
  createTelegramPlatform,
  type TelegramPlatform,
} from '../../../src/platforms/telegram/create-telegram-platform.js';
import { TELEGRAM_MESSAGE_LIMIT } from '../../../src/platforms/telegram/render-telegram.js';
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

  it('waits out a 429 and sends the message (auto-retry)', async () => {
    fake.addChat(group);
    fake.failNext('sendMessage', telegramErrors.tooManyRequests(1), { chatId: group.id });

    const result = await platform.publisher.send(at(group.id), anAlert());

    expect(result).toEqual({ status: 'sent' });
    expect(fake.calls('sendMessage')).toHaveLength(2);
    expect(fake.messages(group.id)).toHaveLength(1);
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
