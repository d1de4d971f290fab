import { createInterface } from 'node:readline/promises';

/** The first line of a piped stdin (a password given as `echo … | sotchart setup …`). */
export async function readFirstLine(input: NodeJS.ReadableStream = process.stdin): Promise<string> {
  let text = '';
  for await (const chunk of input) {
    text += String(chunk);
    if (text.includes('\n')) break;
  }
  return (text.split(/\r?\n/)[0] ?? '').trimEnd();
}

/** Asks a question on the terminal; the answer (or `fallback` when empty). */
export async function ask(question: string, fallback = ''): Promise<string> {
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  try {
    const answer = (
      await rl.question(fallback === '' ? `${question}: ` : `${question} [${fallback}]: `)
    ).trim();
    return answer === '' ? fallback : answer;
  } finally {
    rl.close();
  }
}

/** Asks for a password on the terminal without echoing it. */
export function askHidden(question: string): Promise<string> {
  const stdin = process.stdin;
  process.stdout.write(`${question}: `);
  return new Promise((resolve, reject) => {
    let value = '';
    const done = (error?: Error): void => {
      stdin.setRawMode(false);
      stdin.pause();
      stdin.off('data', onData);
      process.stdout.write('\n');
      if (error === undefined) resolve(value);
      else reject(error);
    };
    const onData = (data: Buffer): void => {
      for (const ch of data.toString('utf8')) {
        if (ch === '\r' || ch === '\n') return done();
        if (ch === '\u0003') return done(new Error('Cancelled.'));
        if (ch === '\u007f' || ch === '\b') value = [...value].slice(0, -1).join('');
        else value += ch;
      }
    };
    stdin.setRawMode(true);
    stdin.resume();
    stdin.on('data', onData);
  });
}

/** A new password: typed twice on a terminal, or the first line of a piped stdin. */
export async function readNewPassword(): Promise<string> {
  if (!process.stdin.isTTY) return readFirstLine();
  const first = await askHidden('Password (at least 12 characters)');
  const second = await askHidden('Password again');
  if (first !== second) throw new PasswordMismatch();
  return first;
}

export class PasswordMismatch extends Error {
  constructor() {
    super('The two passwords differ.');
  }
}
