/**
 * Every match of a global pattern in `text`, found with the pattern itself. `String.prototype.matchAll` clones the
 * pattern on each call, and V8 runs a fresh clone in its slow regex interpreter, so on the extractor's hot paths
 * the clone cost more than the matching. Collected eagerly, so a caller may use the same pattern again inside its loop.
 */
export function allMatches(pattern: RegExp, text: string): RegExpExecArray[] {
  const found: RegExpExecArray[] = [];
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    found.push(match);
    if (match[0] === '') pattern.lastIndex++;
  }
  pattern.lastIndex = 0;
  return found;
}
