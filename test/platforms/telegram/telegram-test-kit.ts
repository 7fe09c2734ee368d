import { createServer } from 'node:net';
import type { Command, CommandContext } from '../../../src/core/commands/command.js';
import { line, text } from '../../../src/core/post.js';
import type { Logger } from '../../../src/core/types.js';
import type { SendLimiter } from '../../../src/platforms/telegram/send-limiter.js';
import type { FakeChat, FakeUser } from '../../fakes/telegram/fake-bot-api.js';

/** A logger that keeps what it was told, for assertions. */
export function aMemoryLog(): Logger & { entries: { level: string; message: string; context?: unknown }[] } {
  const entries: { level: string; message: string; context?: unknown }[] = [];
  const write = (level: string) => (message: string, context?: Record<string, unknown>) => {
    entries.push({ level, message, context });
  };
  return { entries, debug: write('debug'), info: write('info'), warn: write('warn'), error: write('error') };
}

/** No pacing: the limiter has its own tests, and these tests send a few messages per chat. */
export const unlimited: SendLimiter = { acquire: async () => {}, readyInMs: () => 0, holdOff: () => {} };

/** A small command table like the real one: an everyone-command, an admin-command, and two that break. */
export function aCommandTable() {
  const runs: { command: string; context: CommandContext }[] = [];
  const echo: Command = {
    name: 'echo',
    description: 'Repeat what you say',
    adminOnly: false,
    options: [],
    usage: '/echo TEXT',
    parseText: (value) =>
      value.trim() ? { ok: true, args: { tracker: value.trim() } } : { ok: false, error: 'Say something to echo.' },
    run: async (context) => {
      runs.push({ command: 'echo', context });
      return [{ kind: 'answer', title: `echo: ${context.args.tracker}`, blocks: [] }];
    },
  };
  const subscribe: Command = {
    name: 'subscribe',
    description: 'Follow a tracker here',
    adminOnly: true,
    options: [{ name: 'tracker', description: 'tracker id', type: 'string', required: true }],
    usage: '/subscribe TRACKER',
    parseText: (value) =>
      value.trim() ? { ok: true, args: { tracker: value.trim() } } : { ok: false, error: 'Which tracker?' },
    run: async (context) => {
      runs.push({ command: 'subscribe', context });
      return [
        {
          kind: 'answer',
          title: `Subscribed to ${context.args.tracker}`,
          blocks: [line(text(`chat ${context.chat.chatId}`))],
        },
      ];
    },
  };
  const boom: Command = {
    name: 'boom',
    description: 'Always fails',
    adminOnly: false,
    options: [],
    usage: '/boom',
    parseText: () => ({ ok: true, args: {} }),
    run: async () => {
      throw new Error('the command exploded');
    },
  };
  const crash: Command = {
    ...boom,
    name: 'crash',
    description: 'Breaks while reading its arguments',
    usage: '/crash',
    parseText: () => {
      throw new Error('the parser exploded');
    },
  };
  return { commands: [echo, subscribe, boom, crash], runs };
}

/** Chats and users as Telegram describes them. */
export const alice: FakeUser = { id: 1001, first_name: 'Alice', username: 'alice' };
export const bob: FakeUser = { id: 1002, first_name: 'Bob' };
export const privateChatWith = (user: FakeUser): FakeChat => ({
  id: user.id,
  type: 'private',
  first_name: user.first_name,
});
export const aGroup = (id = -4001): FakeChat => ({ id, type: 'group', title: 'Families' });
export const aSupergroup = (id = -1004001, isForum = false): FakeChat => ({
  id,
  type: 'supergroup',
  title: 'Monitors',
  is_forum: isForum,
});
export const aChannel = (id = -1007001, username = 'news_channel'): FakeChat => ({
  id,
  type: 'channel',
  title: 'News',
  username,
});

/** A port nobody listens on right now (for the webhook server). */
export async function aFreePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const address = probe.address();
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  if (address === null || typeof address === 'string') throw new Error('no port');
  return address.port;
}
