import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import type { ChatRef, Publisher } from '../../core/chat.js';
import type { Command } from '../../core/commands/command.js';
import type { Post } from '../../core/post.js';
import type { Logger } from '../../core/types.js';
import { renderConsole } from './render-console.js';

/** The one chat the console has. */
export const CONSOLE_CHAT: ChatRef = { platform: 'console', chatId: 'console' };

/** The console platform: prints posts to `output` and answers commands typed on `input`. */
export interface ConsolePlatform {
  publisher: Publisher;
  /** Runs one command line ("/tally afghanistan-2020") and prints its answer. */
  handleLine(line: string): Promise<void>;
  start(): void;
  stop(): void;
}

/** Builds the console platform; the person at the terminal is an admin. */
export function createConsolePlatform(deps: {
  commands: Command[];
  input: Readable;
  output: Writable;
  log: Logger;
}): ConsolePlatform {
  let reader: ReturnType<typeof createInterface> | null = null;
  const print = (post: Post) => deps.output.write(`${renderConsole(post)}\n`);

  const publisher: Publisher = {
    platform: 'console',
    async send(_chat, post) {
      print(post);
      return { status: 'sent' };
    },
  };

  async function handleLine(raw: string): Promise<void> {
    const line = raw.trim();
    if (line === '') return;
    const match = /^\/?([a-z_]+)(?:\s+([\s\S]*))?$/i.exec(line);
    const command = match ? deps.commands.find((c) => c.name === match[1]?.toLowerCase()) : undefined;
    if (!match || !command) {
      const names = deps.commands.map((c) => `/${c.name}`).join(', ');
      print({
        kind: 'error',
        title: `Unknown command: ${line}`,
        blocks: [{ type: 'line', parts: [{ type: 'text', text: `Try ${names}` }] }],
      });
      return;
    }
    const parsed = command.parseText(match[2] ?? '');
    if (!parsed.ok) {
      print({
        kind: 'error',
        title: parsed.error,
        blocks: [{ type: 'line', parts: [{ type: 'text', text: `Usage: ${command.usage}` }] }],
      });
      return;
    }
    try {
      const posts = await command.run({ chat: CONSOLE_CHAT, isAdmin: true, args: parsed.args });
      for (const post of posts) print(post);
    } catch (error) {
      deps.log.error('Console command failed', { command: command.name, error: String(error) });
      print({ kind: 'error', title: `/${command.name} failed: ${(error as Error).message}`, blocks: [] });
    }
  }

  return {
    publisher,
    handleLine,
    start() {
      reader = createInterface({ input: deps.input, terminal: false });
      reader.on('line', (line) => {
        void handleLine(line);
      });
    },
    stop() {
      reader?.close();
      reader = null;
    },
  };
}
