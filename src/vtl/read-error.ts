/** Why a file could not be read, in words (not errno codes): "file not found", "is a directory". */
export function unreadableReason(error: unknown): string {
  // A bounded read (definition/read.ts) answers with an InputError in words, the errno error as its cause.
  const code =
    (error as NodeJS.ErrnoException).code ?? ((error as Error).cause as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT') return 'file not found';
  if (code === 'EISDIR') return 'is a directory';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  return code ?? (error as Error).message;
}
