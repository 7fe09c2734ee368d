import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A local fake of the Telegram Bot API (https://core.telegram.org/bots/api), good enough to drive a
 * real grammY bot: long polling with offset acknowledgement, webhooks with the secret header,
 * sendMessage with HTML checking and the 4096-character limit, commands, chat members, and
 * injectable errors (429, 403, group-to-supergroup migration). Only JSON, query-string and
 * urlencoded bodies are read; file uploads are not supported.
 */

/** The parts of a Telegram Chat object the fake models. */
export interface FakeChat {
  id: number;
  type: 'private' | 'group' | 'supergroup' | 'channel';
  title?: string;
  username?: string;
  first_name?: string;
  is_forum?: boolean;
}

/** The parts of a Telegram User object the fake models. */
export interface FakeUser {
  id: number;
  is_bot?: boolean;
  first_name: string;
  username?: string;
}

/** A Bot API error body, as Telegram sends it (HTTP status = error_code). */
export interface FakeApiError {
  error_code: number;
  description: string;
  parameters?: { retry_after?: number; migrate_to_chat_id?: number };
}

/** One sendMessage the fake accepted. `plainText` is the text after HTML parsing. */
export interface SentMessage {
  messageId: number;
  chatId: number;
  text: string;
  plainText: string;
  parseMode: string | undefined;
  threadId: number | undefined;
  linkPreviewDisabled: boolean;
  /** When the fake accepted it (performance.now() of this process, ms), for rate measurements. */
  acceptedAtMs: number;
}

/** One API call as received, for assertions on parameters (setMyCommands scopes, setWebhook...). */
export interface RecordedCall {
  method: string;
  params: Record<string, unknown>;
}

/** Options of createFakeBotApi; every field has a sensible default. */
export interface FakeBotApiOptions {
  token?: string;
  bot?: FakeUser;
  /** Caps getUpdates' `timeout` so test shutdowns stay quick (real Telegram allows 50 s). */
  maxLongPollMs?: number;
}

/** The well-known user id Telegram puts in `from` of messages sent by anonymous group admins. */
export const GROUP_ANONYMOUS_BOT_ID = 1087968824;

/** Ready-made errors with Telegram's real codes and descriptions. */
export const telegramErrors = {
  /** 429 with `parameters.retry_after` (seconds). */
  tooManyRequests: (retryAfterSeconds: number): FakeApiError => ({
    error_code: 429,
    description: `Too Many Requests: retry after ${retryAfterSeconds}`,
    parameters: { retry_after: retryAfterSeconds },
  }),
  /** 403 a user sees after blocking the bot. */
  botBlocked: (): FakeApiError => ({ error_code: 403, description: 'Forbidden: bot was blocked by the user' }),
  /** 403 after the bot was removed from a group. */
  botKicked: (): FakeApiError => ({ error_code: 403, description: 'Forbidden: bot was kicked from the group chat' }),
  /** 400 for an unknown or inaccessible chat. */
  chatNotFound: (): FakeApiError => ({ error_code: 400, description: 'Bad Request: chat not found' }),
  /** 400 for a basic group that became a supergroup, with the new id. */
  chatUpgraded: (newChatId: number): FakeApiError => ({
    error_code: 400,
    description: 'Bad Request: group chat was upgraded to a supergroup chat',
    parameters: { migrate_to_chat_id: newChatId },
  }),
};

interface InjectedFailure {
  method: string;
  chatId: number | undefined;
  error: FakeApiError;
  remaining: number;
}

interface PeriodicFailure {
  method: string;
  every: number;
  error: FakeApiError;
  calls: number;
}

interface PendingPoll {
  finish: (outcome: unknown[] | FakeApiError) => void;
}

/** A running fake; see createFakeBotApi. */
export interface FakeBotApi {
  /** Starts listening on a free local port; pass `apiRoot` to grammY as `client.apiRoot`. */
  start(): Promise<{ apiRoot: string }>;
  /** Ends pending long polls and closes every connection. */
  stop(): Promise<void>;
  readonly token: string;
  readonly bot: FakeUser;
  /** Makes a chat known (sendMessage to an unknown chat fails with "chat not found", as on Telegram). */
  addChat(chat: FakeChat): FakeChat;
  /** Sets a user's status in a chat; `extra` adds fields such as `can_post_messages` for admins. */
  setMember(chatId: number, user: FakeUser, status: MemberStatus, extra?: Record<string, unknown>): void;
  /** Queues a text message update (a `/command` gets its bot_command entity); returns the update. */
  sendText(input: {
    chat: FakeChat;
    from?: FakeUser;
    text: string;
    threadId?: number;
    senderChat?: FakeChat;
  }): Record<string, unknown>;
  /** Queues any update object; `update_id` is assigned. Delivered by getUpdates or to the webhook. */
  pushUpdate(update: Record<string, unknown>): Record<string, unknown>;
  /** Fails the next `times` calls of `method` (optionally only for one chat) with `error`. */
  failNext(method: string, error: FakeApiError, options?: { chatId?: number; times?: number }): void;
  /** Fails every `every`-th call of `method` (the `every`-th, the 2×`every`-th…) with `error`, from now on. */
  failEvery(method: string, every: number, error: FakeApiError): void;
  /** Turns a group into a supergroup: sends to the old id fail with migrate_to_chat_id from now on. */
  migrateChat(fromChatId: number, toChatId: number): void;
  /** Every message accepted so far, optionally for one chat. */
  messages(chatId?: number): SentMessage[];
  /** Resolves once `count` messages (optionally in one chat) were accepted; rejects after `timeoutMs`. */
  waitForMessages(count: number, options?: { chatId?: number; timeoutMs?: number }): Promise<SentMessage[]>;
  /** Every API call received, optionally only one method's. */
  calls(method?: string): RecordedCall[];
  /** The commands last set for a scope (`{ type: 'default' }` when omitted). */
  commandsFor(scope?: Record<string, unknown>): unknown[];
  /** The webhook currently set, if any. */
  webhook(): { url: string; secretToken: string | undefined } | null;
  /** Status codes the fake got back when pushing updates to the webhook, in order. */
  webhookDeliveries(): number[];
}

/** A chat member status as getChatMember reports it. */
export type MemberStatus = 'creator' | 'administrator' | 'member' | 'restricted' | 'left' | 'kicked';

/** Creates a fake Bot API server; call start() before use and stop() after. */
export function createFakeBotApi(options: FakeBotApiOptions = {}): FakeBotApi {
  const token = options.token ?? '123456:TEST-token';
  const bot: FakeUser = options.bot ?? { id: 123456, is_bot: true, first_name: 'Tally', username: 'tally_test_bot' };
  const maxLongPollMs = options.maxLongPollMs ?? 1000;

  const chats = new Map<number, FakeChat>();
  const members = new Map<string, Record<string, unknown>>();
  const migrated = new Map<number, number>();
  const queue: Record<string, unknown>[] = [];
  const sent: SentMessage[] = [];
  const recorded: RecordedCall[] = [];
  const failures: InjectedFailure[] = [];
  const periodicFailures: PeriodicFailure[] = [];
  const commands = new Map<string, unknown[]>();
  const deliveries: number[] = [];
  const messageListeners = new Set<() => void>();
  let pendingPoll: PendingPoll | null = null;
  let webhookTarget: { url: string; secretToken: string | undefined } | null = null;
  let nextUpdateId = 1;
  let nextMessageId = 1;
  let server: Server | null = null;

  const scopeKey = (scope: unknown): string => {
    const value = (scope ?? { type: 'default' }) as Record<string, unknown>;
    return JSON.stringify(
      Object.keys(value)
        .sort()
        .map((key) => [key, value[key]]),
    );
  };

  const resolveChat = (chatId: unknown): FakeChat | undefined => {
    if (typeof chatId === 'string' && chatId.startsWith('@')) {
      const name = chatId.slice(1).toLowerCase();
      return [...chats.values()].find((chat) => chat.username?.toLowerCase() === name);
    }
    return chats.get(Number(chatId));
  };

  const takeFailure = (method: string, chatId: number | undefined): FakeApiError | undefined => {
    for (const periodic of periodicFailures) {
      if (periodic.method !== method) continue;
      periodic.calls += 1;
      if (periodic.calls % periodic.every === 0) return periodic.error;
    }
    const index = failures.findIndex(
      (failure) => failure.method === method && (failure.chatId === undefined || failure.chatId === chatId),
    );
    const failure = failures[index];
    if (!failure) return undefined;
    failure.remaining -= 1;
    if (failure.remaining <= 0) failures.splice(index, 1);
    return failure.error;
  };

  const deliverToWebhook = async (): Promise<void> => {
    const target = webhookTarget;
    if (!target) return;
    while (queue.length > 0 && webhookTarget === target) {
      const update = queue[0];
      const headers: Record<string, string> = { 'content-type': 'application/json' };
      if (target.secretToken) headers['x-telegram-bot-api-secret-token'] = target.secretToken;
      let status = 0;
      try {
        const response = await fetch(target.url, { method: 'POST', headers, body: JSON.stringify(update) });
        status = response.status;
        await response.arrayBuffer();
      } catch {
        status = 0;
      }
      deliveries.push(status);
      // Telegram keeps an update until the webhook answers 2xx; the fake drops it instead of retrying forever.
      queue.shift();
    }
  };
  let webhookPump: Promise<void> = Promise.resolve();

  const enqueue = (update: Record<string, unknown>): Record<string, unknown> => {
    const withId = { update_id: nextUpdateId++, ...update };
    queue.push(withId);
    if (webhookTarget) {
      webhookPump = webhookPump.then(deliverToWebhook);
    } else if (pendingPoll) {
      const poll = pendingPoll;
      pendingPoll = null;
      poll.finish(queue.slice(0, 100));
    }
    return withId;
  };

  const methods: Record<string, (params: Record<string, unknown>) => unknown | Promise<unknown>> = {
    getMe: () => ({ ...bot, is_bot: true, can_join_groups: true, can_read_all_group_messages: false }),
    logOut: () => true,
    close: () => true,
    getUpdates: (params) => getUpdates(params),
    setWebhook: (params) => {
      const url = String(params['url'] ?? '');
      const secretToken = params['secret_token'] === undefined ? undefined : String(params['secret_token']);
      if (secretToken !== undefined && !/^[A-Za-z0-9_-]{1,256}$/.test(secretToken)) {
        throw apiError(400, 'Bad Request: secret token contains unallowed characters');
      }
      if (params['drop_pending_updates'] === true) queue.length = 0;
      webhookTarget = url ? { url, secretToken } : null;
      if (webhookTarget) webhookPump = webhookPump.then(deliverToWebhook);
      return true;
    },
    deleteWebhook: (params) => {
      if (params['drop_pending_updates'] === true) queue.length = 0;
      webhookTarget = null;
      return true;
    },
    getWebhookInfo: () => ({ url: webhookTarget?.url ?? '', pending_update_count: queue.length }),
    setMyCommands: (params) => {
      commands.set(scopeKey(params['scope']), (params['commands'] as unknown[]) ?? []);
      return true;
    },
    getMyCommands: (params) => commands.get(scopeKey(params['scope'])) ?? [],
    deleteMyCommands: (params) => {
      commands.delete(scopeKey(params['scope']));
      return true;
    },
    getChat: (params) => {
      const chat = resolveChat(params['chat_id']);
      if (!chat) throw apiError(400, 'Bad Request: chat not found');
      return chat;
    },
    getChatMember: (params) => {
      const chat = resolveChat(params['chat_id']);
      if (!chat) throw apiError(400, 'Bad Request: chat not found');
      const userId = Number(params['user_id']);
      const member = members.get(`${chat.id}:${userId}`);
      if (member) return member;
      if (chat.type === 'private' && chat.id === userId) return { status: 'member', user: { id: userId } };
      return { status: 'left', user: { id: userId, is_bot: false, first_name: 'Unknown' } };
    },
    sendMessage: (params) => sendMessage(params),
  };

  function getUpdates(params: Record<string, unknown>): Promise<unknown[]> | unknown[] {
    if (webhookTarget) {
      throw apiError(
        409,
        "Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to delete the webhook first",
      );
    }
    const offset = params['offset'] === undefined ? undefined : Number(params['offset']);
    const limit = Math.min(Math.max(Number(params['limit'] ?? 100), 1), 100);
    const timeoutMs = Math.min(Number(params['timeout'] ?? 0) * 1000, maxLongPollMs);
    if (offset !== undefined && offset > 0) {
      // Acknowledgement: every update with an id below the offset is forgotten for good.
      while (queue.length > 0 && Number(queue[0]?.['update_id']) < offset) queue.shift();
    }
    const available = offset !== undefined && offset < 0 ? queue.slice(offset) : queue.slice(0, limit);
    if (available.length > 0 || timeoutMs <= 0) return available.slice(0, limit);
    if (pendingPoll) {
      // Telegram ends the older of two concurrent long polls with 409, which is how a second bot shows up.
      pendingPoll.finish(
        apiError(
          409,
          'Conflict: terminated by other getUpdates request; make sure that only one bot instance is running',
        ),
      );
    }
    return new Promise((resolve, reject) => {
      const poll: PendingPoll = {
        finish: (outcome) => {
          clearTimeout(timer);
          if (pendingPoll === poll) pendingPoll = null;
          if (Array.isArray(outcome)) resolve(outcome.slice(0, limit));
          else reject(outcome);
        },
      };
      const timer = setTimeout(() => poll.finish([]), timeoutMs);
      pendingPoll = poll;
    });
  }

  function sendMessage(params: Record<string, unknown>): unknown {
    const chat = resolveChat(params['chat_id']);
    const injected = takeFailure('sendMessage', chat?.id ?? Number(params['chat_id']));
    if (injected) throw injected;
    if (!chat) throw apiError(400, 'Bad Request: chat not found');
    const movedTo = migrated.get(chat.id);
    if (movedTo !== undefined) throw telegramErrors.chatUpgraded(movedTo);
    const text = typeof params['text'] === 'string' ? params['text'] : '';
    const parseMode = typeof params['parse_mode'] === 'string' ? params['parse_mode'] : undefined;
    let plainText = text;
    if (parseMode === 'HTML') {
      const parsed = parseTelegramHtml(text);
      if (!parsed.ok) throw apiError(400, `Bad Request: can't parse entities: ${parsed.error}`);
      plainText = parsed.text;
    } else if (parseMode !== undefined) {
      throw apiError(400, `Bad Request: unsupported parse_mode in the fake: ${parseMode}`);
    }
    if (plainText.trim().length === 0) throw apiError(400, 'Bad Request: message text is empty');
    if (plainText.length > 4096) throw apiError(400, 'Bad Request: message is too long');
    const threadId = params['message_thread_id'] === undefined ? undefined : Number(params['message_thread_id']);
    if (threadId !== undefined && !chat.is_forum) throw apiError(400, 'Bad Request: message thread not found');
    const preview = params['link_preview_options'] as { is_disabled?: boolean } | undefined;
    const message: SentMessage = {
      messageId: nextMessageId++,
      chatId: chat.id,
      text,
      plainText,
      parseMode,
      threadId,
      linkPreviewDisabled: preview?.is_disabled === true,
      acceptedAtMs: performance.now(),
    };
    sent.push(message);
    for (const listener of messageListeners) listener();
    return {
      message_id: message.messageId,
      date: Math.floor(Date.now() / 1000),
      chat,
      from: bot,
      text: plainText,
      ...(threadId === undefined ? {} : { message_thread_id: threadId, is_topic_message: true }),
    };
  }

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', 'http://fake.local');
    const match = /^\/bot([^/]+)\/([A-Za-z]+)$/.exec(url.pathname);
    if (!match) return reply(response, apiError(404, 'Not Found'));
    const [, requestToken, method] = match;
    if (requestToken !== token) return reply(response, apiError(401, 'Unauthorized'));
    const params = { ...Object.fromEntries(url.searchParams), ...(await readBody(request)) };
    recorded.push({ method: method!, params });
    const implementation = methods[method!];
    if (!implementation) return reply(response, apiError(404, 'Not Found'));
    try {
      const injected = method === 'sendMessage' ? undefined : takeFailure(method!, undefined);
      if (injected) throw injected;
      const result = await implementation(params);
      reply(response, { ok: true, result });
    } catch (error) {
      if (isApiError(error)) return reply(response, error);
      reply(response, apiError(500, `Internal Server Error: ${String(error)}`));
    }
  }

  return {
    token,
    bot,
    async start() {
      server = createServer((request, response) => {
        handle(request, response).catch(() => response.destroy());
      });
      await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
      const { port } = server.address() as AddressInfo;
      return { apiRoot: `http://127.0.0.1:${port}` };
    },
    async stop() {
      pendingPoll?.finish([]);
      webhookTarget = null;
      await webhookPump;
      const closing = server;
      server = null;
      if (!closing) return;
      await new Promise<void>((resolve) => {
        closing.close(() => resolve());
        closing.closeAllConnections();
      });
    },
    addChat(chat) {
      chats.set(chat.id, chat);
      return chat;
    },
    setMember(chatId, user, status, extra = {}) {
      members.set(`${chatId}:${user.id}`, { status, user: { is_bot: false, ...user }, ...extra });
    },
    sendText({ chat, from, text, threadId, senderChat }) {
      chats.set(chat.id, chat);
      const command = /^\/[A-Za-z0-9_]+(@[A-Za-z0-9_]+)?/.exec(text);
      const sender =
        from ?? (chat.type === 'private' ? { id: chat.id, first_name: chat.first_name ?? 'User' } : undefined);
      const message: Record<string, unknown> = {
        message_id: nextMessageId++,
        date: Math.floor(Date.now() / 1000),
        chat,
        text,
        ...(sender ? { from: { is_bot: false, ...sender } } : {}),
        ...(senderChat ? { sender_chat: senderChat } : {}),
        ...(command ? { entities: [{ type: 'bot_command', offset: 0, length: command[0].length }] } : {}),
        ...(threadId === undefined ? {} : { message_thread_id: threadId, is_topic_message: true }),
      };
      return enqueue(chat.type === 'channel' ? { channel_post: message } : { message });
    },
    pushUpdate(update) {
      return enqueue(update);
    },
    failNext(method, error, { chatId, times = 1 } = {}) {
      failures.push({ method, chatId, error, remaining: times });
    },
    failEvery(method, every, error) {
      periodicFailures.push({ method, every: Math.max(1, Math.floor(every)), error, calls: 0 });
    },
    migrateChat(fromChatId, toChatId) {
      const old = chats.get(fromChatId);
      migrated.set(fromChatId, toChatId);
      chats.set(toChatId, { ...old, id: toChatId, type: 'supergroup' });
    },
    messages(chatId) {
      return sent.filter((message) => chatId === undefined || message.chatId === chatId);
    },
    waitForMessages(count, { chatId, timeoutMs = 5000 } = {}) {
      const current = (): SentMessage[] => sent.filter((message) => chatId === undefined || message.chatId === chatId);
      if (current().length >= count) return Promise.resolve(current());
      return new Promise((resolve, reject) => {
        const listener = (): void => {
          if (current().length < count) return;
          cleanup();
          resolve(current());
        };
        const timer = setTimeout(() => {
          cleanup();
          reject(
            new Error(
              `Expected ${count} messages${chatId === undefined ? '' : ` in chat ${chatId}`}, got ${current().length}`,
            ),
          );
        }, timeoutMs);
        const cleanup = (): void => {
          clearTimeout(timer);
          messageListeners.delete(listener);
        };
        messageListeners.add(listener);
      });
    },
    calls(method) {
      return recorded.filter((call) => method === undefined || call.method === method);
    },
    commandsFor(scope) {
      return commands.get(scopeKey(scope)) ?? [];
    },
    webhook() {
      return webhookTarget;
    },
    webhookDeliveries() {
      return [...deliveries];
    },
  };
}

function apiError(code: number, description: string): FakeApiError {
  return { error_code: code, description };
}

function isApiError(value: unknown): value is FakeApiError {
  return typeof value === 'object' && value !== null && 'error_code' in value && 'description' in value;
}

function reply(response: ServerResponse, body: { ok: true; result: unknown } | FakeApiError): void {
  const status = 'error_code' in body ? body.error_code : 200;
  const payload = 'error_code' in body ? { ok: false, ...body } : body;
  response.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(payload));
}

async function readBody(request: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  const raw = Buffer.concat(chunks).toString('utf8');
  if (raw.length === 0) return {};
  const type = request.headers['content-type'] ?? '';
  if (type.includes('application/json')) return JSON.parse(raw) as Record<string, unknown>;
  if (type.includes('application/x-www-form-urlencoded')) return Object.fromEntries(new URLSearchParams(raw));
  throw apiError(400, 'Bad Request: the fake reads JSON and urlencoded bodies only');
}

const ALLOWED_TAGS = new Set([
  'b',
  'strong',
  'i',
  'em',
  'u',
  'ins',
  's',
  'strike',
  'del',
  'span',
  'tg-spoiler',
  'a',
  'code',
  'pre',
  'blockquote',
  'tg-emoji',
]);
const NAMED_ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"' };

/**
 * Parses Telegram's HTML parse mode the strict way: only the documented tags, properly nested,
 * and every `&` part of &lt; &gt; &amp; &quot; or a numeric entity. Returns the text users see.
 */
export function parseTelegramHtml(html: string): { ok: true; text: string } | { ok: false; error: string } {
  const open: string[] = [];
  let text = '';
  let index = 0;
  while (index < html.length) {
    const char = html[index]!;
    if (char === '<') {
      const end = html.indexOf('>', index);
      if (end === -1) return { ok: false, error: `unclosed start tag at byte offset ${index}` };
      const tag = html.slice(index + 1, end);
      const closing = tag.startsWith('/');
      const name = (closing ? tag.slice(1) : tag).split(/\s/)[0]?.toLowerCase() ?? '';
      if (!ALLOWED_TAGS.has(name))
        return { ok: false, error: `unsupported start tag "${name}" at byte offset ${index}` };
      if (closing) {
        if (open.pop() !== name)
          return { ok: false, error: `unmatched end tag at byte offset ${index}, expected "</${name}>"` };
      } else {
        if (name === 'a' && !/^a\s+href="[^"<>]*"$/.test(tag)) {
          return { ok: false, error: `malformed link tag at byte offset ${index}` };
        }
        open.push(name);
      }
      index = end + 1;
      continue;
    }
    if (char === '&') {
      const entity = /^&(#\d+|#x[0-9a-f]+|[a-z]+);/i.exec(html.slice(index, index + 12));
      const name = entity?.[1];
      if (!name) return { ok: false, error: `unescaped "&" at byte offset ${index}` };
      if (name.startsWith('#')) {
        const code = name[1] === 'x' || name[1] === 'X' ? Number.parseInt(name.slice(2), 16) : Number(name.slice(1));
        text += String.fromCodePoint(code);
      } else {
        const decoded = NAMED_ENTITIES[name];
        if (decoded === undefined)
          return { ok: false, error: `unsupported entity "&${name};" at byte offset ${index}` };
        text += decoded;
      }
      index += entity[0].length;
      continue;
    }
    if (char === '>') return { ok: false, error: `unescaped ">" at byte offset ${index}` };
    text += char;
    index += 1;
  }
  if (open.length > 0) return { ok: false, error: `can't find end tag corresponding to start tag "${open.at(-1)}"` };
  return { ok: true, text };
}
