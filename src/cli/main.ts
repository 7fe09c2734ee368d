/**
 * The `tallywire` command line. Each subcommand lives in its own module, loaded lazily so
 * `extract` never pays for chat SDKs. A subcommand module exports
 * `run(argv: string[]): Promise<number>` (the exit code).
 */
type Subcommand = { summary: string; load: () => Promise<{ run(argv: string[]): Promise<number> }> };

const SUBCOMMANDS: Record<string, Subcommand> = {
  run: { summary: 'run the bot (console mode when no chat token is set)', load: () => import('./run.js') },
  demo: { summary: 'offline demo: bundled feeds, simulated weeks, real pipeline', load: () => import('./demo.js') },
  extract: { summary: 'extract mentions: --ledgers FILE --json ARTICLE.json...', load: () => import('./extract.js') },
  replay: {
    summary: 'replay articles into tallies: --ledgers FILE --json ARTICLE.json...',
    load: () => import('./replay.js'),
  },
  explain: { summary: 'explain a ledger: LEDGER [--ledgers FILE] ARTICLE.json...', load: () => import('./explain.js') },
  eval: { summary: 'score corpus sets: DIR... [--json]', load: () => import('./eval.js') },
  bench: { summary: 'benchmarks: extraction speed, polling scale, delivery rate', load: () => import('./bench.js') },
  'discord-register': {
    summary: 'register Discord slash commands: [--guild ID]',
    load: () => import('./discord-register.js'),
  },
};

function usage(): string {
  const rows = Object.entries(SUBCOMMANDS).map(([name, sub]) => `  ${name.padEnd(18)} ${sub.summary}`);
  return `usage: tallywire <command> [options]\n\n${rows.join('\n')}\n`;
}

/** Dispatches argv to a subcommand and returns the process exit code. */
export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(usage());
    return name ? 0 : 2;
  }
  const sub = SUBCOMMANDS[name];
  if (!sub) {
    process.stderr.write(`tallywire: unknown command "${name}"\n\n${usage()}`);
    return 2;
  }
  const module = await sub.load();
  return module.run(rest);
}
