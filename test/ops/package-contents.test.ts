import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');
const PACKAGE = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
  bin: Record<string, string>;
  files: string[];
};

/**
 * What `npm pack` (and so `npm publish`) ships, from a prepared copy of the checkout: everything a checkout holds
 * (sources, tests, benchmarks) plus a fresh build, so `files` in package.json has something to leave out. CI runs
 * `npm test` without a prior build; the build here goes to the copy, never to the checkout's dist/.
 */
describe('the published package', () => {
  let dir: string;
  let packed: string[];
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'dc-pack-'));
    for (const entry of ['package.json', 'README.md', 'LICENSE', 'CHANGELOG.md', 'SECURITY.md', 'CONTRIBUTING.md'])
      if (existsSync(path.join(ROOT, entry))) cpSync(path.join(ROOT, entry), path.join(dir, entry));
    // The generated clients are large and go to dist/ below; the sources only need to be there to be left out.
    const notGenerated = (source: string) => !source.includes(`${path.sep}src${path.sep}generated`);
    for (const entry of ['src', 'test', 'bench', 'scripts', 'prisma', 'templates', 'docs', 'deploy', '.ci'])
      cpSync(path.join(ROOT, entry), path.join(dir, entry), { recursive: true, filter: notGenerated });
    for (const entry of ['manifest.yml', 'manifest.socket.yml', 'Dockerfile', 'tsconfig.json', 'prisma.config.ts'])
      cpSync(path.join(ROOT, entry), path.join(dir, entry));
    // Type errors are the typecheck's business; tsc emits all the same, and the emitted files are what counts here.
    spawnSync(
      path.join(ROOT, 'node_modules', '.bin', 'tsc'),
      ['-p', 'tsconfig.build.json', '--outDir', path.join(dir, 'dist')],
      // Synchronous children block the worker's timers, so each has its own bound.
      { cwd: ROOT, stdio: 'ignore', timeout: 90_000 },
    );
    execFileSync(process.execPath, ['scripts/copy-generated.mjs', path.join(dir, 'dist')], { cwd: ROOT });
    const output = execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {
      cwd: dir,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
      timeout: 25_000,
    });
    packed = (JSON.parse(output) as Array<{ files: Array<{ path: string }> }>)[0]?.files.map((f) => f.path) ?? [];
  }, 120_000);
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it('ships the compiled bot and command, its generated database clients, migrations and templates', () => {
    expect(packed).toEqual(
      expect.arrayContaining([
        'package.json',
        'README.md',
        'LICENSE',
        'CHANGELOG.md',
        'SECURITY.md',
        'dist/src/main.js',
        'dist/src/generated/sqlite/index.js',
        'dist/src/generated/postgresql/index.js',
        'templates/web-service.yaml',
        'templates/README.md',
        'prisma/schema.prisma',
        'manifest.yml',
        'scripts/generate-prisma.mjs',
      ]),
    );
    for (const target of Object.values(PACKAGE.bin)) expect(packed).toContain(target);
    expect(packed.some((file) => /^prisma\/migrations\/[^/]+\/migration\.sql$/.test(file))).toBe(true);
    expect(packed.some((file) => /^prisma\/postgresql\/migrations\/[^/]+\/migration\.sql$/.test(file))).toBe(true);
  });

  it('ships no tests, benchmarks, TypeScript sources, test helpers or local data', () => {
    const unwanted = packed.filter((file) =>
      /^(test|bench|src|data|node_modules|\.ci|deploy)\/|^dist\/(bench|test)\/|\.test\.js$|\.db$|^Dockerfile$/.test(
        file,
      ),
    );
    expect(unwanted).toEqual([]);
  });

  it('names only paths that exist, so a renamed folder is not silently left out', () => {
    for (const entry of PACKAGE.files) {
      const prefix = entry.replace(/\/$/, '');
      expect(
        packed.some((file) => file === prefix || file.startsWith(`${prefix}/`)),
        entry,
      ).toBe(true);
    }
  });
});
