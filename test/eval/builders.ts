import type { ContractMention, ReplayStep } from '../../src/eval/contract-json.js';
import type { ExpectedMention, LabelledArticle } from '../../src/eval/corpus-schema.js';

/** A labelled article about an invented exchange; override what a test cares about. */
export function aLabelledArticle(overrides: Partial<LabelledArticle> = {}): LabelledArticle {
  return {
    id: 'a1',
    feed: 'harbour-post',
    published: '2031-05-02T12:00:00Z',
    title: 'Northland frees detainees',
    link: 'https://harbour-post.example/a1',
    body: '',
    expected: [],
    ...overrides,
  };
}

/** An expected mention: a release of `count` on 2031-05-02 in the Northland ledger. */
export function anExpected(evidence: string, overrides: Partial<ExpectedMention> = {}): ExpectedMention {
  return {
    count: 35,
    qualifier: 'exact',
    kind: 'release',
    ledger: 'northland',
    event_date: '2031-05-02',
    evidence,
    ...overrides,
  };
}

/** A predicted mention covering `text` (its first occurrence in `body`), agreeing with `anExpected` by default. */
export function aPrediction(body: string, text: string, overrides: Partial<ContractMention> = {}): ContractMention {
  const start = body.indexOf(text);
  if (start === -1) throw new Error(`"${text}" is not in the body`);
  return {
    count: 35,
    qualifier: 'exact',
    kind: 'release',
    ledger: 'northland',
    event_date: '2031-05-02',
    start,
    end: start + text.length,
    ...overrides,
  };
}

/** A replay step after article `after` published at `published` with Northland's total. */
export function aStep(after: string, published: string, total: number): ReplayStep {
  return { after, published, totals: { northland: total } };
}
