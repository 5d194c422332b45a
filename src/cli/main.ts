#!/usr/bin/env node
import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createLogger } from '../logger.ts';
import { logProcessWarnings } from '../process-warnings.ts';
import { VERSION } from '../version.ts';
import { type CliCommand, type CliIo, EXIT, UsageError } from './cli-command.ts';
import { commandHelp, HELP_OPTION, nearest, overviewHelp, unknownOption, VERSION_OPTION } from './cli-help.ts';

// One line per subcommand; each lives in its own file and is loaded only when it runs: a command's dependencies
// (the Markdown parser, the probes) would otherwise slow every start, `probe` in a CI step included.
const COMMANDS: Record<string, () => Promise<CliCommand>> = {
  validate: async () => (await import('./validate-command.ts')).validateCommand,
  import: async () => (await import('./import-command.ts')).importCommand,
  probe: async () => (await import('./probe-command.ts')).probeCommand,
  'export-template': async () => (await import('./export-template-command.ts')).exportTemplateCommand,
  report: async () => (await import('./report-command.ts')).reportCommand,
  export: async () => (await import('./export-command.ts')).exportCommand,
  audit: async () => (await import('./audit-command.ts')).auditCommand,
  stats: async () => (await import('./stats-command.ts')).statsCommand,
  token: async () => (await import('./token-command.ts')).tokenCommand,
  wait: async () => (await import('./wait-command.ts')).waitCommand,
  start: async () => (await import('./api-client-commands.ts')).startCommand,
  tick: async () => (await import('./api-client-commands.ts')).tickCommand,
  event: async () => (await import('./api-client-commands.ts')).eventCommand,
};

export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const [name, ...args] = argv;
  if (!name || name === 'help' || name === HELP_OPTION.flag || name === HELP_OPTION.alias) {
    io.stdout(await helpText());
    return name ? EXIT.ok : EXIT.usage;
  }
  if (name === VERSION_OPTION.flag || name === VERSION_OPTION.alias || name === 'version') {
    io.stdout(`${VERSION}\n`);
    return EXIT.ok;
  }
  const load = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (!load) {
    const suggestion = nearest(name, [...Object.keys(COMMANDS), 'help', '--help', '--version']);
    const hint = suggestion ? ` Did you mean "${suggestion}"?` : '';
    io.stderr(`deploy-checklist: unknown command "${name}".${hint}\n\n${await helpText()}`);
    return EXIT.usage;
  }
  const command = await load();
  if (args.includes(HELP_OPTION.flag) || args.includes(HELP_OPTION.alias as string)) {
    io.stdout(commandHelp(command));
    return EXIT.ok;
  }
  try {
    const unknown = unknownOption(command, args);
    if (unknown) {
      const hint = unknown.suggestion ? `; did you mean "${unknown.suggestion}"?` : '';
      throw new UsageError(`unknown option "${unknown.option}"${hint}`);
    }
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
  return overviewHelp(await Promise.all(Object.values(COMMANDS).map((load) => load())));
}

// Run when executed, not when imported by tests; through npm's bin link argv[1] is a symlink, so compare real paths.
const isEntryPoint =
  Boolean(process.argv[1]) && realpathSync(process.argv[1] as string) === realpathSync(fileURLToPath(import.meta.url));
if (isEntryPoint) {
  // A Node warning (a deprecation in a dependency) is a JSON line on stderr like the bot's, not stray text.
  logProcessWarnings(createLogger('warn'));
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
