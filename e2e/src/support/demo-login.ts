import type { ServerProcess } from '@sotchart/test-support';

export interface Credentials {
  readonly email: string;
  readonly password: string;
}

/** The demo owner's sign-in, read from what `sotchart serve` prints on start (as a new user would). */
export function demoLogin(server: ServerProcess): Credentials {
  const match = /Demo sign-in: (\S+) \/ (\S+)/.exec(server.output());
  if (match?.[1] === undefined || match[2] === undefined) {
    throw new Error(`the server printed no demo sign-in:\n${server.output()}`);
  }
  return { email: match[1], password: match[2] };
}
