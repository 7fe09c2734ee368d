import type { Command, CommandContext, CommandOption } from '../../../src/core/commands/command.js';
import { line, type Post, progress, text } from '../../../src/core/post.js';

/** A command row whose `run` records its context and answers with `answer(context)`. */
export function aCommand(
  fields: Partial<Omit<Command, 'run'>> & { name: string },
  answer: (context: CommandContext) => Post[] | Promise<Post[]> = (context) => [
    anAnswer(`ran /${fields.name}`, context),
  ],
): Command & { calls: CommandContext[] } {
  const calls: CommandContext[] = [];
  return {
    description: `Does ${fields.name}`,
    adminOnly: false,
    options: [],
    usage: `/${fields.name}`,
    parseText: () => ({ ok: true, args: {} }),
    ...fields,
    calls,
    async run(context) {
      calls.push(context);
      return answer(context);
    },
  };
}

/** A short answer post whose one line shows the arguments it was given. */
export function anAnswer(title: string, context: CommandContext): Post {
  return { kind: 'answer', title, blocks: [line(text(JSON.stringify(context.args)))] };
}

const trackerOption: CommandOption = {
  name: 'tracker',
  description: 'Tracker id',
  type: 'string',
  required: true,
  autocomplete: true,
};

/** A small table shaped like the product's: open reads, admin-only writes, a Telegram-only /start. */
export function aCommandTable() {
  return {
    tally: aCommand({ name: 'tally', options: [{ ...trackerOption, required: false }] }, () => [
      { kind: 'answer', title: 'Tally', blocks: [line(text('Freed so far')), progress(2100, 5000)] },
    ]),
    history: aCommand({
      name: 'history',
      options: [{ name: 'count', description: 'How many events', type: 'integer', required: false }, trackerOption],
    }),
    subscribe: aCommand({
      name: 'subscribe',
      adminOnly: true,
      options: [
        trackerOption,
        { name: 'alerts', description: 'Instant alerts', type: 'string', required: false, choices: ['on', 'off'] },
      ],
    }),
    schedule: aCommand({
      name: 'schedule',
      adminOnly: true,
      options: [
        { name: 'cron', description: 'When, as a cron expression', type: 'string', required: true },
        { name: 'timezone', description: 'IANA timezone', type: 'string', required: false },
      ],
    }),
    help: aCommand({ name: 'help' }),
    start: aCommand({ name: 'start' }),
  };
}
