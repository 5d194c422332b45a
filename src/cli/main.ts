#!/usr/bin/env node
import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { type CliCommand, type CliIo, EXIT, UsageError } from './cli-command.ts';
import { importCommand } from './import-command.ts';
import { probeCommand } from './probe-command.ts';
import { validateCommand } from './validate-command.ts';

// One line per subcommand; each lives in its own file.
const COMMANDS: CliCommand[] = [validateCommand, importCommand, probeCommand];

export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const [name, ...args] = argv;
  if (!name || name === 'help' || name === '--help' || name === '-h') {
    io.stdout(helpText());
    return name ? EXIT.ok : EXIT.usage;
  }
  const command = COMMANDS.find((candidate) => candidate.name === name);
  if (!command) {
    io.stderr(`deploy-checklist: unknown command "${name}".\n\n${helpText()}`);
    return EXIT.usage;
  }
  if (args.includes('--help') || args.includes('-h')) {
    io.stdout(`usage: ${command.usage}\n${command.summary}\n`);
    return EXIT.ok;
  }
  try {
    return await command.run(args, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`deploy-checklist ${command.name}: ${error.message}\nusage: ${command.usage}\n`);
      return EXIT.usage;
    }
    throw error;
  }
}

function helpText(): string {
  const lines = COMMANDS.map((command) => `  ${command.usage.padEnd(60)} ${command.summary}`);
  return `usage: deploy-checklist <command> [options]\n\ncommands:\n${lines.join('\n')}\n`;
}

// Run when executed, not when imported by tests; through npm's bin link argv[1] is a symlink, so compare real paths.
const isEntryPoint =
  Boolean(process.argv[1]) && realpathSync(process.argv[1] as string) === realpathSync(fileURLToPath(import.meta.url));
if (isEntryPoint) {
  const io: CliIo = {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    cwd: process.cwd(),
    env: process.env,
  };
  runCli(process.argv.slice(2), io).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`deploy-checklist: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = EXIT.failed;
    },
  );
}
