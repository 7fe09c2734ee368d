import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A scratch folder for one test; `remove()` deletes it and everything in it. */
export interface TempDir {
  path: string;
  /** Absolute path of a file in the folder. */
  file(name: string): string;
  /** Writes a value as JSON into the folder and returns the file's path. */
  writeJson(name: string, value: unknown): Promise<string>;
  remove(): Promise<void>;
}

/** Creates a fresh folder under the OS temp dir. */
export async function createTempDir(): Promise<TempDir> {
  const path = await mkdtemp(join(tmpdir(), 'tallywire-it-'));
  return {
    path,
    file: (name) => join(path, name),
    async writeJson(name, value) {
      const file = join(path, name);
      await writeFile(file, `${JSON.stringify(value, null, 2)}\n`);
      return file;
    },
    remove: () => rm(path, { recursive: true, force: true }),
  };
}
