import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { parseTemplate, type Template, templateItems } from '../../src/domain/template.ts';
import { checkTemplateText } from '../../src/templates/check-template.ts';
import { importMarkdown } from '../../src/templates/import-markdown.ts';
import { BUILT_IN_TEMPLATES_DIR, formatTemplateProblem, loadTemplates } from '../../src/templates/load-templates.ts';
import { writeTemplateYaml } from '../../src/templates/write-template-yaml.ts';

const repoRoot = path.resolve(BUILT_IN_TEMPLATES_DIR, '..');
// The production checklists the built-in templates were made from live beside the checkout, never inside it.
// SEEDS_DIR points elsewhere (a test of this skip reason uses it).
const seedsDir = path.resolve(repoRoot, process.env.SEEDS_DIR ?? '../shared/seeds');
const seedsExist = existsSync(seedsDir);
/** Shown beside each skipped test, so a run without the seeds says what is missing and where it was looked for. */
const SEEDS_MISSING = `../shared/seeds is missing (looked for ${seedsDir}): the seed round-trip tests need the production checklists there`;

/** Which built-in template each seed document became, recognised by the document's own words. */
const SEED_TEMPLATES: ReadonlyArray<readonly [RegExp, string]> = [
  [/Open Badges Modular Server/, 'open-badges-server'],
  [/RolesGuard/, 'nestjs-mongo-api'],
  [/ProofPass Platform/, 'blockchain-credential-platform'],
  [/NATS connectivity verified/, 'compose-microservices'],
  [/Device Passport System/, 'device-passport-system'],
];

/**
 * Task lines counted the plain way, independent of the importer: a list marker, then `[ ]`/`[x]`, outside fenced
 * code. Seed documents have no task-like text in indented code or HTML, so this is their true count.
 */
function countTaskLines(markdown: string): number {
  let fence: string | undefined;
  let count = 0;
  for (const line of markdown.split('\n')) {
    const marker = /^\s*(`{3,}|~{3,})/.exec(line)?.[1];
    if (marker && (!fence || marker.startsWith(fence))) {
      fence = fence ? undefined : marker;
      continue;
    }
    if (!fence && /^\s*(?:[-*+]|\d{1,9}[.)])\s+\[[ xX]\]/.test(line)) count++;
  }
  return count;
}

function itemCount(template: Template): number {
  return templateItems(template).length;
}

async function readSeeds(): Promise<Array<{ file: string; text: string; template: string }>> {
  const files = (await readdir(seedsDir)).sort();
  return Promise.all(
    files.map(async (file) => {
      const text = await readFile(path.join(seedsDir, file), 'utf8');
      const template = SEED_TEMPLATES.find(([pattern]) => pattern.test(text))?.[1] ?? `unknown (${file})`;
      return { file, text, template };
    }),
  );
}

describe('built-in templates', () => {
  it('all load without a problem, the generic web-service among them', async () => {
    const { templates, problems } = await loadTemplates([BUILT_IN_TEMPLATES_DIR]);
    expect(problems.map(formatTemplateProblem)).toEqual([]);
    expect([...templates.keys()].sort()).toEqual([
      'blockchain-credential-platform',
      'compose-microservices',
      'database-migration',
      'device-passport-system',
      'kubernetes-service',
      'nestjs-mongo-api',
      'open-badges-server',
      'static-site',
      'web-service',
    ]);
  });

  it('web-service has the four phase kinds, the four roles, check-ins at 1h/4h/24h/7d and probes on the url', async () => {
    const text = await readFile(path.join(BUILT_IN_TEMPLATES_DIR, 'web-service.yaml'), 'utf8');
    const result = checkTemplateText(text);
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    const { template } = result;
    expect(template.phases.map((phase) => phase.kind)).toEqual(['pre', 'day', 'post', 'rollback']);
    expect(template.roles.map((role) => role.key)).toEqual(['tech-lead', 'security', 'operations', 'product-owner']);
    expect(template.checkIns.map((checkIn) => checkIn.after)).toEqual(['1h', '4h', '24h', '7d']);
    expect(template.rollback.procedure.length).toBeGreaterThan(0);
    const probes = templateItems(template).flatMap(({ item }) => (item.probe ? [item.probe] : []));
    expect(probes.map((probe) => probe.target)).toContain(`\${url}/health`);
    expect(new Set(probes.map((probe) => probe.kind)).size).toBeGreaterThanOrEqual(8);
  });

  it('every template in the README table exists with the item count the table states', async () => {
    const readme = await readFile(path.join(BUILT_IN_TEMPLATES_DIR, 'README.md'), 'utf8');
    const rows = [...readme.matchAll(/^\| `([a-z0-9-]+)` \| (\d+) \|/gm)].map((m) => [m[1], Number(m[2])] as const);
    const { templates } = await loadTemplates([BUILT_IN_TEMPLATES_DIR]);
    expect(rows.map(([name]) => name).sort()).toEqual([...templates.keys()].sort());
    for (const [name, count] of rows)
      expect([name, itemCount(templates.get(name as string)?.template as Template)]).toEqual([name, count]);
  });

  it('the worked example of the README is a valid template', async () => {
    const readme = await readFile(path.join(BUILT_IN_TEMPLATES_DIR, 'README.md'), 'utf8');
    const example = /## A worked example\s+```yaml\n([\s\S]*?)```/.exec(readme)?.[1] ?? '';
    const result = checkTemplateText(example);
    expect(result.ok ? [] : result.issues).toEqual([]);
  });
});

describe('seed documents in ../shared/seeds', () => {
  // The default reporter lists skipped tests by count only; this line says why, once, in the run's output.
  beforeAll(() => {
    if (!seedsExist) console.warn(`skipped: ${SEEDS_MISSING}`);
  });
  beforeEach((context) => {
    context.skip(!seedsExist, SEEDS_MISSING);
  });

  it('there are five seed documents, each recognised as one built-in template', async () => {
    const seeds = await readSeeds();
    expect(seeds.map((seed) => seed.template).sort()).toEqual([
      'blockchain-credential-platform',
      'compose-microservices',
      'device-passport-system',
      'nestjs-mongo-api',
      'open-badges-server',
    ]);
  });

  it('importing each seed document gives one item per task line, and YAML that validates', async () => {
    for (const seed of await readSeeds()) {
      const { template, report } = importMarkdown(seed.text, { name: seed.template });
      const yaml = writeTemplateYaml(template);
      const parsed = parseTemplate(yaml);
      expect({ seed: seed.file, ok: parsed.ok }).toEqual({ seed: seed.file, ok: true });
      expect({ seed: seed.file, items: report.items }).toEqual({ seed: seed.file, items: countTaskLines(seed.text) });
      expect(writeTemplateYaml(importMarkdown(seed.text, { name: seed.template }).template)).toBe(yaml);
    }
  });

  it('each built-in template has as many items as its seed document has task lines', async () => {
    const { templates } = await loadTemplates([BUILT_IN_TEMPLATES_DIR]);
    for (const seed of await readSeeds()) {
      const loaded = templates.get(seed.template);
      expect({ template: seed.template, items: loaded && itemCount(loaded.template) }).toEqual({
        template: seed.template,
        items: countTaskLines(seed.text),
      });
    }
  });

  it('each built-in template keeps every task text of its document', async () => {
    const { templates } = await loadTemplates([BUILT_IN_TEMPLATES_DIR]);
    for (const seed of await readSeeds()) {
      const imported = importMarkdown(seed.text, { name: seed.template }).template;
      const builtIn = templates.get(seed.template)?.template as Template;
      const texts = (template: Template) =>
        templateItems(template)
          .map(({ item }) => item.text)
          .sort();
      expect(texts(builtIn)).toEqual(texts(imported));
    }
  });
});
