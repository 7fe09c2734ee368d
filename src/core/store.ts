/**
 * The key-value port the core stores everything through. Keyv satisfies it structurally;
 * in tests `new Keyv()` is the fake. Implementations must throw on failure, never return
 * undefined for an unreadable key (keyv: `throwOnErrors: true`).
 */
export interface KeyValueStore {
  get(key: string): Promise<unknown>;
  set(key: string, value: unknown): Promise<unknown>;
  delete(key: string): Promise<unknown>;
}
