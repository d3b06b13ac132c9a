/**
 * What went wrong with a file operation, in words rather than an errno code: `no such
 * file` (or folder), `permission denied`, `the disk is full`. Reading scenarios and
 * records and saving records all report their failures through it.
 */
export function describeFileError(error: unknown, kind: 'file' | 'folder'): string {
  switch ((error as NodeJS.ErrnoException).code) {
    case 'ENOENT':
      return `no such ${kind}`;
    case 'ENOTDIR':
      return 'part of the path is a file, not a folder';
    case 'EISDIR':
      return 'it is a folder, not a file';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EROFS':
      return 'the file system is read-only';
    case 'ENOSPC':
      return 'the disk is full';
    case 'EDQUOT':
      return 'the disk quota is used up';
    case 'ENAMETOOLONG':
      return 'the name is too long';
    case 'EFBIG':
      return 'the file would be larger than this process may write (see ulimit -f)';
    case 'EEXIST':
      return 'a file of that name appeared while saving';
    default:
      return withoutPath(error);
  }
}

/**
 * Node's message without the path it ends with ("EIO: i/o error, open '…'"): the caller
 * names the file already, and a path can be 100,000 characters long.
 */
function withoutPath(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const { syscall } = error as NodeJS.ErrnoException;
  const at = syscall === undefined ? -1 : error.message.indexOf(`, ${syscall} '`);
  return at < 0 ? error.message : error.message.slice(0, at);
}
