/**
 * `text` as one word a POSIX shell reads back unchanged: bare when it holds only characters
 * no shell treats specially, otherwise in single quotes (a quote inside written `'\''`).
 * For commands printed for a user to paste, such as the one that reopens a saved record.
 */
export function shellWord(text: string): string {
  return /^[\w@%+=:,./-]+$/.test(text) ? text : `'${text.replaceAll("'", `'\\''`)}'`;
}
