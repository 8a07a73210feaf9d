/**
 * Input the history cannot be built from (not a repository, a shallow clone,
 * a file that does not parse): the CLI prints the message and exits 2.
 */
export class HistoryError extends Error {
  override name = 'HistoryError';
}
