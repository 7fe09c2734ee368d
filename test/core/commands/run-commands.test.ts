import Keyv from 'keyv';
import { describe, expect, it } from 'vitest';
import type { ChatRef } from '../../../src/core/chat.js';
import type { Command, OptionName } from '../../../src/core/commands/command.js';
import { createCommands } from '../../../src/core/commands/create-commands.js';
import { createTrackerAutocomplete } from '../../../src/core/commands/tracker-autocomplete.js';
import type { LedgerTally } from '../../../src/core/compose/compose-tally.js';
import { createOutbox } from '../../../src/core/delivery/outbox.js';
import { runDueDigests } from '../../../src/core/digest/run-due-digests.js';
import type { FeedHealth } from '../../../src/core/feeds/feed-health.js';
import type { Post } from '../../../src/core/post.js';
import { listChatSubscriptions } from '../../../src/core/subscriptions/subscription-store.js';
import type { Tracker } from '../../../src/core/types.js';
import {
  aLedgerTally,
  anArticleRef,
  anEvent,
  aRecordingLog,
  aRecordingPublisher,
  aTracker,
  postText,
} from '../compose/builders.js';

const northland = aTracker();
const southland = aTracker({ id: 'southland-2021', title: 'Southland swap', feeds: ['https://south.example/rss'] });
const group: ChatRef = { platform: 'telegram', chatId: '-100' };

function aBot(trackers: Tracker[] = [northland, southland], tallies: Record<string, LedgerTally[]> = {}) {
  const store = new Keyv();
  let now = new Date('2020-04-09T10:00:00Z');
  const feedRequests: string[][] = [];
  const commands = createCommands({
    trackers,
    store,
    clock: () => now,
    readTallies: async (id) => tallies[id] ?? [],
    readFeedHealth: async (urls): Promise<FeedHealth[]> => {
      feedRequests.push(urls);
      return urls.map((url) => ({
        url,
        lastSuccessAt: '2020-04-09T09:50:00Z',
        lastFailureAt: null,
        lastError: null,
        consecutiveFailures: 0,
        nextAttemptAt: null,
        disabled: false,
      }));
    },
  });
  async function run(text: string, options: { chat?: ChatRef; isAdmin?: boolean } = {}): Promise<Post[]> {
    const [name = '', ...rest] = text.replace(/^\//, '').split(' ');
    const command = commands.find((c) => c.name === name) as Command;
    const parsed = command.parseText(rest.join(' '));
    if (!parsed.ok) throw new Error(parsed.error);
    return command.run({ chat: options.chat ?? group, isAdmin: options.isAdmin ?? true, args: parsed.args });
  }
  async function say(text: string, options?: { chat?: ChatRef; isAdmin?: boolean }): Promise<string> {
    return (await run(text, options)).map(postText).join('\n---\n');
  }
  return {
    store,
    commands,
    feedRequests,
    run,
    say,
    setNow(iso: string) {
      now = new Date(iso);
    },
    runWith(name: string, args: Partial<Record<OptionName, string>>, isAdmin = true) {
      const command = commands.find((c) => c.name === name) as Command;
      return command.run({ chat: group, isAdmin, args });
    },
  };
}

const counted = {
  'northland-2020': [
    aLedgerTally([
      anEvent({ count: 750, date: '2020-04-01' }),
      anEvent({ count: 100, date: '2020-04-08', sources: [anArticleRef({ feed: 'hill-times', id: 'ht-3' })] }),
    ]),
  ],
};

describe('/start and /help', () => {
  it('explain the bot, list the commands and the trackers', async () => {
    const bot = aBot();
    const shown = await bot.say('/help');
    expect(shown).toContain('/subscribe TRACKER [alerts on|off] — This chat follows a tracker');
    expect(shown).toContain('southland-2021: Southland swap');
    expect(await bot.say('/start')).toBe(shown);
  });
});

describe('/subscribe and /unsubscribe', () => {
  it('subscribe this chat with alerts on by default, in the thread it was asked in', async () => {
    const bot = aBot();
    const topic = { ...group, threadId: '7' };
    expect(await bot.say('/subscribe northland-2020', { chat: topic })).toContain(
      'This chat now follows Northland prisoner exchange (northland-2020). Alerts are on.',
    );
    const [subscription] = await listChatSubscriptions(bot.store, group);
    expect(subscription).toMatchObject({ trackerId: 'northland-2020', alerts: true, threadId: '7' });
  });

  it('turn alerts off when asked', async () => {
    const bot = aBot();
    expect(await bot.say('/subscribe NORTHLAND-2020 alerts off')).toContain('Alerts are off.');
    expect((await listChatSubscriptions(bot.store, group))[0]?.alerts).toBe(false);
  });

  it('answer an unknown tracker with the list of trackers', async () => {
    const posts = await aBot().run('/subscribe atlantis');
    expect(posts[0]?.kind).toBe('error');
    const shown = postText(posts[0] as Post);
    expect(shown).toContain('Unknown tracker "atlantis"');
    expect(shown).toContain('northland-2020 — Northland prisoner exchange');
    expect(shown).toContain('southland-2021 — Southland swap');
  });

  it('refuse politely when someone who is not an admin tries', async () => {
    const bot = aBot();
    const posts = await bot.run('/subscribe northland-2020', { isAdmin: false });
    expect(posts[0]?.kind).toBe('error');
    expect(postText(posts[0] as Post)).toContain("Sorry, only this chat's admins can use /subscribe.");
    expect(await listChatSubscriptions(bot.store, group)).toEqual([]);
  });

  it('unsubscribe the only tracker without naming it, and ask which one when there are several', async () => {
    const bot = aBot();
    await bot.run('/subscribe northland-2020');
    await bot.run('/subscribe southland-2021');

    expect(await bot.say('/unsubscribe')).toContain('Which tracker?');
    expect(await bot.say('/unsubscribe southland-2021')).toContain('This chat no longer follows southland-2021.');
    expect(await bot.say('/unsubscribe')).toContain('This chat no longer follows northland-2020.');
    expect(await bot.say('/unsubscribe')).toContain('This chat follows no tracker.');
  });
});

describe('/tally', () => {
  it('shows each ledger with qualifier, target, progress, last change and sources', async () => {
    const bot = aBot([northland], counted);
    const shown = await bot.say('/tally northland-2020');
    expect(shown).toContain('Freed: 850 of 5,000 (17%)');
    expect(shown).toContain('[progress 850/5000]');
    expect(shown).toContain('Last change: +100 on 2020-04-08');
    expect(shown).toContain('hill-times<https://hill-times.example/ht-3>');
  });

  it('uses the only configured tracker when the chat follows none', async () => {
    expect(await aBot([northland], counted).say('/tally')).toContain('Freed: 850');
  });

  it("uses the chat's only subscription, and asks which when it follows several", async () => {
    const bot = aBot([northland, southland], counted);
    expect(await bot.say('/tally')).toContain('Which tracker?');
    await bot.run('/subscribe northland-2020');
    expect(await bot.say('/tally')).toContain('Freed: 850');
    await bot.run('/subscribe southland-2021');
    const shown = await bot.say('/tally');
    expect(shown).toContain('This chat follows several trackers; name one, e.g. /tally northland-2020');
  });
});

describe('/history', () => {
  it('shows the last N counted events', async () => {
    const shown = await aBot([northland], counted).say('/history 1');
    expect(shown).toContain('The last 1 of 2 counted events:');
    expect(shown).toContain('2020-04-08 100 freed');
  });

  it.each(['0', '51', '2.5'])('refuses N = %s with the allowed range', async (count) => {
    const posts = await aBot([northland], counted).runWith('history', { count });
    expect(posts[0]?.kind).toBe('error');
    expect(postText(posts[0] as Post)).toContain('N is a whole number from 1 to 50');
  });
});

describe('/trackers', () => {
  it('lists every tracker with its ledgers and totals', async () => {
    const shown = await aBot([northland, southland], counted).say('/trackers');
    expect(shown).toContain('# Northland prisoner exchange (northland-2020)');
    expect(shown).toContain('Rebel prisoners freed by the government: 850 of 5,000 (17%)');
    expect(shown).toContain('# Southland swap (southland-2021)');
  });
});

describe('/schedule', () => {
  it('validates the cron and shows the next run in the chosen timezone', async () => {
    const bot = aBot();
    await bot.run('/subscribe northland-2020');
    const shown = await bot.say('/schedule 0 18 * * * America/New_York');
    expect(shown).toContain(
      'Northland prisoner exchange: 0 18 * * * in America/New_York. Next digest: 2020-04-09 18:00 (America/New_York).',
    );
    expect((await listChatSubscriptions(bot.store, group))[0]).toMatchObject({
      cron: '0 18 * * *',
      timezone: 'America/New_York',
    });
  });

  it("defaults to the tracker's timezone", async () => {
    const bot = aBot();
    await bot.run('/subscribe northland-2020');
    expect(await bot.say('/schedule 0 9 * * *')).toContain('in Asia/Kabul. Next digest: 2020-04-10 09:00 (Asia/Kabul)');
  });

  it('explains a bad cron with an example', async () => {
    const bot = aBot();
    await bot.run('/subscribe northland-2020');
    const posts = await bot.run('/schedule 0 25 * * *');
    expect(posts[0]?.kind).toBe('error');
    const shown = postText(posts[0] as Post);
    expect(shown).toContain('hour field "25": 25 is outside 0-23');
    expect(shown).toContain('0 18 * * * (every day at 18:00)');
  });

  it('refuses an unknown timezone with an example', async () => {
    const bot = aBot();
    await bot.run('/subscribe northland-2020');
    expect(await bot.say('/schedule 0 18 * * * Mars/Olympus')).toContain(
      'Use an IANA name such as Asia/Kabul, America/New_York, Europe/London or UTC',
    );
  });

  it('asks to subscribe first, and turns the digest off', async () => {
    const bot = aBot();
    expect(await bot.say('/schedule 0 18 * * *')).toContain('/subscribe TRACKER, then /schedule');
    await bot.run('/subscribe northland-2020');
    await bot.run('/schedule 0 18 * * *');
    expect(await bot.say('/schedule off')).toContain('no scheduled digest');
    expect((await listChatSubscriptions(bot.store, group))[0]?.cron).toBeNull();
  });

  it('starts at the next scheduled time, not with a digest for the period already past', async () => {
    const bot = aBot([northland], counted);
    await bot.run('/subscribe northland-2020');
    bot.setNow('2020-04-09T14:00:00Z'); // 18:30 in Kabul, after today's 18:00
    await bot.run('/schedule 0 18 * * *');
    const publisher = aRecordingPublisher('telegram');
    const outbox = createOutbox({
      publisher,
      concurrency: 1,
      onGone: async () => {},
      onMoved: async () => {},
      log: aRecordingLog(),
    });
    const digests = (iso: string) =>
      runDueDigests({
        store: bot.store,
        clock: () => new Date(iso),
        trackers: [northland],
        readTallies: async () => counted['northland-2020'],
        outboxes: { telegram: outbox },
        log: aRecordingLog(),
      });

    expect(await digests('2020-04-09T14:01:00Z')).toEqual([]);
    expect((await digests('2020-04-10T13:30:00Z')).map((s) => s.period)).toEqual(['2020-04-10T13:30:00.000Z']);
    expect(postText(publisher.sent[0]?.post as Post)).toContain('Since the last digest: no change');
  });

  it('is for admins only', async () => {
    const posts = await aBot().run('/schedule 0 18 * * *', { isAdmin: false });
    expect(posts[0]?.kind).toBe('error');
  });
});

describe('/status', () => {
  it("shows the health of the feeds of the chat's trackers, or of all when it follows none", async () => {
    const bot = aBot();
    expect(await bot.say('/status')).toContain('3 feeds: 3 ok, 0 failing, 0 disabled.');
    await bot.run('/subscribe southland-2021');
    expect(await bot.say('/status')).toContain('ok https://south.example/rss — last success 2020-04-09 09:50 UTC');
    expect(bot.feedRequests.at(-1)).toEqual(['https://south.example/rss']);
  });

  it('is for admins only', async () => {
    const bot = aBot();
    const posts = await bot.run('/status', { isAdmin: false });
    expect(posts[0]?.kind).toBe('error');
    expect(bot.feedRequests).toEqual([]);
  });
});

describe('createTrackerAutocomplete', () => {
  it('offers tracker ids starting with, then containing, what was typed', async () => {
    const complete = createTrackerAutocomplete([northland, southland, aTracker({ id: 'land-2022', title: 'Land' })]);
    expect(await complete('land')).toEqual(['land-2022', 'northland-2020', 'southland-2021']);
    expect(await complete('SOUTH')).toEqual(['southland-2021']);
  });
});
