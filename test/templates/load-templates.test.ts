import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BUILT_IN_TEMPLATES_DIR, formatTemplateProblem, loadTemplates } from '../../src/templates/load-templates.ts';

function minimalTemplate(name: string, itemText = 'Tests pass'): string {
  return [
    `name: ${name}`,
    `title: ${name}`,
    'phases:',
    '  - key: pre',
    '    title: Before',
    '    kind: pre',
    '    items:',
    '      - key: tests-pass',
    `        text: ${itemText}`,
    '',
  ].join('\n');
}

describe('loadTemplates', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'load-templates-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('finds the built-in templates folder with the generic web-service template in it', async () => {
    const { templates, problems } = await loadTemplates([BUILT_IN_TEMPLATES_DIR]);
    expect(problems.map(formatTemplateProblem)).toEqual([]);
    expect(templates.get('web-service')?.template.title).toBe('Web service');
    expect(templates.get('web-service')?.hash).toMatch(/^[0-9a-f]{16}$/);
  });
});
