/**
 * An article as a role card names it for students: `article 03, Unfaithful allies rift
 * with the east`, from its file name, rather than the file's path in the repository.
 */
export function articleLabel(file: string): string {
  const match = /^(\d+)-(.+?)(?:\.txt)?$/.exec(file);
  if (match === null) return file.replace(/\.txt$/, '').replace(/-/g, ' ');
  const words = match[2]!.replace(/-/g, ' ');
  return `article ${match[1]}, ${words.charAt(0).toUpperCase()}${words.slice(1)}`;
}

/** `the United States`, `the Gulf states`, `Iran`: an actor's name as a sentence's subject. */
export function actorSubject(name: string): string {
  return /^(united |gulf )|\bstates$|^the /i.test(name) ? (name.startsWith('the ') ? name : `the ${name}`) : name;
}
