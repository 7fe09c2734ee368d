import type { FeedHealth } from '../feeds/feed-health.js';
import { type Block, line, type Post, strong, text } from '../post.js';
import { formatNumber } from './format.js';

function utc(iso: string | null): string {
  return iso === null ? 'never' : `${iso.slice(0, 16).replace('T', ' ')} UTC`;
}

function feedLine(feed: FeedHealth, now: Date): Block {
  const facts = [`last success ${utc(feed.lastSuccessAt)}`];
  if (feed.consecutiveFailures > 0) {
    const failures =
      feed.consecutiveFailures === 1 ? '1 failure' : `${formatNumber(feed.consecutiveFailures)} failures`;
    facts.push(`${failures}${feed.lastError ? ` (${feed.lastError})` : ''}`);
  }
  if (feed.nextAttemptAt !== null && Date.parse(feed.nextAttemptAt) > now.getTime()) {
    facts.push(`backing off until ${utc(feed.nextAttemptAt)}`);
  }
  const state = feed.disabled ? 'DISABLED' : feed.consecutiveFailures > 0 ? 'failing' : 'ok';
  return line(strong(`${state} `), text(`${feed.url} — ${facts.join(', ')}`));
}

/** The answer to `/status`: per feed its last success, failures, backoff and whether it is disabled. */
export function composeStatus(feeds: FeedHealth[], now: Date): Post {
  const disabled = feeds.filter((f) => f.disabled).length;
  const failing = feeds.filter((f) => !f.disabled && f.consecutiveFailures > 0).length;
  const blocks: Block[] = [
    line(
      text(`${feeds.length} feeds: ${feeds.length - disabled - failing} ok, ${failing} failing, ${disabled} disabled.`),
    ),
    ...feeds.map((feed) => feedLine(feed, now)),
  ];
  if (disabled > 0) blocks.push(line(text('Disabled feeds are polled again after the bot restarts.')));
  return { kind: 'answer', title: 'Feed status', blocks, quietLinks: true };
}
