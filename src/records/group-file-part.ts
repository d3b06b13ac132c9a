/** The group name turned into a file-name part: letters and digits kept, any run of others one hyphen. */
export function groupFilePart(name: string): string {
  return name
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-|-$/g, '');
}
