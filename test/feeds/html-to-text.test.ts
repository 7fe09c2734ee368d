import { describe, expect, it } from 'vitest';
import { htmlToText } from '../../src/feeds/html-to-text.js';

describe('htmlToText', () => {
  it('turns block elements into paragraphs separated by a blank line', () => {
    expect(
      htmlToText('<h2>Swap</h2><p>First  paragraph\n spans lines.</p><div>Second</div><ul><li>a</li><li>b</li></ul>'),
    ).toBe('Swap\n\nFirst paragraph spans lines.\n\nSecond\n\na\n\nb');
  });

  it('keeps inline elements inside their paragraph', () => {
    expect(htmlToText('<p>Freed <b>100</b> <a href="/x">prisoners</a>.</p>')).toBe('Freed 100 prisoners.');
  });

  it('turns <br> into a line break', () => {
    expect(htmlToText('<p>Kabul<br>9 April</p>')).toBe('Kabul\n9 April');
  });

  it('drops scripts, styles and noscript', () => {
    expect(htmlToText('<style>p{}</style><p>Text</p><script>track("x")</script><noscript>Enable JS</noscript>')).toBe(
      'Text',
    );
  });

  it('decodes named, numeric and non-breaking-space entities', () => {
    expect(htmlToText('<p>AT&amp;T &#8220;quoted&#8221;&nbsp;&eacute;t&eacute;</p>')).toBe('AT&T “quoted” été');
  });

  it('leaves plain text paragraphs as they are', () => {
    expect(htmlToText('First line.\n\n  Second   paragraph.  ')).toBe('First line.\n\nSecond paragraph.');
  });

  it('returns an empty string for empty input', () => {
    expect(htmlToText('')).toBe('');
    expect(htmlToText('<p> </p>')).toBe('');
  });
});
