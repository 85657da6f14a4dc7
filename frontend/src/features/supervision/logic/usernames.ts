/** Usernames typed separated by commas, spaces or lines: trimmed, de-duplicated, in order. */
export function usernames(text: string): string[] {
  return [
    ...new Set(
      text
        .split(/[\s,;]+/)
        .map((u) => u.trim())
        .filter((u) => u !== ''),
    ),
  ];
}
