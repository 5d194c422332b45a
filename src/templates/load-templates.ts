import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Template } from '../domain/template.ts';
import { checkTemplateText } from './check-template.ts';

export type LoadedTemplate = { template: Template; hash: string; file: string };
export type TemplateProblem = { file: string; line: number; column: number; path: string; message: string };

/**
 * The repository's `templates/` folder. This module runs from `src/templates/` (vitest, strip-types) and from
 * `dist/src/templates/` (compiled), so walk up to the folder holding package.json instead of counting `..`.
 */
export const BUILT_IN_TEMPLATES_DIR: string = path.join(findPackageRoot(fileURLToPath(import.meta.url)), 'templates');

function findPackageRoot(from: string): string {
  let dir = path.dirname(from);
  while (!existsSync(path.join(dir, 'package.json'))) {
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`no package.json above ${from}`);
    dir = parent;
  }
  return dir;
}

/** Template files in a folder, sorted so that loading (and which file wins a name clash) is deterministic. */
export async function listTemplateFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && /\.ya?ml$/i.test(entry.name))
    .map((entry) => path.join(dir, entry.name))
    .sort();
}

/**
 * Loads every template of every folder. Later folders override earlier ones by template name, so a team's
 * TEMPLATES_DIR can replace a built-in. A bad file is reported and skipped: one typo must not take the
 * other templates down with it.
 */
export async function loadTemplates(
  dirs: string[],
): Promise<{ templates: Map<string, LoadedTemplate>; problems: TemplateProblem[] }> {
  const templates = new Map<string, LoadedTemplate>();
  const problems: TemplateProblem[] = [];
  for (const dir of dirs) {
    let files: string[];
    try {
      files = await listTemplateFiles(dir);
    } catch (error) {
      problems.push({ file: dir, line: 1, column: 1, path: '', message: `cannot read folder: ${errorText(error)}` });
      continue;
    }
    const seen = new Map<string, string>();
    for (const file of files) {
      const result = await loadTemplateFile(file);
      if (!result.ok) {
        problems.push(...result.problems);
        continue;
      }
      const name = result.loaded.template.name;
      const earlier = seen.get(name);
      if (earlier) {
        // Within one folder two files claiming a name is a mistake, not an override.
        problems.push({
          file,
          line: 1,
          column: 1,
          path: 'name',
          message: `template name "${name}" is already used by ${earlier}: rename one of them`,
        });
        continue;
      }
      seen.set(name, file);
      templates.set(name, result.loaded);
    }
  }
  return { templates, problems };
}

/** Reads and parses one template file; problems carry the file name and the position in it. */
export async function loadTemplateFile(
  file: string,
): Promise<{ ok: true; loaded: LoadedTemplate } | { ok: false; problems: TemplateProblem[] }> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    return {
      ok: false,
      problems: [{ file, line: 1, column: 1, path: '', message: `cannot read: ${errorText(error)}` }],
    };
  }
  const result = checkTemplateText(text);
  if (!result.ok) return { ok: false, problems: result.issues.map((issue) => ({ file, ...issue })) };
  return { ok: true, loaded: { template: result.template, hash: result.hash, file } };
}

/** `path/to/file.yaml:12:5 phases[0].items[3].key: duplicate item key "x": …` (the path is left out when empty). */
export function formatTemplateProblem(problem: TemplateProblem): string {
  const where = `${problem.file}:${problem.line}:${problem.column}`;
  return problem.path ? `${where} ${problem.path}: ${problem.message}` : `${where} ${problem.message}`;
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
