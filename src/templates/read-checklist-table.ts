import type { Table, TableCell } from 'mdast';
import { levelIsRequired } from './item-levels.ts';
import { cleanTitle, lineOf, phrasingText } from './markdown-text.ts';

/** A row that becomes an item: its title, its longer description, and what its level column said. */
export type TableRowItem = {
  line: number;
  text: string;
  detail: string | undefined;
  /** From the level column: true/false when the level is known, undefined when there is none or it is unknown. */
  required: boolean | undefined;
  level: string | undefined;
  checked: boolean;
};

export type ReadTableResult =
  | {
      kind: 'items';
      rows: TableRowItem[];
      skippedRows: Array<{ line: number; reason: string }>;
      sections: Map<number, string>;
    }
  | {
      kind: 'roles';
      roles: Array<{ line: number; title: string }>;
      skippedRows: Array<{ line: number; reason: string }>;
    }
  | { kind: 'other'; reason: string };

/** A check box at the start of a cell: `☐`, `&#9744;` (decoded by the parser), `[ ]`, `[x]`, ✅ and the like. */
const CHECK_MARK = /^\s*(?:\[\s?\]|\[[xX✓✔]\]|[☐☑☒✅✔✓⬜🔲🔳✗✘❌])\uFE0F?\s*/u;
const TICKED = /^\s*(?:\[[xX✓✔]\]|[☑☒✅✔✓])/u;
const LEVEL_HEADER = /\b(level|priority|severity|importance|criticality|critical|required|impact|tier|moscow)\b/;
const OUTCOME_HEADER = /\b(done|status|complete|completed|checked|ok|result|passed|verified)\b/;
const ROLE_HEADER =
  /^(role|roles|approver|approvers|sign[\s-]?off( by)?|approval|approved by|signatory|team|function)$/;
const SIGNATURE_HEADER = /\b(date|sign|signature|signed|name|initials|approved)\b/;
const BLANK_CELL = /^[\s_.\-–—]*$/;

/**
 * Reads a GFM table as a checklist when it looks like one: a column of check boxes (`☐`, `[ ]`), or a level column
 * (Critical / Should have / Nice to have, 🔴 / 🟡). Each row is one item: its title is the first text column
 * (or the `<summary>` of a `<details>` in it), the other text columns are its detail, and the level decides
 * whether it is required. A table with a Role column (and a Date, Name or Signature column, or inside a sign-off
 * sheet) is a sign-off sheet: one role per row. Any other table is not a checklist.
 */
export function readChecklistTable(
  table: Table,
  options: { signOff: boolean; requiredLevels: readonly string[] | undefined },
): ReadTableResult {
  const [head, ...body] = table.children;
  if (!head || body.length === 0) return { kind: 'other', reason: 'table without rows' };
  const headers = head.children.map((cell) => phrasingText(cell.children).toLowerCase());
  const width = Math.max(headers.length, ...body.map((row) => row.children.length));
  const cellText = (row: number, column: number): string => {
    const cell = body[row]?.children[column];
    return cell ? phrasingText(cell.children, { links: true, html: true }) : '';
  };
  const columns = Array.from({ length: width }, (_, c) => c);
  const values = columns.map((c) => body.map((_, r) => cellText(r, c)));

  const roleColumn = columns.find((c) => ROLE_HEADER.test(headers[c] ?? ''));
  const signatureColumn = columns.some((c) => c !== roleColumn && SIGNATURE_HEADER.test(headers[c] ?? ''));
  if (roleColumn !== undefined && (signatureColumn || options.signOff)) {
    const roles: Array<{ line: number; title: string }> = [];
    const skippedRows: Array<{ line: number; reason: string }> = [];
    body.forEach((row, r) => {
      const title = cleanTitle(
        stripTags(values[roleColumn]?.[r] ?? '')
          .replace(CHECK_MARK, '')
          .replace(/_{2,}/g, ''),
      )
        .replace(/[:：]\s*$/, '')
        .trim();
      if (title) roles.push({ line: lineOf(row), title });
      else skippedRows.push({ line: lineOf(row), reason: 'sign-off table row without a role' });
    });
    return { kind: 'roles', roles, skippedRows };
  }

  const filled = (c: number) => (values[c] ?? []).filter((value) => stripTags(value).trim() !== '');
  const checkColumns = columns.filter((c) => {
    const cells = filled(c);
    const marked = cells.filter((value) => CHECK_MARK.test(value)).length;
    return marked > 0 && marked * 2 >= cells.length;
  });
  const levelColumn =
    columns.find((c) => LEVEL_HEADER.test(headers[c] ?? '') && !checkColumns.includes(c)) ??
    // Unheaded, a column of known levels is one too, unless its header says it records an outcome: a "Done"
    // column of yes/no is not a level.
    columns.find(
      (c) =>
        !checkColumns.includes(c) &&
        !OUTCOME_HEADER.test(headers[c] ?? '') &&
        filled(c).length > 0 &&
        filled(c).every((value) => levelIsRequired(stripTags(value)) !== undefined),
    );
  if (checkColumns.length === 0 && levelColumn === undefined) {
    return { kind: 'other', reason: 'table without a check-box column (☐, [ ]) or a level column: not a checklist' };
  }
  // A check column holding only boxes gives no text; one holding "☐ Backups verified" is the title column.
  const bareCheck = (c: number) =>
    checkColumns.includes(c) &&
    filled(c)
      .filter((value) => CHECK_MARK.test(value))
      .every((value) => BLANK_CELL.test(value.replace(CHECK_MARK, '')));
  const textColumns = columns.filter((c) => c !== levelColumn && !bareCheck(c));
  const checkColumn = checkColumns[0];

  const rows: TableRowItem[] = [];
  const skippedRows: Array<{ line: number; reason: string }> = [];
  const sections = new Map<number, string>();
  body.forEach((row, r) => {
    const line = lineOf(row);
    const texts = textColumns.map((c) => ({ header: headers[c] ?? '', value: values[c]?.[r] ?? '' }));
    // A row whose one filled cell is bold ("| **Security** | | |") groups the rows below it, like a heading.
    const filledCells = (body[r]?.children ?? []).filter((cell) => phrasingText(cell.children, { html: true }) !== '');
    const only = filledCells.length === 1 ? filledCells[0] : undefined;
    if (only && isBoldOnly(only) && !CHECK_MARK.test(phrasingText(only.children))) {
      sections.set(rows.length, cleanTitle(phrasingText(only.children)));
      return;
    }
    const [first, ...rest] = texts;
    const summary = splitDetails(stripCheck(first?.value ?? ''));
    const title = cleanTitle(summary.title);
    const others = rest.filter((cell) => stripTags(cell.value).trim() !== '');
    const box = checkColumn !== undefined ? (values[checkColumn]?.[r] ?? '') : '';
    if (!title) {
      skippedRows.push({ line, reason: 'table row without a title' });
      return;
    }
    const detailParts = [
      ...(summary.detail ? [summary.detail] : []),
      ...others.map((cell) => {
        const value = tidy(stripTags(cell.value));
        return others.length > 1 && cell.header ? `${capitalize(cell.header)}: ${value}` : value;
      }),
    ].filter(Boolean);
    const level = levelColumn !== undefined ? stripTags(values[levelColumn]?.[r] ?? '').trim() : undefined;
    rows.push({
      line,
      text: title,
      detail: detailParts.length > 0 ? detailParts.join('; ') : undefined,
      required: level ? levelIsRequired(level, options.requiredLevels) : undefined,
      level: level || undefined,
      checked: TICKED.test(box) || TICKED.test(first?.value ?? ''),
    });
  });
  return { kind: 'items', rows, skippedRows, sections };
}

function stripCheck(text: string): string {
  return text.replace(CHECK_MARK, '');
}

/** `<details><summary>Title</summary>Longer text</details>` → title and detail; anything else is all title. */
function splitDetails(cell: string): { title: string; detail: string | undefined } {
  const match = /<summary>([\s\S]*?)<\/summary>([\s\S]*)/i.exec(cell);
  if (!match) return { title: tidy(stripTags(cell)), detail: undefined };
  const detail = tidy(stripTags(match[2] ?? ''));
  return { title: tidy(stripTags(match[1] ?? '')), detail: detail || undefined };
}

function stripTags(text: string): string {
  return text
    .replace(/<br\s*\/?>/gi, ' ')
    .replace(/<\/?[a-z][^>]*>/gi, ' ')
    .replace(/&nbsp;/g, ' ');
}

function tidy(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function isBoldOnly(cell: TableCell | undefined): boolean {
  const meaningful = (cell?.children ?? []).filter((child) => !(child.type === 'text' && /^[\s:]*$/.test(child.value)));
  return meaningful.length === 1 && meaningful[0]?.type === 'strong';
}
