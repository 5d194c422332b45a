import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The version of deploy-checklist that is running, from its package.json: shown by `deploy-checklist --version`,
 * `/deploy-checklist help` and the `deploy_checklist_build_info` metric, so all three always agree with a release.
 */
export const VERSION: string = readVersion();

function readVersion(): string {
  const here = path.dirname(fileURLToPath(import.meta.url));
  // src/ in development and tests, dist/src/ once built (also in the packed package): one or two levels up.
  for (const candidate of [path.join(here, '..', 'package.json'), path.join(here, '..', '..', 'package.json')]) {
    try {
      const manifest = JSON.parse(readFileSync(candidate, 'utf8')) as { name?: unknown; version?: unknown };
      if (manifest.name === 'deploy-checklist' && typeof manifest.version === 'string') return manifest.version;
    } catch {
      // not this one
    }
  }
  return 'unknown';
}
