/** Problems raised, typed one per line: trimmed, blank lines dropped. */
export const problemLines = (text: string): string[] =>
  text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '');
