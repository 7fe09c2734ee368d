import { describe, expect, it } from 'vitest';
import { readArticle } from '../../src/feeds/read-article.js';
import { ARTICLE_PARAGRAPHS, newsPage } from '../fixtures/feeds/news-page.js';

const URL = 'https://news.example/2020/04/09/swap';

describe('readArticle', () => {
  it('keeps the article body as blank-line separated paragraphs', () => {
    const article = readArticle(newsPage(), URL);
    expect(article?.text).toContain(ARTICLE_PARAGRAPHS.join('\n\n'));
  });

  it('drops navigation, ads, related links, comments, scripts and the footer', () => {
    const text = readArticle(newsPage(), URL)?.text ?? '';
    for (const boilerplate of [
      'Sport',
      'Buy cheap flights',
      'Ten things about football',
      'First! Great site.',
      'Subscribe to my channel',
      'Copyright Example News',
      'analytics',
      'color: red',
    ]) {
      expect(text).not.toContain(boilerplate);
    }
  });

  it('returns the headline as the title', () => {
    expect(readArticle(newsPage({ headline: 'Kabul frees 100 more Taliban prisoners' }), URL)?.title).toMatch(
      /^Kabul frees 100 more Taliban prisoners/,
    );
  });

  it('returns null for a page with no text', () => {
    expect(readArticle('<html><head><title>Empty</title></head><body><nav></nav></body></html>', URL)).toBeNull();
  });
});
