import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CliIo } from '../../src/cli/cli-command.ts';
import { runCli } from '../../src/cli/main.ts';
import { parseTemplate } from '../../src/domain/template.ts';

type Captured = { io: CliIo; stdout: () => string; stderr: () => string };

function capture(cwd: string): Captured {
  const out: string[] = [];
  const err: string[] = [];
  return {
    io: { stdout: (text) => out.push(text), stderr: (text) => err.push(text), cwd, env: {} },
    stdout: () => out.join(''),
    stderr: () => err.join(''),
  };
}

const GOOD = `name: good
title: Good
phases:
  - key: pre
    title: Before
    kind: pre
    items:
      - key: tests-pass
        text: Tests pass
`;

const CHECKLIST = `---
owner: payments
---
# Payments API release

## Pre-deployment
- [ ] Tests pass
- [x] Backups tested
  - [ ] Restore timed

\`\`\`sh
- [ ] echo not a task
\`\`\`

## Post-deployment (T+2 hours)
1. [ ] Error rate normal

## Sign-off
- [ ] Security Review: ______ Date: ____
`;

describe('deploy-checklist validate and import', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'template-commands-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('validate with no arguments checks the built-in templates and exits 0', async () => {
    const run = capture(dir);
    expect(await runCli(['validate'], run.io)).toBe(0);
    expect(run.stdout()).toMatch(/^9 template file\(s\) checked: 9 valid\n$/);
    expect(run.stderr()).toBe('');
  });

  it('validate exits 1 and prints file:line:column for an invalid file, 0 for the valid one', async () => {
    await writeFile(path.join(dir, 'good.yaml'), GOOD);
    await writeFile(
      path.join(dir, 'bad.yaml'),
      GOOD.replace('name: good', 'name: bad').replace('    kind: pre', '    kind: before'),
    );
    const good = capture(dir);
    expect(await runCli(['validate', 'good.yaml'], good.io)).toBe(0);
    const folder = capture(dir);
    expect(await runCli(['validate', '.'], folder.io)).toBe(1);
    expect(folder.stderr()).toMatch(/^bad\.yaml:6:11 phases\[0\]\.kind: .*"pre".*\n$/);
    expect(folder.stdout()).toBe('2 template file(s) checked: 1 valid, 1 invalid (1 problem(s))\n');
  });

  it.each([
    ['a path that does not exist', ['validate', 'nowhere.yaml'], /no such file or folder: nowhere\.yaml/],
    ['a folder without template files', ['validate', '.'], /no template files/],
    ['an unknown option', ['validate', '--strict'], /unknown option "--strict"/],
    ['import without a file', ['import'], /give exactly one Markdown file/],
    ['import of a missing file', ['import', 'missing.md'], /cannot read missing\.md/],
    ['import with a bad name', ['import', 'x.md', '--name', 'Bad Name'], /--name "Bad Name"/],
    ['import with --out and no value', ['import', 'x.md', '--out'], /--out needs a value/],
  ])('exits 2 for %s', async (_, argv, message) => {
    const run = capture(dir);
    expect(await runCli(argv, run.io)).toBe(2);
    expect(run.stderr()).toMatch(message);
    expect(run.stderr()).toMatch(/usage: deploy-checklist (validate|import)/);
  });

  it('import --out writes a template that validate accepts, and prints what it found', async () => {
    await writeFile(path.join(dir, 'release.md'), CHECKLIST);
    const run = capture(dir);
    expect(await runCli(['import', 'release.md', '--out', 'payments.yaml', '--name', 'payments-api'], run.io)).toBe(0);
    const report = run.stdout();
    expect(report).toContain('"Payments API release"');
    expect(report).toContain('5 item(s) in 3 phase(s)');
    expect(report).toContain('pre-deployment (pre): 3 item(s)');
    expect(report).toContain('roles: security');
    expect(report).toContain('check-ins: 2h Post-deployment (T+2 hours)');
    expect(report).toContain('line 1: front matter (metadata, not checklist items)');
    expect(report).toContain('line 11: code block with lines that look like tasks');
    const yaml = await readFile(path.join(dir, 'payments.yaml'), 'utf8');
    const parsed = parseTemplate(yaml);
    expect(parsed.ok && parsed.template.name).toBe('payments-api');
    const validate = capture(dir);
    expect(await runCli(['validate', 'payments.yaml'], validate.io)).toBe(0);
  });

  it('import without --out prints the YAML on stdout and the report on stderr, the same both times', async () => {
    await writeFile(path.join(dir, 'release.md'), CHECKLIST);
    const first = capture(dir);
    const second = capture(dir);
    expect(await runCli(['import', 'release.md'], first.io)).toBe(0);
    expect(await runCli(['import', 'release.md'], second.io)).toBe(0);
    expect(first.stdout()).toMatch(/^# Imported from "Payments API release"/);
    expect(first.stdout()).toContain('name: release\n');
    expect(first.stderr()).toContain('5 item(s)');
    expect(second.stdout()).toBe(first.stdout());
    expect(existsSync(path.join(dir, 'release.yaml'))).toBe(false);
  });

  it('import of a document without task lines exits 1 and writes nothing', async () => {
    await writeFile(path.join(dir, 'notes.md'), '# Notes\n\nJust prose.\n');
    const run = capture(dir);
    expect(await runCli(['import', 'notes.md', '--out', 'notes.yaml'], run.io)).toBe(1);
    expect(run.stderr()).toContain('no task lines');
    expect(existsSync(path.join(dir, 'notes.yaml'))).toBe(false);
  });
});
