import { Document, isScalar, isSeq, visit } from 'yaml';
import type { CheckIn, Item, Phase, Role, Template } from '../domain/template.ts';

/** Lists of keys read best on one line: `covers: [health-check, tls-valid]`. */
const MAX_FLOW_WIDTH = 110;
const FLOW_LISTS = new Set(['covers', 'items', 'probes', 'mention', 'roles', 'users', 'paths', 'require']);

/**
 * Template YAML meant to be read and edited by people: keys in a fixed order, values equal to the defaults left
 * out (so a file shows what is particular to it), short key lists on one line. The same template always gives
 * the same text, so re-importing a document shows no diff.
 */
export function writeTemplateYaml(template: Template, options: { header?: string } = {}): string {
  const doc = new Document(templateForYaml(template));
  visit(doc, {
    Pair(_, pair) {
      const key = (pair.key as { value?: unknown } | null)?.value;
      if (typeof key === 'string' && FLOW_LISTS.has(key) && isSeq(pair.value) && pair.value.items.length > 0) {
        // A phase's `items` holds maps, a check-in's `items` holds keys: only a list of scalars goes on one line.
        const scalars = pair.value.items.filter((entry) => isScalar(entry));
        // Flow only while it fits one line; a wrapped `[ … ]` reads worse than a block list.
        const width = scalars.reduce((sum, entry) => sum + String(entry.value).length + 2, key.length + 14);
        if (scalars.length === pair.value.items.length && width <= MAX_FLOW_WIDTH) pair.value.flow = true;
      }
    },
  });
  if (options.header) doc.commentBefore = options.header;
  return doc.toString({ lineWidth: 120, minContentWidth: 40, flowCollectionPadding: false });
}

function templateForYaml(template: Template): Record<string, unknown> {
  const out: Record<string, unknown> = { name: template.name, title: template.title };
  if (template.description) out.description = template.description;
  if (template.source) out.source = template.source;
  if (template.endpoints.length > 0) {
    out.endpoints = template.endpoints.map((endpoint) =>
      compact({ key: endpoint.key, description: endpoint.description }),
    );
  }
  const sod = template.separationOfDuties;
  if (sod.ownerMaySignRequired || sod.onePersonManyRequiredRoles) out.separationOfDuties = { ...sod };
  if (template.roles.length > 0) out.roles = template.roles.map(roleForYaml);
  out.phases = template.phases.map(phaseForYaml);
  if (template.checkIns.length > 0) out.checkIns = template.checkIns.map(checkInForYaml);
  if (template.checkInPolicy.escalateAfter !== '30m') out.checkInPolicy = { ...template.checkInPolicy };
  out.rollback = { ...template.rollback, procedure: [...template.rollback.procedure] };
  if (template.rollback.procedure.length === 0) delete (out.rollback as Record<string, unknown>).procedure;
  if (template.verification.roles.length > 0) out.verification = { roles: [...template.verification.roles] };
  return out;
}

function roleForYaml(role: Role): Record<string, unknown> {
  const assignees = role.defaultAssignees;
  return compact({
    key: role.key,
    title: role.title,
    required: role.required ? undefined : false,
    description: role.description,
    defaultAssignees: assignees.users.length > 0 || assignees.userGroup ? compact({ ...assignees }) : undefined,
    covers: role.covers.length > 0 ? [...role.covers] : undefined,
  });
}

function phaseForYaml(phase: Phase): Record<string, unknown> {
  return { key: phase.key, title: phase.title, kind: phase.kind, items: phase.items.map(itemForYaml) };
}

function itemForYaml(item: Item): Record<string, unknown> {
  const probe = item.probe
    ? compact({
        kind: item.probe.kind,
        target: item.probe.target,
        required: item.probe.required ? undefined : false,
        options: Object.keys(item.probe.options).length > 0 ? item.probe.options : undefined,
      })
    : undefined;
  return compact({
    key: item.key,
    text: item.text,
    required: item.required ? undefined : false,
    section: item.section,
    parent: item.parent,
    detail: item.detail,
    probe,
  });
}

function checkInForYaml(checkIn: CheckIn): Record<string, unknown> {
  return compact({
    key: checkIn.key,
    after: checkIn.after,
    title: checkIn.title,
    items: checkIn.items.length > 0 ? [...checkIn.items] : undefined,
    probes: checkIn.probes.length > 0 ? [...checkIn.probes] : undefined,
    mention: checkIn.mention.length > 0 ? [...checkIn.mention] : undefined,
  });
}

function compact(record: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined));
}
