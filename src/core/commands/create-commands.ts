import type { ChatRef } from '../chat.js';
import { composeHelp } from '../compose/compose-help.js';
import { composeHistory, HISTORY_DEFAULT_COUNT, HISTORY_MAX_COUNT } from '../compose/compose-history.js';
import { composeStatus } from '../compose/compose-status.js';
import { composeTally, type LedgerTally } from '../compose/compose-tally.js';
import { composeTrackers } from '../compose/compose-trackers.js';
import { CRON_EXAMPLE, nextRun, parseCron, previousRun } from '../digest/cron-schedule.js';
import { canonicalTimeZone, formatWallTime } from '../digest/zoned-time.js';
import type { FeedHealth } from '../feeds/feed-health.js';
import { type Block, line, type Post, strong, text } from '../post.js';
import type { KeyValueStore } from '../store.js';
import type { Subscription } from '../subscriptions/subscription.js';
import {
  listChatSubscriptions,
  subscribe,
  unsubscribe,
  updateSubscription,
} from '../subscriptions/subscription-store.js';
import type { Clock, Tracker } from '../types.js';
import type { Command, CommandContext, CommandOption } from './command.js';
import {
  parseHistoryArgs,
  parseNothing,
  parseScheduleArgs,
  parseSubscribeArgs,
  parseTrackerArg,
} from './parse-args.js';

/** What the command table needs: the configured trackers, the store, the clock, and read access to tallies and feed health. */
export interface CommandDeps {
  trackers: Tracker[];
  store: KeyValueStore;
  clock: Clock;
  readTallies(trackerId: string): Promise<LedgerTally[]>;
  readFeedHealth(urls: string[]): Promise<FeedHealth[]>;
}

const TIMEZONE_EXAMPLE = 'an IANA name such as Asia/Kabul, America/New_York, Europe/London or UTC';

function reply(title: string, ...lines: string[]): Post {
  return { kind: 'answer', title, blocks: lines.map((l) => line(text(l))) };
}

function problem(title: string, ...blocks: Block[]): Post {
  return { kind: 'error', title, blocks };
}

function trackerList(trackers: Tracker[]): Block[] {
  if (trackers.length === 0) return [line(text('No tracker is configured.'))];
  return trackers.map((t) => line(strong(t.id), text(` — ${t.title}`)));
}

type Resolved = { ok: true; tracker: Tracker } | { ok: false; post: Post };

/**
 * Which tracker a command is about: the one named; else the chat's only subscription; else, for
 * read commands, the only configured tracker. Several or none ask the user to name one.
 */
async function resolveTracker(
  deps: CommandDeps,
  context: CommandContext,
  usage: string,
  mode: 'read' | 'write',
): Promise<Resolved> {
  const typed = context.args.tracker?.trim();
  if (typed) {
    const tracker = deps.trackers.find((t) => t.id.toLowerCase() === typed.toLowerCase());
    if (tracker) return { ok: true, tracker };
    return {
      ok: false,
      post: problem(`Unknown tracker "${typed}"`, line(text('The trackers I follow:')), ...trackerList(deps.trackers)),
    };
  }
  const followed = (await activeSubscriptions(deps, context.chat))
    .map((s) => deps.trackers.find((t) => t.id === s.trackerId))
    .filter((t): t is Tracker => t !== undefined);
  const [only] = followed;
  if (followed.length === 1 && only) return { ok: true, tracker: only };
  if (followed.length > 1) {
    return {
      ok: false,
      post: problem(
        'Which tracker?',
        line(text(`This chat follows several trackers; name one, e.g. ${usage.split(' ')[0]} ${followed[0]?.id}`)),
        ...trackerList(followed),
      ),
    };
  }
  const [single] = deps.trackers;
  if (mode === 'read' && deps.trackers.length === 1 && single) return { ok: true, tracker: single };
  return {
    ok: false,
    post: problem(
      'Which tracker?',
      line(text(`Name a tracker. Usage: ${usage}`)),
      line(text('The trackers I follow:')),
      ...trackerList(deps.trackers),
    ),
  };
}

async function activeSubscriptions(deps: CommandDeps, chat: ChatRef): Promise<Subscription[]> {
  return (await listChatSubscriptions(deps.store, chat)).filter(
    (s) => s.disabled === null && deps.trackers.some((t) => t.id === s.trackerId),
  );
}

const trackerOption = (required: boolean): CommandOption => ({
  name: 'tracker',
  description: 'Tracker id, e.g. afghanistan-2020',
  type: 'string',
  required,
  autocomplete: true,
});

type CommandRow = Command;

function enforceAdmin(command: CommandRow): Command {
  if (!command.adminOnly) return command;
  return {
    ...command,
    async run(context) {
      if (!context.isAdmin) {
        return [
          problem(
            'Admins only',
            line(text(`Sorry, only this chat's admins can use /${command.name}.`)),
            line(text('Everyone can read: try /tally or /history.')),
          ),
        ];
      }
      return command.run(context);
    },
  };
}

/** The one command table every platform and the console drive: names, options, who may run them, parsing and answers. */
export function createCommands(deps: CommandDeps): Command[] {
  const help: Pick<Command, 'options' | 'adminOnly' | 'parseText'> & { run: Command['run'] } = {
    options: [],
    adminOnly: false,
    parseText: parseNothing,
    async run(context) {
      const following = (await activeSubscriptions(deps, context.chat)).map((s) => s.trackerId);
      return [composeHelp({ commands: rows, trackers: deps.trackers, following })];
    },
  };

  const rows: CommandRow[] = [
    { name: 'start', description: 'What this bot does and how to use it', usage: '/start', ...help },
    { name: 'help', description: 'The commands and the trackers I follow', usage: '/help', ...help },
    {
      name: 'trackers',
      description: 'The trackers with their ledgers, totals and targets',
      usage: '/trackers',
      adminOnly: false,
      options: [],
      parseText: parseNothing,
      async run() {
        const all = await Promise.all(
          deps.trackers.map(async (tracker) => ({ tracker, entries: await deps.readTallies(tracker.id) })),
        );
        return [composeTrackers(all)];
      },
    },
    {
      name: 'subscribe',
      description: 'This chat follows a tracker (alerts on by default)',
      usage: '/subscribe TRACKER [alerts on|off]',
      adminOnly: true,
      options: [
        trackerOption(true),
        {
          name: 'alerts',
          description: 'Instant alerts when a count changes',
          type: 'string',
          required: false,
          choices: ['on', 'off'],
        },
      ],
      parseText: (input) => parseSubscribeArgs(input, '/subscribe TRACKER [alerts on|off]'),
      async run(context) {
        const usage = '/subscribe TRACKER [alerts on|off]';
        const alertsArg = context.args.alerts?.toLowerCase();
        if (alertsArg !== undefined && alertsArg !== 'on' && alertsArg !== 'off') {
          return [problem('Alerts are on or off', line(text(`Usage: ${usage}`)))];
        }
        const resolved = await resolveTracker(deps, context, usage, 'write');
        if (!resolved.ok) return [resolved.post];
        const { tracker } = resolved;
        const alerts = alertsArg !== 'off';
        const outcome = await subscribe(deps.store, context.chat, tracker.id, { alerts, now: deps.clock() });
        const verb = outcome.status === 'created' ? 'now follows' : 'still follows';
        return [
          reply(
            `Subscribed to ${tracker.title}`,
            `This chat ${verb} ${tracker.title} (${tracker.id}). Alerts are ${alerts ? 'on' : 'off'}.`,
            outcome.subscription.cron
              ? `Digest: ${outcome.subscription.cron}.`
              : 'For a daily digest: /schedule 0 18 * * * (times in the tracker’s timezone unless you add one).',
          ),
        ];
      },
    },
    {
      name: 'unsubscribe',
      description: 'Stop following a tracker in this chat',
      usage: '/unsubscribe [TRACKER]',
      adminOnly: true,
      options: [trackerOption(false)],
      parseText: (input) => parseTrackerArg(input, '/unsubscribe [TRACKER]'),
      async run(context) {
        const following = await listChatSubscriptions(deps.store, context.chat);
        if (following.length === 0) return [reply('Nothing to stop', 'This chat follows no tracker.')];
        const typed = context.args.tracker?.trim().toLowerCase();
        const [only] = following;
        const target = typed
          ? following.find((s) => s.trackerId.toLowerCase() === typed)
          : following.length === 1
            ? only
            : undefined;
        if (!target) {
          return [
            problem(
              typed ? `This chat does not follow "${context.args.tracker}"` : 'Which tracker?',
              line(text('This chat follows:')),
              ...following.map((s) => line(strong(s.trackerId))),
              line(text('Usage: /unsubscribe TRACKER')),
            ),
          ];
        }
        await unsubscribe(deps.store, context.chat, target.trackerId);
        return [reply('Unsubscribed', `This chat no longer follows ${target.trackerId}.`)];
      },
    },
    {
      name: 'tally',
      description: 'Each ledger: total freed, target, progress, last change and sources',
      usage: '/tally [TRACKER]',
      adminOnly: false,
      options: [trackerOption(false)],
      parseText: (input) => parseTrackerArg(input, '/tally [TRACKER]'),
      async run(context) {
        const resolved = await resolveTracker(deps, context, '/tally [TRACKER]', 'read');
        if (!resolved.ok) return [resolved.post];
        return [composeTally(resolved.tracker, await deps.readTallies(resolved.tracker.id))];
      },
    },
    {
      name: 'history',
      description: `The last counted events with dates, counts and links (default ${HISTORY_DEFAULT_COUNT})`,
      usage: '/history [TRACKER] [N]',
      adminOnly: false,
      options: [
        trackerOption(false),
        { name: 'count', description: `How many events (1-${HISTORY_MAX_COUNT})`, type: 'integer', required: false },
      ],
      parseText: (input) => parseHistoryArgs(input, '/history [TRACKER] [N]'),
      async run(context) {
        const rawCount = context.args.count?.trim();
        const count = rawCount === undefined || rawCount === '' ? HISTORY_DEFAULT_COUNT : Number(rawCount);
        if (!Number.isInteger(count) || count < 1 || count > HISTORY_MAX_COUNT) {
          return [
            problem(
              'How many events?',
              line(text(`N is a whole number from 1 to ${HISTORY_MAX_COUNT}, e.g. /history 20`)),
            ),
          ];
        }
        const resolved = await resolveTracker(deps, context, '/history [TRACKER] [N]', 'read');
        if (!resolved.ok) return [resolved.post];
        return [composeHistory(resolved.tracker, await deps.readTallies(resolved.tracker.id), count)];
      },
    },
    {
      name: 'schedule',
      description: 'When this chat gets its digest (cron and timezone), or off',
      usage: '/schedule CRON [TIMEZONE] | /schedule off',
      adminOnly: true,
      options: [
        { name: 'cron', description: 'e.g. 0 18 * * * (daily at 18:00), or off', type: 'string', required: true },
        {
          name: 'timezone',
          description: 'IANA zone, e.g. Asia/Kabul (default: the tracker’s)',
          type: 'string',
          required: false,
        },
      ],
      parseText: (input) => parseScheduleArgs(input, '/schedule CRON [TIMEZONE] | /schedule off'),
      async run(context) {
        return [await runSchedule(deps, context)];
      },
    },
    {
      name: 'status',
      description: 'Feed health: last success, failures, backoff, disabled feeds',
      usage: '/status',
      adminOnly: true,
      options: [],
      parseText: parseNothing,
      async run(context) {
        const followed = new Set((await activeSubscriptions(deps, context.chat)).map((s) => s.trackerId));
        const trackers = followed.size > 0 ? deps.trackers.filter((t) => followed.has(t.id)) : deps.trackers;
        const urls = [...new Set(trackers.flatMap((t) => t.feeds))];
        return [composeStatus(await deps.readFeedHealth(urls), deps.clock())];
      },
    },
  ];
  return rows.map(enforceAdmin);
}

async function runSchedule(deps: CommandDeps, context: CommandContext): Promise<Post> {
  const example = '/schedule 0 18 * * * Asia/Kabul';
  const rawCron = context.args.cron?.trim() ?? '';
  const subscriptions = await activeSubscriptions(deps, context.chat);
  if (subscriptions.length === 0) {
    return problem(
      'Subscribe first',
      line(text('This chat follows no tracker yet: /subscribe TRACKER, then /schedule.')),
    );
  }
  if (rawCron.toLowerCase() === 'off') {
    for (const s of subscriptions) {
      await updateSubscription(deps.store, context.chat, s.trackerId, (sub) => ({ ...sub, cron: null, digest: null }));
    }
    return reply('Digest off', 'This chat gets no scheduled digest now; alerts are unchanged.');
  }
  if (rawCron === '') return problem('Which schedule?', line(text(`Give a cron schedule, e.g. ${example}`)));
  const parsed = parseCron(rawCron);
  if (!parsed.ok) {
    return problem(
      'That schedule does not work',
      line(text(`${parsed.error}.`)),
      line(text(`Examples: ${CRON_EXAMPLE}. With a timezone: ${example}`)),
    );
  }
  const typedZone = context.args.timezone?.trim();
  let timezone: string | null = null;
  if (typedZone) {
    timezone = canonicalTimeZone(typedZone);
    if (timezone === null) {
      return problem(`Unknown timezone "${typedZone}"`, line(text(`Use ${TIMEZONE_EXAMPLE}, e.g. ${example}`)));
    }
  }
  const now = deps.clock();
  const lines: string[] = [];
  for (const s of subscriptions) {
    const tracker = deps.trackers.find((t) => t.id === s.trackerId);
    if (!tracker) continue;
    const zone = timezone ?? tracker.timezone;
    // The current period counts as already covered, so a new schedule starts at its next run, not now.
    const covered = previousRun(parsed.schedule, now, zone);
    const totals = Object.fromEntries(
      (await deps.readTallies(tracker.id)).map(({ ledger, tally }) => [ledger.id, tally.total]),
    );
    await updateSubscription(deps.store, context.chat, s.trackerId, (sub) => ({
      ...sub,
      cron: parsed.schedule.expression,
      timezone,
      digest: covered ? { lastPeriod: covered.toISOString(), totals } : null,
    }));
    const next = nextRun(parsed.schedule, now, zone);
    lines.push(
      `${tracker.title}: ${parsed.schedule.expression} in ${zone}. Next digest: ${next ? `${formatWallTime(next, zone)} (${zone})` : 'never (the schedule never matches)'}.`,
    );
  }
  return reply('Digest scheduled', ...lines);
}
