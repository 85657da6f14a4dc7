// Shared by the staleness checks of generated files (API types, bundled contract): compares the committed
// text with a fresh one and explains the first difference.
import { existsSync, readFileSync } from 'node:fs';

const normalise = (s) => s.replace(/\r\n/g, '\n');

/** Returns null when the file at `file` equals `fresh`, else a message naming the first differing line. */
export function staleness(file, fresh, what) {
  const before = existsSync(file) ? normalise(readFileSync(file, 'utf8')) : null;
  const after = normalise(fresh);
  if (before === after) return null;
  const a = (before ?? '').split('\n');
  const b = after.split('\n');
  let line = 0;
  while (line < a.length && line < b.length && a[line] === b[line]) line++;
  return (
    `\n${what}` +
    (before === null ? ' (the file is missing).' : ` (first difference at line ${line + 1}).`) +
    `\n  committed: ${JSON.stringify(a[line] ?? '<end of file>')}` +
    `\n  expected:  ${JSON.stringify(b[line] ?? '<end of file>')}`
  );
}
