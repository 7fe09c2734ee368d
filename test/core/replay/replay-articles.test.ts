import { describe, expect, it } from 'vitest';
import { replayArticles } from '../../../src/core/replay/replay-articles.js';
import type { Article, Ledger } from '../../../src/core/types.js';

const LEDGERS: Ledger[] = [
  {
    id: 'northland-frees-eastmark',
    title: 'Eastmark detainees freed',
    releaser: ['Northland'],
    released: ['Eastmark detainees'],
    target: 400,
  },
  {
    id: 'eastmark-frees-northland',
    title: 'Northland soldiers freed',
    releaser: ['Eastmark'],
    released: ['Northland soldiers'],
    target: null,
  },
];

function anArticle(id: string, published: string): Article {
  return {
    id,
    feed: 'harbour-post',
    published,
    title: id,
    link: `https://harbour-post.example/${id}`,
    body: 'No counts here.',
  };
}

describe('replaying articles', () => {
  it('takes one step per article in publication order, ties in input order', () => {
    const articles = [
      anArticle('late', '2031-05-03T08:00:00Z'),
      anArticle('tie-first', '2031-05-02T08:00:00Z'),
      anArticle('early', '2031-05-01T08:00:00+02:00'),
      anArticle('tie-second', '2031-05-02T08:00:00Z'),
    ];
    const { steps } = replayArticles(articles, LEDGERS, { timezone: 'UTC', mentionsFor: () => [] });
    expect(steps.map((step) => step.after)).toEqual(['early', 'tie-first', 'tie-second', 'late']);
    expect(steps[0]?.published).toBe('2031-05-01T08:00:00+02:00');
  });

  it('reports every ledger in every step and returns every ledger final tally', () => {
    const { steps, tallies } = replayArticles([anArticle('a', '2031-05-01T08:00:00Z')], LEDGERS, {
      timezone: 'UTC',
      mentionsFor: () => [],
    });
    expect(Object.keys(steps[0]?.totals ?? {})).toEqual(['northland-frees-eastmark', 'eastmark-frees-northland']);
    expect(tallies.map((tally) => tally.ledgerId)).toEqual(['northland-frees-eastmark', 'eastmark-frees-northland']);
  });

  it('reads each article once', () => {
    const read: string[] = [];
    replayArticles([anArticle('a', '2031-05-01T08:00:00Z'), anArticle('b', '2031-05-02T08:00:00Z')], LEDGERS, {
      timezone: 'UTC',
      mentionsFor: (article) => {
        read.push(article.id);
        return [];
      },
    });
    expect(read).toEqual(['a', 'b']);
  });

  it('returns empty tallies when there are no articles', () => {
    const { steps, tallies } = replayArticles([], LEDGERS, { timezone: 'UTC', mentionsFor: () => [] });
    expect(steps).toEqual([]);
    expect(tallies.map((tally) => tally.total)).toEqual([0, 0]);
  });
});
