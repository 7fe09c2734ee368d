import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ChatRef } from '../../../src/core/chat.js';
import {
  createTelegramPlatform,
  splitChannelTarget,
  type TelegramPlatform,
  type TelegramPlatformDeps,
} from '../../../src/platforms/telegram/create-telegram-platform.js';
import {
  createFakeBotApi,
  type FakeBotApi,
  GROUP_ANONYMOUS_BOT_ID,
  telegramErrors,
} from '../../fakes/telegram/fake-bot-api.js';
import {
  aChannel,
  aCommandTable,
  aFreePort,
  aGroup,
  alice,
  aMemoryLog,
  aSupergroup,
  bob,
  privateChatWith,
  unlimited,
} from './telegram-test-kit.js';

let fake: FakeBotApi;
let apiRoot: string;
const running: TelegramPlatform[] = [];

beforeEach(async () => {
  fake = createFakeBotApi({ maxLongPollMs: 500 });
  ({ apiRoot } = await fake.start());
});

afterEach(async () => {
  for (const platform of running.splice(0)) await platform.stop();
  await fake.stop();
});

async function startPlatform(overrides: Partial<TelegramPlatformDeps> = {}) {
  const table = aCommandTable();
  const log = aMemoryLog();
  const platform = createTelegramPlatform({
    token: fake.token,
    apiRoot,
    commands: table.commands,
    log,
    limiter: unlimited,
    ...overrides,
  });
  running.push(platform);
  await platform.start();
  return { platform, runs: table.runs, log };
}

describe('Telegram commands over long polling', () => {
  it('answers a command in a private chat, where the user counts as admin', async () => {
    const { runs } = await startPlatform();
    const chat = privateChatWith(alice);

    fake.sendText({ chat, from: alice, text: '/echo hello there' });

    const [reply] = await fake.waitForMessages(1, { chatId: chat.id });
    expect(reply?.plainText).toBe('echo: hello there');
    expect(reply?.parseMode).toBe('HTML');
    expect(runs[0]?.context).toEqual({
      chat: { platform: 'telegram', chatId: String(alice.id) },
      isAdmin: true,
      args: { tracker: 'hello there' },
    });
  });

  it('sends a reply again after the wait when Telegram answers 429', async () => {
    await startPlatform();
    const chat = privateChatWith(alice);
    fake.failNext('sendMessage', telegramErrors.tooManyRequests(1), { chatId: chat.id });

    fake.sendText({ chat, from: alice, text: '/echo patience' });

    const [reply] = await fake.waitForMessages(1, { chatId: chat.id });
    expect(reply?.plainText).toBe('echo: patience');
    expect(fake.calls('sendMessage')).toHaveLength(2);
  });

  it('answers commands addressed to this bot by name and ignores those for other bots', async () => {
    await startPlatform();
    const group = aGroup();

    fake.sendText({ chat: group, from: bob, text: '/echo@some_other_bot not me' });
    fake.sendText({ chat: group, from: bob, text: '/echo@tally_test_bot me' });

    await fake.waitForMessages(1, { chatId: group.id });
    expect(fake.messages().map((message) => message.plainText)).toEqual(['echo: me']);
  });

  it('lets a group admin run an admin command, as getChatMember says', async () => {
    const { runs } = await startPlatform();
    const group = aGroup();
    fake.setMember(group.id, alice, 'administrator');

    fake.sendText({ chat: group, from: alice, text: '/subscribe afghanistan-2020' });

    const [reply] = await fake.waitForMessages(1, { chatId: group.id });
    expect(reply?.plainText).toBe(`Subscribed to afghanistan-2020\nchat ${group.id}`);
    expect(runs[0]?.context.isAdmin).toBe(true);
    expect(fake.calls('getChatMember')[0]?.params).toMatchObject({ chat_id: group.id, user_id: alice.id });
  });

  it('refuses an admin command to a plain member without running it', async () => {
    const { runs } = await startPlatform();
    const group = aGroup();
    fake.setMember(group.id, bob, 'member');

    fake.sendText({ chat: group, from: bob, text: '/subscribe afghanistan-2020' });

    const [reply] = await fake.waitForMessages(1, { chatId: group.id });
    expect(reply?.plainText).toBe('Only chat admins can use /subscribe.\nUsage: /subscribe TRACKER');
    expect(runs).toEqual([]);
  });

  it('tells everyone-commands whether the sender is an admin', async () => {
    const { runs } = await startPlatform();
    const group = aGroup();
    fake.setMember(group.id, bob, 'member');

    fake.sendText({ chat: group, from: bob, text: '/echo hi' });

    await fake.waitForMessages(1, { chatId: group.id });
    expect(runs[0]?.context.isAdmin).toBe(false);
  });

  it('treats an anonymous admin writing as the group as an admin', async () => {
    const { runs } = await startPlatform();
    const group = aSupergroup();

    fake.sendText({
      chat: group,
      from: { id: GROUP_ANONYMOUS_BOT_ID, first_name: 'Group', username: 'GroupAnonymousBot' },
      senderChat: group,
      text: '/subscribe afghanistan-2020',
    });

    await fake.waitForMessages(1, { chatId: group.id });
    expect(runs[0]?.context.isAdmin).toBe(true);
    expect(fake.calls('getChatMember')).toEqual([]);
  });

  it('does not treat someone posting as another channel as an admin', async () => {
    const { runs } = await startPlatform();
    const group = aSupergroup();

    fake.sendText({
      chat: group,
      from: { id: 136817688, first_name: 'Channel' },
      senderChat: aChannel(),
      text: '/subscribe x',
    });

    const [reply] = await fake.waitForMessages(1, { chatId: group.id });
    expect(reply?.plainText).toContain('Only chat admins');
    expect(runs).toEqual([]);
  });

  it('answers a forum topic in that topic and gives the command the thread', async () => {
    const { runs } = await startPlatform();
    const forum = aSupergroup(-1004002, true);
    fake.setMember(forum.id, alice, 'creator');

    fake.sendText({ chat: forum, from: alice, text: '/subscribe afghanistan-2020', threadId: 77 });

    const [reply] = await fake.waitForMessages(1, { chatId: forum.id });
    expect(reply?.threadId).toBe(77);
    expect(runs[0]?.context.chat).toEqual({ platform: 'telegram', chatId: String(forum.id), threadId: '77' });
  });

  it('replies with the error and the usage when the arguments do not parse', async () => {
    await startPlatform();
    const chat = privateChatWith(alice);

    fake.sendText({ chat, from: alice, text: '/subscribe' });

    const [reply] = await fake.waitForMessages(1, { chatId: chat.id });
    expect(reply?.plainText).toBe('Which tracker?\nUsage: /subscribe TRACKER');
  });

  it('logs a failing command, tells the user, and keeps handling updates', async () => {
    const { log } = await startPlatform();
    const chat = privateChatWith(alice);

    fake.sendText({ chat, from: alice, text: '/boom' });
    fake.sendText({ chat, from: alice, text: '/echo still here' });

    const replies = await fake.waitForMessages(2, { chatId: chat.id });
    expect(replies.map((reply) => reply.plainText)).toEqual([
      '/boom failed. The error was logged; please try again later.',
      'echo: still here',
    ]);
    expect(log.entries).toContainEqual(expect.objectContaining({ level: 'error', message: 'Telegram command failed' }));
  });

  it('logs an update whose handler throws, in the catch-all, and keeps polling', async () => {
    const { log } = await startPlatform();
    const chat = privateChatWith(alice);

    fake.sendText({ chat, from: alice, text: '/crash' });
    fake.sendText({ chat, from: alice, text: '/echo after the crash' });

    const replies = await fake.waitForMessages(1, { chatId: chat.id });
    expect(replies.map((reply) => reply.plainText)).toEqual(['echo: after the crash']);
    expect(log.entries).toContainEqual(
      expect.objectContaining({ level: 'error', message: 'Telegram update handler failed' }),
    );
  });

  it('survives a handler whose reply cannot be sent at all', async () => {
    const { log } = await startPlatform();
    const chat = privateChatWith(alice);
    fake.failNext('sendMessage', { error_code: 400, description: 'Bad Request: something odd' }, { chatId: chat.id });

    fake.sendText({ chat, from: alice, text: '/echo one' });
    fake.sendText({ chat, from: alice, text: '/echo two' });

    const replies = await fake.waitForMessages(1, { chatId: chat.id });
    expect(replies.map((reply) => reply.plainText)).toEqual(['echo: two']);
    expect(log.entries).toContainEqual(
      expect.objectContaining({ level: 'warn', message: 'Telegram send did not go through' }),
    );
  });
});

describe('Managing a channel from a private chat', () => {
  it('applies the command to the channel named last, once the user and the bot are its admins', async () => {
    const { runs } = await startPlatform();
    const channel = fake.addChat(aChannel());
    fake.setMember(channel.id, alice, 'administrator');
    fake.setMember(channel.id, fake.bot, 'administrator', { can_post_messages: true });
    const chat = privateChatWith(alice);

    fake.sendText({ chat, from: alice, text: '/subscribe afghanistan-2020 @news_channel' });

    const [reply] = await fake.waitForMessages(1, { chatId: chat.id });
    expect(reply?.plainText).toBe(`Subscribed to afghanistan-2020\nchat ${channel.id}`);
    expect(runs[0]?.context).toEqual({
      chat: { platform: 'telegram', chatId: String(channel.id) },
      isAdmin: true,
      args: { tracker: 'afghanistan-2020' },
    });
  });

  it('accepts the channel by its -100 id as well', async () => {
    const { runs } = await startPlatform();
    const channel = fake.addChat(aChannel());
    fake.setMember(channel.id, alice, 'creator');
    fake.setMember(channel.id, fake.bot, 'administrator', { can_post_messages: true });

    fake.sendText({ chat: privateChatWith(alice), from: alice, text: `/subscribe afghanistan-2020 ${channel.id}` });

    await fake.waitForMessages(1);
    expect(runs[0]?.context.chat.chatId).toBe(String(channel.id));
  });

  it('refuses a user who is not an admin of the channel', async () => {
    const { runs } = await startPlatform();
    const channel = fake.addChat(aChannel());
    fake.setMember(channel.id, fake.bot, 'administrator', { can_post_messages: true });

    fake.sendText({ chat: privateChatWith(bob), from: bob, text: '/subscribe afghanistan-2020 @news_channel' });

    const [reply] = await fake.waitForMessages(1);
    expect(reply?.plainText).toContain('Only admins of @news_channel can manage it.');
    expect(runs).toEqual([]);
  });

  it('asks for posting rights when the bot cannot post in the channel', async () => {
    const { runs } = await startPlatform();
    const channel = fake.addChat(aChannel());
    fake.setMember(channel.id, alice, 'administrator');
    fake.setMember(channel.id, fake.bot, 'administrator', { can_post_messages: false });

    fake.sendText({ chat: privateChatWith(alice), from: alice, text: '/subscribe afghanistan-2020 @news_channel' });

    const [reply] = await fake.waitForMessages(1);
    expect(reply?.plainText).toContain('I need to be an admin of @news_channel allowed to post messages.');
    expect(runs).toEqual([]);
  });

  it('explains when the channel cannot be found', async () => {
    await startPlatform();

    fake.sendText({ chat: privateChatWith(alice), from: alice, text: '/subscribe afghanistan-2020 @nowhere_channel' });

    const [reply] = await fake.waitForMessages(1);
    expect(reply?.plainText).toContain("I can't reach @nowhere_channel.");
  });
});

describe('splitChannelTarget', () => {
  it('takes a trailing @name or -100 id and leaves other arguments alone', () => {
    expect(splitChannelTarget('afghanistan-2020 @news_channel')).toEqual({
      reference: '@news_channel',
      rest: 'afghanistan-2020',
    });
    expect(splitChannelTarget('0 18 * * * Asia/Kabul -1001234')).toEqual({
      reference: '-1001234',
      rest: '0 18 * * * Asia/Kabul',
    });
    expect(splitChannelTarget('0 18 * * * Asia/Kabul')).toBeNull();
    expect(splitChannelTarget('afghanistan-2020')).toBeNull();
  });
});

describe('Telegram command menu', () => {
  it('lists everyone-commands by default and every command for admins and private chats', async () => {
    await startPlatform();

    const names = (scope: Record<string, unknown>) =>
      fake.commandsFor(scope).map((command) => (command as { command: string }).command);
    expect(names({ type: 'default' })).toEqual(['echo', 'boom', 'crash']);
    expect(names({ type: 'all_chat_administrators' })).toEqual(['echo', 'subscribe', 'boom', 'crash']);
    expect(names({ type: 'all_private_chats' })).toEqual(['echo', 'subscribe', 'boom', 'crash']);
  });
});

describe('Chat membership events', () => {
  it('reports a chat the bot was removed from as gone', async () => {
    const gone: { chat: ChatRef; reason: string }[] = [];
    let reported!: () => void;
    const wasReported = new Promise<void>((resolve) => {
      reported = resolve;
    });
    await startPlatform({
      onChatGone: (chat, reason) => {
        gone.push({ chat, reason });
        reported();
      },
    });
    const group = aGroup();

    fake.pushUpdate({
      my_chat_member: {
        chat: group,
        from: alice,
        date: 0,
        old_chat_member: { status: 'member', user: fake.bot },
        new_chat_member: { status: 'kicked', user: fake.bot, until_date: 0 },
      },
    });

    await wasReported;
    expect(gone).toEqual([{ chat: { platform: 'telegram', chatId: String(group.id) }, reason: 'bot kicked' }]);
  });

  it('reports a group upgraded to a supergroup as moved', async () => {
    let reported!: (move: { from: ChatRef; to: ChatRef }) => void;
    const moved = new Promise<{ from: ChatRef; to: ChatRef }>((resolve) => {
      reported = resolve;
    });
    await startPlatform({ onChatMoved: (from, to) => reported({ from, to }) });
    const group = aGroup();

    fake.pushUpdate({
      message: { message_id: 9, date: 0, chat: group, from: alice, migrate_to_chat_id: -1004009 },
    });

    expect(await moved).toEqual({
      from: { platform: 'telegram', chatId: String(group.id) },
      to: { platform: 'telegram', chatId: '-1004009' },
    });
  });
});

describe('Telegram update receivers', () => {
  it('stops long polling cleanly, so another receiver can take over the token', async () => {
    const { platform } = await startPlatform();
    await platform.stop();

    await startPlatform();
    const chat = privateChatWith(alice);
    fake.sendText({ chat, from: alice, text: '/echo second bot' });

    const [reply] = await fake.waitForMessages(1);
    expect(reply?.plainText).toBe('echo: second bot');
  });

  it('receives updates by webhook, with the secret registered at Telegram', async () => {
    const port = await aFreePort();
    const url = `http://127.0.0.1:${port}/telegram/webhook`;
    await startPlatform({ webhook: { url, secret: 'sekret_123', port } });
    const chat = privateChatWith(alice);

    expect(fake.webhook()).toEqual({ url, secretToken: 'sekret_123' });
    fake.sendText({ chat, from: alice, text: '/echo via webhook' });

    const [reply] = await fake.waitForMessages(1);
    expect(reply?.plainText).toBe('echo: via webhook');
    expect(fake.calls('getUpdates')).toEqual([]);
  });

  it('rejects webhook calls with a wrong or missing secret and handles none of them', async () => {
    const port = await aFreePort();
    const url = `http://127.0.0.1:${port}/telegram/webhook`;
    const { runs } = await startPlatform({ webhook: { url, secret: 'sekret_123', port } });
    const forged = (headers: Record<string, string>) =>
      fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({
          update_id: 999,
          message: {
            message_id: 1,
            date: 0,
            chat: privateChatWith(alice),
            from: alice,
            text: '/echo forged',
            entities: [{ type: 'bot_command', offset: 0, length: 5 }],
          },
        }),
      });

    const wrong = await forged({ 'x-telegram-bot-api-secret-token': 'guess' });
    const missing = await forged({});

    expect(wrong.status).toBe(401);
    expect(missing.status).toBe(401);
    expect(runs).toEqual([]);
    expect(fake.messages()).toEqual([]);
  });
});
