// The generated Prisma clients are JavaScript, which tsc does not copy: put them next to the compiled code.
// Usage: node scripts/copy-generated.mjs [DIST_DIR] (default: dist).
import { cpSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const target = path.join(path.resolve(root, process.argv[2] ?? 'dist'), 'src', 'generated');
rmSync(target, { recursive: true, force: true });
cpSync(path.join(root, 'src', 'generated'), target, { recursive: true });
