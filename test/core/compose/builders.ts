import type { ChatRef, Publisher, SendResult } from '../../../src/core/chat.js';
import type { LedgerTally } from '../../../src/core/compose/compose-tally.js';
import type { Block, Post } from '../../../src/core/post.js';
import type { Tally, TallyEntry, TallyEvent } from '../../../src/core/tally/tally.js';
import type { ArticleRef, Ledger, Logger, Mention, Tracker } from '../../../src/core/types.js';

export function aLedger(overrides: Partial<Ledger> = {}): Ledger {
  return {
    id: 'gov-frees-rebels',
    title: 'Rebel prisoners freed by the government',
    releaser: ['the government'],
    released: ['rebel prisoners'],
    target: 5000,
    ...overrides,
  };
}

export function aTracker(overrides: Partial<Tracker> = {}): Tracker {
  return {
    id: 'northland-2020',
    title: 'Northland prisoner exchange',
    feeds: ['https://river-post.example/feed.xml', 'https://hill-times.example/rss'],
    ledgers: [aLedger()],
    timezone: 'Asia/Kabul',
    readArticles: true,
    ...overrides,
  };
}

export function anArticleRef(overrides: Partial<ArticleRef> = {}): ArticleRef {
  const feed = overrides.feed ?? 'river-post';
  const id = overrides.id ?? `${feed}-1`;
  return {
    id,
    feed,
    published: '2020-04-08T10:00:00Z',
    title: 'Government frees prisoners',
    link: `https://${feed}.example/${id}`,
    ...overrides,
  };
}

export function anEvent(overrides: Partial<TallyEvent> = {}): TallyEvent {
  const count = overrides.count ?? 100;
  return {
    kind: 'release',
    date: '2020-04-08',
    count,
    qualifier: 'exact',
    delta: count,
    sources: [anArticleRef()],
    highCount: null,
    ...overrides,
  };
}

export function aMention(overrides: Partial<Mention> = {}): Mention {
  return {
    count: 100,
    qualifier: 'exact',
    kind: 'release',
    ledger: 'gov-frees-rebels',
    eventDate: '2020-04-08',
    start: 0,
    end: 10,
    sentence: 'The government freed 100 rebel prisoners.',
    ...overrides,
  };
}

export function anEntry(overrides: Partial<TallyEntry> = {}): TallyEntry {
  return { role: 'new-event', mention: aMention(), article: anArticleRef(), note: '', delta: 100, ...overrides };
}

export function aTally(overrides: Partial<Tally> = {}): Tally {
  const events = overrides.events ?? [];
  return {
    ledgerId: 'gov-frees-rebels',
    total: events.reduce((sum, e) => sum + e.delta, 0),
    qualifier: 'exact',
    highEstimate: null,
    events,
    log: [],
    ...overrides,
  };
}

export function aLedgerTally(
  events: TallyEvent[],
  ledger: Ledger = aLedger(),
  tally: Partial<Tally> = {},
): LedgerTally {
  return { ledger, tally: aTally({ ledgerId: ledger.id, events, ...tally }) };
}

function blockText(block: Block): string {
  if (block.type === 'heading') return `# ${block.text}`;
  if (block.type === 'progress') return `[progress ${block.value}/${block.target}]`;
  return block.parts.map((p) => (p.type === 'link' ? `${p.text}<${p.url}>` : p.text)).join('');
}

/** A post as plain lines, links written as text<url>, so tests can assert on what readers see. */
export function postText(post: Post): string {
  return [post.title, ...post.blocks.map(blockText)].join('\n');
}

export interface RecordingPublisher extends Publisher {
  sent: Array<{ chat: ChatRef; post: Post }>;
}

/** A publisher that records what it sent; `answer` decides each send's result (default: sent). */
export function aRecordingPublisher(
  platform: ChatRef['platform'] = 'telegram',
  answer: (chat: ChatRef, post: Post) => Promise<SendResult> | SendResult = () => ({ status: 'sent' }),
): RecordingPublisher {
  const sent: Array<{ chat: ChatRef; post: Post }> = [];
  return {
    platform,
    sent,
    async send(chat, post) {
      const result = await answer(chat, post);
      if (result.status === 'sent') sent.push({ chat, post });
      return result;
    },
  };
}

export interface RecordingLog extends Logger {
  records: Array<{ level: string; message: string; context?: Record<string, unknown> }>;
}

export function aRecordingLog(): RecordingLog {
  const records: RecordingLog['records'] = [];
  const at = (level: string) => (message: string, context?: Record<string, unknown>) => {
    records.push({ level, message, context });
  };
  return { records, debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') };
}
