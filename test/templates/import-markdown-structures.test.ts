import { describe, expect, it } from 'vitest';
import { parseTemplate, type Template, templateItems } from '../../src/domain/template.ts';
import { type ImportOptions, importMarkdown } from '../../src/templates/import-markdown.ts';
import { levelIsRequired } from '../../src/templates/item-levels.ts';
import { writeTemplateYaml } from '../../src/templates/write-template-yaml.ts';

function md(...lines: string[]): string {
  return `${lines.join('\n')}\n`;
}

function imported(markdown: string, options: Partial<ImportOptions> = {}) {
  const result = importMarkdown(markdown, { name: 'imported', ...options });
  // Whatever the importer reads, it writes a template that validates.
  const parsed = parseTemplate(writeTemplateYaml(result.template));
  expect(parsed.ok ? [] : parsed.issues).toEqual([]);
  return result;
}

function rows(template: Template) {
  return templateItems(template).map(({ phase, item }) => ({
    phase: phase.key,
    text: item.text,
    required: item.required,
    ...(item.section ? { section: item.section } : {}),
    ...(item.detail ? { detail: item.detail } : {}),
    ...(item.parent ? { parent: item.parent } : {}),
  }));
}

describe('checklist tables', () => {
  it('rows with a box column become items; the level decides required, the description is the detail', () => {
    const { template, report } = imported(
      md(
        '# Release',
        '## Pre-deployment',
        '### Security',
        '| Check | Item | Description | Level |',
        '| :---: | --- | --- | --- |',
        '| ☐ | TLS certificate renewed | Expires in more than 30 days | Critical |',
        '| &#9744; | Secrets rotated | See the [vault runbook](https://wiki.example.com/vault) | Should have |',
        '| [ ] | Dashboards updated | | Nice to have |',
        '| [x] | Load test run | `k6 run load.js` | 🔴 |',
      ),
    );
    expect(rows(template)).toEqual([
      {
        phase: 'pre-deployment',
        text: 'TLS certificate renewed',
        required: true,
        section: 'Security',
        detail: 'Expires in more than 30 days',
      },
      {
        phase: 'pre-deployment',
        text: 'Secrets rotated',
        required: false,
        section: 'Security',
        detail: 'See the [vault runbook](https://wiki.example.com/vault)',
      },
      { phase: 'pre-deployment', text: 'Dashboards updated', required: false, section: 'Security' },
      {
        phase: 'pre-deployment',
        text: 'Load test run',
        required: true,
        section: 'Security',
        detail: '`k6 run load.js`',
      },
    ]);
    expect(report.placed).toContainEqual({
      line: 6,
      endLine: 9,
      count: 4,
      what: 'table row(s) → item',
      to: 'pre-deployment / Security',
    });
    expect(report.steps.items).toBe(4);
    expect(report.notes).toContain('1 item(s) were ticked in the document; templates start unticked');
  });

  it('a <details><summary> title in a cell gives the text, its body the detail; a bold row is a section', () => {
    const { template } = imported(
      md(
        '## Deployment Day',
        '| ✓ | Step | Priority |',
        '| --- | --- | --- |',
        '| **Database** | | |',
        '| ☐ | <details><summary>Run the migration</summary>Use `npm run migrate` with the release tag</details> | High |',
        '| ☐ | Check replication lag | Low |',
      ),
    );
    expect(rows(template)).toEqual([
      {
        phase: 'deployment-day',
        text: 'Run the migration',
        required: true,
        section: 'Database',
        detail: 'Use `npm run migrate` with the release tag',
      },
      { phase: 'deployment-day', text: 'Check replication lag', required: false, section: 'Database' },
    ]);
  });

  it('the box and the text may share a cell; a level column alone also makes a checklist', () => {
    const { template } = imported(
      md(
        '## Post-deployment',
        '| Check | Level |',
        '| --- | --- |',
        '| ☐ Error rate normal | Must have |',
        '| ☐ Latency normal | P2 |',
        '',
        '| Task | Priority |',
        '| --- | --- |',
        '| Announce the release | Nice to have |',
      ),
    );
    expect(rows(template).map((row) => [row.text, row.required])).toEqual([
      ['Error rate normal', true],
      ['Latency normal', false],
      ['Announce the release', false],
    ]);
  });

  it('a yes/no column headed Done is an outcome, not a level: such a table is no checklist', () => {
    const { template, report } = imported(
      md(
        '## Pre-deployment',
        '| Service | Done |',
        '| --- | --- |',
        '| api | yes |',
        '| web | no |',
        '',
        '- [ ] Tests pass',
      ),
    );
    expect(rows(template).map((row) => row.text)).toEqual(['Tests pass']);
    expect(report.skipped).toEqual([
      { line: 2, reason: 'table: table without a check-box column (☐, [ ]) or a level column: not a checklist' },
    ]);
  });

  it('--required-levels replaces the mapping; an unknown level stays required and is noted', () => {
    const markdown = md(
      '## Pre-deployment',
      '| ☐ | Item | Level |',
      '| --- | --- | --- |',
      '| ☐ | Backups verified | Critical |',
      '| ☐ | Runbook reviewed | Should have |',
      '| ☐ | Release notes | Gold |',
    );
    expect(rows(imported(markdown).template).map((row) => row.required)).toEqual([true, false, true]);
    expect(imported(markdown).report.notes).toContain(
      'unknown level(s) "Gold": those items are required; choose with --required-levels',
    );
    const custom = imported(markdown, { requiredLevels: ['critical', 'should have'] });
    expect(rows(custom.template).map((row) => row.required)).toEqual([true, true, false]);
  });

  it.each([
    ['Critical', true],
    ['🔴', true],
    ['🔴️ Blocker', true],
    ['Must-have', true],
    ['Should have', false],
    ['should', false],
    ['Nice to have', false],
    ['🟢', false],
    ['P3', false],
    ['Gold', undefined],
  ])('level "%s" → required %s', (level, required) => {
    expect(levelIsRequired(level)).toBe(required);
  });
});

describe('bold-line sections and time-phased headings', () => {
  it('bold lines that name a phase start that phase; other bold lines are sections', () => {
    const { template } = imported(
      md(
        '# Release run-sheet',
        '**Before release**:',
        '- [ ] Freeze merges',
        '',
        '**Database**',
        '- [ ] Backup taken',
        '',
        '**After release:**',
        '- [ ] Error rate normal',
      ),
    );
    expect(template.phases.map((phase) => [phase.key, phase.kind])).toEqual([
      ['before-release', 'pre'],
      ['after-release', 'post'],
    ]);
    expect(rows(template)[1]).toMatchObject({ text: 'Backup taken', section: 'Database' });
  });

  it('T-minus, T+ and Day/Week headings map to phases and check-in offsets', () => {
    const { template } = imported(
      md(
        '# Cut-over',
        '## T-4 Hours',
        '- [ ] Announce the window',
        '## T-0',
        '- [ ] Switch traffic',
        '## T+1 Hour',
        '- [ ] Error rate normal',
        '## Day 1',
        '- [ ] Costs normal',
        '## Week 1',
        '- [ ] Retrospective held',
      ),
    );
    expect(template.phases.map((phase) => [phase.title, phase.kind])).toEqual([
      ['T-4 Hours', 'pre'],
      ['T-0', 'day'],
      ['T+1 Hour', 'post'],
      ['Day 1', 'post'],
      ['Week 1', 'post'],
    ]);
    expect(template.checkIns.map((checkIn) => [checkIn.after, checkIn.items])).toEqual([
      ['1h', ['error-rate-normal']],
      ['1d', ['costs-normal']],
      ['7d', ['retrospective-held']],
    ]);
  });
});

describe('links and code in items', () => {
  it('keeps absolute links as Markdown links and code spans, and drops only relative addresses', () => {
    const { template } = imported(
      md(
        '## Deployment Day',
        '- [ ] Follow the [rollout runbook](https://wiki.example.com/rollout) and run `kubectl rollout status deploy/api`',
        '- [ ] Check https://status.example.com',
        '- [ ] Read the [env reference](./docs/env.md)',
        '- [ ] Mail [ops](mailto:ops@example.com)',
      ),
    );
    expect(templateItems(template).map(({ item }) => [item.key, item.text])).toEqual([
      [
        'follow-the-rollout-runbook-and-run-kubectl',
        'Follow the [rollout runbook](https://wiki.example.com/rollout) and run `kubectl rollout status deploy/api`',
      ],
      ['check-https-status-example-com', 'Check https://status.example.com'],
      ['read-the-env-reference', 'Read the env reference'],
      ['mail-ops', 'Mail [ops](mailto:ops@example.com)'],
    ]);
  });

  it('a paragraph under a task line is its detail, links kept', () => {
    const { template } = imported(
      md(
        '## Pre-deployment',
        '- [ ] Migration rehearsed',
        '',
        '  On a copy of production; see the [guide](https://wiki.example.com/migrate).',
        '',
        '- [ ] Backups verified',
      ),
    );
    expect(rows(template)[0]).toMatchObject({
      text: 'Migration rehearsed',
      detail: 'On a copy of production; see the [guide](https://wiki.example.com/migrate).',
    });
    expect(rows(template)[1]).toEqual({ phase: 'pre-deployment', text: 'Backups verified', required: true });
  });
});

describe('plain and numbered list items: items or listed as skipped, never dropped', () => {
  const markdown = md(
    '# Release',
    '## Deployment Day',
    '1. Run `kubectl rollout restart deploy/api`',
    '2. Watch the rollout',
    '   - Pods ready within 5 minutes',
    '- [ ] Smoke tests pass',
    '  - Login works',
    '## Rollback',
    '1. Run `kubectl rollout undo deploy/api`',
    '## Background',
    '- The service has three replicas',
  );

  it('by default they are skipped with their line numbers, and the summary accounts for every step', () => {
    const { template, report } = imported(markdown);
    expect(rows(template).map((row) => row.text)).toEqual(['Smoke tests pass — Login works']);
    expect(report.skipped.map((skip) => skip.line)).toEqual([3, 4, 5]);
    expect(report.skipped[0]?.reason).toBe(
      'plain list item under "Deployment Day", not a task line (--plain-items makes it an item): Run `kubectl rollout restart deploy/api`',
    );
    expect(template.rollback.procedure).toEqual(['Run `kubectl rollout undo deploy/api`']);
    // Lines 3, 4, 5 skipped, 6 an item, 7 folded into it, 9 a rollback step; line 11 is prose under no phase.
    expect(report.steps).toEqual({ items: 1, roles: 0, procedure: 1, folded: 1, skipped: 3 });
  });

  it('with plainItems they become items, nested ones under their parent', () => {
    const { template, report } = imported(markdown, { plainItems: true });
    expect(rows(template).map((row) => [row.text, row.parent])).toEqual([
      ['Run `kubectl rollout restart deploy/api`', undefined],
      ['Watch the rollout', undefined],
      ['Pods ready within 5 minutes', 'watch-the-rollout'],
      ['Smoke tests pass — Login works', undefined],
    ]);
    expect(report.skipped).toEqual([]);
    expect(report.placed[0]).toEqual({
      line: 3,
      endLine: 5,
      count: 3,
      what: 'plain list item(s) → item',
      to: 'deployment-day',
    });
  });
});

describe('sign-off sheets in any common form', () => {
  it.each([
    [
      'task lines with a bold role',
      md('## Sign-off', '- [ ] **QA Lead:** ________ Date: ______', '- [ ] **Release Manager:** ________ Date: ______'),
    ],
    [
      'bold lines',
      md('## Sign-off', '**QA Lead**: ________ Date: ______', '', '**Release Manager**: ________ Date: ______'),
    ],
    [
      'bold lines under no sign-off heading',
      md('## Done', '**QA Lead**: ________ Date: ______', '', '**Release Manager**: ________ Date: ______'),
    ],
    [
      'a table with a Role column',
      md(
        '## Approvals',
        '| Role | Name | Signature | Date |',
        '| --- | --- | --- | --- |',
        '| QA Lead | | | |',
        '| Release Manager Approval | | | |',
      ),
    ],
    [
      'task lines with a blank and a date under no sign-off heading',
      md('## Release', '- [ ] **QA Lead:** ________ Date: ______', '- [ ] Release Manager: ________ Signature: ______'),
    ],
    [
      'a table with a Role column anywhere',
      md(
        '## Release',
        '| Role | Name | Date |',
        '| --- | --- | --- |',
        '| QA Lead | ___ | ___ |',
        '| Release Manager | | |',
      ),
    ],
  ])('%s become roles', (_, markdown) => {
    const { template, report } = imported(md('## Pre-deployment', '- [ ] Tests pass', '', markdown));
    expect(template.roles.map((role) => [role.key, role.title])).toEqual([
      ['qa-lead', 'QA Lead'],
      ['release-manager', 'Release Manager'],
    ]);
    expect(report.roles).toEqual(['qa-lead', 'release-manager']);
  });
});

describe('front matter', () => {
  it('is skipped with a note, also when it holds task-like lines', () => {
    const { report } = imported(md('---', 'steps: "- [ ] nope"', '---', '## Pre-deployment', '- [ ] Tests pass'));
    expect(report.skipped).toEqual([{ line: 1, reason: 'front matter (metadata, not checklist items)' }]);
    expect(report.items).toBe(1);
  });
});

describe('odd documents', () => {
  it.each([
    ['a table with a header only', md('## Pre-deployment', '| ☐ | Item |', '| --- | --- |')],
    ['a row shorter than the header', md('## Pre-deployment', '| ☐ | Item | Level |', '| --- | --- | --- |', '| ☐ |')],
    [
      'a <details> without a summary',
      md('## Pre-deployment', '| ☐ | Item |', '| - | - |', '| ☐ | <details>Only a body</details> |'),
    ],
    [
      'a table inside a task',
      md('## Pre-deployment', '- [ ] Parent', '', '  | ☐ | Child |', '  | - | - |', '  | ☐ | Row |'),
    ],
    ['a table in a quote', md('> ## Pre-deployment', '> | ☐ | Item |', '> | - | - |', '> | ☐ | Quoted row |')],
    ['an annotation that is not JSON', md('## Pre <!-- deploy-checklist {not json} -->', '- [ ] A')],
    [
      'an annotation with an invalid probe',
      md('## Pre-deployment', '- [ ] A <!-- deploy-checklist {"item":{"key":"a","probe":{"kind":"nope"}}} -->'),
    ],
    [
      'a template annotation with invalid settings',
      md('## Pre-deployment', '- [ ] A', '', '<!-- deploy-checklist {"template":{"checkIns":"soon"}} -->'),
    ],
    [
      'a 2000-character table cell',
      md(
        '## Pre-deployment',
        '| ☐ | Item | Notes |',
        '| - | - | - |',
        `| ☐ | ${'x'.repeat(2000)} | ${'y '.repeat(1000)} |`,
      ),
    ],
  ])('%s: imports without throwing, into a valid template', (_, markdown) => {
    // A last task line, so that even a document whose table yields nothing makes a template to validate.
    const { report } = imported(`${markdown}\n## Deployment Day\n- [ ] Deploy\n`);
    expect(report.items).toBeGreaterThanOrEqual(1);
  });
});
