import type { Item, Phase, Template } from '../domain/template.ts';
import { importMarkdown } from './import-markdown.ts';
import { type Annotation, writeAnnotation } from './markdown-annotation.ts';

/** What the visible Markdown did not carry exactly, found by importing a first draft; written into annotations. */
type Corrections = {
  title?: string;
  phaseTitles: Map<string, string>;
  roleTitles: Map<string, string>;
  items: Map<string, Partial<NonNullable<Annotation['item']>>>;
};

const ITEM_FIELDS = ['section', 'parent', 'detail'] as const;

/**
 * A template as a Markdown checklist a team can keep in its repository: the title and description, one `##`
 * heading per phase, `###` per section, a task line per item (nested under its parent, its detail as a paragraph
 * below it), the sign-off sheet, the check-ins and the rollback procedure.
 *
 * What Markdown has no place for (keys, phase kinds, probes, check-in and rollback settings) goes into HTML
 * comments, invisible where the file is rendered, so that `import` gives back the same template. The visible text
 * stays the source of what it shows: the comments carry a text only when the line cannot say it exactly (found
 * by importing a first draft), so editing a line in the Markdown edits the item.
 */
export function exportTemplateMarkdown(template: Template): string {
  const draft = renderMarkdown(template, { phaseTitles: new Map(), roleTitles: new Map(), items: new Map() });
  const back = importMarkdown(draft, { name: template.name }).template;
  return renderMarkdown(template, corrections(template, back));
}

function corrections(template: Template, back: Template): Corrections {
  const found: Corrections = { phaseTitles: new Map(), roleTitles: new Map(), items: new Map() };
  if (back.title !== template.title) found.title = template.title;
  const backRoles = new Map(back.roles.map((role) => [role.key, role.title]));
  for (const role of template.roles)
    if (backRoles.get(role.key) !== role.title) found.roleTitles.set(role.key, role.title);
  const backPhases = new Map(back.phases.map((phase) => [phase.key, phase]));
  const backItems = new Map(back.phases.flatMap((phase) => phase.items.map((item) => [item.key, item] as const)));
  for (const phase of template.phases) {
    if (backPhases.get(phase.key)?.title !== phase.title) found.phaseTitles.set(phase.key, phase.title);
    for (const item of phase.items) {
      const read = backItems.get(item.key);
      const fix: Partial<NonNullable<Annotation['item']>> = {};
      if (read?.text !== item.text) fix.text = item.text;
      if (read?.required !== item.required) fix.required = item.required;
      for (const field of ITEM_FIELDS) if (read?.[field] !== item[field]) fix[field] = item[field] ?? null;
      if (Object.keys(fix).length > 0) found.items.set(item.key, fix);
    }
  }
  return found;
}

function renderMarkdown(template: Template, fixes: Corrections): string {
  const out: string[] = [`# ${escapeInline(template.title)}`, ''];
  if (template.description) out.push(escapeInline(template.description), '');
  out.push(
    '> Exported by `deploy-checklist export-template`. The HTML comments keep keys, probes and settings so that',
    '> `deploy-checklist import` gives the same template back; edit the visible text freely.',
    '',
  );
  for (const phase of template.phases) renderPhase(out, phase, fixes);
  if (template.roles.length > 0) {
    out.push(`## Sign-off ${writeAnnotation({ heading: 'sign-off' })}`, '');
    for (const role of template.roles) {
      const { title, ...rest } = role;
      const note = role.required ? '' : ' (optional)';
      out.push(
        `**${escapeInline(title)}**: ____________ Date: ________${note} ${writeAnnotation({ role: { ...rest, ...(fixes.roleTitles.has(role.key) ? { title } : {}) } })}`,
        '',
      );
    }
  }
  if (template.checkIns.length > 0) {
    out.push(`## Check-ins after go-live ${writeAnnotation({ heading: 'info' })}`, '');
    for (const checkIn of template.checkIns) {
      const parts = [
        checkIn.items.length > 0 ? `look at ${checkIn.items.map(code).join(', ')}` : '',
        checkIn.probes.length > 0 ? `re-run the probes of ${checkIn.probes.map(code).join(', ')}` : '',
        checkIn.mention.length > 0 ? `mention ${checkIn.mention.map(code).join(', ')}` : '',
      ].filter(Boolean);
      out.push(
        `- After ${checkIn.after}: ${escapeInline(checkIn.title)}${parts.length > 0 ? ` — ${parts.join('; ')}` : ''}`,
      );
    }
    out.push('');
  }
  const rollback = template.rollback;
  out.push(`## Rollback procedure ${writeAnnotation({ heading: 'info' })}`, '');
  out.push(
    `Rolling back stays cheap for ${rollback.window} after go-live; a reminder comes every ${rollback.remindEvery}, every ${rollback.remindEveryNear} in the last ${rollback.tightenWithin}.`,
    '',
  );
  if (rollback.procedure.length > 0) {
    rollback.procedure.forEach((step, index) => {
      out.push(`${index + 1}. ${escapeInline(step)}`);
    });
    out.push('');
  }
  const { phases: _phases, roles: _roles, title, ...settings } = template;
  out.push(writeAnnotation({ template: { ...settings, ...(fixes.title !== undefined ? { title } : {}) } }), '');
  return out.join('\n');
}

function renderPhase(out: string[], phase: Phase, fixes: Corrections): void {
  const title = fixes.phaseTitles.get(phase.key);
  const annotation = { phase: { key: phase.key, kind: phase.kind, ...(title !== undefined ? { title } : {}) } };
  out.push(`## ${escapeInline(phase.title)} ${writeAnnotation(annotation)}`, '');
  let section: string | undefined;
  // The items a line can be nested under: the chain from the top-level item down to the last one written.
  let open: Item[] = [];
  for (const item of phase.items) {
    if (item.section !== undefined && item.section !== section) {
      if (out.at(-1) !== '') out.push('');
      out.push(`### ${escapeInline(item.section)} ${writeAnnotation({ heading: 'section' })}`, '');
      section = item.section;
      open = [];
    }
    while (open.length > 0 && open.at(-1)?.key !== item.parent) open.pop();
    const depth = item.parent !== undefined && open.length > 0 ? open.length : 0;
    if (depth === 0) open = [];
    open.push(item);
    const indent = '  '.repeat(depth);
    const fix = fixes.items.get(item.key);
    const itemAnnotation = {
      item: { key: item.key, ...fix, ...(item.probe ? { probe: item.probe } : {}) },
    };
    out.push(`${indent}- [ ] ${escapeInline(item.text)} ${writeAnnotation(itemAnnotation)}`);
    if (item.detail) out.push('', `${indent}  ${escapeInline(item.detail)}`, '');
  }
  if (out.at(-1) !== '') out.push('');
}

function code(key: string): string {
  return `\`${key}\``;
}

/** Links, code spans and bare addresses are written as they are; they are what item texts keep. */
const KEEP = /\[[^\]\n]+\]\((?:https?:\/\/|mailto:)[^\s)]+\)|(`+)[^`\n]+?\1|https?:\/\/[^\s<>`]+/g;

/**
 * Plain text as Markdown that reads back as the same text: the characters Markdown would take for emphasis,
 * links, HTML or entities are escaped, and so is a start that would make a heading, list or quote.
 */
export function escapeInline(text: string): string {
  let out = '';
  let last = 0;
  for (const match of text.matchAll(KEEP)) {
    out += escapePlain(text.slice(last, match.index));
    out += match[0];
    last = (match.index ?? 0) + match[0].length;
  }
  out += escapePlain(text.slice(last));
  return out
    .replace(/^(#|[-+>])(?=\s|$)/, '\\$1')
    .replace(/^(\d+)([.)])(?=\s|$)/, '$1\\$2')
    .replace(/\n/g, ' ');
}

function escapePlain(text: string): string {
  return text.replace(/[\\`*_<>[\]~&|]/g, '\\$&');
}
