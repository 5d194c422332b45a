import type { List, ListItem, Nodes, Paragraph, PhrasingContent, Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { frontmatter } from 'micromark-extension-frontmatter';
import { gfm } from 'micromark-extension-gfm';
import { parseDuration } from '../domain/duration.ts';
import type { CheckIn, Item, Phase, PhaseKind, Role, Template } from '../domain/template.ts';
import { deriveKey, KeyAllocator } from './derive-key.ts';
import { guessCheckInOffset, guessHeadingRole, type HeadingRole } from './guess-phase.ts';

export type ImportReport = {
  title: string;
  phases: Array<{ key: string; title: string; kind: PhaseKind; items: number }>;
  items: number;
  roles: string[];
  checkIns: string[];
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
const MAX_SECTION = 120;
const MAX_ROLE_TITLE = 60;
const MAX_PROCEDURE_STEP = 500;
/** Depth given to a bold line standing alone ("**Security Checklist:**"): below every real heading. */
const PSEUDO_HEADING_DEPTH = 7;
const TASK_LIKE_LINE = /^\s*(?:>\s*)*(?:[-*+]|\d{1,9}[.)])\s+\[[ xX]\]/;
const BLANK = /_{3,}/;

type HeadingEntry = { depth: number; text: string; role: HeadingRole | undefined; weak: boolean; line: number };
type PhaseDraft = { key: string; title: string; kind: PhaseKind; items: Item[] };
/** A post-deployment window named by a heading ("Hour 1-4", "T+24 hours"): its items are looked at in a check-in. */
type Window = { after: string; title: string };
type Context = {
  phase: PhaseDraft;
  section: string | undefined;
  signOff: boolean;
  rollbackSteps: boolean;
  window: Window | undefined;
};

/**
 * Turns a Markdown checklist into a template. Pure: text in, template and a report of what was found out.
 *
 * Headings become phases (when they name one: pre-deployment, deployment day, post-deployment, rollback) and
 * sections (when they only name a topic); the deepest heading that names a phase wins, except that a rollback
 * heading inside a pre-deployment part stays there (preparing the way back is done before go-live). Every task
 * line (`- [ ]`, `* [x]`, `1. [ ]`, at any depth) becomes exactly one item, so the item count equals the
 * document's task-line count; a task line of a sign-off sheet becomes both a role and an item of the Sign-off phase.
 */
export function importMarkdown(text: string, options: { name: string }): ImportResult {
  const tree = fromMarkdown(text, {
    extensions: [gfm(), frontmatter(['yaml', 'toml'])],
    mdastExtensions: [gfmFromMarkdown(), frontmatterFromMarkdown(['yaml', 'toml'])],
  });
  return new MarkdownImporter(options.name).run(tree);
}

class MarkdownImporter {
  readonly #name: string;
  readonly #headings: HeadingEntry[] = [];
  readonly #phases = new Map<HeadingEntry | 'unplaced' | 'sign-off', PhaseDraft>();
  readonly #phaseKeys = new KeyAllocator();
  readonly #itemKeys = new KeyAllocator();
  readonly #roles = new Map<string, Role>();
  readonly #procedure: string[] = [];
  readonly #rollbackTaskTexts: string[] = [];
  readonly #windowItems: Array<{ window: Window; itemKey: string }> = [];
  readonly #skipped: ImportReport['skipped'] = [];
  readonly #notes: string[] = [];
  #title: string | undefined;
  #titleLine: number | undefined;
  #description: string | undefined;
  #awaitingDescription = false;
  #ticked = 0;
  #truncated = 0;

  constructor(name: string) {
    this.#name = name;
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
        this.#enterHeading(node.depth, cleanTitle(phrasingText(node.children)), lineOf(node));
        return;
      case 'paragraph':
        this.#visitParagraph(node);
        return;
      case 'list':
        this.#visitList(node, undefined);
        return;
      case 'code':
        if (node.value.split('\n').some((line) => TASK_LIKE_LINE.test(line))) {
          this.#skip(node, 'code block with lines that look like tasks (code is not a checklist)');
        }
        return;
      case 'html':
        if (node.value.split('\n').some((line) => TASK_LIKE_LINE.test(line))) {
          this.#skip(node, 'HTML with lines that look like tasks (only Markdown task lines are read)');
        }
        return;
      case 'table':
        this.#skip(node, 'table (only task lines `- [ ]` become items)');
        return;
      case 'blockquote':
        for (const child of node.children) this.#visitBlock(child);
        return;
      default:
        return;
    }
  }

  #enterHeading(depth: number, text: string, line: number): void {
    while ((this.#headings.at(-1)?.depth ?? 0) >= depth) this.#headings.pop();
    const guess = guessHeadingRole(text);
    this.#headings.push({ depth, text, role: guess?.role, weak: guess?.weak ?? false, line });
    this.#awaitingDescription = depth === 1 && this.#headings.length === 1 && this.#description === undefined;
  }

  #visitParagraph(node: Paragraph): void {
    const text = phrasingText(node.children);
    // The opening paragraph under the title describes the document, unless it is metadata ("**Version**: 1.0").
    if (this.#awaitingDescription && node.children[0]?.type !== 'strong') {
      this.#description = text.slice(0, 1000);
    }
    this.#awaitingDescription = false;
    if (isBoldOnly(node)) {
      const title = cleanTitle(text.replace(/:\s*$/, ''));
      if (title) this.#enterHeading(PSEUDO_HEADING_DEPTH, title, lineOf(node));
      return;
    }
    if (!this.#context().signOff) return;
    const role = parseSignOffLine(node);
    if (role) this.#addRole(role, undefined);
    else if (/[:：]/.test(text))
      this.#skip(node, `not a sign-off line (expected "**Role**: ____ Date: ____"): ${text}`);
  }

  #visitList(list: List, parent: string | undefined): void {
    for (const item of list.children) this.#visitListItem(item, parent);
  }

  #visitListItem(node: ListItem, parent: string | undefined): void {
    const first = node.children[0];
    const title = first?.type === 'paragraph' ? phrasingText(first.children) : '';
    const context = this.#context();
    if (node.checked === null || node.checked === undefined) {
      if (context.signOff && first?.type === 'paragraph') {
        const role = parseSignOffLine(first);
        if (role) this.#addRole(role, undefined);
      } else if (context.rollbackSteps && parent === undefined && title) {
        this.#procedure.push(truncate(cleanTitle(title), MAX_PROCEDURE_STEP));
      }
      // A plain bullet is prose; a task nested under it still counts, under the nearest task above it.
      this.#visitItemChildren(node, parent);
      return;
    }
    if (node.checked) this.#ticked++;
    const line = lineOf(node);
    const signOffRole = context.signOff ? roleFromTaskText(title) : undefined;
    const label = signOffRole ? signOffItemLabel(title) : cleanItemTitle(title);
    const details = nestedDetails(node).map(cleanTitle).filter(Boolean);
    let itemText = details.length > 0 ? `${label} — ${details.join('; ')}` : label;
    if (!itemText) {
      itemText = `Untitled task (line ${line})`;
      this.#notes.push(`line ${line}: a task line without text became "${itemText}"`);
    }
    if (itemText.length > MAX_ITEM_TEXT) {
      this.#truncated++;
      itemText = truncate(itemText, MAX_ITEM_TEXT);
    }
    const key = this.#itemKeys.allocate(deriveKey(label, 'item'));
    const item: Item = { key, text: itemText, required: !isOptional(label) };
    if (context.section) item.section = context.section;
    if (parent) item.parent = parent;
    context.phase.items.push(item);
    if (signOffRole) this.#addRole(signOffRole, key);
    if (context.window) this.#windowItems.push({ window: context.window, itemKey: key });
    if (context.phase.kind === 'rollback') this.#rollbackTaskTexts.push(truncate(label, MAX_PROCEDURE_STEP));
    this.#visitItemChildren(node, key);
  }

  #visitItemChildren(node: ListItem, parent: string | undefined): void {
    for (const child of node.children) {
      if (child.type === 'list') this.#visitList(child, parent);
      else if (child.type === 'code' || child.type === 'html' || child.type === 'table') this.#visitBlock(child);
      else if (child.type === 'blockquote') for (const inner of child.children) this.#visitNested(inner, parent);
    }
  }

  #visitNested(node: Nodes, parent: string | undefined): void {
    if (node.type === 'list') this.#visitList(node, parent);
    else this.#visitBlock(node);
  }

  #addRole(role: { key: string; title: string }, itemKey: string | undefined): void {
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
      return { phase: this.#phase('sign-off'), section, signOff: true, rollbackSteps: false, window: undefined };
    }
    const deepestAt = findLastIndex(stack, (entry) => entry.role !== undefined);
    const deepest = stack[deepestAt];
    let at = deepestAt;
    // "Deployment Verification" > "Security Verification": one phase with a section, not a phase per subheading.
    // Not into a weak outer heading: "Final Verification" > "Post-Launch" stays a phase of its own.
    for (;;) {
      const outer = findLastIndex(stack.slice(0, at), (entry) => entry.role !== undefined);
      if (outer < 0 || stack[outer]?.role !== stack[at]?.role || stack[outer]?.weak) break;
      at = outer;
    }
    if (deepest?.role === 'rollback') {
      const enclosingPre = findLastIndex(stack.slice(0, at), (entry) => entry.role === 'pre');
      if (enclosingPre >= 0) at = enclosingPre;
    }
    const owner = stack[at];
    const rollbackSteps = deepest?.role === 'rollback';
    if (!owner) {
      return {
        phase: this.#phase('unplaced'),
        section: sectionOf(stack),
        signOff: false,
        rollbackSteps,
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
    return { phase, section: sectionOf(stack.slice(at + 1)), signOff: false, rollbackSteps, window };
  }

  #phase(owner: HeadingEntry | 'unplaced' | 'sign-off'): PhaseDraft {
    const existing = this.#phases.get(owner);
    if (existing) return existing;
    let draft: PhaseDraft;
    if (owner === 'unplaced') {
      draft = { ...UNPLACED_PHASE, kind: 'pre', items: [] };
    } else if (owner === 'sign-off') {
      draft = { ...SIGN_OFF_PHASE, kind: 'pre', items: [] };
    } else {
      const kind = owner.role === 'sign-off' || owner.role === undefined ? 'pre' : owner.role;
      draft = { key: deriveKey(owner.text, kind), title: truncate(owner.text, 120), kind, items: [] };
    }
    draft.key = this.#phaseKeys.allocate(draft.key);
    this.#phases.set(owner, draft);
    return draft;
  }

  #skip(node: Nodes, reason: string): void {
    this.#skipped.push({ line: lineOf(node), reason });
  }

  #finish(): ImportResult {
    const drafts = [...this.#phases.values()].filter((draft) => draft.items.length > 0);
    const phases: Phase[] = drafts.map(({ key, title, kind, items }) => ({ key, title, kind, items }));
    const checkIns = this.#checkIns();
    const roles = [...this.#roles.values()];
    const title = truncate(this.#title ?? this.#name, 120);
    const procedure = this.#procedure.length > 0 ? this.#procedure : this.#rollbackTaskTexts;
    const template: Template = {
      name: this.#name,
      title,
      ...(this.#description ? { description: this.#description } : {}),
      source: truncate(title, 300),
      endpoints: [],
      separationOfDuties: { ownerMaySignRequired: false, onePersonManyRequiredRoles: false },
      roles,
      phases,
      checkIns,
      checkInPolicy: { escalateAfter: '30m' },
      rollback: { window: '24h', remindEvery: '4h', tightenWithin: '2h', remindEveryNear: '30m', procedure },
      verification: { roles: [] },
    };
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
    const report: ImportReport = {
      title,
      phases: phases.map(({ key, title: phaseTitle, kind, items }) => ({
        key,
        title: phaseTitle,
        kind,
        items: items.length,
      })),
      items: phases.reduce((sum, phase) => sum + phase.items.length, 0),
      roles: roles.map((role) => role.key),
      checkIns: checkIns.map((checkIn) => `${checkIn.after} ${checkIn.title}`),
      skipped: this.#skipped,
      notes: this.#notes,
    };
    return { template, report };
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
  const subtitle = cleanTitle(phrasingText(next.children));
  if (guessHeadingRole(subtitle)) return title;
  const following = tree.children.slice(at + 2);
  const end = following.findIndex((node) => node.type === 'heading');
  const body = end < 0 ? following : following.slice(0, end);
  return body.some((node) => node.type === 'list') ? title : { ...title, text: `${title.text} — ${subtitle}` };
}

function lineOf(node: Nodes): number {
  return node.position?.start.line ?? 1;
}

/** Plain text of inline Markdown: emphasis markers dropped, inline code kept in backticks. */
function phrasingText(nodes: readonly PhrasingContent[]): string {
  const parts = nodes.map((node): string => {
    switch (node.type) {
      case 'text':
        return node.value;
      case 'inlineCode':
        return `\`${node.value}\``;
      case 'break':
        return ' ';
      case 'image':
        return node.alt ?? '';
      case 'strong':
      case 'emphasis':
      case 'delete':
      case 'link':
        return phrasingText(node.children);
      default:
        return 'children' in node ? phrasingText(node.children as PhrasingContent[]) : '';
    }
  });
  return parts.join('').replace(/\s+/g, ' ').trim();
}

/**
 * Drops leading and trailing words made only of non-ASCII characters: emoji (`🔐 Security`), and emoji whose bytes
 * were decoded in the wrong character set (`üîê Security`, `Code Quality ‚úÖ`), which must not end up in keys.
 */
function cleanTitle(text: string): string {
  const words = text.split(/\s+/).filter(Boolean);
  const meaningful = (word: string) => !/^[^\x00-\x7f]+$/.test(word);
  const start = words.findIndex(meaningful);
  if (start < 0) return '';
  const end = findLastIndex(words, meaningful);
  return words.slice(start, end + 1).join(' ');
}

function cleanItemTitle(text: string): string {
  return cleanTitle(text).replace(/\s*:\s*$/, '');
}

function isBoldOnly(node: Paragraph): boolean {
  const meaningful = node.children.filter((child) => !(child.type === 'text' && /^[\s:]*$/.test(child.value)));
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
      if ((sub.checked === null || sub.checked === undefined) && first?.type === 'paragraph') {
        details.push(phrasingText(first.children));
      }
    }
  }
  return details;
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

function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

function findLast<T>(values: readonly T[], predicate: (value: T) => boolean): T | undefined {
  return values[findLastIndex(values, predicate)];
}

function findLastIndex<T>(values: readonly T[], predicate: (value: T) => boolean): number {
  for (let i = values.length - 1; i >= 0; i--) if (predicate(values[i] as T)) return i;
  return -1;
}
