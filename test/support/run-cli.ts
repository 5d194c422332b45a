import type { CliIo } from '../../src/cli/cli-command.ts';
import { runCli } from '../../src/cli/main.ts';

/** Runs `deploy-checklist …` in-process against a database, collecting what it prints. */
export async function runCliOn(
  databaseUrl: string,
  cwd: string,
  ...argv: string[]
): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
    cwd,
    env: { DATABASE_URL: databaseUrl },
  };
  const code = await runCli(argv, io);
  return { code, stdout, stderr };
}
