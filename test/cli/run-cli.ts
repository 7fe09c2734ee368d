import { execFile } from 'node:child_process';
import { join } from 'node:path';

const BIN = join(import.meta.dirname, '../../bin/tallywire.js');

/** What one `tallywire` run printed and how it exited. */
export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the real `bin/tallywire.js` with arguments, as a user would. */
export function runCli(args: string[], cwd?: string): Promise<CliRun> {
  return new Promise((resolve) => {
    execFile(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8' }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

/** Runs a subcommand module in this process, recording what it wrote (fast; no tsx start-up). */
export async function runInProcess(run: (argv: string[]) => Promise<number>, args: string[]): Promise<CliRun> {
  const written = { stdout: '', stderr: '' };
  const stdoutWrite = process.stdout.write;
  const stderrWrite = process.stderr.write;
  process.stdout.write = ((chunk: string | Uint8Array) => {
    written.stdout += String(chunk);
    return true;
  }) as typeof process.stdout.write;
  process.stderr.write = ((chunk: string | Uint8Array) => {
    written.stderr += String(chunk);
    return true;
  }) as typeof process.stderr.write;
  try {
    const code = await run(args);
    return { code, ...written };
  } finally {
    process.stdout.write = stdoutWrite;
    process.stderr.write = stderrWrite;
  }
}
