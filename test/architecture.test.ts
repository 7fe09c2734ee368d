import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

function importsOf(source: string): string[] {
  const found: string[] = [];
  for (const match of source.matchAll(
    /(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g,
  )) {
    found.push((match[1] ?? match[2]) as string);
  }
  return found;
}

const FORBIDDEN_IN_CORE = [/^grammy/, /^@grammyjs\//, /^discord\.js/, /^@discordjs\//, /^keyv$/, /^@keyv\//, /^undici/];

describe('architecture boundaries (docs/architecture.md)', () => {
  const coreFiles = sourceFiles(join(root, 'src/core'));

  it('finds the core sources', () => {
    expect(coreFiles.length).toBeGreaterThan(5);
  });

  it('core imports no chat SDK, keyv or HTTP client', () => {
    const offenders = coreFiles.flatMap((file) =>
      importsOf(readFileSync(file, 'utf8'))
        .filter((spec) => FORBIDDEN_IN_CORE.some((pattern) => pattern.test(spec)))
        .map((spec) => `${relative(root, file)} imports ${spec}`),
    );
    expect(offenders).toEqual([]);
  });

  it('core imports nothing outside src/core', () => {
    const offenders = coreFiles.flatMap((file) =>
      importsOf(readFileSync(file, 'utf8'))
        .filter((spec) => spec.startsWith('.') && !join(file, '..', spec).startsWith(join(root, 'src/core')))
        .map((spec) => `${relative(root, file)} imports ${spec}`),
    );
    expect(offenders).toEqual([]);
  });

  it('core never reads process.env', () => {
    const offenders = coreFiles
      .filter((file) => /process\.env/.test(readFileSync(file, 'utf8')))
      .map((f) => relative(root, f));
    expect(offenders).toEqual([]);
  });

  it('detects a forbidden import when one is present', () => {
    const imports = importsOf("import { Bot } from 'grammy';\nconst k = await import('keyv');");
    expect(imports.filter((spec) => FORBIDDEN_IN_CORE.some((p) => p.test(spec)))).toEqual(['grammy', 'keyv']);
  });
});
