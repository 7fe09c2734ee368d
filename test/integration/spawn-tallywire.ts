import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';

const BIN = join(import.meta.dirname, '../../bin/tallywire.js');

/** How a spawned bot ended. */
export interface Exit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

/** A `tallywire` process started as an operator would start it. */
export interface SpawnedTallywire {
  child: ChildProcess;
  /** Everything written so far. */
  readonly stdout: string;
  readonly stderr: string;
  /** Settles when the process has exited. */
  exited: Promise<Exit>;
  /** Waits for the exit; after `timeoutMs` kills the process and fails with what it logged. */
  finished(timeoutMs?: number): Promise<Exit>;
}

const running = new Set<ChildProcess>();

/**
 * Spawns `node bin/tallywire.js ...args` in `cwd` (a temp dir, so no `.env` of the checkout is
 * read) with exactly `env` plus PATH and HOME: no chat tokens leak in from the caller. stdin is
 * closed, as under a service manager.
 */
export function spawnTallywire(
  args: string[],
  options: { cwd: string; env: Record<string, string> },
): SpawnedTallywire {
  const child = spawn(process.execPath, [BIN, ...args], {
    cwd: options.cwd,
    env: { PATH: process.env['PATH'] ?? '', HOME: options.cwd, ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  running.add(child);
  let stdout = '';
  let stderr = '';
  child.stdout?.setEncoding('utf8').on('data', (chunk: string) => {
    stdout += chunk;
  });
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => {
    stderr += chunk;
  });
  const exited = new Promise<Exit>((resolve) => {
    child.once('close', (code, signal) => {
      running.delete(child);
      resolve({ code, signal });
    });
  });
  return {
    child,
    get stdout() {
      return stdout;
    },
    get stderr() {
      return stderr;
    },
    exited,
    finished: (timeoutMs = 40_000) =>
      new Promise<Exit>((resolve, reject) => {
        const timer = setTimeout(() => {
          child.kill('SIGKILL');
          reject(
            new Error(
              `tallywire ${args.join(' ')} still running after ${timeoutMs} ms; stderr:\n${stderr}\nstdout:\n${stdout}`,
            ),
          );
        }, timeoutMs);
        void exited.then((exit) => {
          clearTimeout(timer);
          resolve(exit);
        });
      }),
  };
}

/** Kills (SIGKILL) every spawned process still running and waits for them: for afterEach. */
export async function killAllSpawned(): Promise<void> {
  const children = [...running];
  await Promise.all(
    children.map(
      (child) =>
        new Promise<void>((resolve) => {
          if (child.exitCode !== null || child.signalCode !== null) return resolve();
          child.once('close', () => resolve());
          child.kill('SIGKILL');
        }),
    ),
  );
}
