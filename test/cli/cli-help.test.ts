import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CliIo } from '../../src/cli/cli-command.ts';
import { runCli } from '../../src/cli/main.ts';

const PACKAGE = JSON.parse(readFileSync(path.resolve(import.meta.dirname, '../../package.json'), 'utf8')) as {
  version: string;
};

async function cli(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
    cwd: process.cwd(),
    env: {},
  };
  const code = await runCli(argv, io);
  return { code, stdout, stderr };
}

/** Where the description of a help row starts: after the first run of two or more spaces past the label. */
function descriptionColumn(line: string): number | undefined {
  return /^( *\S+(?: \S+)*?) {2,}\S/.exec(line)?.[0].length;
}

describe('deploy-checklist --help, --version and typos', () => {
  it.each([['--version'], ['-v'], ['version']])('%s prints the version of package.json', async (flag) => {
    expect(await cli(flag)).toEqual({ code: 0, stdout: `${PACKAGE.version}\n`, stderr: '' });
  });

  it("--help lists every command's options with their defaults, probe's default kinds included", async () => {
    const { code, stdout } = await cli('--help');
    expect(code).toBe(0);
    expect(stdout).toMatch(/^ {2}probe <url> +Run the probes/m);
    expect(stdout).toMatch(/--kinds KINDS +.*\(default: http, tls, redirect, headers, cors, compression, exposure/);
    expect(stdout).toMatch(/named only: rate-limit, metrics, dns, tcp/);
    expect(stdout).toMatch(/--out FILE +.*\(default: the template to stdout, the report to stderr\)/);
    expect(stdout).toMatch(/--version, -v +print the version/);
  });

  it('--help aligns its second column: every description starts at the same column', async () => {
    const { stdout } = await cli('--help');
    const rows = stdout.split('\n').filter((line) => /^ {2}\S/.test(line) || /^ {6}--/.test(line));
    expect(rows.length).toBeGreaterThanOrEqual(9);
    expect(new Set(rows.map(descriptionColumn)).size).toBe(1);
  });

  it("a command's --help shows its options and defaults, aligned", async () => {
    const { code, stdout } = await cli('probe', '--help');
    expect(code).toBe(0);
    const options = stdout
      .slice(stdout.indexOf('options:\n') + 'options:\n'.length)
      .trimEnd()
      .split('\n');
    expect(options.map((line) => line.trim().split(/ {2,}/)[0])).toEqual(['--kinds KINDS', '--json', '--help, -h']);
    expect(new Set(options.map(descriptionColumn)).size).toBe(1);
    expect(stdout).toContain('(default: http, tls, redirect, headers, cors, compression, exposure');
  });

  it.each([
    { argv: ['valdate'], message: 'unknown command "valdate". Did you mean "validate"?' },
    { argv: ['prob', 'https://example.com'], message: 'unknown command "prob". Did you mean "probe"?' },
    { argv: ['--verison'], message: 'unknown command "--verison". Did you mean "--version"?' },
    {
      argv: ['probe', 'https://example.com', '--knds', 'tls'],
      message: 'deploy-checklist probe: unknown option "--knds"; did you mean "--kinds"?',
    },
    {
      argv: ['probe', 'https://example.com', '--jsno'],
      message: 'deploy-checklist probe: unknown option "--jsno"; did you mean "--json"?',
    },
    {
      argv: ['import', 'a.md', '--output', 'a.yaml'],
      message: 'deploy-checklist import: unknown option "--output"; did you mean "--out"?',
    },
  ])('suggests the nearest command or option on a typo: $argv', async ({ argv, message }) => {
    const { code, stderr } = await cli(...argv);
    expect(code).toBe(2);
    expect(stderr).toContain(message);
  });

  it('suggests nothing when nothing is close', async () => {
    const { code, stderr } = await cli('deploy');
    expect(code).toBe(2);
    expect(stderr).toMatch(/^deploy-checklist: unknown command "deploy"\.\n/);
    const option = await cli('probe', 'https://example.com', '--everything');
    expect(option.stderr).toMatch(/unknown option "--everything"\n/);
  });
});
