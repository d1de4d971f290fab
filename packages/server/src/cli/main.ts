import { StartupError } from '../startup-error';
import { version } from '../version';
import { auditCommand } from './audit-verify.command';
import { backupCommand } from './backup.command';
import { createUserCommand } from './create-user.command';
import { setupCommand } from './setup.command';
import { analyzeCommand } from './analyze.command';
import { exportCommand, exportUsage } from './export.command';
import { importCommand, importUsage } from './import.command';
import { migrateCommand } from './migrate.command';
import { restoreCommand } from './restore.command';
import { seedDemoCommand } from './seed-demo.command';
import { serveCommand } from './serve.command';

interface Command {
  readonly summary: string;
  run(args: readonly string[]): Promise<number>;
}

/** Every sotchart command; `--help` lists them from here. */
const commands: Record<string, Command> = {
  analyze: {
    summary: 'analyse a findings file with the SOT engine (--json for JSON)',
    run: (args) => analyzeCommand(args),
  },
  serve: { summary: 'migrate the database, then serve the API and web app', run: () => serveCommand() },
  migrate: { summary: 'bring the database schema to the latest version', run: () => migrateCommand() },
  setup: {
    summary: 'create a clinic and its owner (flags and a password on stdin, or asked on a terminal)',
    run: (args) => setupCommand(args),
  },
  'create-user': {
    summary: 'add a user: --email --name --role [--clinic ID], password on stdin',
    run: (args) => createUserCommand(args),
  },
  audit: {
    summary:
      'audit verify: check every audit hash chain (and the anchor file) and name the first broken row; audit anchor: append checkpoints to AUDIT_ANCHOR_FILE',
    run: (args) => auditCommand(args),
  },
  export: { summary: exportUsage, run: (args) => exportCommand(args) },
  import: { summary: importUsage, run: (args) => importCommand(args) },
  backup: { summary: 'backup <file>: consistent SQLite copy, safe while serving', run: backupCommand },
  restore: { summary: 'restore <file> [--force]: put a backup in place', run: restoreCommand },
  'seed-demo': {
    summary: 'add a demo clinic with ~45 patients, their SOT histories and a fortnight of appointments',
    run: () => seedDemoCommand(),
  },
};

function help(): string {
  const width = Math.max(...Object.keys(commands).map((n) => n.length));
  const lines = Object.entries(commands).map(([name, c]) => `  ${name.padEnd(width)}  ${c.summary}`);
  return [
    'Usage: sotchart <command> [options]',
    '',
    'Commands:',
    ...lines,
    '',
    'Options:',
    '  --help     show this help',
    '  --version  print the version',
    '',
    'Configuration comes from PORT, HOST, DATA_DIR and DATABASE_URL (see README.md).',
  ].join('\n');
}

/** Runs the CLI and returns its exit code: 0 done, 1 failed, 2 bad usage or input. */
export async function main(argv: readonly string[]): Promise<number> {
  const [name, ...args] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    console.log(help());
    return 0;
  }
  if (name === '--version' || name === '-v') {
    console.log(version);
    return 0;
  }
  const command = commands[name];
  if (command === undefined) {
    console.error(`Unknown command "${name}".\n\n${help()}`);
    return 2;
  }
  try {
    return await command.run(args);
  } catch (error) {
    if (error instanceof StartupError) {
      console.error(error.message);
      return 1;
    }
    throw error;
  }
}
