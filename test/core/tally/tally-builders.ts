import type { Ledger, Mention, MentionKind, Observation, Qualifier } from '../../../src/core/types.js';

/** A mention without its place in the article; `anObservation` lays the mentions out in order. */
export type MentionSpec = Omit<Mention, 'start' | 'end'>;

interface SpecOptions {
  qualifier?: Qualifier;
  sentence?: string;
  ledger?: string | null;
}

export const LEDGER_ID = 'north-frees-south';

/** The ledger the tests fold: one side freeing the other's prisoners, 500 promised. */
export function aLedger(overrides: Partial<Ledger> = {}): Ledger {
  return {
    id: LEDGER_ID,
    title: 'Southern prisoners freed by the North',
    releaser: ['North'],
    released: ['southern prisoners'],
    target: 500,
    ...overrides,
  };
}

function aMention(kind: MentionKind, count: number, eventDate: string | null, options: SpecOptions): MentionSpec {
  return {
    count,
    kind,
    eventDate,
    qualifier: options.qualifier ?? 'exact',
    ledger: options.ledger === undefined ? LEDGER_ID : options.ledger,
    sentence: options.sentence ?? `The North ${kind === 'release' ? 'freed' : 'reported'} ${count} prisoners.`,
  };
}

/** People freed on a day (or on no stated day). */
export function aRelease(count: number, eventDate: string | null, options: SpecOptions = {}): MentionSpec {
  return aMention('release', count, eventDate, options);
}

/** A running total to date. */
export function aTotal(count: number, eventDate: string | null, options: SpecOptions = {}): MentionSpec {
  return aMention('cumulative', count, eventDate, options);
}

/** A release still to come. */
export function anAnnouncement(count: number, eventDate: string | null, options: SpecOptions = {}): MentionSpec {
  return aMention('announcement', count, eventDate, options);
}

/** A promise, target or demand. */
export function aPledge(count: number, options: SpecOptions = {}): MentionSpec {
  return aMention('pledge', count, null, options);
}

let articleCounter = 0;

/** One article's observation; mentions get increasing offsets in the order given. */
export function anObservation(spec: {
  feed?: string;
  published: string;
  id?: string;
  mentions: MentionSpec[];
}): Observation {
  articleCounter += 1;
  const feed = spec.feed ?? 'north-wire';
  const id = spec.id ?? `${feed}-${spec.published}-${articleCounter}`;
  return {
    article: {
      id,
      feed,
      published: spec.published,
      title: `Prisoner news ${id}`,
      link: `https://${feed}.example/${id}`,
    },
    mentions: spec.mentions.map((m, i) => ({ ...m, start: i * 100, end: i * 100 + 20 })),
  };
}
