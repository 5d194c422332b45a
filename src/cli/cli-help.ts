import { distance } from 'fastest-levenshtein';
import type { CliCommand, CliOption } from './cli-command.ts';

/** Options every command takes, and the entry point's own. */
export const HELP_OPTION: CliOption = { flag: '--help', alias: '-h', help: "show this help (or a command's)" };
export const VERSION_OPTION: CliOption = { flag: '--version', alias: '-v', help: 'print the version and exit' };

/** `deploy-checklist --help`: every command with its arguments, options and their defaults, in aligned columns. */
export function overviewHelp(commands: readonly CliCommand[]): string {
  const rows: Array<[string, string]> = [];
  for (const command of commands) {
    rows.push([`${command.name}${command.args ? ` ${command.args}` : ''}`, command.summary]);
    for (const option of command.options ?? []) rows.push([`    ${optionLabel(option)}`, optionHelp(option)]);
  }
  const global = [HELP_OPTION, VERSION_OPTION].map((option): [string, string] => [optionLabel(option), option.help]);
  const width = Math.max(...[...rows, ...global].map(([left]) => left.length));
  return [
    'usage: deploy-checklist <command> [options]',
    '',
    'commands:',
    ...table(rows, width),
    '',
    'options:',
    ...table(global, width),
    '',
    'Run `deploy-checklist <command> --help` for one command.',
    '',
  ].join('\n');
}

/** `deploy-checklist <command> --help`. */
export function commandHelp(command: CliCommand): string {
  const options = [...(command.options ?? []), HELP_OPTION];
  const rows = options.map((option): [string, string] => [optionLabel(option), optionHelp(option)]);
  const width = Math.max(...rows.map(([left]) => left.length));
  return [`usage: ${command.usage}`, '', command.summary, '', 'options:', ...table(rows, width), ''].join('\n');
}

/** The closest of the candidates to a mistyped word, when it is close enough to be what was meant. */
export function nearest(word: string, candidates: readonly string[]): string | undefined {
  let best: { candidate: string; distance: number } | undefined;
  for (const candidate of candidates) {
    const d = distance(word.toLowerCase(), candidate.toLowerCase());
    if (!best || d < best.distance) best = { candidate, distance: d };
  }
  // Two edits (a swap, a missing letter) or a third of the word: beyond that a suggestion is a guess.
  if (best && best.distance <= Math.max(2, Math.floor(word.length / 3))) return best.candidate;
  // A longer spelling of a name (`--output` for `--out`) is what was meant too.
  return candidates.find((candidate) => candidate.length >= 4 && word.startsWith(candidate));
}

/**
 * The first option the command does not know, with the nearest it does (`--knds` → `--kinds`). Values of options
 * that take one are skipped, so `--out -weird-name.yaml` is not mistaken for an option. Only for commands that
 * list their options (`options`); the others refuse unknown options themselves.
 */
export function unknownOption(
  command: CliCommand,
  args: readonly string[],
): { option: string; suggestion: string | undefined } | undefined {
  // A command that does not list its options parses them itself.
  if (!command.options) return undefined;
  const known = [...(command.options ?? []), HELP_OPTION];
  const flags = known.flatMap((option) => [option.flag, ...(option.alias ? [option.alias] : [])]);
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (!arg.startsWith('-') || arg === '-') continue;
    const [name] = arg.split('=', 1) as [string];
    const option = known.find((candidate) => candidate.flag === name || candidate.alias === name);
    if (!option) return { option: name, suggestion: nearest(name, flags) };
    if (option.value && !arg.includes('=')) i++;
  }
  return undefined;
}

function optionLabel(option: CliOption): string {
  const names = option.alias ? `${option.flag}, ${option.alias}` : option.flag;
  return option.value ? `${names} ${option.value}` : names;
}

function optionHelp(option: CliOption): string {
  return option.default ? `${option.help} (default: ${option.default})` : option.help;
}

function table(rows: ReadonlyArray<[string, string]>, width: number): string[] {
  return rows.map(([left, right]) => `  ${left.padEnd(width)}  ${right}`.trimEnd());
}
