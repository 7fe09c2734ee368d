import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../../src/core/extract/sentences.js';

describe('splitSentences', () => {
  it('splits at sentence ends and paragraphs, keeping offsets into the body', () => {
    const body = 'Mr. Haddad spoke in the U.S. capital. Then 20 were freed.\n\nA new paragraph';
    const sentences = splitSentences(body);
    expect(sentences.map((s) => s.text)).toEqual([
      'Mr. Haddad spoke in the U.S. capital.',
      'Then 20 were freed.',
      'A new paragraph',
    ]);
    for (const sentence of sentences) expect(body.slice(sentence.start, sentence.end)).toBe(sentence.text);
  });
});
