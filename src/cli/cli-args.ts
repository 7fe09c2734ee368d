import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { z } from 'zod';
import type { Article, Ledger } from '../core/types.js';
import { articleSchema, ledgersFileSchema } from '../eval/corpus-schema.js';

/** What a command line says: option values, flags that were present, and the remaining words. */
export interface ParsedArgs {
  values: Record<string, string>;
  flags: Set<string>;
  positionals: string[];
}

/** Which options a command accepts: those that take a value and those that are bare flags. */
export interface ArgSpec {
  valueOptions: readonly string[];
  flagOptions: readonly string[];
}

/** A command-line outcome: a value, or a message with the exit code (2: bad usage, 1: unreadable input). */
export type CliResult<T> = { ok: true; value: T } | { ok: false; exitCode: 1 | 2; message: string };

/**
 * Splits argv into options and positionals. `--name VALUE` and `--name=VALUE` both work; a
 * bare `--` ends the options. An option given twice keeps its last value.
 */
export function parseArgs(argv: readonly string[], spec: ArgSpec): CliResult<ParsedArgs> {
  const values: Record<string, string> = {};
  const flags = new Set<string>();
  const positionals: string[] = [];
  for (let index = 0; index < argv.length; index++) {
    const word = argv[index] ?? '';
    if (word === '--') {
      positionals.push(...argv.slice(index + 1));
      break;
    }
    if (!word.startsWith('--') || word.length === 2) {
      positionals.push(word);
      continue;
    }
    const equals = word.indexOf('=');
    const name = word.slice(2, equals === -1 ? undefined : equals);
    if (spec.valueOptions.includes(name)) {
      const value = equals === -1 ? argv[++index] : word.slice(equals + 1);
      if (value === undefined || value === '') return usageError(`option --${name} needs a value`);
      values[name] = value;
    } else if (spec.flagOptions.includes(name) && equals === -1) {
      flags.add(name);
    } else {
      return usageError(`unknown option ${word}`);
    }
  }
  return { ok: true, value: { values, flags, positionals } };
}

/** A bad-usage outcome (exit code 2). */
export function usageError(message: string): { ok: false; exitCode: 2; message: string } {
  return { ok: false, exitCode: 2, message };
}

/** An unreadable-input outcome (exit code 1). */
export function inputError(message: string): { ok: false; exitCode: 1; message: string } {
  return { ok: false, exitCode: 1, message };
}

/** Expands each path: a directory becomes its `*.json` files sorted by name, a file stays itself. */
export async function expandJsonPaths(paths: readonly string[]): Promise<CliResult<string[]>> {
  const files: string[] = [];
  for (const path of paths) {
    let isDirectory: boolean;
    try {
      isDirectory = (await stat(path)).isDirectory();
    } catch (error) {
      return inputError(`${path}: ${describeFsError(error)}`);
    }
    if (!isDirectory) {
      files.push(path);
      continue;
    }
    const names = (await readdir(path)).filter((name) => name.endsWith('.json')).sort();
    if (names.length === 0) return inputError(`${path}: directory has no *.json files`);
    files.push(...names.map((name) => join(path, name)));
  }
  return { ok: true, value: files };
}

/** Reads a JSON file and validates it, naming the file, the JSON path and the problem on failure. */
export async function readJsonFile<T>(path: string, schema: z.ZodType<T>): Promise<CliResult<T>> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    return inputError(`${path}: ${describeFsError(error)}`);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return inputError(`${path}: invalid JSON (${error instanceof Error ? error.message : String(error)})`);
  }
  const parsed = schema.safeParse(data);
  if (parsed.success) return { ok: true, value: parsed.data };
  const problems = parsed.error.issues.map((issue) => `${formatPath(issue.path)}: ${issue.message}`);
  return inputError(`${path}: ${problems.join('; ')}`);
}

function formatPath(path: readonly PropertyKey[]): string {
  if (path.length === 0) return '(top level)';
  return path
    .map((key, index) => (typeof key === 'number' ? `[${key}]` : `${index === 0 ? '' : '.'}${String(key)}`))
    .join('');
}

function describeFsError(error: unknown): string {
  const code = (error as { code?: string } | null)?.code;
  if (code === 'ENOENT') return 'no such file or directory';
  if (code === 'EACCES') return 'permission denied';
  if (code === 'EISDIR') return 'is a directory';
  return error instanceof Error ? error.message : String(error);
}

/** Prints a failed outcome on stderr, prefixed with the command, and returns its exit code. */
export function reportFailure(command: string, failure: { exitCode: 1 | 2; message: string }, usage?: string): number {
  const hint = failure.exitCode === 2 && usage ? `\nusage: ${usage}` : '';
  process.stderr.write(`tallywire ${command}: ${failure.message}${hint}\n`);
  return failure.exitCode;
}

/** Reads a ledgers file (a `ledgers` array; other keys ignored). */
export async function readLedgersFile(path: string): Promise<CliResult<Ledger[]>> {
  const file = await readJsonFile(path, ledgersFileSchema);
  return file.ok ? { ok: true, value: file.value.ledgers } : file;
}

/** Reads article files (directories expand to their `*.json`), stopping at the first bad one; `schema` defaults to a plain article. */
export async function readArticleFiles<T extends Article = Article>(
  paths: readonly string[],
  schema: z.ZodType<T> = articleSchema as z.ZodType<T>,
): Promise<CliResult<T[]>> {
  const files = await expandJsonPaths(paths);
  if (!files.ok) return files;
  const articles: T[] = [];
  for (const file of files.value) {
    const article = await readJsonFile(file, schema);
    if (!article.ok) return article;
    articles.push(article.value);
  }
  return { ok: true, value: articles };
}
