import { stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { exportTemplateMarkdown } from '../templates/export-markdown.ts';
import {
  BUILT_IN_TEMPLATES_DIR,
  formatTemplateProblem,
  type LoadedTemplate,
  loadTemplateFile,
  loadTemplates,
} from '../templates/load-templates.ts';
import { writeTemplateYaml } from '../templates/write-template-yaml.ts';
import { type CliCommand, EXIT, UsageError } from './cli-command.ts';

const FORMATS = ['md', 'yaml'] as const;
type Format = (typeof FORMATS)[number];

/**
 * `deploy-checklist export-template <name | file.yaml> [--format md|yaml] [--out FILE]`: a template written back
 * as a Markdown checklist a team can keep in its repository (`import` of that file gives the same template), or
 * as tidy YAML. A name is looked up among the built-in templates and those of TEMPLATES_DIR, as the bot does.
 */
export const exportTemplateCommand: CliCommand = {
  name: 'export-template',
  usage: 'deploy-checklist export-template <name | file.yaml> [--format md|yaml] [--out FILE]',
  args: '<name | file.yaml>',
  summary: 'Write a template back as a Markdown checklist (import gives the same template again)',
  options: [
    { flag: '--format', value: 'FORMAT', help: 'md (a Markdown checklist) or yaml', default: 'md' },
    { flag: '--out', value: 'FILE', help: 'write to FILE', default: 'stdout' },
  ],
  async run(args, io) {
    const { target, format, out } = parseExportArgs(args);
    const loaded = await findTemplate(target, io.cwd, io.env.TEMPLATES_DIR);
    if (!loaded.ok) {
      for (const line of loaded.problems) io.stderr(`${line}\n`);
      return EXIT.failed;
    }
    const template = loaded.template.template;
    const text = format === 'md' ? exportTemplateMarkdown(template) : writeTemplateYaml(template);
    if (out) {
      await writeFile(path.resolve(io.cwd, out), text, 'utf8');
      io.stdout(`wrote ${out} (template "${template.name}", ${format})\n`);
    } else {
      io.stdout(text);
    }
    return EXIT.ok;
  },
};

function parseExportArgs(args: string[]): { target: string; format: Format; out?: string } {
  const positional: string[] = [];
  let format: Format = 'md';
  let out: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (arg === '--format' || arg === '--out') {
      const value = args[++i];
      if (!value || value.startsWith('--')) throw new UsageError(`${arg} needs a value`);
      if (arg === '--out') out = value;
      else if ((FORMATS as readonly string[]).includes(value)) format = value as Format;
      else throw new UsageError(`--format "${value}": write md or yaml`);
    } else if (arg.startsWith('--')) {
      throw new UsageError(`unknown option ${arg}`);
    } else {
      positional.push(arg);
    }
  }
  if (positional.length !== 1) throw new UsageError('give exactly one template name or file');
  return { target: positional[0] as string, format, ...(out ? { out } : {}) };
}

/** A path to a YAML file when it names one, else a template name among the built-in and TEMPLATES_DIR ones. */
async function findTemplate(
  target: string,
  cwd: string,
  templatesDir: string | undefined,
): Promise<{ ok: true; template: LoadedTemplate } | { ok: false; problems: string[] }> {
  const file = path.resolve(cwd, target);
  const isFile = await stat(file).then(
    (info) => info.isFile(),
    () => false,
  );
  if (isFile || /\.ya?ml$/i.test(target)) {
    if (!isFile) throw new UsageError(`no such file: ${target}`);
    const result = await loadTemplateFile(file);
    if (!result.ok) return { ok: false, problems: result.problems.map(formatTemplateProblem) };
    return { ok: true, template: result.loaded };
  }
  const dirs = [BUILT_IN_TEMPLATES_DIR, ...(templatesDir ? [path.resolve(cwd, templatesDir)] : [])];
  const { templates } = await loadTemplates(dirs);
  const found = templates.get(target);
  if (found) return { ok: true, template: found };
  throw new UsageError(`no template named "${target}" (known: ${[...templates.keys()].sort().join(', ')})`);
}
