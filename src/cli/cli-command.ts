/** What a CLI subcommand gets from the entry point: its arguments and where to write, never process globals. */
export type CliIo = {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  cwd: string;
  env: Readonly<Record<string, string | undefined>>;
};

/** Exit codes shared by every subcommand. */
export const EXIT = { ok: 0, failed: 1, usage: 2 } as const;

/** An option as `--help` shows it; the command's own parser reads it. */
export type CliOption = {
  flag: string;
  alias?: string;
  /** The value it takes, as shown (`FILE`, `KINDS`); none for a switch. */
  value?: string;
  help: string;
  /** What happens without it, shown as "(default: …)". */
  default?: string;
};

export type CliCommand = {
  name: string;
  usage: string;
  /** The positional arguments, as shown after the name in the overview (`<url>`). */
  args?: string;
  summary: string;
  /** Every option it takes: listed in `--help`, and anything else is refused with the nearest of them. */
  options?: readonly CliOption[];
  run: (args: string[], io: CliIo) => Promise<number>;
};

/** Thrown for a usage error; the entry point prints the message and the command's usage and exits 2. */
export class UsageError extends Error {}
