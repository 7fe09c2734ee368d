import { describe, expect, it } from 'vitest';
import { composeHistory } from '../../../src/core/compose/compose-history.js';
import { aLedger, aLedgerTally, aMention, anArticleRef, anEntry, anEvent, aTracker, postText } from './builders.js';

describe('composeHistory', () => {
  const events = [1, 2, 3, 4, 5].map((day) =>
    anEvent({
      count: day * 10,
      date: `2020-04-0${day}`,
      sources: [anArticleRef({ id: `rp-${day}`, published: `2020-04-0${day}T09:00:00Z` })],
    }),
  );

  it('lists the last N counted events oldest first, with date, count, how counted and a link', () => {
    const post = composeHistory(aTracker(), [aLedgerTally(events)], 2);
    const shown = postText(post);

    expect(shown).toContain('The last 2 of 5 counted events:');
    expect(shown).not.toContain('2020-04-03');
    expect(shown.indexOf('2020-04-04')).toBeLessThan(shown.indexOf('2020-04-05'));
    expect(shown).toContain('2020-04-05 50 freed — release, 1 source: river-post<https://river-post.example/rp-5>');
    expect(post.quietLinks).toBe(true);
  });

  it('merges the ledgers of a tracker by date and names the ledger of each event', () => {
    const other = aLedger({ id: 'rebels-free-soldiers', title: 'Soldiers freed by the rebels' });
    const post = composeHistory(aTracker(), [
      aLedgerTally([anEvent({ date: '2020-04-08' })]),
      aLedgerTally([anEvent({ count: 20, date: '2020-04-07' })], other),
    ]);
    const shown = postText(post);
    expect(shown.indexOf('20 freed · Soldiers freed by the rebels')).toBeGreaterThan(-1);
    expect(shown.indexOf('2020-04-07')).toBeLessThan(shown.indexOf('2020-04-08'));
  });

  it('explains a checkpoint as an official running total with its correction', () => {
    const post = composeHistory(aTracker(), [
      aLedgerTally([anEvent({ kind: 'checkpoint', count: 361, delta: 11, qualifier: 'at_least' })]),
    ]);
    expect(postText(post)).toContain('total at least 361 (+11) — official running total');
  });

  it('says so when nothing has been counted', () => {
    expect(postText(composeHistory(aTracker(), [aLedgerTally([])]))).toContain('No release has been counted yet.');
  });

  it('quotes the sentence each counted number came from, and nothing for an event without one', () => {
    const counted = anEvent({ count: 100, date: '2020-04-08', delta: 100 });
    const unexplained = anEvent({ count: 40, date: '2020-04-09', delta: 40 });
    const log = [
      anEntry({
        role: 'same-event',
        delta: 0,
        mention: aMention({ sentence: 'Another outlet said 100 were freed on Wednesday.' }),
      }),
      anEntry({
        role: 'new-event',
        delta: 100,
        mention: aMention({ sentence: 'The government freed 100 rebel prisoners on Wednesday.' }),
      }),
    ];
    const shown = postText(composeHistory(aTracker(), [aLedgerTally([counted, unexplained], aLedger(), { log })]));
    expect(shown).toContain('“The government freed 100 rebel prisoners on Wednesday.”');
    expect(shown).not.toContain('Another outlet said');
    expect(shown.match(/“/g)).toHaveLength(1);
  });
});
