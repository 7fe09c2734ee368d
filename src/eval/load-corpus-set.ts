import { readdir, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { type CliResult, inputError, readJsonFile } from '../cli/cli-args.js';
import type { Ledger } from '../core/types.js';
import { type LabelledArticle, labelledArticleSchema, setLedgersFileSchema, type TruthPoint } from './corpus-schema.js';

/** A corpus set read from disk: `ledgers.json` (ledgers and truth) and `articles/*.json`. */
export interface CorpusSet {
  name: string;
  dir: string;
  ledgers: Ledger[];
  truth: TruthPoint[];
  articles: LabelledArticle[];
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

/**
 * Resolves directories to set directories: a directory holding `ledgers.json` is a set; any
 * other directory is a corpus root and stands for each of its sub-directories that is a set.
 * Plain files among the arguments (a shell glob such as `corpus/*` also names `SCORING.md`)
 * are passed over, as long as some set is found.
 */
export async function findSetDirs(dirs: readonly string[]): Promise<CliResult<string[]>> {
  const found: string[] = [];
  const files: string[] = [];
  for (const dir of dirs) {
    if (await isFile(dir)) {
      files.push(dir);
      continue;
    }
    if (await isFile(join(dir, 'ledgers.json'))) {
      found.push(dir);
      continue;
    }
    let names: string[];
    try {
      names = (await readdir(dir)).sort();
    } catch {
      return inputError(`${dir}: not a readable directory`);
    }
    const sets: string[] = [];
    for (const name of names) if (await isFile(join(dir, name, 'ledgers.json'))) sets.push(join(dir, name));
    if (sets.length === 0) return inputError(`${dir}: neither a set (no ledgers.json) nor a directory of sets`);
    found.push(...sets);
  }
  if (found.length === 0) return inputError(`${files.join(', ')}: not set directories (each needs ledgers.json)`);
  return { ok: true, value: found };
}

/** Reads and validates one set, naming the file and the problem when something is wrong. */
export async function loadCorpusSet(dir: string): Promise<CliResult<CorpusSet>> {
  const ledgersFile = await readJsonFile(join(dir, 'ledgers.json'), setLedgersFileSchema);
  if (!ledgersFile.ok) return ledgersFile;
  const articlesDir = join(dir, 'articles');
  let names: string[];
  try {
    names = (await readdir(articlesDir)).filter((name) => name.endsWith('.json')).sort();
  } catch {
    return inputError(`${articlesDir}: not a readable directory`);
  }
  const articles: LabelledArticle[] = [];
  for (const name of names) {
    const article = await readJsonFile(join(articlesDir, name), labelledArticleSchema);
    if (!article.ok) return article;
    articles.push(article.value);
  }
  return {
    ok: true,
    value: { name: basename(dir), dir, ledgers: ledgersFile.value.ledgers, truth: ledgersFile.value.truth, articles },
  };
}
