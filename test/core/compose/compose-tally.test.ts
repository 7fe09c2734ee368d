import { describe, expect, it } from 'vitest';
import { composeTally } from '../../../src/core/compose/compose-tally.js';
import { aLedger, aLedgerTally, anArticleRef, anEvent, aTracker, postText } from './builders.js';

describe('composeTally', () => {
  it('shows the qualified total against the target, a progress bar, the last change and its sources', () => {
    const sources = [
      anArticleRef({ feed: 'river-post', id: 'rp-1' }),
      anArticleRef({ feed: 'hill-times', id: 'ht-1', published: '2020-04-08T12:00:00Z' }),
    ];
    const entry = aLedgerTally(
      [anEvent({ count: 750, date: '2020-04-01' }), anEvent({ count: 100, date: '2020-04-08', sources })],
      aLedger(),
      { qualifier: 'at_least' },
    );

    const post = composeTally(aTracker(), [entry]);
    const shown = postText(post);

    expect(post.kind).toBe('answer');
    expect(shown).toContain('# Rebel prisoners freed by the government');
    expect(shown).toContain('at least 850 of 5,000 (17%)');
    expect(post.blocks).toContainEqual({ type: 'progress', value: 850, target: 5000 });
    expect(shown).toContain('Last change: +100 on 2020-04-08');
    expect(shown).toContain('river-post<https://river-post.example/rp-1>, hill-times<https://hill-times.example/ht-1>');
  });

  it('names the high estimate when reports conflict', () => {
    const entry = aLedgerTally([anEvent({ count: 100 })], aLedger(), { highEstimate: 120 });
    expect(postText(composeTally(aTracker(), [entry]))).toContain('High estimate: 120');
  });

  it('leaves out target and progress for a ledger without a target', () => {
    const entry = aLedgerTally([anEvent({ count: 40 })], aLedger({ target: null }));
    const post = composeTally(aTracker(), [entry]);
    expect(postText(post)).toContain('Freed: 40');
    expect(post.blocks.some((b) => b.type === 'progress')).toBe(false);
  });

  it('says so when nothing has been counted', () => {
    expect(postText(composeTally(aTracker(), [aLedgerTally([])]))).toContain('No release counted yet.');
  });

  it('shows an official total that corrected the sum as such', () => {
    const entry = aLedgerTally([
      anEvent({ count: 400, delta: 400 }),
      anEvent({ kind: 'checkpoint', count: 361, delta: -39, date: '2020-04-16' }),
    ]);
    expect(postText(composeTally(aTracker(), [entry]))).toContain('−39 on 2020-04-16 (official total 361)');
  });
});
