/** A piece of inline text; platforms escape `text` and render links their own way. */
export type Inline =
  | { type: 'text'; text: string }
  | { type: 'strong'; text: string }
  | { type: 'link'; text: string; url: string };

/** A block of a post: a line of inlines, a heading, or a progress bar (rendered per platform). */
export type Block =
  | { type: 'heading'; text: string }
  | { type: 'line'; parts: Inline[] }
  | { type: 'progress'; value: number; target: number };

/**
 * The one neutral output of the core: alerts, digests and command answers are all Posts.
 * Each platform renders, escapes and splits it to its own limits.
 */
export interface Post {
  kind: 'alert' | 'digest' | 'answer' | 'error';
  title: string;
  blocks: Block[];
  /** Digests and long lists ask platforms not to unfurl links. */
  quietLinks?: boolean;
}

/** Builders that keep post construction short and readable. */
export const text = (value: string): Inline => ({ type: 'text', text: value });
export const strong = (value: string): Inline => ({ type: 'strong', text: value });
export const link = (value: string, url: string): Inline => ({ type: 'link', text: value, url });
export const line = (...parts: Inline[]): Block => ({ type: 'line', parts });
export const heading = (value: string): Block => ({ type: 'heading', text: value });
export const progress = (value: number, target: number): Block => ({ type: 'progress', value, target });
