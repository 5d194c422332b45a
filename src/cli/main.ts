#!/usr/bin/env node
import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { type CliCommand, type CliIo, EXIT, UsageError } from './cli-command.ts';

// One line per subcommand; each lives in its own file and is loaded only when it runs: a command's dependencies
// (the Markdown parser, the probes) would otherwise slow every start, `probe` in a CI step included.
const COMMANDS: Record<string, () => Promise<CliCommand>> = {
  validate: async () => (await import('./validate-command.ts')).validateCommand,
  import: async () => (await import('./import-command.ts')).importCommand,
  probe: async () => (await import('./probe-command.ts')).probeCommand,
};

export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const [name, ...args] = argv;
  if (!name || name === 'help' || name === '--help' || name === '-h') {
    io.stdout(await helpText());
    return name ? EXIT.ok : EXIT.usage;
  }
  const load = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (!load) {
    io.stderr(`deploy-checklist: unknown command "${name}".\n\n${await helpText()}`);
    return EXIT.usage;
  }
  const command = await load();
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

async function helpText(): Promise<string> {
  const commands = await Promise.all(Object.values(COMMANDS).map((load) => load()));
  const lines = commands.map((command) => `  ${command.usage.padEnd(60)} ${command.summary}`);
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
