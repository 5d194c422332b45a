import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CliIo } from '../../src/cli/cli-command.ts';
import { runCli } from '../../src/cli/main.ts';
import { parseTemplate } from '../../src/domain/template.ts';
import { BUILT_IN_TEMPLATES_DIR } from '../../src/templates/load-templates.ts';

function capture(cwd: string, env: Record<string, string> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = { stdout: (text) => out.push(text), stderr: (text) => err.push(text), cwd, env };
  return { io, stdout: () => out.join(''), stderr: () => err.join('') };
}

/** A run-sheet with every structure the importer reads, written for this test. */
const RUN_SHEET = `# Checkout service cut-over

**Before release**:
- [ ] Freeze merges to main

| ☐ | Check | Description | Level |
| --- | --- | --- | --- |
| ☐ | Backup verified | Restore a copy with \`pg_restore\` | Critical |
| ☐ | Dashboard ready | See [Grafana](https://grafana.example.com/d/checkout) | Nice to have |

## T-0
1. Run \`kubectl rollout restart deploy/checkout\`
- [ ] Smoke tests pass

## T+1 Hour
- [ ] Error rate normal

## Sign-off

| Role | Name | Date |
| --- | --- | --- |
| Release Manager | | |
`;

describe('deploy-checklist export-template and import', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'export-template-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('export-template web-service --format md, then import, gives the same template (YAML identical)', async () => {
    const exported = capture(dir);
    expect(await runCli(['export-template', 'web-service', '--format', 'md', '--out', 'web.md'], exported.io)).toBe(0);
    expect(exported.stdout()).toBe('wrote web.md (template "web-service", md)\n');
    const markdown = await readFile(path.join(dir, 'web.md'), 'utf8');
    expect(markdown).toMatch(/^# .+\n/);
    expect(markdown).toMatch(/^## Sign-off/m);
    expect(markdown).toMatch(/^- \[ \] /m);

    const imported = capture(dir);
    expect(await runCli(['import', 'web.md', '--out', 'web.yaml'], imported.io)).toBe(0);
    const original = capture(dir);
    expect(await runCli(['export-template', 'web-service', '--format', 'yaml'], original.io)).toBe(0);
    const back = await readFile(path.join(dir, 'web.yaml'), 'utf8');
    expect(back.replace(/^#.*\n/gm, '').replace(/^\n/, '')).toBe(original.stdout());
    const validate = capture(dir);
    expect(await runCli(['validate', 'web.yaml'], validate.io)).toBe(0);
  });

  it('export-template reads a template file too, and writes Markdown to stdout', async () => {
    const source = await readFile(path.join(BUILT_IN_TEMPLATES_DIR, 'kubernetes-service.yaml'), 'utf8');
    await writeFile(path.join(dir, 'k8s.yaml'), source);
    const run = capture(dir);
    expect(await runCli(['export-template', 'k8s.yaml'], run.io)).toBe(0);
    expect(run.stdout()).toContain('kubectl rollout undo');
  });

  it('finds a template of TEMPLATES_DIR by name', async () => {
    await writeFile(
      path.join(dir, 'own.yaml'),
      'name: own\ntitle: Own\nphases:\n  - key: pre\n    title: Pre\n    kind: pre\n    items:\n      - key: a\n        text: A\n',
    );
    const run = capture(dir, { TEMPLATES_DIR: dir });
    expect(await runCli(['export-template', 'own'], run.io)).toBe(0);
    expect(run.stdout()).toContain('- [ ] A <!-- deploy-checklist');
  });

  it.each([
    ['an unknown template name', ['export-template', 'nope'], /no template named "nope" \(known: .*web-service/],
    ['an unknown format', ['export-template', 'web-service', '--format', 'pdf'], /--format "pdf": write md or yaml/],
    ['a missing file', ['export-template', 'missing.yaml'], /no such file: missing\.yaml/],
    ['no template', ['export-template'], /give exactly one template name or file/],
  ])('exits 2 for %s', async (_, argv, message) => {
    const run = capture(dir);
    expect(await runCli(argv, run.io)).toBe(2);
    expect(run.stderr()).toMatch(message);
  });

  it('exits 1 with the problems of an invalid template file', async () => {
    await writeFile(path.join(dir, 'bad.yaml'), 'name: bad\ntitle: Bad\nphases: []\n');
    const run = capture(dir);
    expect(await runCli(['export-template', 'bad.yaml'], run.io)).toBe(1);
    expect(run.stderr()).toMatch(/bad\.yaml:3:\d+ phases/);
  });

  it('import says what it placed where and what it skipped, with line numbers', async () => {
    await writeFile(path.join(dir, 'cutover.md'), RUN_SHEET);
    const run = capture(dir);
    expect(await runCli(['import', 'cutover.md', '--out', 'cutover.yaml'], run.io)).toBe(0);
    const report = run.stdout();
    // The same report templates/README.md shows.
    const readme = await readFile(path.join(BUILT_IN_TEMPLATES_DIR, 'README.md'), 'utf8');
    const documented = /\n```\n(cutover\.md: [\s\S]*?)```/.exec(readme)?.[1];
    expect(report).toBe(`${documented}wrote cutover.yaml\n`);
    expect(report).toContain('5 item(s) in 3 phase(s)');
    expect(report).toContain('roles: release-manager');
    expect(report).toContain('check-ins: 1h T+1 Hour');
    expect(report).toContain(
      '7 line(s) looked like steps: 5 became items, 1 roles, 0 rollback steps, 0 folded into the task above, 1 skipped',
    );
    expect(report).toContain('line 4: 1 task line(s) → item (before-release)');
    expect(report).toContain('lines 8-9: 2 table row(s) → item (before-release)');
    expect(report).toContain('line 22: 1 sign-off table row(s) → role (roles)');
    expect(report).toContain(
      'line 12: plain list item under "T-0", not a task line (--plain-items makes it an item): Run `kubectl rollout restart deploy/checkout`',
    );
    const parsed = parseTemplate(await readFile(path.join(dir, 'cutover.yaml'), 'utf8'));
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
    expect(parsed.template.phases.map((phase) => [phase.key, phase.kind, phase.items.length])).toEqual([
      ['before-release', 'pre', 3],
      ['t-0', 'day', 1],
      ['t-1-hour', 'post', 1],
    ]);
  });

  it('import of an edited export that drops an item a check-in names refuses to write, naming the reference', async () => {
    const exported = capture(dir);
    expect(await runCli(['export-template', 'static-site', '--out', 'site.md'], exported.io)).toBe(0);
    const markdown = await readFile(path.join(dir, 'site.md'), 'utf8');
    await writeFile(
      path.join(dir, 'site.md'),
      markdown
        .split('\n')
        .filter((line) => !line.startsWith('- [ ] JavaScript error rate'))
        .join('\n'),
    );
    const run = capture(dir);
    expect(await runCli(['import', 'site.md', '--out', 'site.yaml'], run.io)).toBe(1);
    expect(run.stderr()).toMatch(/checkIns\[0\]\.items\[0\]: unknown item "js-errors-normal"/);
  });

  it('import --plain-items makes the numbered step an item; --required-levels changes what is required', async () => {
    await writeFile(path.join(dir, 'cutover.md'), RUN_SHEET);
    const run = capture(dir);
    expect(
      await runCli(
        ['import', 'cutover.md', '--plain-items', '--required-levels', 'critical,nice to have', '--name', 'cutover'],
        run.io,
      ),
    ).toBe(0);
    const parsed = parseTemplate(run.stdout());
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
    const items = parsed.template.phases.flatMap((phase) => phase.items);
    expect(items.map((item) => [item.text, item.required])).toEqual([
      ['Freeze merges to main', true],
      ['Backup verified', true],
      ['Dashboard ready', true],
      ['Run `kubectl rollout restart deploy/checkout`', true],
      ['Smoke tests pass', true],
      ['Error rate normal', true],
    ]);
    expect(run.stderr()).toContain('0 skipped');
  });
});
