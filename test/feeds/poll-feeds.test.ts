import { describe, expect, it } from 'vitest';
import { fetchFeedsOnce } from '../../src/feeds/poll-feeds.js';

describe('fetchFeedsOnce', () => {
  it('fetches each URL once however many times it is listed, keyed in listing order', async () => {
    const fetched: string[] = [];
    const results = await fetchFeedsOnce(['https://a.example/', 'https://b.example/', 'https://a.example/'], {
      fetchOne: async (url) => {
        fetched.push(url);
        return { status: 'ok' as const, url };
      },
    });
    expect(fetched.sort()).toEqual(['https://a.example/', 'https://b.example/']);
    expect([...results.keys()]).toEqual(['https://a.example/', 'https://b.example/']);
  });

  it('never has more than `concurrency` fetches in flight', async () => {
    let inFlight = 0;
    let peak = 0;
    const urls = Array.from({ length: 20 }, (_, i) => `https://feed${i}.example/`);
    await fetchFeedsOnce(urls, {
      concurrency: 3,
      fetchOne: async () => {
        inFlight++;
        peak = Math.max(peak, inFlight);
        await new Promise((resolve) => setImmediate(resolve));
        inFlight--;
        return null;
      },
    });
    expect(peak).toBe(3);
  });

  it('records a fetch that throws as a failure and carries on with the others', async () => {
    const results = await fetchFeedsOnce(['https://bad.example/', 'https://good.example/'], {
      fetchOne: async (url) => {
        if (url.includes('bad')) throw new Error('socket exploded');
        return { status: 'not-modified' as const };
      },
    });
    expect(results.get('https://bad.example/')).toEqual({ status: 'failed', reason: 'socket exploded' });
    expect(results.get('https://good.example/')).toEqual({ status: 'not-modified' });
  });

  it('returns an empty map for no URLs', async () => {
    expect((await fetchFeedsOnce([], { fetchOne: async () => null })).size).toBe(0);
  });
});
