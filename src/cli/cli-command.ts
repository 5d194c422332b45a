/** What a CLI subcommand gets from the entry point: its arguments and where to write, never process globals. */
export type CliIo = {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  cwd: string;
  env: Readonly<Record<string, string | undefined>>;
};

/** Exit codes shared by every subcommand. */
export const EXIT = { ok: 0, failed: 1, usage: 2 } as const;

export type CliCommand = {
  name: string;
  usage: string;
  summary: string;
  run: (args: string[], io: CliIo) => Promise<number>;
};

/** Thrown for a usage error; the entry point prints the message and the command's usage and exits 2. */
export class UsageError extends Error {}
