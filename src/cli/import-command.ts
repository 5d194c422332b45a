import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseTemplate } from '../domain/template.ts';
import { deriveKey } from '../templates/derive-key.ts';
import { type ImportReport, importMarkdown } from '../templates/import-markdown.ts';
import { writeTemplateYaml } from '../templates/write-template-yaml.ts';
import { type CliCommand, EXIT, UsageError } from './cli-command.ts';

/**
 * `deploy-checklist import FILE.md [--out template.yaml] [--name NAME]`: a Markdown checklist becomes a template.
 * With --out the YAML goes to the file and the report to stdout; without it the YAML goes to stdout and the
 * report to stderr, so `import x.md > x.yaml` works.
 */
export const importCommand: CliCommand = {
  name: 'import',
  usage:
    'deploy-checklist import <file.md> [--out template.yaml] [--name NAME] [--plain-items] [--required-levels LEVELS]',
  args: '<file.md>',
  summary: 'Turn a Markdown checklist into a template (YAML)',
  options: [
    {
      flag: '--out',
      value: 'FILE',
      help: 'write the template to FILE and the report to stdout',
      default: 'the template to stdout, the report to stderr',
    },
    {
      flag: '--name',
      value: 'NAME',
      help: "the template's name",
      default: 'the name an exported file carries, else from the file name',
    },
    {
      flag: '--plain-items',
      help: 'plain and numbered list items under a phase heading become items',
      default: 'they are listed as skipped with their lines',
    },
    {
      flag: '--required-levels',
      value: 'LEVELS',
      help: 'comma-separated levels of a table that make an item required, e.g. "critical,should have"',
      default: 'critical, blocker, must (have), mandatory, required, high, P0, P1, yes, 🔴, 🟠, ❗, 🚨, ⛔',
    },
  ],
  async run(args, io) {
    const { file, out, name, plainItems, requiredLevels } = parseImportArgs(args);
    const source = path.resolve(io.cwd, file);
    let text: string;
    try {
      text = await readFile(source, 'utf8');
    } catch {
      throw new UsageError(`cannot read ${file}`);
    }
    const templateName = name ?? deriveKey(path.basename(file).replace(/\.[^.]+$/, ''), 'imported');
    const { template, report } = importMarkdown(text, {
      name: templateName,
      forceName: name !== undefined,
      plainItems,
      ...(requiredLevels ? { requiredLevels } : {}),
    });
    const printReport = out ? io.stdout : io.stderr;
    printReport(formatImportReport(file, report));
    if (report.items === 0) {
      io.stderr(
        `deploy-checklist import: no task lines ("- [ ] …") or checklist tables in ${file}; nothing to import\n`,
      );
      return EXIT.failed;
    }
    const yaml = writeTemplateYaml(template, {
      header: ` Imported from "${report.title}" by deploy-checklist import.\n Review the phases, roles, probes and check-ins before use.`,
    });
    // The importer should only ever write valid templates; check anyway so a bug never ships a broken file.
    const parsed = parseTemplate(yaml);
    if (!parsed.ok) {
      for (const issue of parsed.issues)
        io.stderr(`generated YAML:${issue.line}:${issue.column} ${issue.path}: ${issue.message}\n`);
      return EXIT.failed;
    }
    if (out) {
      await writeFile(path.resolve(io.cwd, out), yaml, 'utf8');
      io.stdout(`wrote ${out}\n`);
    } else {
      io.stdout(yaml);
    }
    return EXIT.ok;
  },
};

type ImportArgs = { file: string; out?: string; name?: string; plainItems: boolean; requiredLevels?: string[] };

function parseImportArgs(args: string[]): ImportArgs {
  const files: string[] = [];
  let out: string | undefined;
  let name: string | undefined;
  let plainItems = false;
  let requiredLevels: string[] | undefined;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (arg === '--plain-items') {
      plainItems = true;
    } else if (arg === '--out' || arg === '--name' || arg === '--required-levels') {
      const value = args[++i];
      if (!value || value.startsWith('--')) throw new UsageError(`${arg} needs a value`);
      if (arg === '--out') out = value;
      else if (arg === '--name') name = value;
      else
        requiredLevels = value
          .split(',')
          .map((level) => level.trim())
          .filter(Boolean);
    } else if (arg.startsWith('--')) {
      throw new UsageError(`unknown option ${arg}`);
    } else {
      files.push(arg);
    }
  }
  if (files.length !== 1) throw new UsageError('give exactly one Markdown file');
  if (name !== undefined && !/^[a-z0-9][a-z0-9-]{0,62}$/.test(name)) {
    throw new UsageError(`--name "${name}": use lowercase letters, digits and dashes, e.g. "payments-api"`);
  }
  return {
    file: files[0] as string,
    ...(out ? { out } : {}),
    ...(name ? { name } : {}),
    plainItems,
    ...(requiredLevels ? { requiredLevels } : {}),
  };
}

/** What the importer found, for a person deciding whether the template needs more work. */
export function formatImportReport(file: string, report: ImportReport): string {
  const lines = [`${file}: "${report.title}"`, `  ${report.items} item(s) in ${report.phases.length} phase(s):`];
  for (const phase of report.phases)
    lines.push(`    ${phase.key} (${phase.kind}): ${phase.items} item(s) — ${phase.title}`);
  lines.push(`  roles: ${report.roles.length > 0 ? report.roles.join(', ') : 'none found'}`);
  if (report.checkIns.length > 0) lines.push(`  check-ins: ${report.checkIns.join('; ')}`);
  const { items, roles, procedure, folded, skipped } = report.steps;
  lines.push(
    `  ${items + roles + procedure + folded + skipped} line(s) looked like steps: ${items} became items, ${roles} roles, ${procedure} rollback steps, ${folded} folded into the task above, ${skipped} skipped`,
  );
  if (report.placed.length > 0) {
    lines.push('  placed:');
    for (const entry of report.placed) {
      const where = entry.endLine > entry.line ? `lines ${entry.line}-${entry.endLine}` : `line ${entry.line}`;
      lines.push(`    ${where}: ${entry.count} ${entry.what} (${entry.to})`);
    }
  }
  if (report.skipped.length > 0) {
    lines.push('  skipped:');
    for (const skip of report.skipped) lines.push(`    line ${skip.line}: ${skip.reason}`);
  }
  for (const note of report.notes) lines.push(`  note: ${note}`);
  return `${lines.join('\n')}\n`;
}
