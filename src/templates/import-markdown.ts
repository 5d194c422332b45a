import type { List, ListItem, Nodes, Paragraph, PhrasingContent, Root, Table } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { frontmatter } from 'micromark-extension-frontmatter';
import { gfm } from 'micromark-extension-gfm';
import { parseDuration } from '../domain/duration.ts';
import { ZProbeSpec } from '../domain/probe-spec.ts';
import {
  type CheckIn,
  type Item,
  PHASE_KINDS,
  type Phase,
  type PhaseKind,
  type Role,
  type Template,
  ZRole,
  ZTemplate,
} from '../domain/template.ts';
import { deriveKey, KeyAllocator } from './derive-key.ts';
import { guessCheckInOffset, guessHeadingRole, type HeadingRole } from './guess-phase.ts';
import { type Annotation, readAnnotation } from './markdown-annotation.ts';
import {
  cleanTitle,
  endLineOf,
  findLast,
  findLastIndex,
  lineOf,
  phrasingText,
  truncate,
  withoutLinks,
} from './markdown-text.ts';
import { readChecklistTable } from './read-checklist-table.ts';

export type ImportOptions = {
  /** The template's name, unless the document was written by `export-template` and names itself. */
  name: string;
  /** Use `name` even when the document names itself (`import --name`). */
  forceName?: boolean;
  /** Plain and numbered list items under a phase heading become items too (`import --plain-items`). */
  plainItems?: boolean;
  /** Levels of a table's level column that make an item required (`import --required-levels`). */
  requiredLevels?: readonly string[];
};

/** How the lines that looked like steps (task lines, table rows, list items under a phase) were used. */
export type StepCounts = {
  items: number;
  roles: number;
  procedure: number;
  folded: number;
  skipped: number;
};

export type ImportReport = {
  title: string;
  phases: Array<{ key: string; title: string; kind: PhaseKind; items: number }>;
  items: number;
  roles: string[];
  checkIns: string[];
  /** What went where: runs of lines of one kind placed in one phase (and section), with their line range. */
  placed: Array<{ line: number; endLine: number; count: number; what: string; to: string }>;
  steps: StepCounts;
  /** Things the importer saw and left out, with the line they start on. */
  skipped: Array<{ line: number; reason: string }>;
  /** Guesses worth a second look (items in the catch-all phase, cut texts, ticked boxes). */
  notes: string[];
};

export type ImportResult = { template: Template; report: ImportReport };

/** Where items the importer could not place in a phase go, so that nothing is dropped silently. */
export const UNPLACED_PHASE = { key: 'not-placed', title: 'Not placed by the importer (review)' } as const;
/** Sign-off sheets become roles; their task lines stay as items of this phase so the item count matches. */
export const SIGN_OFF_PHASE = { key: 'sign-off', title: 'Sign-off' } as const;

const MAX_ITEM_TEXT = 500;
const MAX_DETAIL = 1000;
const MAX_SECTION = 120;
const MAX_ROLE_TITLE = 60;
const MAX_PROCEDURE_STEP = 500;
/** Depth given to a bold line standing alone ("**Security Checklist:**"): below every real heading. */
const PSEUDO_HEADING_DEPTH = 7;
const TASK_LIKE_LINE = /^\s*(?:>\s*)*(?:[-*+]|\d{1,9}[.)])\s+\[[ xX]\]/;
const BLANK = /_{3,}/;
/** `**QA Lead**: ____ Date: ____` is a sign-off line wherever it stands: a blank to sign and a date or signature. */
const SIGNATURE_WORDS = /\b(date|signature|signed)\b/i;
/** Template fields an exported document carries in its template annotation. */
const ANNOTATED_FIELDS = [
  'description',
  'source',
  'endpoints',
  'separationOfDuties',
  'checkIns',
  'checkInPolicy',
  'rollback',
  'verification',
] as const;

type HeadingEntry = {
  depth: number;
  text: string;
  role: HeadingRole | undefined;
  weak: boolean;
  line: number;
  /** From an export's annotation: the phase this heading is, exactly. */
  phase?: { key: string; kind: PhaseKind; title?: string };
};
type PhaseDraft = { key: string; title: string; kind: PhaseKind; items: Item[] };
/** A post-deployment window named by a heading ("Hour 1-4", "T+24 hours"): its items are looked at in a check-in. */
type Window = { after: string; title: string };
type Context = {
  phase: PhaseDraft;
  section: string | undefined;
  signOff: boolean;
  rollbackSteps: boolean;
  /** A heading names the phase (not the catch-all): list items here are steps. */
  underPhaseHeading: boolean;
  window: Window | undefined;
};

/**
 * Turns a Markdown checklist into a template. Pure: text in, template and a report of what was found out.
 *
 * Headings become phases (when they name one: pre-deployment, deployment day, post-deployment, rollback, or a
 * time such as "T-4 Hours" / "Day 1") and sections (when they only name a topic); the deepest heading that names a
 * phase wins, except that a rollback heading inside a pre-deployment part stays there (preparing the way back is
 * done before go-live). Every task line (`- [ ]`, `* [x]`, `1. [ ]`, at any depth) and every row of a checklist
 * table becomes exactly one item; plain list items under a phase heading become items with `plainItems`, and are
 * reported as skipped otherwise. A sign-off sheet (lines, task lines or a table with a Role column) gives roles.
 */
export function importMarkdown(text: string, options: ImportOptions): ImportResult {
  const tree = fromMarkdown(text, {
    extensions: [gfm(), frontmatter(['yaml', 'toml'])],
    mdastExtensions: [gfmFromMarkdown(), frontmatterFromMarkdown(['yaml', 'toml'])],
  });
  return new MarkdownImporter(options).run(tree);
}

class MarkdownImporter {
  readonly #options: ImportOptions;
  readonly #headings: HeadingEntry[] = [];
  readonly #phases = new Map<HeadingEntry | 'unplaced' | 'sign-off', PhaseDraft>();
  readonly #phaseKeys = new KeyAllocator();
  readonly #itemKeys = new KeyAllocator();
  readonly #roles = new Map<string, Role>();
  readonly #procedure: string[] = [];
  readonly #rollbackTaskTexts: string[] = [];
  readonly #windowItems: Array<{ window: Window; itemKey: string }> = [];
  readonly #placed: Array<ImportReport['placed'][number] & { phase?: PhaseDraft; section?: string | undefined }> = [];
  readonly #steps: StepCounts = { items: 0, roles: 0, procedure: 0, folded: 0, skipped: 0 };
  readonly #skipped: ImportReport['skipped'] = [];
  readonly #notes: string[] = [];
  readonly #unknownLevels = new Set<string>();
  #templateAnnotation: Record<string, unknown> | undefined;
  #title: string | undefined;
  #titleLine: number | undefined;
  #description: string | undefined;
  #awaitingDescription = false;
  #ticked = 0;
  #truncated = 0;

  constructor(options: ImportOptions) {
    this.#options = options;
  }

  run(tree: Root): ImportResult {
    const title = documentTitle(tree);
    this.#title = title?.text;
    this.#titleLine = title?.line;
    for (const node of tree.children) this.#visitBlock(node);
    return this.#finish();
  }

  #visitBlock(node: Nodes): void {
    // mdast's types know `yaml` front matter only; `+++` TOML front matter arrives as type "toml".
    if (node.type === 'yaml' || (node.type as string) === 'toml') {
      this.#skip(node, 'front matter (metadata, not checklist items)');
      return;
    }
    switch (node.type) {
      case 'heading':
        this.#enterHeading(
          node.depth,
          cleanTitle(phrasingText(node.children)),
          lineOf(node),
          annotationIn(node.children),
        );
        return;
      case 'paragraph':
        this.#visitParagraph(node);
        return;
      case 'list':
        this.#visitList(node, undefined, false);
        return;
      case 'table':
        this.#visitTable(node);
        return;
      case 'code':
        this.#skipTaskLikeLines(
          node,
          node.value,
          'code block with lines that look like tasks (code is not a checklist)',
        );
        return;
      case 'html': {
        const annotation = readAnnotation(node.value);
        if (annotation?.template) {
          this.#templateAnnotation = annotation.template;
          return;
        }
        this.#skipTaskLikeLines(
          node,
          node.value,
          'HTML with lines that look like tasks (only Markdown task lines and tables are read)',
        );
        return;
      }
      case 'blockquote':
        for (const child of node.children) this.#visitBlock(child);
        return;
      default:
        return;
    }
  }

  #skipTaskLikeLines(node: Nodes, value: string, reason: string): void {
    const lines = value.split('\n').filter((line) => TASK_LIKE_LINE.test(line)).length;
    if (lines === 0) return;
    this.#skip(node, reason);
    this.#steps.skipped += lines;
  }

  #enterHeading(depth: number, text: string, line: number, annotation: Annotation | undefined): void {
    while ((this.#headings.at(-1)?.depth ?? 0) >= depth) this.#headings.pop();
    const entry: HeadingEntry = { depth, text, role: undefined, weak: false, line };
    const kind = annotation?.phase?.kind;
    if (annotation?.phase && isPhaseKind(kind)) {
      entry.role = kind;
      entry.phase = {
        key: annotation.phase.key,
        kind,
        ...(annotation.phase.title ? { title: annotation.phase.title } : {}),
      };
    } else if (annotation?.heading) {
      entry.role = annotation.heading === 'sign-off' ? 'sign-off' : undefined;
    } else {
      const guess = guessHeadingRole(text);
      entry.role = guess?.role;
      entry.weak = guess?.weak ?? false;
    }
    this.#headings.push(entry);
    this.#awaitingDescription = depth === 1 && this.#headings.length === 1 && this.#description === undefined;
  }

  #visitParagraph(node: Paragraph): void {
    const text = phrasingText(node.children);
    // The opening paragraph under the title describes the document, unless it is metadata ("**Version**: 1.0").
    if (this.#awaitingDescription && node.children[0]?.type !== 'strong') {
      this.#description = truncate(phrasingText(node.children, { links: true }), 1000);
    }
    this.#awaitingDescription = false;
    const context = this.#context();
    const annotation = annotationIn(node.children);
    const role = parseSignOffLine(node) ?? (annotation?.role ? { key: '', title: '' } : undefined);
    // A sign-off sheet need not sit under a "Sign-off" heading: `**QA Lead**: ____ Date: ____` says what it is.
    if (role && (context.signOff || annotation?.role || SIGNATURE_WORDS.test(text))) {
      this.#addRole(role, undefined, annotation?.role);
      this.#steps.roles++;
      this.#place(lineOf(node), endLineOf(node), 'sign-off line(s) → role', 'roles');
      return;
    }
    if (isBoldOnly(node)) {
      const title = cleanTitle(text.replace(/:\s*$/, ''));
      // One naming a phase ("**Before release**:") sits above one naming a topic ("**Database**"), so a topic
      // line after a phase line is a section of that phase rather than its end.
      const depth = guessHeadingRole(title) ? PSEUDO_HEADING_DEPTH : PSEUDO_HEADING_DEPTH + 1;
      if (title) this.#enterHeading(depth, title, lineOf(node), undefined);
      return;
    }
    if (context.signOff && /[:：]/.test(text))
      this.#skip(node, `not a sign-off line (expected "**Role**: ____ Date: ____"): ${text}`);
  }

  #visitList(list: List, parent: string | undefined, underTask: boolean): void {
    for (const item of list.children) this.#visitListItem(item, parent, underTask);
  }

  #visitListItem(node: ListItem, parent: string | undefined, underTask: boolean): void {
    const first = node.children[0]?.type === 'paragraph' ? (node.children[0] as Paragraph) : undefined;
    const title = first ? phrasingText(first.children) : '';
    const annotation = first ? annotationIn(first.children) : undefined;
    const context = this.#context();
    const line = lineOf(node);
    const isTask = node.checked === true || node.checked === false;
    if (!isTask && !annotation?.item) {
      if (underTask) {
        // Plain bullets under a task are details of it, already folded into its text.
        this.#steps.folded++;
        this.#place(line, line, 'list item(s) folded into the task above', context);
        this.#visitItemChildren(node, parent, false);
        return;
      }
      const role = context.signOff && first ? parseSignOffLine(first) : undefined;
      if (role) {
        this.#addRole(role, undefined, annotation?.role);
        this.#steps.roles++;
        this.#place(line, line, 'sign-off line(s) → role', 'roles');
      } else if (context.rollbackSteps && parent === undefined && title) {
        this.#procedure.push(
          truncate(cleanTitle(phrasingText(first?.children ?? [], { links: true })), MAX_PROCEDURE_STEP),
        );
        this.#steps.procedure++;
        this.#place(line, line, 'list item(s) → rollback procedure step', 'rollback.procedure');
      } else if (context.underPhaseHeading && !context.signOff && title) {
        if (this.#options.plainItems) {
          const key = this.#addItem(node, first, context, parent, false, annotation);
          this.#place(line, line, 'plain list item(s) → item', context);
          this.#visitItemChildren(node, key, false);
          return;
        }
        this.#steps.skipped++;
        this.#skipped.push({
          line,
          reason: `plain list item under "${context.phase.title}", not a task line (--plain-items makes it an item): ${truncate(title, 80)}`,
        });
      }
      // A plain bullet is prose; a task nested under it still counts, under the nearest task above it.
      this.#visitItemChildren(node, parent, false);
      return;
    }
    if (node.checked) this.#ticked++;
    // `- [ ] **QA Lead:** ____ Date: ____` is a sign-off task line under any heading, not only a sign-off one.
    const signOff = !annotation?.item && (context.signOff || (BLANK.test(title) && SIGNATURE_WORDS.test(title)));
    const key = this.#addItem(node, first, context, parent, true, annotation, signOff);
    this.#place(line, line, signOff ? 'sign-off task line(s) → item and role' : 'task line(s) → item', context);
    this.#visitItemChildren(node, key, true);
  }

  /** One item from a task line (or a plain list item with --plain-items); returns its key. */
  #addItem(
    node: ListItem,
    first: Paragraph | undefined,
    context: Context,
    parent: string | undefined,
    isTask: boolean,
    annotation: Annotation | undefined,
    signOff = false,
  ): string {
    const line = lineOf(node);
    const title = first ? phrasingText(first.children) : '';
    const signOffRole = signOff ? roleFromTaskText(title) : undefined;
    const plainLabel = signOffRole ? signOffItemLabel(title) : cleanItemTitle(title);
    const label = signOffRole ? plainLabel : cleanItemTitle(first ? phrasingText(first.children, { links: true }) : '');
    const details = isTask ? nestedDetails(node).map(cleanTitle).filter(Boolean) : [];
    let itemText = details.length > 0 ? `${label} — ${details.join('; ')}` : label;
    if (!itemText) {
      itemText = `Untitled task (line ${line})`;
      this.#notes.push(`line ${line}: a task line without text became "${itemText}"`);
    }
    if (itemText.length > MAX_ITEM_TEXT) {
      this.#truncated++;
      itemText = truncate(itemText, MAX_ITEM_TEXT);
    }
    const given = annotation?.item;
    const key = this.#itemKeys.allocate(given?.key ?? deriveKey(withoutLinks(plainLabel), 'item'));
    const item: Item = { key, text: given?.text ?? itemText, required: given?.required ?? !isOptional(plainLabel) };
    if (context.section) item.section = context.section;
    if (parent) item.parent = parent;
    const detail = paragraphsAfterFirst(node);
    if (detail) item.detail = truncate(detail, MAX_DETAIL);
    if (given) applyItemAnnotation(item, given, this.#notes, line);
    context.phase.items.push(item);
    this.#steps.items++;
    if (signOffRole) this.#addRole(signOffRole, key, undefined);
    if (context.window) this.#windowItems.push({ window: context.window, itemKey: key });
    if (context.phase.kind === 'rollback') this.#rollbackTaskTexts.push(truncate(label, MAX_PROCEDURE_STEP));
    return key;
  }

  #visitItemChildren(node: ListItem, parent: string | undefined, underTask: boolean): void {
    for (const child of node.children) {
      if (child.type === 'list') this.#visitList(child, parent, underTask);
      else if (child.type === 'code' || child.type === 'html' || child.type === 'table') this.#visitBlock(child);
      else if (child.type === 'blockquote') for (const inner of child.children) this.#visitNested(inner, parent);
    }
  }

  #visitNested(node: Nodes, parent: string | undefined): void {
    if (node.type === 'list') this.#visitList(node, parent, false);
    else this.#visitBlock(node);
  }

  #visitTable(node: Table): void {
    const context = this.#context();
    const result = readChecklistTable(node, { signOff: context.signOff, requiredLevels: this.#options.requiredLevels });
    if (result.kind === 'other') {
      this.#skip(node, `table: ${result.reason}`);
      return;
    }
    for (const skipped of result.skippedRows) this.#skipped.push(skipped);
    this.#steps.skipped += result.skippedRows.length;
    if (result.kind === 'roles') {
      for (const role of result.roles) {
        const title = truncate(
          role.title.replace(/\s+(approval|review|sign[\s-]?off|signature)$/i, ''),
          MAX_ROLE_TITLE,
        );
        this.#addRole({ key: deriveKey(title, 'role'), title }, undefined, undefined);
        this.#steps.roles++;
        this.#place(role.line, role.line, 'sign-off table row(s) → role', 'roles');
      }
      return;
    }
    let rowSection: string | undefined;
    result.rows.forEach((row, index) => {
      rowSection = result.sections.get(index) ?? rowSection;
      const section = [context.section, rowSection].filter(Boolean).join(' / ') || undefined;
      let text = row.text;
      if (text.length > MAX_ITEM_TEXT) {
        this.#truncated++;
        text = truncate(text, MAX_ITEM_TEXT);
      }
      const key = this.#itemKeys.allocate(deriveKey(withoutLinks(row.text), 'item'));
      if (row.level && row.required === undefined) this.#unknownLevels.add(row.level);
      const item: Item = { key, text, required: row.required ?? !isOptional(row.text) };
      if (section) item.section = truncate(section, MAX_SECTION);
      if (row.detail) item.detail = truncate(row.detail, MAX_DETAIL);
      if (row.checked) this.#ticked++;
      context.phase.items.push(item);
      this.#steps.items++;
      if (context.window) this.#windowItems.push({ window: context.window, itemKey: key });
      if (context.phase.kind === 'rollback') this.#rollbackTaskTexts.push(truncate(row.text, MAX_PROCEDURE_STEP));
      this.#place(row.line, row.line, 'table row(s) → item', { phase: context.phase, section: item.section });
    });
  }

  #addRole(role: { key: string; title: string }, itemKey: string | undefined, annotated: unknown): void {
    // An export's annotation gives the whole role; its title there only when the visible line cannot say it.
    const exact =
      annotated === undefined ? undefined : ZRole.safeParse({ title: role.title, ...(annotated as object) });
    if (exact?.success) {
      this.#roles.set(exact.data.key, exact.data);
      return;
    }
    const existing = this.#roles.get(role.key);
    const target = existing ?? {
      key: role.key,
      title: role.title,
      required: true,
      defaultAssignees: { users: [] },
      covers: [],
    };
    if (itemKey) target.covers.push(itemKey);
    this.#roles.set(role.key, target);
  }

  /** The phase and section for what comes next, from the headings above it. */
  #context(): Context {
    const stack = this.#headings.filter((entry) => !(entry.depth === 1 && entry.line === this.#titleLine));
    const signOffAt = stack.findIndex((entry) => entry.role === 'sign-off');
    if (signOffAt >= 0) {
      const section = sectionOf(stack.slice(signOffAt + 1));
      return {
        phase: this.#phase('sign-off'),
        section,
        signOff: true,
        rollbackSteps: false,
        underPhaseHeading: true,
        window: undefined,
      };
    }
    const deepestAt = findLastIndex(stack, (entry) => entry.role !== undefined);
    const deepest = stack[deepestAt];
    let at = deepestAt;
    // "Deployment Verification" > "Security Verification": one phase with a section, not a phase per subheading.
    // Not into a weak outer heading: "Final Verification" > "Post-Launch" stays a phase of its own.
    for (;;) {
      if (stack[at]?.phase) break;
      const outer = findLastIndex(stack.slice(0, at), (entry) => entry.role !== undefined);
      if (outer < 0 || stack[outer]?.role !== stack[at]?.role || stack[outer]?.weak) break;
      at = outer;
    }
    if (deepest?.role === 'rollback' && !deepest.phase) {
      const enclosingPre = findLastIndex(stack.slice(0, at), (entry) => entry.role === 'pre');
      if (enclosingPre >= 0) at = enclosingPre;
    }
    const owner = stack[at];
    const rollbackSteps = deepest?.role === 'rollback' && !deepest.phase;
    if (!owner) {
      return {
        phase: this.#phase('unplaced'),
        section: sectionOf(stack),
        signOff: false,
        rollbackSteps,
        underPhaseHeading: false,
        window: undefined,
      };
    }
    const phase = this.#phase(owner);
    const below = stack.slice(at);
    const windowHeading =
      phase.kind === 'post' ? findLast(below, (entry) => guessCheckInOffset(entry.text) !== undefined) : undefined;
    const window = windowHeading
      ? { after: guessCheckInOffset(windowHeading.text) as string, title: windowHeading.text }
      : undefined;
    return {
      phase,
      section: sectionOf(stack.slice(at + 1)),
      signOff: false,
      rollbackSteps,
      underPhaseHeading: true,
      window,
    };
  }

  #phase(owner: HeadingEntry | 'unplaced' | 'sign-off'): PhaseDraft {
    const existing = this.#phases.get(owner);
    if (existing) return existing;
    let draft: PhaseDraft;
    if (owner === 'unplaced') {
      draft = { ...UNPLACED_PHASE, kind: 'pre', items: [] };
    } else if (owner === 'sign-off') {
      draft = { ...SIGN_OFF_PHASE, kind: 'pre', items: [] };
    } else if (owner.phase) {
      draft = { key: owner.phase.key, title: owner.phase.title ?? owner.text, kind: owner.phase.kind, items: [] };
    } else {
      const kind = owner.role === 'sign-off' || owner.role === undefined ? 'pre' : owner.role;
      draft = { key: deriveKey(owner.text, kind), title: truncate(owner.text, 120), kind, items: [] };
    }
    // Keys are handed out in #finish, to the phases that got items: a heading passed without items must not take
    // a key (an exported phase "not-placed" would become "not-placed-2").
    this.#phases.set(owner, draft);
    return draft;
  }

  #skip(node: Nodes, reason: string): void {
    this.#skipped.push({ line: lineOf(node), reason });
  }

  /** Runs of lines of one kind that went to one place are reported as one entry ("lines 7-12: 6 task lines → …"). */
  #place(line: number, endLine: number, what: string, to: string | Pick<Context, 'phase' | 'section'>): void {
    const last = this.#placed.at(-1);
    const same = typeof to === 'string' ? last?.to === to : last?.phase === to.phase && last?.section === to.section;
    if (last && last.what === what && same && line >= last.endLine) {
      last.endLine = Math.max(last.endLine, endLine);
      last.count++;
      return;
    }
    this.#placed.push(
      typeof to === 'string'
        ? { line, endLine, count: 1, what, to }
        : { line, endLine, count: 1, what, to: '', phase: to.phase, section: to.section },
    );
  }

  #finish(): ImportResult {
    const drafts = [...this.#phases.values()].filter((draft) => draft.items.length > 0);
    for (const draft of drafts) draft.key = this.#phaseKeys.allocate(draft.key);
    const phases: Phase[] = drafts.map(({ key, title, kind, items }) => ({ key, title, kind, items }));
    const roles = [...this.#roles.values()];
    const title = truncate(this.#title ?? this.#options.name, 120);
    const procedure = this.#procedure.length > 0 ? this.#procedure : this.#rollbackTaskTexts;
    let template: Template = {
      name: this.#options.name,
      title,
      ...(this.#description ? { description: this.#description } : {}),
      source: truncate(title, 300),
      endpoints: [],
      separationOfDuties: { ownerMaySignRequired: false, onePersonManyRequiredRoles: false },
      roles,
      phases,
      checkIns: this.#checkIns(),
      checkInPolicy: { escalateAfter: '30m' },
      rollback: { window: '24h', remindEvery: '4h', tightenWithin: '2h', remindEveryNear: '30m', procedure },
      verification: { roles: [] },
    };
    if (this.#templateAnnotation) template = this.#applyTemplateAnnotation(template, this.#templateAnnotation);
    const unplaced = drafts.find((draft) => draft.key === UNPLACED_PHASE.key);
    if (unplaced) {
      this.#notes.push(
        `${unplaced.items.length} item(s) sit under headings that name no phase; they are in "${UNPLACED_PHASE.title}"`,
      );
    }
    if (this.#ticked > 0)
      this.#notes.push(`${this.#ticked} item(s) were ticked in the document; templates start unticked`);
    if (this.#truncated > 0)
      this.#notes.push(`${this.#truncated} item text(s) were cut to ${MAX_ITEM_TEXT} characters`);
    if (this.#unknownLevels.size > 0)
      this.#notes.push(
        `unknown level(s) ${[...this.#unknownLevels].map((level) => `"${level}"`).join(', ')}: those items are required; choose with --required-levels`,
      );
    const report: ImportReport = {
      title: template.title,
      phases: template.phases.map(({ key, title: phaseTitle, kind, items }) => ({
        key,
        title: phaseTitle,
        kind,
        items: items.length,
      })),
      items: template.phases.reduce((sum, phase) => sum + phase.items.length, 0),
      roles: template.roles.map((role) => role.key),
      checkIns: template.checkIns.map((checkIn) => `${checkIn.after} ${checkIn.title}`),
      placed: this.#placed.map(({ phase, section, ...entry }) =>
        phase ? { ...entry, to: section ? `${phase.key} / ${section}` : phase.key } : entry,
      ),
      steps: this.#steps,
      skipped: [...this.#skipped].sort((a, b) => a.line - b.line),
      notes: this.#notes,
    };
    return { template, report };
  }

  /**
   * A document written by `export-template` carries the template-level settings Markdown has no place for; each
   * one that is valid replaces what the importer would have guessed, so the round trip gives the same template.
   */
  #applyTemplateAnnotation(template: Template, annotation: Record<string, unknown>): Template {
    const out: Record<string, unknown> = { ...template };
    if (
      typeof annotation.name === 'string' &&
      !this.#options.forceName &&
      ZTemplate.shape.name.safeParse(annotation.name).success
    )
      out.name = annotation.name;
    if (typeof annotation.title === 'string') out.title = annotation.title;
    for (const field of ANNOTATED_FIELDS) {
      const parsed = ZTemplate.shape[field].safeParse(annotation[field]);
      if (!parsed.success) {
        this.#notes.push(`the document's "${field}" settings are not valid; the importer's guess is kept`);
        continue;
      }
      if (parsed.data === undefined) delete out[field];
      else out[field] = parsed.data;
    }
    return out as Template;
  }

  /** Items under a heading that names a post-deployment window ("T+24 hours", "Week 1") make up a check-in. */
  #checkIns(): CheckIn[] {
    // Keyed by length, not text: "Day 1" (1d) and "T+24 hours" (24h) are one check-in.
    const byOffset = new Map<number, CheckIn>();
    for (const { window, itemKey } of this.#windowItems) {
      const offset = parseDuration(window.after) ?? 0;
      const existing = byOffset.get(offset);
      if (existing) {
        existing.items.push(itemKey);
        continue;
      }
      byOffset.set(offset, {
        key: `after-${window.after}`,
        after: window.after,
        title: truncate(window.title, 120),
        items: [itemKey],
        probes: [],
        mention: [],
      });
    }
    return [...byOffset.entries()].sort(([a], [b]) => a - b).map(([, checkIn]) => checkIn);
  }
}

/** What an export's item annotation says replaces what the line gave; `null` removes a section, parent or detail. */
function applyItemAnnotation(item: Item, given: NonNullable<Annotation['item']>, notes: string[], line: number): void {
  for (const field of ['section', 'parent', 'detail'] as const) {
    const value = given[field];
    if (value === null) delete item[field];
    else if (value !== undefined) item[field] = value;
  }
  if (given.probe !== undefined) {
    const probe = ZProbeSpec.safeParse(given.probe);
    if (probe.success) item.probe = probe.data;
    else notes.push(`line ${line}: the probe written beside "${item.text}" is not valid and was left out`);
  }
}

function annotationIn(nodes: readonly PhrasingContent[]): Annotation | undefined {
  for (const node of nodes) {
    if (node.type !== 'html') continue;
    const annotation = readAnnotation(node.value);
    if (annotation) return annotation;
  }
  return undefined;
}

function isPhaseKind(kind: string | undefined): kind is PhaseKind {
  return (PHASE_KINDS as readonly string[]).includes(kind ?? '');
}

/**
 * The first level-1 heading, with a level-2 heading straight after it as a subtitle when that one names no phase
 * and holds no list ("# Production Deployment Checklist" / "## Device Passport System").
 */
function documentTitle(tree: Root): { text: string; line: number } | undefined {
  const at = tree.children.findIndex((node) => node.type === 'heading' && node.depth === 1);
  const h1 = tree.children[at];
  if (h1?.type !== 'heading') return undefined;
  const title = { text: cleanTitle(phrasingText(h1.children)), line: lineOf(h1) };
  const next = tree.children[at + 1];
  if (next?.type !== 'heading' || next.depth !== 2) return title;
  if (annotationIn(next.children)) return title;
  const subtitle = cleanTitle(phrasingText(next.children));
  if (guessHeadingRole(subtitle)) return title;
  const following = tree.children.slice(at + 2);
  const end = following.findIndex((node) => node.type === 'heading');
  const body = end < 0 ? following : following.slice(0, end);
  return body.some((node) => node.type === 'list') ? title : { ...title, text: `${title.text} — ${subtitle}` };
}

function cleanItemTitle(text: string): string {
  return cleanTitle(text).replace(/\s*:\s*$/, '');
}

function isBoldOnly(node: Paragraph): boolean {
  const meaningful = node.children.filter(
    (child) => !(child.type === 'text' && /^[\s:]*$/.test(child.value)) && child.type !== 'html',
  );
  return meaningful.length === 1 && meaningful[0]?.type === 'strong';
}

function isOptional(text: string): boolean {
  return /\((optional|if [^)]*)\)/i.test(text);
}

/** The plain bullets under a task: details of that task, folded into its text. */
function nestedDetails(node: ListItem): string[] {
  const details: string[] = [];
  for (const child of node.children) {
    if (child.type !== 'list') continue;
    for (const sub of child.children) {
      const first = sub.children[0];
      if (
        (sub.checked === null || sub.checked === undefined) &&
        first?.type === 'paragraph' &&
        !annotationIn(first.children)
      ) {
        details.push(phrasingText(first.children, { links: true }));
      }
    }
  }
  return details;
}

/** Paragraphs of a list item after its first line: the item's detail (`- [ ] Title` + an indented paragraph). */
function paragraphsAfterFirst(node: ListItem): string | undefined {
  const paragraphs = node.children
    .slice(1)
    .filter((child): child is Paragraph => child.type === 'paragraph')
    .map((paragraph) => phrasingText(paragraph.children, { links: true }))
    .filter(Boolean);
  return paragraphs.length > 0 ? paragraphs.join(' ') : undefined;
}

/** `**Technical Lead**: ____ Date: ____` → role technical-lead; other lines in a sign-off sheet are not roles. */
function parseSignOffLine(node: Paragraph): { key: string; title: string } | undefined {
  const text = phrasingText(node.children);
  if (!BLANK.test(text)) return undefined;
  return roleFromTaskText(text);
}

/** `Security Review: ___ Date: ___` → { key: 'security', title: 'Security' }; undefined when no role is named. */
function roleFromTaskText(text: string): { key: string; title: string } | undefined {
  const named = signOffItemText(text);
  const hasBlank = BLANK.test(text);
  if (!hasBlank && !/\b(approval|review|sign[\s-]?off|signature)$/i.test(named)) return undefined;
  const title = truncate(
    named.replace(/\s+(approval|review|sign[\s-]?off|signature)$/i, '').trim() || named,
    MAX_ROLE_TITLE,
  );
  if (!title) return undefined;
  return { key: deriveKey(title, 'role'), title };
}

/** The sign-off line without its blanks: `Technical Lead Approval: ____ Date: ____` → `Technical Lead Approval`. */
function signOffItemText(text: string): string {
  const beforeBlank = text.split(BLANK)[0] ?? text;
  return cleanTitle(beforeBlank.replace(/[:：]\s*$/, '').trim()).replace(/\s*:\s*$/, '');
}

/** `Developer: ____` → `Developer sign-off`; `Technical Lead Approval: ____` stays `Technical Lead Approval`. */
function signOffItemLabel(text: string): string {
  const named = signOffItemText(text);
  return /\b(approval|review|sign[\s-]?off|signature)$/i.test(named) ? named : `${named} sign-off`;
}

function sectionOf(entries: readonly HeadingEntry[]): string | undefined {
  const names = entries.map((entry) => entry.text).filter(Boolean);
  return names.length > 0 ? truncate(names.join(' / '), MAX_SECTION) : undefined;
}
