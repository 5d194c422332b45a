import { describe, expect, it } from 'vitest';
import { type Template, templateItems, ZTemplate } from '../../src/domain/template.ts';
import { exportTemplateMarkdown } from '../../src/templates/export-markdown.ts';
import { importMarkdown } from '../../src/templates/import-markdown.ts';
import { BUILT_IN_TEMPLATES_DIR, loadTemplates } from '../../src/templates/load-templates.ts';
import { writeTemplateYaml } from '../../src/templates/write-template-yaml.ts';

/** A template with everything the Markdown form has to carry, and texts Markdown would read differently. */
const AWKWARD: Template = ZTemplate.parse({
  name: 'awkward',
  title: 'Payments API *release*',
  description: 'Card payments; see the [wiki](https://wiki.example.com/payments).',
  source: 'Hand-written',
  endpoints: [{ key: 'db', description: 'PostgreSQL, must be closed' }],
  separationOfDuties: { ownerMaySignRequired: true },
  roles: [
    { key: 'tech-lead', title: 'Technical Lead Approval', covers: ['pre'] },
    {
      key: 'security',
      title: 'Security',
      required: false,
      description: 'Vouches for TLS',
      defaultAssignees: { users: ['U012ABCDEF'], userGroup: 'S0SECURITY' },
      covers: ['tls'],
    },
  ],
  phases: [
    {
      key: 'pre',
      title: 'Preparation',
      kind: 'pre',
      items: [
        { key: 'tests', text: 'All tests pass: `npm test` <!channel> & *done*' },
        {
          key: 'backup',
          text: '1. Backup taken',
          section: 'Database',
          detail: 'Restore timed; see [runbook](https://x.example/r)',
        },
        { key: 'backup-restore', text: 'Restore rehearsed', section: 'Database', parent: 'backup' },
        { key: 'backup-age', text: 'Backup younger than 1h', section: 'Database', parent: 'backup', required: false },
        { key: 'late-child', text: 'Nested after a sibling section', parent: 'tests' },
        { key: 'colon', text: 'Ends with a colon:' },
        { key: 'emoji', text: '🚀 Launch banner ready ✅' },
        { key: 'spaces', text: 'Two  spaces' },
      ],
    },
    {
      key: 'rollback-ready',
      title: 'Rollback Plan',
      kind: 'pre',
      items: [{ key: 'previous-tag', text: 'Previous tag noted', section: 'Post-deployment checks' }],
    },
    {
      key: 'day',
      title: 'Day',
      kind: 'day',
      items: [
        {
          key: 'tls',
          text: 'Certificate valid',
          probe: { kind: 'tls', target: '${url}', options: { minDaysLeft: 14 } },
        },
        { key: 'db-closed', text: 'DB closed', probe: { kind: 'tcp', target: '${db}', options: { expect: 'closed' } } },
      ],
    },
    {
      key: 'not-placed',
      title: 'Not placed by the importer (review)',
      kind: 'post',
      items: [{ key: 'x', text: '- dash' }],
    },
    {
      key: 'back',
      title: 'Way back',
      kind: 'rollback',
      items: [{ key: 'redeploy', text: 'Previous image redeployed' }],
    },
  ],
  checkIns: [
    { key: 'after-1h', after: '1h', title: 'First hour', items: ['x'], probes: ['tls'], mention: ['security'] },
  ],
  checkInPolicy: { escalateAfter: '45m' },
  rollback: { window: '12h', procedure: ['Run `kubectl rollout undo deploy/api`', '**Restore** the backup'] },
  verification: { roles: ['tech-lead'] },
});

function roundTrip(template: Template): Template {
  const markdown = exportTemplateMarkdown(template);
  return importMarkdown(markdown, { name: 'ignored' }).template;
}

describe('export-template --format md', () => {
  it('gives back the same template when imported, texts Markdown would misread included', () => {
    const back = roundTrip(AWKWARD);
    expect(back).toEqual(AWKWARD);
    expect(writeTemplateYaml(back)).toBe(writeTemplateYaml(AWKWARD));
  });

  it('reads as a checklist: phases, sections, nested task lines, details, sign-off lines, check-ins, rollback', () => {
    const markdown = exportTemplateMarkdown(AWKWARD);
    const visible = markdown
      .replace(/ ?<!-- deploy-checklist \{.*?\} -->/g, '')
      .split('\n')
      .filter((line) => line.trim() !== '' && !line.startsWith('>'));
    expect(visible).toEqual([
      '# Payments API \\*release\\*',
      'Card payments; see the [wiki](https://wiki.example.com/payments).',
      '## Preparation',
      '- [ ] All tests pass: `npm test` \\<!channel\\> \\& \\*done\\*',
      '### Database',
      '- [ ] 1\\. Backup taken',
      '  Restore timed; see [runbook](https://x.example/r)',
      '  - [ ] Restore rehearsed',
      '  - [ ] Backup younger than 1h',
      '- [ ] Nested after a sibling section',
      '- [ ] Ends with a colon:',
      '- [ ] 🚀 Launch banner ready ✅',
      '- [ ] Two  spaces',
      '## Rollback Plan',
      '### Post-deployment checks',
      '- [ ] Previous tag noted',
      '## Day',
      '- [ ] Certificate valid',
      '- [ ] DB closed',
      '## Not placed by the importer (review)',
      '- [ ] \\- dash',
      '## Way back',
      '- [ ] Previous image redeployed',
      '## Sign-off',
      '**Technical Lead Approval**: ____________ Date: ________',
      '**Security**: ____________ Date: ________ (optional)',
      '## Check-ins after go-live',
      '- After 1h: First hour — look at `x`; re-run the probes of `tls`; mention `security`',
      '## Rollback procedure',
      'Rolling back stays cheap for 12h after go-live; a reminder comes every 4h, every 30m in the last 2h.',
      '1. Run `kubectl rollout undo deploy/api`',
      '2. \\*\\*Restore\\*\\* the backup',
    ]);
  });

  it('carries a text in its comment only where the visible line cannot say it', () => {
    const markdown = exportTemplateMarkdown(AWKWARD);
    const line = (start: string) => markdown.split('\n').find((candidate) => candidate.startsWith(start)) ?? '';
    expect(line('- [ ] Restore')).toBe('');
    expect(line('  - [ ] Restore rehearsed')).toBe(
      '  - [ ] Restore rehearsed <!-- deploy-checklist {"item":{"key":"backup-restore"}} -->',
    );
    expect(line('- [ ] Ends with a colon:')).toContain('"text":"Ends with a colon:"');
    expect(line('- [ ] Nested after')).toContain('"section":null,"parent":"tests"');
  });

  it('an edit to the visible text changes the item, the phase and the role on import', () => {
    const markdown = exportTemplateMarkdown(AWKWARD)
      .replace('- [ ] DB closed', '- [ ] Database port closed')
      .replace('## Day ', '## Cut-over ')
      .replace('**Security**:', '**Security Team**:');
    const back = importMarkdown(markdown, { name: 'x' }).template;
    expect(back.phases.find((phase) => phase.key === 'day')?.title).toBe('Cut-over');
    expect(back.roles.find((role) => role.key === 'security')).toMatchObject({
      title: 'Security Team',
      covers: ['tls'],
    });
    // "Technical Lead Approval" would read back as "Technical Lead": its comment carries the exact title.
    expect(back.roles.find((role) => role.key === 'tech-lead')?.title).toBe('Technical Lead Approval');
    const item = templateItems(back).find(({ item: candidate }) => candidate.key === 'db-closed')?.item;
    expect(item?.text).toBe('Database port closed');
    expect(item?.probe?.kind).toBe('tcp');
  });

  it('every built-in template survives the round trip unchanged', async () => {
    const { templates } = await loadTemplates([BUILT_IN_TEMPLATES_DIR]);
    expect(templates.size).toBeGreaterThanOrEqual(9);
    for (const [name, { template }] of templates) {
      expect({ name, yaml: writeTemplateYaml(roundTrip(template)) }).toEqual({
        name,
        yaml: writeTemplateYaml(template),
      });
    }
  });
});
