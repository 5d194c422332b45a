import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BUILT_IN_TEMPLATES_DIR, formatTemplateProblem, loadTemplates } from '../../src/templates/load-templates.ts';

function minimalTemplate(name: string, title = name): string {
  return [
    `name: ${name}`,
    `title: ${title}`,
    'phases:',
    '  - key: pre',
    '    title: Before',
    '    kind: pre',
    '    items:',
    '      - key: tests-pass',
    '        text: Tests pass',
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
    expect(templates.get('web-service')?.file).toBe(path.join(BUILT_IN_TEMPLATES_DIR, 'web-service.yaml'));
  });

  it('skips a bad file with its position and still loads the good ones', async () => {
    await writeFile(path.join(dir, 'a-good.yaml'), minimalTemplate('good-one'));
    const bad = minimalTemplate('bad-one').replace(
      '        text: Tests pass',
      '        text: Tests pass\n        requird: true',
    );
    await writeFile(path.join(dir, 'b-bad.yaml'), bad);
    await writeFile(path.join(dir, 'c-good.yml'), minimalTemplate('good-two'));
    await writeFile(path.join(dir, 'notes.txt'), 'not a template');
    const { templates, problems } = await loadTemplates([dir]);
    expect([...templates.keys()]).toEqual(['good-one', 'good-two']);
    expect(problems.map(formatTemplateProblem)).toEqual([
      `${path.join(dir, 'b-bad.yaml')}:8:9 phases[0].items[0]: unknown key "requird": for "requird" write "required" (keys here: key, text, required, section, parent, detail, probe)`,
    ]);
  });

  it('lets a later folder replace a template of the same name', async () => {
    const team = path.join(dir, 'team');
    await mkdir(team);
    await writeFile(path.join(team, 'web.yaml'), minimalTemplate('web-service', 'Our web service'));
    const { templates, problems } = await loadTemplates([BUILT_IN_TEMPLATES_DIR, team]);
    expect(problems).toEqual([]);
    expect(templates.get('web-service')?.template.title).toBe('Our web service');
    expect(templates.get('web-service')?.file).toBe(path.join(team, 'web.yaml'));
    expect(templates.has('nestjs-mongo-api')).toBe(true);
  });

  it('refuses two files of one folder with the same template name, keeping the first', async () => {
    await writeFile(path.join(dir, 'a.yaml'), minimalTemplate('same', 'First'));
    await writeFile(path.join(dir, 'b.yaml'), minimalTemplate('same', 'Second'));
    const { templates, problems } = await loadTemplates([dir]);
    expect(templates.get('same')?.template.title).toBe('First');
    expect(problems.map((problem) => [path.basename(problem.file), problem.line, problem.path])).toEqual([
      ['b.yaml', 1, 'name'],
    ]);
  });

  it('reports a folder that does not exist and loads the others', async () => {
    await writeFile(path.join(dir, 'a.yaml'), minimalTemplate('only'));
    const missing = path.join(dir, 'missing');
    const { templates, problems } = await loadTemplates([missing, dir]);
    expect([...templates.keys()]).toEqual(['only']);
    expect(problems[0]?.file).toBe(missing);
    expect(problems[0]?.message).toMatch(/^cannot read folder/);
  });
});

describe('formatTemplateProblem', () => {
  it.each([
    [
      {
        file: 'templates/x.yaml',
        line: 12,
        column: 5,
        path: 'phases[0].items[3].key',
        message: 'duplicate item key "x"',
      },
      'templates/x.yaml:12:5 phases[0].items[3].key: duplicate item key "x"',
    ],
    [
      { file: 'x.yaml', line: 3, column: 1, path: '', message: 'YAML: bad indentation' },
      'x.yaml:3:1 YAML: bad indentation',
    ],
  ])('%j → %s', (problem, expected) => {
    expect(formatTemplateProblem(problem)).toBe(expected);
  });
});
