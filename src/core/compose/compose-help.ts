import type { Command } from '../commands/command.js';
import { type Block, heading, line, type Post, strong, text } from '../post.js';
import type { Tracker } from '../types.js';

/** What `/start` and `/help` are composed from: the command table, the trackers, and what this chat follows. */
export interface HelpInput {
  commands: Array<Pick<Command, 'usage' | 'description' | 'adminOnly'>>;
  trackers: Tracker[];
  /** Tracker ids this chat follows. */
  following: string[];
}

/** The answer to `/start` and `/help`: what the bot does, its commands, and the trackers it follows. */
export function composeHelp(input: HelpInput): Post {
  const blocks: Block[] = [
    line(
      text(
        'I keep the running count of prisoners, hostages and detainees freed in an exchange, from the news, ' +
          'and post it here: every number comes with the articles behind it.',
      ),
    ),
    heading('Commands'),
    ...input.commands.map((c) => line(strong(c.usage), text(` — ${c.description}${c.adminOnly ? ' (admins)' : ''}`))),
    heading('Trackers'),
  ];
  if (input.trackers.length === 0) blocks.push(line(text('No tracker is configured yet.')));
  for (const tracker of input.trackers) {
    const followed = input.following.includes(tracker.id) ? ' — followed here' : '';
    blocks.push(line(strong(tracker.id), text(`: ${tracker.title}${followed}`)));
  }
  return { kind: 'answer', title: 'tallywire', blocks };
}
