import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { type Template, templateItems } from '../../src/domain/template.ts';
import { checkTemplateText } from '../../src/templates/check-template.ts';
import { BUILT_IN_TEMPLATES_DIR } from '../../src/templates/load-templates.ts';

async function load(name: string): Promise<Template> {
  const text = await readFile(path.join(BUILT_IN_TEMPLATES_DIR, `${name}.yaml`), 'utf8');
  const result = checkTemplateText(text);
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.template;
}

function item(template: Template, key: string) {
  const found = templateItems(template).find(({ item: candidate }) => candidate.key === key)?.item;
  if (!found) throw new Error(`${template.name} has no item "${key}"`);
  return found;
}

/** What each generic template must hold besides the common shape: item keys, and probes on the checkable ones. */
const GENERIC: Array<{ name: string; items: string[]; probes: Record<string, string> }> = [
  {
    name: 'kubernetes-service',
    items: ['readiness-liveness-defined', 'hpa-configured', 'rollout-complete', 'pods-ready', 'rollout-undone'],
    probes: {
      'health-check': 'http',
      'tls-certificate-valid': 'tls',
      'https-enforced': 'redirect',
      'security-headers': 'headers',
      'debug-endpoints-hidden': 'exposure',
    },
  },
  {
    name: 'database-migration',
    items: [
      'backup-verified',
      'migration-rehearsed',
      'migration-reversible',
      'lock-time-measured',
      'down-migration-run',
    ],
    probes: { 'app-healthy-before': 'http', 'app-healthy-after': 'http', 'database-not-exposed': 'tcp' },
  },
  {
    name: 'static-site',
    items: ['bundle-size', 'assets-fingerprinted', 'cdn-invalidated', 'previous-build-restored'],
    probes: {
      'site-up': 'http',
      'html-cache-header': 'http',
      'asset-cached-long': 'http',
      'compression-enabled': 'compression',
      'security-headers': 'headers',
      'https-enforced': 'redirect',
      'tls-certificate-valid': 'tls',
    },
  },
];

describe.each(GENERIC)('built-in template $name', ({ name, items, probes }) => {
  it('validates and has the four phase kinds, required roles, check-ins after go-live and a rollback procedure', async () => {
    const template = await load(name);
    expect(template.name).toBe(name);
    expect(template.phases.map((phase) => phase.kind)).toEqual(['pre', 'day', 'post', 'rollback']);
    expect(template.roles.filter((role) => role.required).length).toBeGreaterThanOrEqual(2);
    expect(template.checkIns.length).toBeGreaterThanOrEqual(2);
    expect(template.checkIns.every((checkIn) => checkIn.probes.length > 0)).toBe(true);
    expect(template.rollback.procedure.length).toBeGreaterThanOrEqual(3);
    expect(template.verification.roles.length).toBe(1);
  });

  it('holds the items that make it what it is, with probes on the ones a machine can check', async () => {
    const template = await load(name);
    for (const key of items) expect(item(template, key).text.length).toBeGreaterThan(0);
    const found = Object.fromEntries(Object.keys(probes).map((key) => [key, item(template, key).probe?.kind]));
    expect(found).toEqual(probes);
  });
});

describe('what the generic templates say', () => {
  it('kubernetes-service rolls back with kubectl rollout undo', async () => {
    const template = await load('kubernetes-service');
    expect(item(template, 'rollout-undone').text).toContain('`kubectl rollout undo deployment/<name>`');
    expect(template.rollback.procedure.join('\n')).toContain('kubectl rollout undo');
  });

  it('static-site checks cache busting with a header probe on a fingerprinted asset', async () => {
    const template = await load('static-site');
    expect(item(template, 'asset-cached-long').probe).toMatchObject({
      target: '${asset}',
      options: { expectHeaders: { 'cache-control': 'immutable' } },
    });
    expect(template.endpoints.map((endpoint) => endpoint.key)).toEqual(['asset']);
  });

  it('database-migration keeps the database closed to the internet and reverts with a rehearsed down migration', async () => {
    const template = await load('database-migration');
    expect(item(template, 'database-not-exposed').probe).toMatchObject({
      kind: 'tcp',
      target: '${db}',
      options: { expect: 'closed' },
    });
    expect(template.roles.find((role) => role.key === 'database-owner')?.covers).toEqual(
      expect.arrayContaining(['backup-verified', 'migration-rehearsed', 'migration-reversible', 'lock-time-measured']),
    );
  });
});
