import { describe, expect, it } from 'vitest';
import { heading, line, link, type Post, progress, strong, text } from '../../../src/core/post.js';
import {
  progressBar,
  renderTelegram,
  TELEGRAM_MESSAGE_LIMIT,
} from '../../../src/platforms/telegram/render-telegram.js';
import { parseTelegramHtml } from '../../fakes/telegram/fake-bot-api.js';

const aPost = (overrides: Partial<Post> = {}): Post => ({ kind: 'answer', title: 'Tally', blocks: [], ...overrides });

const visibleText = (html: string): string => {
  const parsed = parseTelegramHtml(html);
  if (!parsed.ok) throw new Error(`invalid Telegram HTML: ${parsed.error}`);
  return parsed.text;
};

/** A digest as long as a busy story produces: a history of dated releases, each with its source. */
const aLongDigest = (events: number): Post => ({
  kind: 'digest',
  title: 'Taliban prisoners freed by the Afghan government',
  quietLinks: true,
  blocks: [
    progress(2460, 5000),
    heading('History'),
    ...Array.from({ length: events }, (_, index) =>
      line(
        text(`2020-04-${String((index % 28) + 1).padStart(2, '0')}: `),
        strong(`${100 + index} released`),
        text(' — "freed from Bagram & Pul-e-Charkhi <per officials>" '),
        link(`Outlet ${index}`, `https://news.example/${index}?a=1&b="2"`),
      ),
    ),
  ],
});

describe('renderTelegram', () => {
  it('renders the title and headings bold, and strong text bold', () => {
    const [message] = renderTelegram(aPost({ blocks: [heading('Ledgers'), line(text('total '), strong('100'))] }));

    expect(message).toBe('<b>Tally</b>\n<b>Ledgers</b>\ntotal <b>100</b>');
  });

  it('links http(s) URLs with an escaped href', () => {
    const [message] = renderTelegram(aPost({ blocks: [line(link('source', 'https://a.example/x?q=1&r="2"'))] }));

    expect(message).toContain('<a href="https://a.example/x?q=1&amp;r=%222%22">source</a>');
  });

  it('turns links with other schemes into plain text', () => {
    const [message] = renderTelegram(
      aPost({ blocks: [line(link('click me', 'javascript:alert(1)'), link(' data', 'data:text/html,<b>'))] }),
    );

    expect(message).not.toContain('<a');
    expect(visibleText(message ?? '')).toBe('Tally\nclick me data');
  });

  it('keeps hostile feed text inert: it arrives exactly as written', () => {
    const hostile = '<b>FREE</b> @everyone [click](javascript:alert(1)) Tom &amp; Jerry & "quotes" </a>';
    const [message] = renderTelegram(aPost({ title: hostile, blocks: [line(text(hostile), strong(hostile))] }));

    expect(visibleText(message ?? '')).toBe(`${hostile}\n${hostile}${hostile}`);
    expect(message).not.toContain('<a');
    expect(message).toContain('&amp;amp;');
  });

  it('draws the progress block as a text bar with grouped numbers', () => {
    const [message] = renderTelegram(aPost({ blocks: [progress(2460, 5000)] }));

    expect(message).toContain('▓▓▓▓▓░░░░░ 49% (2,460 / 5,000)');
  });

  it('fills the whole bar only when the target is met', () => {
    expect(progressBar(4990, 5000)).toBe('▓▓▓▓▓▓▓▓▓░ 99% (4,990 / 5,000)');
    expect(progressBar(5000, 5000)).toBe('▓▓▓▓▓▓▓▓▓▓ 100% (5,000 / 5,000)');
    expect(progressBar(0, 5000)).toBe('░░░░░░░░░░ 0% (0 / 5,000)');
  });

  it('shows a bare count when there is no usable target', () => {
    expect(progressBar(1500, 0)).toBe('1,500');
  });

  it('splits the longest realistic digest into valid messages under the limit, on line boundaries', () => {
    const post = aLongDigest(400);
    const messages = renderTelegram(post);

    expect(messages.length).toBeGreaterThan(5);
    for (const message of messages) {
      expect(message.length).toBeLessThanOrEqual(TELEGRAM_MESSAGE_LIMIT);
      expect(parseTelegramHtml(message).ok).toBe(true);
    }
    const lines = messages.flatMap((message) => visibleText(message).split('\n'));
    expect(lines).toHaveLength(post.blocks.length + 1);
    expect(lines.at(-1)).toBe(
      '2020-04-08: 499 released — "freed from Bagram & Pul-e-Charkhi <per officials>" Outlet 399',
    );
  });

  it('cuts a single over-long line between entities, never inside one', () => {
    const long = 'A&B<C>'.repeat(2000);
    const messages = renderTelegram(aPost({ blocks: [line(text(long), strong(long))] }));

    for (const message of messages) {
      expect(message.length).toBeLessThanOrEqual(TELEGRAM_MESSAGE_LIMIT);
    }
    // Message boundaries replace the line break between title and line; the line itself has none.
    expect(messages.map(visibleText).join('').replace('\n', '')).toBe(`Tally${long}${long}`);
  });

  it('never splits a character made of two UTF-16 units', () => {
    const emoji = '🕊'.repeat(3000);
    const messages = renderTelegram(aPost({ blocks: [line(text(emoji))] }));

    expect(messages.map(visibleText).join('').replace('\n', '')).toBe(`Tally${emoji}`);
    expect(messages.every((message) => !/[\uD800-\uDBFF]$/.test(message))).toBe(true);
  });
});
