import { EventEmitter } from 'node:events';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type WebSocket, WebSocketServer } from 'ws';

/**
 * A local stand-in for Discord: the REST API under `/api/v10` and a JSON gateway on the same
 * port, enough for a real discord.js 14 client to log in, receive slash commands and
 * autocomplete, answer them, and post channel messages. Everything the bot sends is recorded.
 *
 * ```ts
 * const fake = await startFakeDiscord({ guilds: [{ id: '10', name: 'Ops', ownerId: '20', channels: [{ id: '30', name: 'news' }] }] });
 * const client = new Client({ intents: [GatewayIntentBits.Guilds], rest: { api: fake.apiBase } });
 * await client.login(fake.token);
 * const reply = await fake.slashCommand({ guildId: '10', channelId: '30', name: 'tally' });
 * await client.destroy();
 * await fake.close();
 * ```
 */

/** A user as the fake shows it in interactions and DMs. */
export interface FakeUser {
  id: string;
  username: string;
}

/** A text channel of a fake guild. */
export interface FakeChannel {
  id: string;
  name: string;
}

/** A guild the bot is in: sent as unavailable in READY, then in full with GUILD_CREATE. */
export interface FakeGuild {
  id: string;
  name: string;
  ownerId: string;
  channels: FakeChannel[];
  systemChannelId?: string | null;
}

/** Options of `startFakeDiscord`; every field has a usable default. */
export interface FakeDiscordOptions {
  /** The bot token the fake accepts (default "fake-token"); other tokens get 401 / close 4004. */
  token?: string;
  applicationId?: string;
  botUser?: FakeUser;
  guilds?: FakeGuild[];
  /** HELLO's heartbeat interval in ms (default 41250, Discord's usual value). */
  heartbeatIntervalMs?: number;
}

/** One HTTP request the fake received. */
export interface RecordedRequest {
  method: string;
  /** Path after `/api/v10`, e.g. `/channels/30/messages`. */
  path: string;
  query: URLSearchParams;
  body: unknown;
  authorization: string | undefined;
}

/** A message body as the bot sent it (content, embeds, allowed_mentions, flags...). */
export type RecordedMessage = Record<string, unknown> & {
  content?: string;
  embeds?: Array<Record<string, unknown>>;
  allowed_mentions?: { parse?: string[] };
  flags?: number;
};

/** Everything the bot did in answer to one interaction. */
export interface FakeInteraction {
  id: string;
  token: string;
  /** Each `POST /interactions/:id/:token/callback` body (type 4 reply, 5 deferred, 8 autocomplete). */
  callbacks: Array<{ type: number; data?: RecordedMessage & { choices?: Array<{ name: string; value: unknown }> } }>;
  /** The original response as users see it: the type 4 data, replaced by each `@original` edit. */
  original: RecordedMessage | null;
  /** True when the bot deleted its original response. */
  originalDeleted: boolean;
  /** Messages sent with `POST /webhooks/:app/:token` (follow-ups). */
  followups: RecordedMessage[];
}

/** What a user typed for one slash-command option; the type (string 3 / integer 4) is inferred. */
export interface FakeOption {
  name: string;
  value: string | number;
  /** For autocomplete: the option the user is typing in. */
  focused?: boolean;
}

/** A slash command or autocomplete as a user triggers it; omit `guildId` for a DM. */
export interface FakeInvocation {
  guildId?: string;
  channelId: string;
  user?: FakeUser;
  /** The member's permission bitfield as a decimal string, e.g. "32" (Manage Server); default "0". */
  permissions?: string;
  name: string;
  options?: FakeOption[];
}

/** Discord's answer for each error code the fake can inject (code → HTTP status and message). */
const INJECTABLE_ERRORS: Record<number, { status: number; message: string }> = {
  10003: { status: 404, message: 'Unknown Channel' },
  50001: { status: 403, message: 'Missing Access' },
  50007: { status: 403, message: 'Cannot send messages to this user' },
  50013: { status: 403, message: 'Missing Permissions' },
};

const GATEWAY_OP = { dispatch: 0, heartbeat: 1, identify: 2, resume: 6, hello: 10, heartbeatAck: 11 } as const;

/** A running fake; `close()` it after each test. */
export interface FakeDiscord {
  /** The value for discord.js `rest.api` and `DISCORD_API_BASE`: `http://127.0.0.1:PORT/api`. */
  apiBase: string;
  token: string;
  applicationId: string;
  botUser: FakeUser;
  /** Every REST request, in arrival order. */
  requests: RecordedRequest[];
  /** IDENTIFY payloads received (intents, token, properties...). */
  identifies: Array<Record<string, unknown>>;
  /** The query strings gateway connections were opened with (v, encoding, compress). */
  gatewayQueries: URLSearchParams[];
  /** Commands last PUT globally (`guildId` omitted) or for a guild. */
  registeredCommands(guildId?: string): unknown[];
  /** Message bodies the bot posted in a channel (including DM channels), in order. */
  channelMessages(channelId: string): RecordedMessage[];
  /** Message bodies the bot sent to a user's DM channel. */
  directMessages(userId: string): RecordedMessage[];
  /**
   * Makes the next `POST /channels/:id/messages` to this channel fail with a Discord error
   * code (50001 Missing Access, 50013 Missing Permissions, 10003 Unknown Channel, 50007, or
   * any other code as a 400). Use `closeDirectMessages` to make DMs fail.
   */
  failNextMessage(channelId: string, code: number): void;
  /**
   * Answers the next `POST /channels/:id/messages` to this channel with a 429 and the rate-limit
   * headers Discord sends (`Retry-After` in seconds, default 0.05), as when a bucket is exhausted.
   */
  rateLimitNextMessage(channelId: string, retryAfterSeconds?: number): void;
  /** Makes every DM to this user fail with 50007 (the user closed their DMs). */
  closeDirectMessages(userId: string): void;
  /**
   * Dispatches an INTERACTION_CREATE for a chat-input command and resolves once the bot has
   * answered: a type 4 reply, or a type 5 deferral followed by an edit or a follow-up.
   */
  slashCommand(invocation: FakeInvocation): Promise<FakeInteraction>;
  /** Dispatches an autocomplete interaction and resolves with the choices the bot returned. */
  autocomplete(invocation: FakeInvocation): Promise<Array<{ name: string; value: unknown }>>;
  /** Sends any gateway dispatch (op 0) to every identified connection, with the next sequence number. */
  dispatch(event: string, data: unknown): void;
  /** Resolves when `check()` is true after some request; rejects after `timeoutMs` (default 5000) as a safety net. */
  waitUntil(check: () => boolean, timeoutMs?: number): Promise<void>;
  /** Closes gateway connections and the HTTP server. */
  close(): Promise<void>;
}

/** Starts the fake on a free loopback port. */
export async function startFakeDiscord(options: FakeDiscordOptions = {}): Promise<FakeDiscord> {
  const token = options.token ?? 'fake-token';
  const applicationId = options.applicationId ?? '900000000000000001';
  const botUser = options.botUser ?? { id: applicationId, username: 'tallywire' };
  const guilds = options.guilds ?? [];
  const heartbeatIntervalMs = options.heartbeatIntervalMs ?? 41_250;

  const changes = new EventEmitter();
  changes.setMaxListeners(0);
  const requests: RecordedRequest[] = [];
  const identifies: Array<Record<string, unknown>> = [];
  const gatewayQueries: URLSearchParams[] = [];
  const messagesByChannel = new Map<string, RecordedMessage[]>();
  const dmChannelByUser = new Map<string, string>();
  const closedDmUsers = new Set<string>();
  const pendingFailures = new Map<string, number[]>();
  const pendingRateLimits = new Map<string, number[]>();
  const interactionsByToken = new Map<string, FakeInteraction>();
  const globalCommands: unknown[] = [];
  const guildCommands = new Map<string, unknown[]>();
  const sockets = new Set<{ socket: WebSocket; sequence: number; identified: boolean }>();
  let nextId = 1_100_000_000_000_000_000n;
  const snowflake = (): string => String(nextId++);

  const server: Server = createServer((request, response) => {
    void handleHttp(request, response).catch((error: unknown) => {
      sendJson(response, 500, { code: 0, message: String(error) });
    });
  });
  const gateway = new WebSocketServer({ noServer: true });
  server.on('upgrade', (request, socket, head) => {
    gateway.handleUpgrade(request, socket, head, (ws) => gateway.emit('connection', ws, request));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  const origin = `127.0.0.1:${port}`;
  const gatewayUrl = `ws://${origin}`;

  gateway.on('connection', (socket: WebSocket, request: IncomingMessage) => {
    gatewayQueries.push(new URL(request.url ?? '/', `http://${origin}`).searchParams);
    const connection = { socket, sequence: 0, identified: false };
    sockets.add(connection);
    socket.on('close', () => sockets.delete(connection));
    socket.on('message', (raw) => {
      const payload = JSON.parse(String(raw)) as { op: number; d: Record<string, unknown> };
      if (payload.op === GATEWAY_OP.heartbeat) {
        socket.send(JSON.stringify({ op: GATEWAY_OP.heartbeatAck, d: null }));
      } else if (payload.op === GATEWAY_OP.identify) {
        identifies.push(payload.d);
        if (payload.d['token'] !== token) {
          socket.close(4004, 'Authentication failed.');
          return;
        }
        connection.identified = true;
        sendDispatch(connection, 'READY', {
          v: 10,
          user: userPayload(botUser, true),
          guilds: guilds.map((guild) => ({ id: guild.id, unavailable: true })),
          session_id: `session-${snowflake()}`,
          resume_gateway_url: gatewayUrl,
          shard: [0, 1],
          application: { id: applicationId, flags: 0 },
        });
        for (const guild of guilds) sendDispatch(connection, 'GUILD_CREATE', guildPayload(guild));
      } else if (payload.op === GATEWAY_OP.resume) {
        connection.identified = true;
        sendDispatch(connection, 'RESUMED', {});
      }
      changes.emit('change');
    });
    socket.send(JSON.stringify({ op: GATEWAY_OP.hello, d: { heartbeat_interval: heartbeatIntervalMs } }));
  });

  function sendDispatch(connection: { socket: WebSocket; sequence: number }, event: string, data: unknown): void {
    connection.sequence += 1;
    connection.socket.send(JSON.stringify({ op: GATEWAY_OP.dispatch, t: event, s: connection.sequence, d: data }));
  }

  function dispatch(event: string, data: unknown): void {
    const targets = [...sockets].filter((connection) => connection.identified);
    if (targets.length === 0) throw new Error(`Fake Discord: no bot is connected to receive ${event}`);
    for (const connection of targets) sendDispatch(connection, event, data);
  }

  function guildPayload(guild: FakeGuild): Record<string, unknown> {
    return {
      id: guild.id,
      name: guild.name,
      icon: null,
      owner_id: guild.ownerId,
      system_channel_id: guild.systemChannelId ?? null,
      features: [],
      unavailable: false,
      large: false,
      member_count: 2,
      joined_at: new Date(0).toISOString(),
      preferred_locale: 'en-US',
      premium_tier: 0,
      verification_level: 0,
      explicit_content_filter: 0,
      default_message_notifications: 0,
      mfa_level: 0,
      nsfw_level: 0,
      roles: [
        {
          id: guild.id,
          name: '@everyone',
          permissions: '0',
          position: 0,
          color: 0,
          hoist: false,
          managed: false,
          mentionable: false,
          flags: 0,
        },
      ],
      channels: guild.channels.map((channel, position) => ({
        id: channel.id,
        name: channel.name,
        type: 0,
        position,
        permission_overwrites: [],
        nsfw: false,
        parent_id: null,
      })),
      threads: [],
      members: [],
      presences: [],
      voice_states: [],
      stage_instances: [],
      guild_scheduled_events: [],
      emojis: [],
      stickers: [],
    };
  }

  async function handleHttp(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', `http://${origin}`);
    const path = decodeURIComponent(url.pathname.replace(/^\/api\/v\d+/, ''));
    const raw = await readBody(request);
    const body: unknown = raw === '' ? undefined : JSON.parse(raw);
    const recorded: RecordedRequest = {
      method: request.method ?? 'GET',
      path,
      query: url.searchParams,
      body,
      authorization: request.headers.authorization,
    };
    requests.push(recorded);
    try {
      route(recorded, response);
    } finally {
      changes.emit('change');
    }
  }

  function route(request: RecordedRequest, response: ServerResponse): Handled {
    const { method, path } = request;
    const segments = path.split('/').filter(Boolean);
    const [first, second, third, fourth, fifth] = segments;

    // Interaction callbacks and webhooks authenticate with the interaction token, not the bot token.
    if (first === 'interactions' && third && fourth === 'callback' && method === 'POST') {
      const interaction = interactionsByToken.get(third);
      if (!interaction) return sendError(response, 404, 10062, 'Unknown interaction');
      if (interaction.callbacks.length > 0) {
        return sendError(response, 400, 40060, 'Interaction has already been acknowledged.');
      }
      const callback = request.body as FakeInteraction['callbacks'][number];
      interaction.callbacks.push(callback);
      if (callback.type === 4) interaction.original = callback.data ?? {};
      return sendEmpty(response);
    }
    if (first === 'webhooks' && second === applicationId && third) {
      const interaction = interactionsByToken.get(third);
      if (!interaction) return sendError(response, 404, 10015, 'Unknown Webhook');
      if (fourth === 'messages' && fifth === '@original') {
        if (method === 'PATCH') {
          interaction.original = request.body as RecordedMessage;
          interaction.originalDeleted = false;
          return sendJson(response, 200, messagePayload(snowflake(), '0', interaction.original));
        }
        if (method === 'DELETE') {
          interaction.originalDeleted = true;
          return sendEmpty(response);
        }
        if (method === 'GET')
          return sendJson(response, 200, messagePayload(interaction.id, '0', interaction.original ?? {}));
      }
      if (!fourth && method === 'POST') {
        const message = request.body as RecordedMessage;
        interaction.followups.push(message);
        return sendJson(response, 200, messagePayload(snowflake(), '0', message));
      }
    }

    if (request.authorization !== `Bot ${token}`) return sendError(response, 401, 0, '401: Unauthorized');

    if (method === 'GET' && path === '/gateway/bot') {
      return sendJson(response, 200, {
        url: gatewayUrl,
        shards: 1,
        session_start_limit: { total: 1000, remaining: 999, reset_after: 0, max_concurrency: 1 },
      });
    }
    if (method === 'GET' && path === '/gateway') return sendJson(response, 200, { url: gatewayUrl });
    if (method === 'GET' && path === '/users/@me') return sendJson(response, 200, userPayload(botUser, true));
    if (method === 'GET' && path === '/applications/@me') {
      return sendJson(response, 200, { id: applicationId, name: botUser.username, flags: 0, bot_public: true });
    }
    if (method === 'POST' && path === '/users/@me/channels') {
      const recipient = String((request.body as { recipient_id?: unknown }).recipient_id ?? '');
      let channelId = dmChannelByUser.get(recipient);
      if (!channelId) {
        channelId = snowflake();
        dmChannelByUser.set(recipient, channelId);
      }
      return sendJson(response, 200, {
        id: channelId,
        type: 1,
        last_message_id: null,
        recipients: [userPayload({ id: recipient, username: `user${recipient}` }, false)],
      });
    }
    if (first === 'applications' && second === applicationId) {
      const isGuild = third === 'guilds' && fourth && fifth === 'commands' && segments.length === 5;
      const isGlobal = third === 'commands' && segments.length === 3;
      if (isGuild || isGlobal) {
        if (method === 'PUT') {
          const stored = (request.body as Array<Record<string, unknown>>).map((definition) => ({
            id: snowflake(),
            application_id: applicationId,
            version: snowflake(),
            ...(isGuild ? { guild_id: fourth } : {}),
            ...definition,
          }));
          if (isGuild && fourth) guildCommands.set(fourth, stored);
          else globalCommands.splice(0, globalCommands.length, ...stored);
          return sendJson(response, 200, stored);
        }
        if (method === 'GET') {
          return sendJson(response, 200, isGuild && fourth ? (guildCommands.get(fourth) ?? []) : globalCommands);
        }
      }
    }
    if (first === 'channels' && second && third === 'messages' && !fourth && method === 'POST') {
      const retryAfterSeconds = pendingRateLimits.get(second)?.shift();
      if (retryAfterSeconds !== undefined) {
        response.writeHead(429, {
          'content-type': 'application/json',
          'retry-after': String(retryAfterSeconds),
          'x-ratelimit-limit': '5',
          'x-ratelimit-remaining': '0',
          'x-ratelimit-reset-after': String(retryAfterSeconds),
          'x-ratelimit-bucket': `fake-bucket-${second}`,
          'x-ratelimit-scope': 'user',
        });
        response.end(
          JSON.stringify({ message: 'You are being rate limited.', retry_after: retryAfterSeconds, global: false }),
        );
        return true;
      }
      const failure = pendingFailures.get(second)?.shift();
      const dmUser = [...dmChannelByUser].find(([, channelId]) => channelId === second)?.[0];
      const code = failure ?? (dmUser && closedDmUsers.has(dmUser) ? 50007 : undefined);
      if (code !== undefined) {
        const known = INJECTABLE_ERRORS[code] ?? { status: 400, message: `Injected error ${code}` };
        return sendError(response, known.status, code, known.message);
      }
      const message = request.body as RecordedMessage;
      const list = messagesByChannel.get(second) ?? [];
      list.push(message);
      messagesByChannel.set(second, list);
      return sendJson(response, 200, messagePayload(snowflake(), second, message));
    }
    if (first === 'guilds' && second && !third && method === 'GET') {
      const guild = guilds.find((candidate) => candidate.id === second);
      return guild ? sendJson(response, 200, guildPayload(guild)) : sendError(response, 404, 10004, 'Unknown Guild');
    }
    return sendError(response, 404, 0, '404: Not Found');
  }

  function messagePayload(id: string, channelId: string, message: RecordedMessage): Record<string, unknown> {
    return {
      id,
      channel_id: channelId,
      type: 0,
      author: userPayload(botUser, true),
      content: message.content ?? '',
      embeds: message.embeds ?? [],
      attachments: [],
      mentions: [],
      mention_roles: [],
      mention_everyone: false,
      pinned: false,
      tts: false,
      timestamp: new Date().toISOString(),
      edited_timestamp: null,
      flags: message.flags ?? 0,
      components: [],
      webhook_id: applicationId,
    };
  }

  function startInteraction(type: 2 | 4, invocation: FakeInvocation): FakeInteraction {
    const interaction: FakeInteraction = {
      id: snowflake(),
      token: `interaction-token-${snowflake()}`,
      callbacks: [],
      original: null,
      originalDeleted: false,
      followups: [],
    };
    interactionsByToken.set(interaction.token, interaction);
    const user = invocation.user ?? { id: '700000000000000001', username: 'reader' };
    const inGuild = invocation.guildId !== undefined;
    dispatch('INTERACTION_CREATE', {
      id: interaction.id,
      application_id: applicationId,
      type,
      token: interaction.token,
      version: 1,
      data: {
        id: snowflake(),
        name: invocation.name,
        type: 1,
        options: (invocation.options ?? []).map((option) => ({
          name: option.name,
          type: typeof option.value === 'number' ? 4 : 3,
          value: option.value,
          ...(option.focused ? { focused: true } : {}),
        })),
        ...(inGuild ? { guild_id: invocation.guildId } : {}),
      },
      ...(inGuild
        ? {
            guild_id: invocation.guildId,
            guild: { id: invocation.guildId, locale: 'en-US', features: [] },
            channel: { id: invocation.channelId, type: 0, guild_id: invocation.guildId, name: 'channel' },
            member: {
              user: userPayload(user, false),
              roles: [],
              permissions: invocation.permissions ?? '0',
              joined_at: new Date(0).toISOString(),
              deaf: false,
              mute: false,
              flags: 0,
              nick: null,
              avatar: null,
              premium_since: null,
              pending: false,
            },
            guild_locale: 'en-US',
            context: 0,
          }
        : {
            channel: { id: invocation.channelId, type: 1, recipients: [userPayload(user, false)] },
            user: userPayload(user, false),
            context: 1,
          }),
      channel_id: invocation.channelId,
      app_permissions: '2251799813685247',
      locale: 'en-US',
      entitlements: [],
      authorizing_integration_owners: { '0': invocation.guildId ?? user.id },
      attachment_size_limit: 10_485_760,
    });
    return interaction;
  }

  function waitUntil(check: () => boolean, timeoutMs = 5000): Promise<void> {
    if (check()) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const onChange = (): void => {
        if (!check()) return;
        clearTimeout(timer);
        changes.off('change', onChange);
        resolve();
      };
      const timer = setTimeout(() => {
        changes.off('change', onChange);
        reject(new Error(`Fake Discord: condition not met within ${timeoutMs} ms`));
      }, timeoutMs);
      changes.on('change', onChange);
    });
  }

  return {
    apiBase: `http://${origin}/api`,
    token,
    applicationId,
    botUser,
    requests,
    identifies,
    gatewayQueries,
    registeredCommands: (guildId) => (guildId ? (guildCommands.get(guildId) ?? []) : globalCommands),
    channelMessages: (channelId) => messagesByChannel.get(channelId) ?? [],
    directMessages: (userId) => {
      const channelId = dmChannelByUser.get(userId);
      return channelId ? (messagesByChannel.get(channelId) ?? []) : [];
    },
    failNextMessage(channelId, code) {
      const list = pendingFailures.get(channelId) ?? [];
      list.push(code);
      pendingFailures.set(channelId, list);
    },
    rateLimitNextMessage(channelId, retryAfterSeconds = 0.05) {
      const list = pendingRateLimits.get(channelId) ?? [];
      list.push(retryAfterSeconds);
      pendingRateLimits.set(channelId, list);
    },
    closeDirectMessages(userId) {
      closedDmUsers.add(userId);
    },
    async slashCommand(invocation) {
      const interaction = startInteraction(2, invocation);
      await waitUntil(() => {
        const [first] = interaction.callbacks;
        if (!first) return false;
        if (first.type !== 5) return true;
        return interaction.original !== null || interaction.followups.length > 0;
      });
      return interaction;
    },
    async autocomplete(invocation) {
      const interaction = startInteraction(4, invocation);
      await waitUntil(() => interaction.callbacks.length > 0);
      return interaction.callbacks[0]?.data?.choices ?? [];
    },
    dispatch,
    waitUntil,
    async close() {
      for (const { socket } of sockets) socket.terminate();
      await new Promise<void>((resolve) => gateway.close(() => resolve()));
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

function userPayload(user: FakeUser, bot: boolean): Record<string, unknown> {
  return {
    id: user.id,
    username: user.username,
    discriminator: '0',
    global_name: null,
    avatar: null,
    ...(bot ? { bot: true } : {}),
  };
}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

/** Marks a request as answered, so every branch of the router returns one. */
type Handled = true;

function sendJson(response: ServerResponse, status: number, value: unknown): Handled {
  response.writeHead(status, { 'content-type': 'application/json' });
  response.end(JSON.stringify(value));
  return true;
}

function sendEmpty(response: ServerResponse): Handled {
  response.writeHead(204);
  response.end();
  return true;
}

function sendError(response: ServerResponse, status: number, code: number, message: string): Handled {
  return sendJson(response, status, { code, message });
}
