/**
 * A problem with the environment the server was started in (configuration, port, database).
 * The CLI prints its message as one sentence and exits, with no stack trace.
 */
export class StartupError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'StartupError';
  }
}
