import { createHash } from 'node:crypto';
import { isMap, isScalar, isSeq, LineCounter, parseDocument } from 'yaml';
import { z } from 'zod';
import { parseDuration } from './duration.ts';
import { endpointReferences, ZProbeSpec } from './probe-spec.ts';

const KEY = /^[a-z0-9][a-z0-9-]{0,62}$/;
const ZKey = z.string().regex(KEY, 'use lowercase letters, digits and dashes, e.g. "health-check"');
const ZDuration = z
  .string()
  .refine((text) => parseDuration(text) !== undefined, 'write a duration such as "90s", "15m", "2h" or "7d"');
const ZSlackUserId = z.string().regex(/^[UW][A-Z0-9]{2,}$/, 'write a Slack user id such as "U012ABCDEF"');
const ZSlackGroupId = z.string().regex(/^S[A-Z0-9]{2,}$/, 'write a Slack user group id such as "S012ABCDEF"');

export const PHASE_KINDS = ['pre', 'day', 'post', 'rollback'] as const;
export const ZPhaseKind = z.enum(PHASE_KINDS);
export type PhaseKind = z.infer<typeof ZPhaseKind>;

export const ZItem = z
  .object({
    key: ZKey,
    text: z.string().min(1).max(500),
    required: z.boolean().default(true),
    /** A heading under the phase that groups items in Slack ("Security", "Monitoring"). */
    section: z.string().min(1).max(120).optional(),
    /** Key of the item this one is nested under (kept from the Markdown it was imported from). */
    parent: ZKey.optional(),
    /** Longer explanation shown under the item (Markdown links and code spans kept, like `text`). */
    detail: z.string().min(1).max(1000).optional(),
    probe: ZProbeSpec.optional(),
  })
  .strict();
export type Item = z.infer<typeof ZItem>;

export const ZPhase = z
  .object({
    key: ZKey,
    title: z.string().min(1).max(120),
    kind: ZPhaseKind,
    items: z.array(ZItem).min(1),
  })
  .strict();
export type Phase = z.infer<typeof ZPhase>;

export const ZRole = z
  .object({
    key: ZKey,
    title: z.string().min(1).max(60),
    required: z.boolean().default(true),
    description: z.string().max(300).optional(),
    defaultAssignees: z
      .object({ users: z.array(ZSlackUserId).default([]), userGroup: ZSlackGroupId.optional() })
      .strict()
      .default({ users: [] }),
    /** Item or phase keys a sign-off vouches for; unticking one of them makes the sign-off stale. */
    covers: z.array(ZKey).default([]),
  })
  .strict();
export type Role = z.infer<typeof ZRole>;

export const ZCheckIn = z
  .object({
    key: ZKey,
    /** Offset from go-live. */
    after: ZDuration,
    title: z.string().min(1).max(120),
    /** Items to look at in this window. */
    items: z.array(ZKey).default([]),
    /** Items whose probes are re-run at this check-in. */
    probes: z.array(ZKey).default([]),
    /** Roles mentioned besides the owner. */
    mention: z.array(ZKey).default([]),
  })
  .strict();
export type CheckIn = z.infer<typeof ZCheckIn>;

export const ZTemplate = z
  .object({
    name: ZKey,
    title: z.string().min(1).max(120),
    description: z.string().max(1000).optional(),
    /** Where the checklist came from (a document title), shown in listings. */
    source: z.string().max(300).optional(),
    /** Endpoint names probes may refer to as `${name}`; `url` (from `--url`) is always declared. */
    endpoints: z
      .array(z.object({ key: z.string().regex(/^[a-z][a-z0-9_-]*$/), description: z.string().max(200).optional() }))
      .default([]),
    separationOfDuties: z
      .object({
        /** May the person who started the deployment sign a required role? */
        ownerMaySignRequired: z.boolean().default(false),
        /** May one person sign two required roles? */
        onePersonManyRequiredRoles: z.boolean().default(false),
      })
      .strict()
      .default({ ownerMaySignRequired: false, onePersonManyRequiredRoles: false }),
    roles: z.array(ZRole).default([]),
    phases: z.array(ZPhase).min(1),
    checkIns: z.array(ZCheckIn).default([]),
    checkInPolicy: z
      .object({ escalateAfter: ZDuration.default('30m') })
      .strict()
      .default({ escalateAfter: '30m' }),
    rollback: z
      .object({
        /** After this long past go-live, rolling back is no longer cheap. */
        window: ZDuration.default('24h'),
        /** Reminder cadence while verification is open... */
        remindEvery: ZDuration.default('4h'),
        /** ...tightening to this cadence in the last `tightenWithin` of the window. */
        tightenWithin: ZDuration.default('2h'),
        remindEveryNear: ZDuration.default('30m'),
        /** Steps to roll back, posted at go-live (Markdown-ish lines). */
        procedure: z.array(z.string().min(1).max(500)).default([]),
      })
      .strict()
      .default({ window: '24h', remindEvery: '4h', tightenWithin: '2h', remindEveryNear: '30m', procedure: [] }),
    verification: z
      .object({ roles: z.array(ZKey).default([]) })
      .strict()
      .default({ roles: [] }),
  })
  .strict()
  .superRefine((template, ctx) => checkReferences(template, ctx));
export type Template = z.infer<typeof ZTemplate>;

/**
 * Cross-references zod cannot see on its own: duplicate keys, unknown item/role/endpoint names. Exported so that
 * `validate` can run it on the readable parts of a template that also has schema errors (every problem in one pass).
 */
export function checkReferences(template: z.infer<typeof ZTemplate>, ctx: z.RefinementCtx): void {
  const itemKeys = new Set<string>();
  const phaseKeys = new Set<string>();
  const endpoints = new Set(['url', ...template.endpoints.map((endpoint) => endpoint.key)]);
  template.phases.forEach((phase, p) => {
    if (phaseKeys.has(phase.key)) {
      ctx.addIssue({ code: 'custom', path: ['phases', p, 'key'], message: `duplicate phase key "${phase.key}"` });
    }
    phaseKeys.add(phase.key);
    phase.items.forEach((item, i) => {
      const path = ['phases', p, 'items', i];
      if (itemKeys.has(item.key)) {
        ctx.addIssue({
          code: 'custom',
          path: [...path, 'key'],
          message: `duplicate item key "${item.key}": item keys must be unique in the whole template (try "${item.key}-2")`,
        });
      }
      itemKeys.add(item.key);
      if (item.probe) {
        for (const name of endpointReferences(item.probe.target)) {
          if (!endpoints.has(name)) {
            ctx.addIssue({
              code: 'custom',
              path: [...path, 'probe', 'target'],
              message: `unknown endpoint "\${${name}}": declare it under "endpoints" or use \${url}`,
            });
          }
        }
      }
    });
    phase.items.forEach((item, i) => {
      if (item.parent && !phase.items.some((other) => other.key === item.parent)) {
        ctx.addIssue({
          code: 'custom',
          path: ['phases', p, 'items', i, 'parent'],
          message: `parent "${item.parent}" is not an item of phase "${phase.key}"`,
        });
      }
    });
  });
  const roleKeys = new Set<string>();
  template.roles.forEach((role, r) => {
    if (roleKeys.has(role.key)) {
      ctx.addIssue({ code: 'custom', path: ['roles', r, 'key'], message: `duplicate role key "${role.key}"` });
    }
    roleKeys.add(role.key);
    role.covers.forEach((key, c) => {
      if (!itemKeys.has(key) && !phaseKeys.has(key)) {
        ctx.addIssue({
          code: 'custom',
          path: ['roles', r, 'covers', c],
          message: `"${key}" is neither an item nor a phase of this template`,
        });
      }
    });
  });
  const probeItems = new Set(template.phases.flatMap((phase) => phase.items.filter((i) => i.probe).map((i) => i.key)));
  const rollbackMs = parseDuration(template.rollback.window) ?? 0;
  const offsets = new Set<number>();
  template.checkIns.forEach((checkIn, c) => {
    const path = ['checkIns', c];
    const offset = parseDuration(checkIn.after);
    if (offset !== undefined && offset <= 0) {
      ctx.addIssue({ code: 'custom', path: [...path, 'after'], message: 'a check-in must come after go-live ("1h")' });
    }
    if (offset !== undefined && offset > 366 * 86_400_000) {
      ctx.addIssue({
        code: 'custom',
        path: [...path, 'after'],
        message: 'a check-in more than a year out: use "365d" or less',
      });
    }
    if (offset !== undefined && offsets.has(offset)) {
      ctx.addIssue({
        code: 'custom',
        path: [...path, 'after'],
        message: `two check-ins at ${checkIn.after}: merge them`,
      });
    }
    if (offset !== undefined) offsets.add(offset);
    checkIn.items.forEach((key, i) => {
      if (!itemKeys.has(key)) {
        ctx.addIssue({ code: 'custom', path: [...path, 'items', i], message: `unknown item "${key}"` });
      }
    });
    checkIn.probes.forEach((key, i) => {
      if (!probeItems.has(key)) {
        ctx.addIssue({ code: 'custom', path: [...path, 'probes', i], message: `"${key}" is not an item with a probe` });
      }
    });
    checkIn.mention.forEach((key, i) => {
      if (!roleKeys.has(key)) {
        ctx.addIssue({ code: 'custom', path: [...path, 'mention', i], message: `unknown role "${key}"` });
      }
    });
  });
  template.verification.roles.forEach((key, i) => {
    if (!roleKeys.has(key)) {
      ctx.addIssue({ code: 'custom', path: ['verification', 'roles', i], message: `unknown role "${key}"` });
    }
  });
  if (rollbackMs <= 0) {
    ctx.addIssue({
      code: 'custom',
      path: ['rollback', 'window'],
      message: 'the rollback window must be longer than 0',
    });
  }
}

export type TemplateIssue = { path: string; line: number; column: number; message: string };
export type ParseTemplateResult =
  | { ok: true; template: Template; hash: string }
  | { ok: false; issues: TemplateIssue[] };

/** Parses template YAML; every problem comes back with its path and its line and column in the text. */
export function parseTemplate(text: string): ParseTemplateResult {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    return {
      ok: false,
      issues: doc.errors.map((error) => {
        const pos = lineCounter.linePos(error.pos[0]);
        return { path: '', line: pos.line, column: pos.col, message: `YAML: ${error.message.split('\n')[0]}` };
      }),
    };
  }
  const result = ZTemplate.safeParse(doc.toJS());
  if (result.success) return { ok: true, template: result.data, hash: hashTemplate(result.data) };
  const issues = result.error.issues.map((issue) => {
    const path = issue.path.map((part) => (typeof part === 'symbol' ? String(part) : part));
    const { line, column } = locate(doc, lineCounter, path);
    return { path: formatPath(path), line, column, message: describeIssue(issue) };
  });
  issues.sort((a, b) => a.line - b.line || a.column - b.column);
  return { ok: false, issues };
}

export function hashTemplate(template: Template): string {
  return createHash('sha256').update(JSON.stringify(template)).digest('hex').slice(0, 16);
}

export function formatPath(path: readonly (string | number)[]): string {
  return path.reduce<string>(
    (out, part) => (typeof part === 'number' ? `${out}[${part}]` : out ? `${out}.${part}` : part),
    '',
  );
}

export function describeIssue(issue: z.core.$ZodIssue): string {
  if (issue.code === 'unrecognized_keys') {
    return `unknown key${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}: remove or correct ${issue.keys.length > 1 ? 'them' : 'it'}`;
  }
  if (issue.code === 'invalid_type' && issue.input === undefined)
    return `missing required "${String(issue.path.at(-1))}"`;
  return issue.message;
}

/** The deepest node of the path that exists in the document gives the position (a missing key points at its parent). */
export function locate(
  doc: ReturnType<typeof parseDocument>,
  lineCounter: LineCounter,
  path: readonly (string | number)[],
): { line: number; column: number } {
  for (let depth = path.length; depth >= 0; depth--) {
    const node = doc.getIn(path.slice(0, depth), true);
    if (node && (isScalar(node) || isMap(node) || isSeq(node)) && node.range) {
      const pos = lineCounter.linePos(node.range[0]);
      return { line: pos.line, column: pos.col };
    }
  }
  return { line: 1, column: 1 };
}

/** All items of a template in order, with the phase each belongs to. */
export function templateItems(template: Template): Array<{ phase: Phase; item: Item }> {
  return template.phases.flatMap((phase) => phase.items.map((item) => ({ phase, item })));
}
