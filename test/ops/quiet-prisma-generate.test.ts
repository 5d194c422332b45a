import { execFileSync, spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');

// `npm test`, `npm start` (when it builds), `npm run cli` and `npm ci` all run scripts/generate-prisma.mjs first.
describe('generating the Prisma clients', () => {
  it('prints nothing: no "Prisma config detected" or "Loaded Prisma config" lines, run after run', () => {
    for (let run = 0; run < 2; run++) {
      const result = spawnSync(process.execPath, ['scripts/generate-prisma.mjs'], {
        cwd: ROOT,
        encoding: 'utf8',
        timeout: 14_000,
      });
      expect({ status: result.status, stdout: result.stdout, stderr: result.stderr }).toEqual({
        status: 0,
        stdout: '',
        stderr: '',
      });
    }
  });

  it("drops only Prisma's config-file notices from its output; anything else it says is kept", () => {
    const prismaSaid = [
      'Loaded Prisma config from prisma.config.ts.',
      '',
      'Prisma config detected, skipping environment variable loading.',
      'warn Preview feature "x" is deprecated.',
      '',
    ].join('\n');
    const script = `import('./scripts/generate-prisma.mjs').then((m) => process.stdout.write(m.withoutConfigNotices(${JSON.stringify(prismaSaid)})))`;
    const kept = execFileSync(process.execPath, ['-e', script], { cwd: ROOT, encoding: 'utf8' });
    expect(kept.trim()).toBe('warn Preview feature "x" is deprecated.');
  });
});
