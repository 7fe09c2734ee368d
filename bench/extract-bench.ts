/**
 * Extraction speed: articles per second on one core for ~3 KB articles assembled from
 * sentences we wrote (a fictional prisoner swap), never corpus texts. Printed, not asserted.
 * Run alone with `npx tsx bench/extract-bench.ts`.
 */
import { pathToFileURL } from 'node:url';
import { extractMentions } from '../src/core/extract/extract-mentions.js';
import type { Article, Ledger } from '../src/core/types.js';

/** How long to measure and how large the articles are. */
export interface ExtractBenchOptions {
  /** Articles extracted before timing starts, so the JIT and caches are warm (default 200). */
  warmupArticles?: number;
  /** Articles timed (default 3000). */
  articles?: number;
  /** Target body size in characters (default 3000, the product's 3 KB reference article). */
  bodyChars?: number;
}

/** What the bench measured. */
export interface ExtractBenchNumbers {
  articles: number;
  bodyChars: number;
  mentions: number;
  elapsedMs: number;
  /** CPU time the process used meanwhile (user + system); well under `elapsedMs` means other work had the core. */
  cpuMs: number;
  articlesPerSecond: number;
  meanMsPerArticle: number;
}

/** The product's extraction bar: ≥ 500 articles/s on one core, i.e. ≤ 2 ms per 3 KB article. */
export const EXTRACT_TARGET = { articlesPerSecond: 500 } as const;

const LEDGERS: Ledger[] = [
  {
    id: 'north-frees-south',
    title: 'Southern soldiers freed by the Northern Council',
    releaser: ['Northern Council', 'the council', 'rebels'],
    released: ['southern soldiers', 'prisoners of war', 'POWs'],
    target: 800,
  },
  {
    id: 'south-frees-north',
    title: 'Rebel detainees freed by the Southern Republic',
    releaser: ['Southern Republic', 'Meridia', 'the government'],
    released: ['rebel detainees', 'rebel prisoners', 'insurgents'],
    target: 2400,
  },
];

const SENTENCES = [
  'The Southern Republic released {n} rebel detainees on Tuesday, the justice ministry said in a statement.',
  'In return, the Northern Council handed over {m} southern soldiers to the Red Crescent at a border crossing.',
  'Officials said another {n} rebel prisoners will be freed tomorrow if the ceasefire holds.',
  'The agreement signed in March calls for the release of 2,400 rebel detainees and 800 prisoners of war.',
  'So far Meridia has freed {t} insurgents, a spokesman told reporters, more than halfway to the target.',
  'At least {m} POWs remain in custody, according to families who gathered outside the ministry.',
  'Fighting in the eastern valley killed 14 people last week and wounded dozens more, medics said.',
  'The talks, which began on February 3, are expected to last 12 weeks and cost about $4 million.',
  'Nearly {n} detainees walked free from the central prison, and buses took them to the capital.',
  'The council says it still holds about a thousand government troops captured during the war.',
  'Negotiators met for six hours on Sunday; 40 delegates from both sides attended the session.',
  'Up to {m} prisoners could go home before the holiday, a mediator said, without giving a date.',
];

function buildArticle(index: number, bodyChars: number): Article {
  const parts: string[] = [];
  let length = 0;
  for (let i = 0; length < bodyChars; i++) {
    const template = SENTENCES[(index + i) % SENTENCES.length] ?? '';
    const sentence = template
      .replace('{n}', String(20 + ((index * 7 + i) % 180)))
      .replace('{m}', String(5 + ((index * 3 + i) % 60)))
      .replace('{t}', (1000 + ((index * 13) % 900)).toLocaleString('en-US'));
    parts.push(sentence);
    length += sentence.length + 1;
    if (i % 3 === 2) parts.push('\n\n');
  }
  return {
    id: `bench-${index}`,
    feed: 'bench-wire',
    published: new Date(Date.UTC(2024, 2, 1 + (index % 28), 12)).toISOString(),
    title: 'Second round of the swap',
    link: `https://bench-wire.example/${index}`,
    body: parts.join(' ').replace(/ \n\n /g, '\n\n'),
  };
}

/** Measures extraction throughput on synthetic ~3 KB articles; resolves to the numbers measured. */
export async function runExtractBench(options: ExtractBenchOptions = {}): Promise<ExtractBenchNumbers> {
  const warmup = options.warmupArticles ?? 200;
  const count = options.articles ?? 3000;
  const bodyChars = options.bodyChars ?? 3000;
  const pool = Array.from({ length: 64 }, (_, index) => buildArticle(index, bodyChars));
  const extractOptions = { timezone: 'Asia/Kabul' };
  for (let i = 0; i < warmup; i++) extractMentions(pool[i % pool.length] as Article, LEDGERS, extractOptions);
  let mentions = 0;
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  for (let i = 0; i < count; i++)
    mentions += extractMentions(pool[i % pool.length] as Article, LEDGERS, extractOptions).length;
  const elapsedMs = performance.now() - started;
  const cpu = process.cpuUsage(cpuBefore);
  const averageChars = pool.reduce((sum, article) => sum + article.body.length, 0) / pool.length;
  return {
    articles: count,
    bodyChars: Math.round(averageChars),
    mentions,
    elapsedMs,
    cpuMs: (cpu.user + cpu.system) / 1000,
    articlesPerSecond: (count / elapsedMs) * 1000,
    meanMsPerArticle: elapsedMs / count,
  };
}

/** One line for humans: throughput against the product's bar. */
export function formatExtractBench(numbers: ExtractBenchNumbers): string {
  const verdict = numbers.articlesPerSecond >= EXTRACT_TARGET.articlesPerSecond ? 'ok' : 'BELOW TARGET';
  return `extract: ${numbers.articlesPerSecond.toFixed(0)} articles/s (${numbers.meanMsPerArticle.toFixed(3)} ms per ${numbers.bodyChars}-char article, ${numbers.mentions} mentions over ${numbers.articles} articles; target ≥ ${EXTRACT_TARGET.articlesPerSecond}/s) ${verdict}; CPU ${(numbers.cpuMs / numbers.articles).toFixed(3)} ms per article`;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  process.stdout.write(`${formatExtractBench(await runExtractBench())}\n`);
}
