import { isMap, isScalar, isSeq, LineCounter, type Node, parseDocument } from 'yaml';
import type { z } from 'zod';
import { PROBE_KINDS, type ProbeKind, validateProbeOptions } from '../domain/probe-spec.ts';
import {
  checkReferences,
  formatPath,
  parseTemplate,
  type Template,
  type TemplateIssue,
  ZTemplate,
} from '../domain/template.ts';

export type CheckTemplateResult =
  | { ok: true; template: Template; hash: string }
  | { ok: false; issues: TemplateIssue[] };

/**
 * Everything a template file must pass before the bot uses it: the schema and cross-references of
 * domain/template.ts, plus what needs more than the schema: each probe's options against its kind, and roles
 * that nothing requires. Every issue carries its line and column and says what to write instead.
 */
export function checkTemplateText(text: string): CheckTemplateResult {
  const parsed = parseTemplate(text);
  if (!parsed.ok) return { ok: false, issues: withReferenceIssues(text, parsed.issues.map(withSuggestion)) };
  const found = [...probeOptionIssues(parsed.template), ...unusedRoleIssues(parsed.template)];
  if (found.length === 0) return parsed;
  const locate = yamlLocator(text);
  const issues = found.map(({ path, message }) => ({ path: formatPath(path), ...locate(path), message }));
  issues.sort((a, b) => a.line - b.line || a.column - b.column);
  return { ok: false, issues };
}

/**
 * zod runs the cross-reference checks only on a template whose shape is right, so a file with a misspelt key
 * would show its duplicate keys, unknown endpoints and bad `covers` only once that key is fixed. Every problem in
 * one pass instead: the same checks run on what can be read of the file (anything malformed stands in as a value
 * no check trips over), and an issue at a path the schema already reported is not repeated.
 */
function withReferenceIssues(text: string, schemaIssues: TemplateIssue[]): TemplateIssue[] {
  if (schemaIssues.some((issue) => issue.message.startsWith('YAML:'))) return schemaIssues;
  const raw = parseDocument(text).toJS() as unknown;
  const template = readableParts(raw);
  const found: PathIssue[] = [];
  checkReferences(template, {
    addIssue: (issue: { path?: PropertyKey[]; message?: string }) => {
      found.push({ path: (issue.path ?? []) as (string | number)[], message: issue.message ?? '' });
    },
  } as unknown as Parameters<typeof checkReferences>[1]);
  found.push(...probeOptionIssues(template, true), ...unusedRoleIssues(template));
  const reported = new Set(schemaIssues.map((issue) => issue.path));
  const locate = yamlLocator(text);
  const extra = found
    .map(({ path, message }) => ({ path: formatPath(path), ...locate(path), message }))
    .filter((issue) => !reported.has(issue.path) && !issue.message.includes(UNREADABLE));
  const issues = [...schemaIssues, ...extra];
  issues.sort((a, b) => a.line - b.line || a.column - b.column);
  return issues;
}

/** Stands in for a key or name that is missing or not a string, so no cross-reference check matches it. */
const UNREADABLE = '\u0000';

/** The parts of a malformed template the cross-reference checks read, each in the shape they expect. */
function readableParts(raw: unknown): Template {
  const root = record(raw);
  const text = (value: unknown, fallback = UNREADABLE): string => (typeof value === 'string' ? value : fallback);
  const texts = (value: unknown): string[] => list(value).map((entry) => text(entry));
  const phases = list(root.phases).map((phaseValue, p) => {
    const phase = record(phaseValue);
    return {
      key: text(phase.key, `${UNREADABLE}phase-${p}`),
      items: list(phase.items).map((itemValue, i) => {
        const item = record(itemValue);
        const probe = isRecord(item.probe) ? item.probe : undefined;
        return {
          key: text(item.key, `${UNREADABLE}item-${p}-${i}`),
          ...(typeof item.parent === 'string' ? { parent: item.parent } : {}),
          ...(probe ? { probe: { ...probe, target: text(probe.target, '') } } : {}),
        };
      }),
    };
  });
  const rollback = record(root.rollback);
  return {
    endpoints: list(root.endpoints).map((endpoint) => ({ key: text(record(endpoint).key) })),
    phases,
    roles: list(root.roles).map((roleValue, r) => {
      const role = record(roleValue);
      return {
        key: text(role.key, `${UNREADABLE}role-${r}`),
        required: typeof role.required === 'boolean' ? role.required : true,
        covers: texts(role.covers),
      };
    }),
    checkIns: list(root.checkIns).map((checkInValue) => {
      const checkIn = record(checkInValue);
      return {
        after: text(checkIn.after),
        items: texts(checkIn.items),
        probes: texts(checkIn.probes),
        mention: texts(checkIn.mention),
      };
    }),
    verification: { roles: texts(record(root.verification).roles) },
    // A missing or malformed window is the schema's to report (or its default), not "longer than 0".
    rollback: { window: typeof rollback.window === 'string' ? rollback.window : '24h' },
  } as unknown as Template;
}

function record(value: unknown): Record<string, unknown> {
  return isRecord(value) ? value : {};
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function list(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

type PathIssue = { path: (string | number)[]; message: string };

function probeOptionIssues(template: Template, lenient = false): PathIssue[] {
  const issues: PathIssue[] = [];
  template.phases.forEach((phase, p) => {
    phase.items.forEach((item, i) => {
      if (!item.probe) return;
      // Read from a malformed file: only a known kind with options in the right shape can be checked.
      if (lenient && (!PROBE_KINDS.includes(item.probe.kind as ProbeKind) || !optionsReadable(item.probe.options)))
        return;
      const result = validateProbeOptions(item.probe.kind, item.probe.options ?? {});
      if (result.ok) return;
      for (const issue of result.issues) {
        issues.push({ path: ['phases', p, 'items', i, 'probe', 'options', ...issue.path], message: issue.message });
      }
    });
  });
  return issues;
}

function optionsReadable(options: unknown): boolean {
  return options === undefined || isRecord(options);
}

/**
 * A role is required by nothing when no sign-off is demanded (optional), its sign-off vouches for nothing (no
 * covers), and no check-in or the verification step names it: it would show a Sign off button that means nothing.
 */
function unusedRoleIssues(template: Template): PathIssue[] {
  const named = new Set([...template.checkIns.flatMap((checkIn) => checkIn.mention), ...template.verification.roles]);
  return template.roles.flatMap((role, r) =>
    !role.required && role.covers.length === 0 && !named.has(role.key)
      ? [
          {
            path: ['roles', r, 'key'],
            message: `role "${role.key}" is required by nothing (optional, covers nothing, named by no check-in or verification): set "required: true", list the items it vouches for under "covers", or remove the role`,
          },
        ]
      : [],
  );
}

/** Line and column of the deepest node of a path that exists (a missing key points at its parent). */
function yamlLocator(text: string): (path: readonly (string | number)[]) => { line: number; column: number } {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter });
  return (path) => {
    for (let depth = path.length; depth >= 0; depth--) {
      const node = doc.getIn(path.slice(0, depth), true) as Node | undefined;
      const start = node && (isScalar(node) || isMap(node) || isSeq(node)) ? node.range?.[0] : undefined;
      if (start !== undefined) {
        const { line, col } = lineCounter.linePos(start);
        return { line, column: col };
      }
    }
    return { line: 1, column: 1 };
  };
}

const UNKNOWN_KEY = /^unknown keys? (.+): remove or correct (it|them)$/;

/** `unknown key "requird"` becomes `unknown key "requird": write "required"` when a known key is close enough. */
function withSuggestion(issue: TemplateIssue): TemplateIssue {
  const match = UNKNOWN_KEY.exec(issue.message);
  if (!match) return issue;
  const known = knownKeysAt(issue.path);
  if (known.length === 0) return issue;
  const unknown = [...(match[1] ?? '').matchAll(/"([^"]*)"/g)].map((m) => m[1] as string);
  const advice = unknown.map((key) => {
    const near = closest(key, known);
    return near ? `for "${key}" write "${near}"` : `remove "${key}"`;
  });
  return { ...issue, message: `${issue.message.split(':')[0]}: ${advice.join(', ')} (keys here: ${known.join(', ')})` };
}

/** The keys the schema allows at a path such as `phases[0].items[3]`. */
function knownKeysAt(path: string): string[] {
  const parts = path ? path.split(/\.|(?=\[)/).map((part) => (part.startsWith('[') ? 0 : part)) : [];
  let schema: z.core.$ZodType | undefined = ZTemplate as unknown as z.core.$ZodType;
  for (const part of parts) {
    schema = unwrap(schema);
    const def = schema?._zod.def as {
      type: string;
      shape?: Record<string, z.core.$ZodType>;
      element?: z.core.$ZodType;
    };
    schema = typeof part === 'number' ? def?.element : def?.shape?.[part];
  }
  const def = unwrap(schema)?._zod.def as { type: string; shape?: Record<string, unknown> } | undefined;
  return def?.type === 'object' && def.shape ? Object.keys(def.shape) : [];
}

function unwrap(schema: z.core.$ZodType | undefined): z.core.$ZodType | undefined {
  let current = schema;
  for (let guard = 0; current && guard < 10; guard++) {
    const def = current._zod.def as { type: string; innerType?: z.core.$ZodType; in?: z.core.$ZodType };
    if (def.innerType) current = def.innerType;
    else if (def.type === 'pipe' && def.in) current = def.in;
    else break;
  }
  return current;
}

/** The known key within two edits of a misspelt one (`requird` → `required`, `check_ins` → `checkIns`). */
function closest(key: string, known: readonly string[]): string | undefined {
  const normalized = key.toLowerCase().replace(/[-_\s]/g, '');
  let best: { key: string; distance: number } | undefined;
  for (const candidate of known) {
    const distance = editDistance(normalized, candidate.toLowerCase());
    if (distance <= 2 && (!best || distance < best.distance)) best = { key: candidate, distance };
  }
  return best?.key;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min((previous[j] as number) + 1, (current[j - 1] as number) + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length] as number;
}
