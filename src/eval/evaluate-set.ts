import { extractMentions } from '../core/extract/extract-mentions.js';
import { splitSentences } from '../core/extract/sentences.js';
import { replayArticles } from '../core/replay/replay-articles.js';
import type { Article, Ledger, Mention } from '../core/types.js';
import { type ContractMention, toContractMention } from './contract-json.js';
import type { LabelledArticle } from './corpus-schema.js';
import type { CorpusSet } from './load-corpus-set.js';
import { locateEvidence, type SetScore, scoreSet } from './score-set.js';

/** Where mentions come from: the extractor, or the corpus's own labels (which measures the tally alone). */
export type MentionSource = 'extractor' | 'gold';

/** How to evaluate a set. */
export interface EvaluateOptions {
  source: MentionSource;
  /** IANA zone relative dates are read in; the contract's default is UTC. */
  timezone: string;
  /** The extractor to measure; defaults to the product's `extractMentions`. */
  extract?: (article: Article, ledgers: Ledger[], options: { timezone: string }) => Mention[];
}

/** A set's score plus the articles the extractor failed on (scored as predicting nothing). */
export interface SetEvaluation {
  name: string;
  score: SetScore;
  failures: Array<{ articleId: string; message: string }>;
}

/**
 * The labels of an article as mentions, spans taken from the first occurrence of each evidence
 * and `sentence` from the sentence holding it, as the extractor gives it (the fold reads cues
 * such as "among them" or "later" there).
 */
export function goldMentions(article: LabelledArticle): Mention[] {
  const sentences = splitSentences(article.body);
  return article.expected.map((expected) => {
    const span = locateEvidence(article.body, expected.evidence) ?? { start: 0, end: 0 };
    const holding = sentences.find((s) => s.start <= span.start && span.start < s.end);
    return {
      count: expected.count,
      qualifier: expected.qualifier,
      kind: expected.kind,
      ledger: expected.ledger,
      eventDate: expected.event_date,
      start: span.start,
      end: span.end,
      sentence: holding?.text ?? expected.evidence,
    };
  });
}

/** Extracts (or takes the labels of) every article once, replays them and scores the set. */
export function evaluateSet(set: CorpusSet, options: EvaluateOptions): SetEvaluation {
  const extract = options.extract ?? extractMentions;
  const failures: SetEvaluation['failures'] = [];
  const mentionsById = new Map<string, Mention[]>();
  for (const article of set.articles) {
    let mentions: Mention[] = [];
    if (options.source === 'gold') mentions = goldMentions(article);
    else {
      try {
        mentions = extract(stripLabels(article), set.ledgers, { timezone: options.timezone });
      } catch (error) {
        failures.push({ articleId: article.id, message: error instanceof Error ? error.message : String(error) });
      }
    }
    mentionsById.set(article.id, mentions);
  }
  const replay = replayArticles(set.articles.map(stripLabels), set.ledgers, {
    timezone: options.timezone,
    mentionsFor: (article) => mentionsById.get(article.id) ?? [],
  });
  const predictions = new Map<string, ContractMention[]>();
  for (const [id, mentions] of mentionsById) predictions.set(id, mentions.map(toContractMention));
  const score = scoreSet({
    ledgers: set.ledgers,
    truth: set.truth,
    articles: set.articles,
    predictions,
    steps: replay.steps,
  });
  return { name: set.name, score, failures };
}

function stripLabels(article: LabelledArticle): Article {
  const { id, feed, published, title, link, body } = article;
  return { id, feed, published, title, link, body };
}
