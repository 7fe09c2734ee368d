import { describe, expect, it } from 'vitest';
import { composeDigest } from '../../../src/core/compose/compose-digest.js';
import { aLedgerTally, anArticleRef, anEvent, aTracker, postText } from './builders.js';

describe('composeDigest', () => {
  const early = anEvent({
    count: 300,
    date: '2020-04-07',
    sources: [anArticleRef({ published: '2020-04-07T08:00:00Z' })],
  });
  const inside = anEvent({
    count: 100,
    date: '2020-04-08',
    sources: [anArticleRef({ feed: 'hill-times', id: 'ht-2', published: '2020-04-08T10:00:00Z' })],
  });

  it('shows totals, the change since the last digest and the events of the period with sources', () => {
    const post = composeDigest({
      tracker: aTracker(),
      entries: [aLedgerTally([early, inside])],
      since: new Date('2020-04-07T13:30:00Z'),
      until: new Date('2020-04-08T13:30:00Z'),
      previousTotals: { 'gov-frees-rebels': 300 },
      periodLabel: '2020-04-08 18:00 (Asia/Kabul)',
    });
    const shown = postText(post);

    expect(post.kind).toBe('digest');
    expect(post.title).toBe('Northland prisoner exchange: digest 2020-04-08 18:00 (Asia/Kabul)');
    expect(shown).toContain('Freed: 400 of 5,000 (8%)');
    expect(shown).toContain('Since the last digest: +100');
    expect(shown).toContain('2020-04-08 100 freed — release, 1 source: hill-times<https://hill-times.example/ht-2>');
    expect(shown).not.toContain('2020-04-07 300');
  });

  it('without a previous digest, adds up the period events as the change', () => {
    const post = composeDigest({
      tracker: aTracker(),
      entries: [aLedgerTally([early, inside])],
      since: null,
      until: new Date('2020-04-08T13:30:00Z'),
      previousTotals: null,
      periodLabel: 'x',
    });
    expect(postText(post)).toContain('Since the last digest: +400');
  });

  it('says when the period had no release', () => {
    const post = composeDigest({
      tracker: aTracker(),
      entries: [aLedgerTally([early])],
      since: new Date('2020-04-08T00:00:00Z'),
      until: new Date('2020-04-09T00:00:00Z'),
      previousTotals: { 'gov-frees-rebels': 300 },
      periodLabel: 'x',
    });
    const shown = postText(post);
    expect(shown).toContain('Since the last digest: no change');
    expect(shown).toContain('No release reported in this period.');
  });
});
