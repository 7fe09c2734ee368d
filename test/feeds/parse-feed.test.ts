import { describe, expect, it } from 'vitest';
import { contentHash, type FeedItem, itemId, parseFeed } from '../../src/feeds/parse-feed.js';
import { atomFeed, type FixtureItem, rdfFeed, rssFeed } from '../fixtures/feeds/feed-xml.js';

const FEED_URL = 'https://news.example/feed.xml';

const swapItem: FixtureItem = {
  title: 'Kabul frees 100 Taliban prisoners',
  link: 'https://news.example/2020/04/09/swap',
  guid: 'urn:news:swap-1',
  description: '<p>The government freed <b>100</b> prisoners on Thursday.</p><p>More are expected &amp; awaited.</p>',
};

const expectedSwap: FeedItem = {
  id: 'urn:news:swap-1',
  title: 'Kabul frees 100 Taliban prisoners',
  link: 'https://news.example/2020/04/09/swap',
  published: '2020-04-09T10:30:00.000Z',
  text: 'The government freed 100 prisoners on Thursday.\n\nMore are expected & awaited.',
};

async function itemsOf(xml: string): Promise<FeedItem[]> {
  const result = await parseFeed(xml, FEED_URL);
  if (result.status !== 'ok') throw new Error(`expected ok, got ${result.reason}`);
  return result.items;
}

describe('parseFeed', () => {
  it('reads RSS 2.0, Atom and RDF into the same FeedItem', async () => {
    const rss = await itemsOf(rssFeed({ items: [{ ...swapItem, date: 'Thu, 09 Apr 2020 10:30:00 GMT' }] }));
    const atom = await itemsOf(atomFeed({ items: [{ ...swapItem, date: '2020-04-09T10:30:00Z' }] }));
    const rdf = await itemsOf(rdfFeed({ items: [{ ...swapItem, date: '2020-04-09T14:00:00+03:30' }] }));
    expect(rss).toEqual([expectedSwap]);
    expect(atom).toEqual([expectedSwap]);
    expect(rdf).toEqual([expectedSwap]);
  });

  it('returns the feed title', async () => {
    expect(await parseFeed(rssFeed({ title: 'Kabul wire' }), FEED_URL)).toEqual({
      status: 'ok',
      title: 'Kabul wire',
      items: [],
    });
  });

  it('prefers the full content over the summary', async () => {
    const full = { ...swapItem, content: '<p>Full story.</p><p>Second paragraph.</p>' };
    for (const xml of [rssFeed({ items: [full] }), atomFeed({ items: [full] }), rdfFeed({ items: [full] })]) {
      expect((await itemsOf(xml))[0]?.text).toBe('Full story.\n\nSecond paragraph.');
    }
  });

  it('resolves a relative link against the feed URL', async () => {
    const [item] = await itemsOf(rssFeed({ items: [{ title: 'x', link: '/2020/story' }] }));
    expect(item?.link).toBe('https://news.example/2020/story');
  });

  it('gives published null when the date is missing or unreadable', async () => {
    const items = await itemsOf(rssFeed({ items: [{ guid: 'a' }, { guid: 'b', date: 'sometime soon' }] }));
    expect(items.map((item) => item.published)).toEqual([null, null]);
  });

  it('takes the item id from the guid, else the link, else a hash of title and date', async () => {
    const items = await itemsOf(
      rssFeed({
        items: [
          { guid: 'guid-1', link: 'https://news.example/a' },
          { link: 'https://news.example/b' },
          { title: 'No guid, no link', date: 'Thu, 09 Apr 2020 10:30:00 GMT' },
        ],
      }),
    );
    expect(items.map((item) => item.id)).toEqual([
      'guid-1',
      'https://news.example/b',
      itemId({ title: 'No guid, no link', published: '2020-04-09T10:30:00.000Z' }),
    ]);
    expect(items[2]?.id).toMatch(/^sha256:[0-9a-f]{16}$/);
  });

  it('gives the same hashed id on every poll and different ids to different items', async () => {
    const feed = rssFeed({ items: [{ title: 'One' }, { title: 'Two' }] });
    const first = await itemsOf(feed);
    const again = await itemsOf(feed);
    expect(again.map((item) => item.id)).toEqual(first.map((item) => item.id));
    expect(first[0]?.id).not.toBe(first[1]?.id);
  });

  it('reads a feed that uses HTML entities and bare ampersands, which strict XML forbids', async () => {
    const xml = rssFeed({ items: [{ guid: 'g', title: 'TITLE', description: 'BODY' }] })
      .replace('TITLE', 'Caf&eacute; talks &mdash; AT&T')
      .replace('BODY', 'Freed&nbsp;100 &unknownentity; here');
    const [item] = await itemsOf(xml);
    expect(item?.title).toBe('Café talks — AT&T');
    expect(item?.text).toBe('Freed 100 &unknownentity; here');
  });

  it('keeps an Atom entry whose date is unreadable, with published null', async () => {
    const items = await itemsOf(atomFeed({ items: [{ guid: 'urn:a', title: 'Undated', date: 'last Tuesday' }] }));
    expect(items).toEqual([{ id: 'urn:a', title: 'Undated', link: '', published: null, text: '' }]);
  });

  it('fails with a clear reason on malformed XML', async () => {
    const result = await parseFeed(
      '<?xml version="1.0"?><rss version="2.0"><channel><title>Broken</channel>',
      FEED_URL,
    );
    expect(result.status).toBe('failed');
    if (result.status === 'failed') expect(result.reason).toMatch(/^not a readable feed: /);
  });

  it('fails with a clear reason on XML that is not a feed', async () => {
    expect(await parseFeed('<?xml version="1.0"?><catalog><book/></catalog>', FEED_URL)).toEqual({
      status: 'failed',
      reason: 'not a readable feed: Feed not recognized as RSS 1 or 2.',
    });
  });

  it('recognises an HTML page served instead of a feed', async () => {
    const page = '<!DOCTYPE html>\n<html lang="en"><head><title>Home</title></head><body><p>News</p></body></html>';
    expect(await parseFeed(page, FEED_URL)).toEqual({
      status: 'failed',
      reason: 'not a feed: the server sent an HTML page',
    });
  });

  it('fails on an empty body', async () => {
    expect(await parseFeed('  ', FEED_URL)).toEqual({ status: 'failed', reason: 'not a feed: the body is empty' });
  });
});

describe('contentHash', () => {
  it('is a short hex digest that changes with the text', () => {
    expect(contentHash('100 prisoners freed')).toMatch(/^[0-9a-f]{16}$/);
    expect(contentHash('100 prisoners freed')).toBe(contentHash('100 prisoners freed'));
    expect(contentHash('100 prisoners freed')).not.toBe(contentHash('200 prisoners freed'));
  });
});
