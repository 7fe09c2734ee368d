import { type Block, type Inline, line, link, progress, strong, text } from '../post.js';
import type { Tally, TallyEvent } from '../tally/tally.js';
import type { ArticleRef, Ledger, Qualifier } from '../types.js';

const numberFormat = new Intl.NumberFormat('en-US');

/** 5000 → "5,000". */
export function formatNumber(value: number): string {
  return numberFormat.format(value);
}

/** A signed change: "+100", "−20" (a true minus sign), "0". */
export function formatDelta(delta: number): string {
  if (delta > 0) return `+${formatNumber(delta)}`;
  if (delta < 0) return `−${formatNumber(-delta)}`;
  return '0';
}

const QUALIFIER_WORDS: Record<Qualifier, string> = {
  exact: '',
  at_least: 'at least ',
  about: 'about ',
  at_most: 'up to ',
};

/** A count with its qualifier as people say it: "at least 850", "about 4,000", "100". */
export function formatQualified(count: number, qualifier: Qualifier): string {
  return `${QUALIFIER_WORDS[qualifier]}${formatNumber(count)}`;
}

/** "at least 850 of 5,000 (17%)", or just the total when the ledger has no target. */
export function formatTotal(tally: Tally, ledger: Ledger): string {
  const total = formatQualified(tally.total, tally.qualifier);
  if (ledger.target === null || ledger.target <= 0) return total;
  const percent = Math.floor((tally.total / ledger.target) * 100);
  return `${total} of ${formatNumber(ledger.target)} (${percent}%)`;
}

/** The progress block when the ledger has a target; none otherwise. */
export function progressBlocks(tally: Tally, ledger: Ledger): Block[] {
  return ledger.target !== null && ledger.target > 0 ? [progress(tally.total, ledger.target)] : [];
}

/** The last event that moved the total, or null before any. */
export function lastChange(tally: Tally): TallyEvent | null {
  return tally.events.findLast((event) => event.delta !== 0) ?? null;
}

/** "+100 on 2020-04-08", or "+100" when the day is unknown; checkpoints say they are official totals. */
export function describeChange(event: TallyEvent): string {
  const when = event.date ? ` on ${event.date}` : '';
  if (event.kind === 'checkpoint') {
    return `${formatDelta(event.delta)}${when} (official total ${formatQualified(event.count, event.qualifier)})`;
  }
  return `${formatDelta(event.delta)}${when}`;
}

/** How an event was counted, for `/history`: "release, 3 sources" or "official total, 2 sources". */
export function describeCounting(event: TallyEvent): string {
  const what = event.kind === 'checkpoint' ? 'official running total' : 'release';
  const sources = event.sources.length === 1 ? '1 source' : `${event.sources.length} sources`;
  const high = event.highCount !== null ? `, another report says ${formatNumber(event.highCount)}` : '';
  return `${what}, ${sources}${high}`;
}

/** When an event first reached the news: its earliest source's publication time. */
export function firstReported(event: TallyEvent): string | null {
  const times = event.sources.map((s) => s.published).sort();
  return times[0] ?? null;
}

/** Outlet names linked to their articles, one per outlet, at most `limit` then "and N more". */
export function sourceLinks(sources: ArticleRef[], limit = 5): Inline[] {
  const byOutlet = new Map<string, ArticleRef>();
  for (const source of [...sources].sort((a, b) => a.published.localeCompare(b.published))) {
    if (!byOutlet.has(source.feed)) byOutlet.set(source.feed, source);
  }
  const outlets = [...byOutlet.values()];
  const parts: Inline[] = [];
  for (const [index, source] of outlets.slice(0, limit).entries()) {
    if (index > 0) parts.push(text(', '));
    parts.push(link(source.feed, source.link));
  }
  if (outlets.length > limit) parts.push(text(` and ${outlets.length - limit} more`));
  return parts;
}

/** A "Label: value" line with the label in bold. */
export function labelled(label: string, ...value: Inline[]): Block {
  return line(strong(`${label}: `), ...value);
}
