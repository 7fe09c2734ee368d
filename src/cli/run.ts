import { existsSync } from 'node:fs';
import { TrackersFileError } from '../config/load-trackers.js';
import { ConfigError } from '../config/parse-config.js';
import { startApp } from '../main.js';
import { StoreError } from '../store/store-error.js';

const USAGE = 'usage: tallywire run [--trackers FILE] [--once]\n';

/**
 * `tallywire run` (`npm start`): loads `.env` when present, starts the bot, and stops cleanly on
 * SIGINT / SIGTERM. Configuration, trackers-file and store problems are reported plainly (exit 1).
 */
export async function run(argv: string[]): Promise<number> {
  let trackersFile: string | undefined;
  let once = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--trackers' && argv[i + 1]) trackersFile = argv[++i];
    else if (arg === '--once') once = true;
    else {
      process.stderr.write(`tallywire run: unexpected argument "${arg}"\n${USAGE}`);
      return 2;
    }
  }
  // Variables already set in the environment win over .env (Node's loadEnvFile does not overwrite).
  if (existsSync('.env')) process.loadEnvFile('.env');

  // Handlers are in place before start-up, so a signal while the store connects still stops cleanly.
  let app: Awaited<ReturnType<typeof startApp>> | null = null;
  let signalled = false;
  const onSignal = (signal: NodeJS.Signals) => {
    process.stderr.write(`\ntallywire: ${signal} received, stopping…\n`);
    signalled = true;
    void app?.stop();
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    try {
      app = await startApp({ env: process.env, trackersFile, input: process.stdin, output: process.stdout, once });
    } catch (error) {
      if (error instanceof ConfigError || error instanceof TrackersFileError || error instanceof StoreError) {
        process.stderr.write(`tallywire: ${error.message}\n`);
        return 1;
      }
      throw error;
    }
    if (signalled) void app.stop();
    await app.done;
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
  return 0;
}
