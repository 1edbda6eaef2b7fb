/**
 * A backup or restore that cannot go on, with a message for the operator that says what is wrong
 * and what to do. The commands print it without a stack trace and exit with 1.
 */
export class BackupError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "BackupError";
  }
}
