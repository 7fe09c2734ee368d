import type { Ledger, Qualifier } from '../types.js';
import type { Tally, TallyEntry } from './tally.js';

const QUALIFIER_WORDS: Record<Qualifier, string> = {
  exact: '',
  at_least: 'at least ',
  about: 'about ',
  at_most: 'up to ',
};

function formatCount(count: number, qualifier: Qualifier): string {
  return `${QUALIFIER_WORDS[qualifier]}${count.toLocaleString('en-US')}`;
}

function formatDelta(delta: number): string {
  if (delta === 0) return '     ';
  return `${delta > 0 ? '+' : ''}${delta}`.padStart(5);
}

function formatEntry(entry: TallyEntry): string {
  const m = entry.mention;
  const what = `${m.kind} ${formatCount(m.count, m.qualifier)}${m.eventDate ? ` (${m.eventDate})` : ''}`;
  const head = `${entry.article.published.slice(0, 16).replace('T', ' ')} ${entry.article.feed}`;
  const sentence = m.sentence.length > 140 ? `${m.sentence.slice(0, 137)}...` : m.sentence;
  return `${head}  ${formatDelta(entry.delta)}  ${entry.role.padEnd(11)} ${what}: ${entry.note}\n      "${sentence}" [${entry.article.id}]`;
}

/** Renders a ledger's tally as the `explain` CLI prints it: the total, what moved it, and every mention's fate. */
export function explainTally(tally: Tally, ledger: Ledger): string {
  const lines: string[] = [];
  const target = ledger.target === null ? '' : ` of ${ledger.target.toLocaleString('en-US')} promised`;
  const high =
    tally.highEstimate === null ? '' : ` (up to ${tally.highEstimate.toLocaleString('en-US')} by other reports)`;
  lines.push(`${ledger.title} [${ledger.id}]`);
  lines.push(`Total: ${formatCount(tally.total, tally.qualifier)}${target}${high}`);
  lines.push('');
  lines.push('What moved the total:');
  if (tally.events.length === 0) lines.push('  nothing yet');
  for (const event of tally.events) {
    const label = event.kind === 'checkpoint' ? 'running total' : 'release';
    const other = event.highCount === null ? '' : ` (another report: ${event.highCount.toLocaleString('en-US')})`;
    const sources = event.sources.map((s) => s.feed).join(', ');
    lines.push(
      `  ${event.date ?? 'undated   '}  ${formatDelta(event.delta)}  ${label} ${formatCount(event.count, event.qualifier)}${other} - ${sources}`,
    );
  }
  const moved = tally.events.reduce((sum, event) => sum + event.delta, 0);
  if (ledger.target !== null && moved > tally.total)
    lines.push(
      `  (these add up to ${moved.toLocaleString('en-US')}; the count stops at the ${ledger.target.toLocaleString('en-US')} promised until a running total says more: releases summed past it are more likely counted twice)`,
    );
  lines.push('');
  lines.push(`Every mention (${tally.log.length}), in the order read:`);
  for (const entry of tally.log) lines.push(`  ${formatEntry(entry)}`);
  return lines.join('\n');
}
