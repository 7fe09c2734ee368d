import type { Mention, MentionKind, Qualifier } from '../core/types.js';

/** One mention as `tallywire extract` prints it (PRODUCT.md, the command-line contract). */
export interface ContractMention {
  count: number;
  qualifier: Qualifier;
  kind: MentionKind;
  ledger: string | null;
  event_date: string | null;
  start: number;
  end: number;
}

/** The document `tallywire extract` prints. */
export interface ExtractOutput {
  articles: Array<{ id: string; mentions: ContractMention[] }>;
}

/** One replay step: every ledger's total right after the article `after`. */
export interface ReplayStep {
  after: string;
  published: string;
  totals: Record<string, number>;
}

/** The document `tallywire replay` prints. */
export interface ReplayOutput {
  steps: ReplayStep[];
}

/** Converts a core mention to the contract's field names and order (the sentence is not part of it). */
export function toContractMention(mention: Mention): ContractMention {
  return {
    count: mention.count,
    qualifier: mention.qualifier,
    kind: mention.kind,
    ledger: mention.ledger,
    event_date: mention.eventDate,
    start: mention.start,
    end: mention.end,
  };
}
