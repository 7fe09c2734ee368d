import { describe, expect, it } from 'vitest';
import { composeHelp } from '../../../src/core/compose/compose-help.js';
import { composeStatus } from '../../../src/core/compose/compose-status.js';
import { composeTrackers } from '../../../src/core/compose/compose-trackers.js';
import type { FeedHealth } from '../../../src/core/feeds/feed-health.js';
import { aLedgerTally, anEvent, aTracker, postText } from './builders.js';

describe('composeHelp', () => {
  it('explains the bot, lists the commands marking admin ones, and the trackers with the followed ones', () => {
    const post = composeHelp({
      commands: [
        { usage: '/tally [TRACKER]', description: 'Totals', adminOnly: false },
        { usage: '/subscribe TRACKER', description: 'Follow', adminOnly: true },
      ],
      trackers: [aTracker(), aTracker({ id: 'southland-2021', title: 'Southland swap' })],
      following: ['northland-2020'],
    });
    const shown = postText(post);
    expect(shown).toContain('running count of prisoners');
    expect(shown).toContain('/tally [TRACKER] — Totals');
    expect(shown).toContain('/subscribe TRACKER — Follow (admins)');
    expect(shown).toContain('northland-2020: Northland prisoner exchange — followed here');
    expect(shown).toMatch(/^southland-2021: Southland swap$/m);
  });
});

describe('composeTrackers', () => {
  it('lists each tracker with its ledgers, totals and targets', () => {
    const shown = postText(
      composeTrackers([{ tracker: aTracker(), entries: [aLedgerTally([anEvent({ count: 250 })])] }]),
    );
    expect(shown).toContain('# Northland prisoner exchange (northland-2020)');
    expect(shown).toContain('Rebel prisoners freed by the government: 250 of 5,000 (5%)');
  });
});

describe('composeStatus', () => {
  const healthy: FeedHealth = {
    url: 'https://river-post.example/feed.xml',
    lastSuccessAt: '2020-04-09T13:20:00Z',
    lastFailureAt: null,
    lastError: null,
    consecutiveFailures: 0,
    nextAttemptAt: null,
    disabled: false,
  };
  const failing: FeedHealth = {
    ...healthy,
    url: 'https://hill-times.example/rss',
    consecutiveFailures: 3,
    lastError: 'HTTP 503',
    nextAttemptAt: '2020-04-09T14:00:00Z',
  };
  const dead: FeedHealth = {
    ...healthy,
    url: 'https://gone.example/rss',
    lastSuccessAt: null,
    disabled: true,
    consecutiveFailures: 20,
  };

  it('shows per feed the last success, failures, backoff and disabled state', () => {
    const shown = postText(composeStatus([healthy, failing, dead], new Date('2020-04-09T13:30:00Z')));
    expect(shown).toContain('3 feeds: 1 ok, 1 failing, 1 disabled.');
    expect(shown).toContain('ok https://river-post.example/feed.xml — last success 2020-04-09 13:20 UTC');
    expect(shown).toContain(
      'failing https://hill-times.example/rss — last success 2020-04-09 13:20 UTC, 3 failures (HTTP 503), backing off until 2020-04-09 14:00 UTC',
    );
    expect(shown).toContain('DISABLED https://gone.example/rss — last success never, 20 failures');
  });
});
