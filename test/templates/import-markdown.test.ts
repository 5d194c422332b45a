import { describe, expect, it } from 'vitest';
import { parseTemplate, type Template, templateItems } from '../../src/domain/template.ts';
import { importMarkdown, SIGN_OFF_PHASE, UNPLACED_PHASE } from '../../src/templates/import-markdown.ts';
import { writeTemplateYaml } from '../../src/templates/write-template-yaml.ts';

function md(...lines: string[]): string {
  return `${lines.join('\n')}\n`;
}

function items(
  template: Template,
): Array<{ phase: string; key: string; text: string; parent?: string; section?: string }> {
  return templateItems(template).map(({ phase, item }) => ({
    phase: phase.key,
    key: item.key,
    text: item.text,
    ...(item.parent ? { parent: item.parent } : {}),
    ...(item.section ? { section: item.section } : {}),
  }));
}

type Case = {
  name: string;
  markdown: string;
  texts: string[];
  check?: (template: Template, report: ReturnType<typeof importMarkdown>['report']) => void;
};

const cases: Case[] = [
  {
    name: 'dash, star, plus and numbered task lines, ticked or not',
    markdown: md(
      '## Pre-deployment',
      '- [ ] Tests pass',
      '* [x] Backups tested',
      '+ [X] Secrets rotated',
      '1. [ ] Tag the release',
      '2) [x] Notify support',
    ),
    texts: ['Tests pass', 'Backups tested', 'Secrets rotated', 'Tag the release', 'Notify support'],
    check: (_, report) =>
      expect(report.notes).toContain('3 item(s) were ticked in the document; templates start unticked'),
  },
  {
    name: 'nested tasks keep their parent, at any depth',
    markdown: md(
      '## Pre-deployment',
      '- [ ] Security headers set',
      '  - [ ] Content-Security-Policy',
      '    - [ ] No unsafe-inline',
      '  - [ ] HSTS',
      '- [ ] Firewall configured',
    ),
    texts: ['Security headers set', 'Content-Security-Policy', 'No unsafe-inline', 'HSTS', 'Firewall configured'],
    check: (template) => {
      const byKey = new Map(items(template).map((item) => [item.key, item]));
      expect(byKey.get('content-security-policy')?.parent).toBe('security-headers-set');
      expect(byKey.get('no-unsafe-inline')?.parent).toBe('content-security-policy');
      expect(byKey.get('hsts')?.parent).toBe('security-headers-set');
      expect(byKey.get('firewall-configured')?.parent).toBeUndefined();
    },
  },
  {
    name: 'a task under a plain bullet still counts, without a parent',
    markdown: md('## Pre-deployment', '- Volumes', '  - [ ] MongoDB data volume', '  - [ ] Redis data volume'),
    texts: ['MongoDB data volume', 'Redis data volume'],
    check: (template) => expect(items(template).every((item) => item.parent === undefined)).toBe(true),
  },
  {
    name: 'plain bullets under a task are folded into its text',
    markdown: md(
      '## Pre-deployment',
      '- [ ] **Rate limiting configured**',
      '  - Login: 5 attempts per minute',
      '  - API: 100 per minute',
    ),
    texts: ['Rate limiting configured — Login: 5 attempts per minute; API: 100 per minute'],
  },
  {
    name: 'task-like lines inside code blocks are not items, and are reported',
    markdown: md(
      '## Pre-deployment',
      '- [ ] Real task',
      '',
      '```md',
      '- [ ] Not a task',
      '```',
      '',
      '    - [ ] Indented code',
    ),
    texts: ['Real task'],
    check: (_, report) =>
      expect(report.skipped).toContainEqual({
        line: 4,
        reason: 'code block with lines that look like tasks (code is not a checklist)',
      }),
  },
  {
    name: 'a code block inside a task item does not end or split the item',
    markdown: md(
      '## Pre-deployment',
      '- [ ] Indexes created:',
      '  ```js',
      '  db.users.createIndex({ email: 1 })',
      '  ```',
      '- [ ] Backups scheduled',
    ),
    texts: ['Indexes created', 'Backups scheduled'],
  },
  {
    name: 'front matter is skipped',
    markdown: md(
      '---',
      'title: "- [ ] not a task"',
      'owner: ops',
      '---',
      '# Release checklist',
      '## Pre-deployment',
      '- [ ] Tests pass',
    ),
    texts: ['Tests pass'],
    check: (template, report) => {
      expect(template.title).toBe('Release checklist');
      expect(report.skipped).toContainEqual({ line: 1, reason: 'front matter (metadata, not checklist items)' });
    },
  },
  {
    name: 'bold pseudo-headings become sections',
    markdown: md(
      '## Pre-deployment',
      '**Security Checklist:**',
      '- [ ] Secrets in a vault',
      '',
      '**Database**',
      '- [ ] Backups on',
    ),
    texts: ['Secrets in a vault', 'Backups on'],
    check: (template) =>
      expect(items(template).map((item) => item.section)).toEqual(['Security Checklist', 'Database']),
  },
  {
    name: 'emoji, also mis-decoded ones, are dropped from headings and keys',
    markdown: md(
      '## 🚀 Deployment Day ✅',
      '### üîê Security',
      '- [ ] HTTPS enforced',
      '## ‚úÖ Post-Deployment',
      '- [ ] Errors normal',
    ),
    texts: ['HTTPS enforced', 'Errors normal'],
    check: (template) => {
      expect(template.phases.map((phase) => [phase.key, phase.title, phase.kind])).toEqual([
        ['deployment-day', 'Deployment Day', 'day'],
        ['post-deployment', 'Post-Deployment', 'post'],
      ]);
      expect(items(template)[0]?.section).toBe('Security');
    },
  },
  {
    name: 'tables that are not checklists are not read as items, and are reported',
    markdown: md(
      '## Pre-deployment',
      '| Variable | Example |',
      '| --- | --- |',
      '| `NODE_ENV` | production |',
      '',
      '- [ ] Real task',
    ),
    texts: ['Real task'],
    check: (_, report) => expect(report.skipped.map((skip) => skip.line)).toEqual([2]),
  },
  {
    name: 'phases are guessed from headings; topic headings become sections',
    markdown: md(
      '# Payments release',
      '## Pre-Deployment Checklist',
      '### Security',
      '- [ ] Secrets rotated',
      '## Launch Day',
      '- [ ] Deploy',
      '## Post-Deployment (T+2 hours)',
      '- [ ] Errors normal',
      '## Rollback Procedure',
      '- [ ] Previous image redeployed',
    ),
    texts: ['Secrets rotated', 'Deploy', 'Errors normal', 'Previous image redeployed'],
    check: (template) => {
      expect(template.phases.map((phase) => phase.kind)).toEqual(['pre', 'day', 'post', 'rollback']);
      expect(items(template)[0]?.section).toBe('Security');
      expect(template.checkIns.map((checkIn) => [checkIn.after, checkIn.items])).toEqual([['2h', ['errors-normal']]]);
      expect(template.rollback.procedure).toEqual(['Previous image redeployed']);
    },
  },
  {
    name: 'items under headings that name no phase land in a clearly named phase',
    markdown: md('# Checklist', '## Security', '- [ ] Firewall on', '## Pre-deployment', '- [ ] Tests pass'),
    texts: ['Firewall on', 'Tests pass'],
    check: (template, report) => {
      expect(template.phases[0]).toMatchObject({ key: UNPLACED_PHASE.key, title: UNPLACED_PHASE.title, kind: 'pre' });
      expect(report.notes[0]).toContain('1 item(s) sit under headings that name no phase');
    },
  },
  {
    name: 'a rollback plan inside the pre-deployment part stays pre-deployment',
    markdown: md('## Pre-Deployment Checklist', '### 12. Rollback Plan', '- [ ] Previous version tagged'),
    texts: ['Previous version tagged'],
    check: (template) => {
      expect(template.phases.map((phase) => phase.kind)).toEqual(['pre']);
      expect(items(template)[0]?.section).toBe('12. Rollback Plan');
    },
  },
  {
    name: 'plain steps under a rollback heading become the rollback procedure',
    markdown: md(
      '## Pre-deployment',
      '- [ ] Tests pass',
      '## Rollback Procedure',
      '1. **Immediate**: Revert the image',
      '2. Restore the backup',
    ),
    texts: ['Tests pass'],
    check: (template) =>
      expect(template.rollback.procedure).toEqual(['Immediate: Revert the image', 'Restore the backup']),
  },
  {
    name: 'a sign-off sheet of task lines gives roles and sign-off items (counted)',
    markdown: md(
      '## Pre-deployment',
      '- [ ] Tests pass',
      '## Sign-Off',
      '- [ ] Technical Lead Approval: _________ Date: ______',
      '- [ ] Security Review: ___',
      '- [ ] **Developer**: _____ Date: ____',
    ),
    texts: ['Tests pass', 'Technical Lead Approval', 'Security Review', 'Developer sign-off'],
    check: (template) => {
      expect(template.roles.map((role) => [role.key, role.title, role.covers])).toEqual([
        ['technical-lead', 'Technical Lead', ['technical-lead-approval']],
        ['security', 'Security', ['security-review']],
        ['developer', 'Developer', ['developer-sign-off']],
      ]);
      expect(template.phases.at(-1)).toMatchObject({ key: SIGN_OFF_PHASE.key, kind: 'pre' });
    },
  },
  {
    name: 'a sign-off sheet of bold lines gives roles only; other lines are reported',
    markdown: md(
      '## Pre-deployment',
      '- [ ] Tests pass',
      '## ✅ Sign-Off',
      '### Deployment Approval',
      '**Technical Lead**: _________________ Date: _______',
      '',
      '**Operations Lead**: _________________ Date: _______',
      '',
      '**Status**: ☐ Stable  ☐ Rollback Required',
    ),
    texts: ['Tests pass'],
    check: (template, report) => {
      expect(template.roles.map((role) => role.key)).toEqual(['technical-lead', 'operations-lead']);
      expect(report.skipped.map((skip) => skip.line)).toEqual([9]);
    },
  },
  {
    name: 'repeated texts get distinct keys with suffixes',
    markdown: md(
      '## Pre-deployment',
      '- [ ] Implement log rotation',
      '## Post-deployment',
      '- [ ] Implement log rotation',
      '- [ ] Implement log rotation',
    ),
    texts: ['Implement log rotation', 'Implement log rotation', 'Implement log rotation'],
    check: (template) =>
      expect(items(template).map((item) => item.key)).toEqual([
        'implement-log-rotation',
        'implement-log-rotation-2',
        'implement-log-rotation-3',
      ]),
  },
  {
    name: 'optional items are not required',
    markdown: md(
      '## Pre-deployment',
      '- [ ] Grafana dashboards set up (optional)',
      '- [ ] CDN configured (if applicable)',
      '- [ ] Tests pass',
    ),
    texts: ['Grafana dashboards set up (optional)', 'CDN configured (if applicable)', 'Tests pass'],
    check: (template) => expect(templateItems(template).map(({ item }) => item.required)).toEqual([false, false, true]),
  },
  {
    name: 'post-deployment windows become check-ins, "Day 1" and "24 hours" merged',
    markdown: md(
      '## Post-Deployment Tasks',
      '### Post-Deployment (T+24 hours)',
      '- [ ] Stability verified',
      '### Immediate (Day 1)',
      '- [ ] Backups verified',
      '### Short-term (Week 1)',
      '- [ ] Retrospective held',
      '### Hour 1-4: Critical Monitoring',
      '- [ ] Error rates watched',
    ),
    texts: ['Stability verified', 'Backups verified', 'Retrospective held', 'Error rates watched'],
    check: (template) => {
      expect(template.phases).toHaveLength(1);
      expect(template.checkIns.map((checkIn) => [checkIn.after, checkIn.items])).toEqual([
        ['4h', ['error-rates-watched']],
        ['24h', ['stability-verified', 'backups-verified']],
        ['7d', ['retrospective-held']],
      ]);
    },
  },
];

describe('importMarkdown', () => {
  it.each(cases)('$name', ({ markdown, texts, check }) => {
    const { template, report } = importMarkdown(markdown, { name: 'imported' });
    expect(items(template).map((item) => item.text)).toEqual(texts);
    expect(report.items).toBe(texts.length);
    const yaml = writeTemplateYaml(template);
    const parsed = parseTemplate(yaml);
    expect(parsed.ok ? [] : parsed.issues).toEqual([]);
    check?.(template, report);
  });

  it('writes the same YAML for the same document, and reads back the same template', () => {
    const markdown = cases.map((c) => c.markdown).join('\n');
    const first = writeTemplateYaml(importMarkdown(markdown, { name: 'all' }).template);
    const second = writeTemplateYaml(importMarkdown(markdown, { name: 'all' }).template);
    expect(second).toBe(first);
    const parsed = parseTemplate(first);
    expect(parsed.ok && writeTemplateYaml(parsed.template)).toBe(first);
  });

  it('reports the phases and roles it found', () => {
    const { report } = importMarkdown(cases[14]?.markdown ?? '', { name: 'x' });
    expect(report.phases).toEqual([
      { key: 'pre-deployment', title: 'Pre-deployment', kind: 'pre', items: 1 },
      { key: 'sign-off', title: 'Sign-off', kind: 'pre', items: 3 },
    ]);
    expect(report.roles).toEqual(['technical-lead', 'security', 'developer']);
  });
});
