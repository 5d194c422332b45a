import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { parseGithubEnvironments, unknownTemplates } from '../domain/github-environments.ts';
import {
  BUILT_IN_TEMPLATES_DIR,
  formatTemplateProblem,
  listTemplateFiles,
  loadTemplateFile,
  loadTemplates,
  type TemplateProblem,
} from '../templates/load-templates.ts';
import { type CliCommand, type CliIo, EXIT, UsageError } from './cli-command.ts';
import { parseArgs } from './database-cli.ts';

/**
 * `deploy-checklist validate [path…]`: checks template files and folders (default: the built-in templates) with
 * exactly the checks the bot applies when it loads them, and prints every problem as `file:line:column path: …`.
 */
export const validateCommand: CliCommand = {
  name: 'validate',
  usage: 'deploy-checklist validate [--github-environments FILE] [file.yaml | folder]…',
  args: '[file.yaml | folder]…',
  summary: 'Check template files (default: the built-in templates) and show every error with its line',
  options: [
    {
      flag: '--github-environments',
      value: 'FILE',
      help: 'also check a GitHub mapping file (GITHUB_ENVIRONMENTS_FILE) and that its templates exist',
      default: 'not checked',
    },
  ],
  async run(argv, io) {
    const { positional: args, values } = parseArgs(argv, ['--github-environments']);
    const unknownOption = args.find((arg) => arg.startsWith('-'));
    if (unknownOption) throw new UsageError(`unknown option ${unknownOption}`);
    const targets = args.length > 0 ? args.map((arg) => path.resolve(io.cwd, arg)) : [BUILT_IN_TEMPLATES_DIR];
    const files = await expandTargets(targets, args.length > 0 ? args : [BUILT_IN_TEMPLATES_DIR]);
    if (files.length === 0)
      throw new UsageError(`no template files (*.yaml, *.yml) in ${args.join(' ') || BUILT_IN_TEMPLATES_DIR}`);

    const problems: TemplateProblem[] = [];
    const namesByFolder = new Map<string, Map<string, string>>();
    let valid = 0;
    for (const file of files) {
      const shown = displayPath(io.cwd, file);
      const result = await loadTemplateFile(file);
      if (!result.ok) {
        problems.push(...result.problems.map((problem) => ({ ...problem, file: shown })));
        continue;
      }
      // The loader refuses two files of one folder with the same name, so validate does too.
      const names = namesByFolder.get(path.dirname(file)) ?? new Map<string, string>();
      namesByFolder.set(path.dirname(file), names);
      const name = result.loaded.template.name;
      const earlier = names.get(name);
      if (earlier) {
        problems.push({
          file: shown,
          line: 1,
          column: 1,
          path: 'name',
          message: `template name "${name}" is already used by ${earlier}: give this template another name`,
        });
        continue;
      }
      names.set(name, shown);
      valid++;
    }
    for (const problem of problems) io.stderr(`${formatTemplateProblem(problem)}\n`);
    const invalid = files.length - valid;
    io.stdout(
      `${files.length} template file(s) checked: ${valid} valid${invalid > 0 ? `, ${invalid} invalid (${problems.length} problem(s))` : ''}\n`,
    );
    const mapping = values.get('--github-environments');
    const mappingOk =
      mapping === undefined || (await checkGithubEnvironments(mapping, io, [...namesByFolder.values()]));
    return invalid > 0 || !mappingOk ? EXIT.failed : EXIT.ok;
  },
};

/**
 * The GitHub mapping file, checked as the bot checks it at startup, and its templates against the built-in ones and
 * those just checked (as TEMPLATES_DIR adds them to the bot's).
 */
async function checkGithubEnvironments(
  file: string,
  io: CliIo,
  checked: ReadonlyArray<ReadonlyMap<string, string>>,
): Promise<boolean> {
  const shown = displayPath(io.cwd, path.resolve(io.cwd, file));
  const text = await readFile(path.resolve(io.cwd, file), 'utf8').catch(() => undefined);
  if (text === undefined) throw new UsageError(`no such file: ${file}`);
  const parsed = parseGithubEnvironments(text);
  if (!parsed.ok) {
    for (const issue of parsed.issues) io.stderr(`${formatTemplateProblem({ ...issue, file: shown })}\n`);
    io.stdout(`GitHub mapping file ${shown}: invalid (${parsed.issues.length} problem(s))\n`);
    return false;
  }
  const builtIn = await loadTemplates([BUILT_IN_TEMPLATES_DIR]);
  const names = new Set([...builtIn.templates.keys(), ...checked.flatMap((folder) => [...folder.keys()])]);
  const missing = unknownTemplates(parsed.mapping, names);
  for (const line of missing) io.stderr(`${shown}: ${line}\n`);
  io.stdout(
    `GitHub mapping file ${shown}: ${missing.length > 0 ? `${missing.length} unknown template(s)` : 'valid'}\n`,
  );
  return missing.length === 0;
}

/** Files as given, folders as their template files; a path that does not exist is a usage error. */
async function expandTargets(targets: string[], shown: string[]): Promise<string[]> {
  const files: string[] = [];
  for (const [i, target] of targets.entries()) {
    const info = await stat(target).catch(() => undefined);
    if (!info) throw new UsageError(`no such file or folder: ${shown[i]}`);
    if (info.isDirectory()) files.push(...(await listTemplateFiles(target)));
    else if (info.isFile()) files.push(target);
    else throw new UsageError(`not a file or folder: ${shown[i]}`);
  }
  return [...new Set(files)];
}

/** Relative to where the command was run when the file is below it, absolute otherwise. */
function displayPath(cwd: string, file: string): string {
  const relative = path.relative(cwd, file);
  return relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : file;
}
