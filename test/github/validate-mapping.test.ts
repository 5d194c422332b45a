import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCliOn } from '../support/run-cli.ts';

const MAPPING = `repositories:
  acme/payments:
    environments:
      production:
        service: payments-api
        channel: C0123ABCD
        owner: release@example.com
`;

function folderWith(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'validate-mapping-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
  return dir;
}

describe('deploy-checklist validate --github-environments', () => {
  it('checks the mapping file with the built-in templates and exits 0 when it is right', async () => {
    const dir = folderWith({ 'github.yaml': MAPPING });
    const run = await runCliOn('', dir, 'validate', '--github-environments', 'github.yaml');
    expect(run.stdout).toContain('GitHub mapping file github.yaml: valid');
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
  });

  it('prints each mistake with its line and column, and a template that does not exist, and exits 1', async () => {
    const dir = folderWith({
      'bad.yaml': MAPPING.replace('C0123ABCD', 'general'),
      'unknown.yaml': `${MAPPING}        template: no-such-template\n`,
    });
    const bad = await runCliOn('', dir, 'validate', '--github-environments', 'bad.yaml');
    expect(bad.stderr).toContain(
      'bad.yaml:6:18 repositories.acme/payments.environments.production.channel: must be a Slack channel id',
    );
    expect(bad.code).toBe(1);
    const unknown = await runCliOn('', dir, 'validate', '--github-environments=unknown.yaml');
    expect(unknown.stderr).toBe('unknown.yaml: acme/payments production: no template called no-such-template\n');
    expect(unknown.code).toBe(1);
  });
});
