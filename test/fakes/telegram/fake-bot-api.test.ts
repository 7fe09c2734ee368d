import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createFakeBotApi, type FakeBotApi, parseTelegramHtml, telegramErrors } from './fake-bot-api.js';

let fake: FakeBotApi;
let apiRoot: string;

beforeEach(async () => {
  fake = createFakeBotApi({ maxLongPollMs: 300 });
  ({ apiRoot } = await fake.start());
});

afterEach(async () => {
  await fake.stop();
});

const call = async (method: string, params: Record<string, unknown> = {}, token = fake.token) => {
  const response = await fetch(`${apiRoot}/bot${token}/${method}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(params),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
};
const updateIds = (body: Record<string, unknown>) =>
  (body['result'] as { update_id: number }[]).map((update) => update.update_id);
const privateChat = { id: 7, type: 'private' as const, first_name: 'Ann' };

describe('fake Bot API: getUpdates', () => {
  it('keeps updates until an offset above their id acknowledges them', async () => {
    fake.sendText({ chat: privateChat, text: 'one' });
    fake.sendText({ chat: privateChat, text: 'two' });

    expect(updateIds((await call('getUpdates')).body)).toEqual([1, 2]);
    expect(updateIds((await call('getUpdates', { offset: 2 })).body)).toEqual([2]);
    expect(updateIds((await call('getUpdates', { offset: 3 })).body)).toEqual([]);
    expect(updateIds((await call('getUpdates')).body)).toEqual([]);
  });

  it('holds a long poll open until an update arrives', async () => {
    const polling = call('getUpdates', { timeout: 30 });
    fake.sendText({ chat: privateChat, text: '/start' });

    const { body } = await polling;

    expect(body['result']).toEqual([
      expect.objectContaining({
        update_id: 1,
        message: expect.objectContaining({ text: '/start', entities: [{ type: 'bot_command', offset: 0, length: 6 }] }),
      }),
    ]);
  });

  it('ends the older of two concurrent long polls with 409, as Telegram does', async () => {
    const first = call('getUpdates', { timeout: 30 });
    await new Promise((resolve) => setImmediate(resolve));
    const second = call('getUpdates', { timeout: 30 });

    expect((await first).status).toBe(409);
    expect((await second).status).toBe(200);
  });

  it('refuses getUpdates while a webhook is set', async () => {
    await call('setWebhook', { url: 'http://127.0.0.1:9/hook', secret_token: 'abc' });

    expect((await call('getUpdates')).status).toBe(409);
  });
});

describe('fake Bot API: sendMessage', () => {
  it('records accepted messages with their options', async () => {
    fake.addChat({ id: -1001, type: 'supergroup', title: 'Forum', is_forum: true });

    const { body } = await call('sendMessage', {
      chat_id: -1001,
      text: '<b>Hi</b> &amp; bye',
      parse_mode: 'HTML',
      message_thread_id: 4,
      link_preview_options: { is_disabled: true },
    });

    expect(body['ok']).toBe(true);
    expect(fake.messages()).toEqual([
      {
        messageId: expect.any(Number),
        chatId: -1001,
        text: '<b>Hi</b> &amp; bye',
        plainText: 'Hi & bye',
        parseMode: 'HTML',
        threadId: 4,
        linkPreviewDisabled: true,
        acceptedAtMs: expect.any(Number),
      },
    ]);
  });

  it('rejects malformed HTML, unknown chats and over-long text like Telegram', async () => {
    fake.addChat(privateChat);

    const badHtml = await call('sendMessage', { chat_id: 7, text: '<b>open', parse_mode: 'HTML' });
    const bareAmpersand = await call('sendMessage', { chat_id: 7, text: 'Tom & Jerry', parse_mode: 'HTML' });
    const unknownChat = await call('sendMessage', { chat_id: 8, text: 'hi' });
    const tooLong = await call('sendMessage', { chat_id: 7, text: 'x'.repeat(4097) });

    expect(badHtml.body).toMatchObject({ ok: false, error_code: 400 });
    expect(String(badHtml.body['description'])).toMatch(/^Bad Request: can't parse entities/);
    expect(bareAmpersand.status).toBe(400);
    expect(unknownChat.body).toMatchObject({ error_code: 400, description: 'Bad Request: chat not found' });
    expect(tooLong.body).toMatchObject({ error_code: 400, description: 'Bad Request: message is too long' });
    expect(fake.messages()).toEqual([]);
  });

  it('fails the next call for one chat with an injected error, then recovers', async () => {
    fake.addChat(privateChat);
    fake.failNext('sendMessage', telegramErrors.tooManyRequests(3), { chatId: 7 });

    const limited = await call('sendMessage', { chat_id: 7, text: 'a' });
    const fine = await call('sendMessage', { chat_id: 7, text: 'b' });

    expect(limited.body).toMatchObject({ error_code: 429, parameters: { retry_after: 3 } });
    expect(fine.body['ok']).toBe(true);
  });

  it('fails every n-th call of a method with an injected error', async () => {
    fake.addChat(privateChat);
    fake.failEvery('sendMessage', 3, telegramErrors.tooManyRequests(1));

    const statuses: number[] = [];
    for (const text of ['a', 'b', 'c', 'd', 'e', 'f'])
      statuses.push((await call('sendMessage', { chat_id: 7, text })).status);

    expect(statuses).toEqual([200, 200, 429, 200, 200, 429]);
    expect(fake.messages().map((message) => message.text)).toEqual(['a', 'b', 'd', 'e']);
  });

  it('answers sends to a migrated group with the new chat id', async () => {
    fake.addChat({ id: -5, type: 'group', title: 'Old' });
    fake.migrateChat(-5, -1005);

    const { body } = await call('sendMessage', { chat_id: -5, text: 'hi' });

    expect(body).toMatchObject({ error_code: 400, parameters: { migrate_to_chat_id: -1005 } });
  });
});

describe('fake Bot API: other methods', () => {
  it('answers 404 for unknown methods and 401 for a wrong token', async () => {
    expect((await call('sendTelepathy')).body).toEqual({ ok: false, error_code: 404, description: 'Not Found' });
    expect((await call('getMe', {}, '999:wrong')).status).toBe(401);
  });

  it('stores commands per scope and reports configured members', async () => {
    await call('setMyCommands', { commands: [{ command: 'tally', description: 'Totals' }] });
    fake.addChat({ id: -9, type: 'group', title: 'G' });
    fake.setMember(-9, { id: 5, first_name: 'Eve' }, 'administrator');

    expect((await call('getMyCommands')).body['result']).toEqual([{ command: 'tally', description: 'Totals' }]);
    expect((await call('getMyCommands', { scope: { type: 'all_private_chats' } })).body['result']).toEqual([]);
    expect((await call('getChatMember', { chat_id: -9, user_id: 5 })).body['result']).toMatchObject({
      status: 'administrator',
    });
    expect((await call('getChatMember', { chat_id: -9, user_id: 6 })).body['result']).toMatchObject({ status: 'left' });
  });
});

describe('parseTelegramHtml', () => {
  it('decodes the supported entities and rejects unsupported tags', () => {
    expect(parseTelegramHtml('<a href="https://x.example/?a=1&amp;b=2">x</a> &lt;&#33;&quot;')).toEqual({
      ok: true,
      text: 'x <!"',
    });
    expect(parseTelegramHtml('<script>x</script>').ok).toBe(false);
    expect(parseTelegramHtml('<b><i>x</b></i>').ok).toBe(false);
  });
});
