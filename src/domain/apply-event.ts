import { type Deployment, emptyItemState, isClosed, itemState } from './deployment.ts';
import { templateItems } from './template.ts';

export type DeploymentEvent =
  | { type: 'set-item'; actor: string; itemKey: string; done: boolean }
  | { type: 'set-endpoint'; actor: string; name: string; url: string };

export type AuditEntry = { actor: string; action: string; itemKey?: string; data?: Record<string, unknown> };

/** A message of the deployment that must be re-rendered from stored state after the change. */
export type RenderTarget = { kind: 'card' } | { kind: 'phase'; phaseKey: string };

export type EventResult =
  | { ok: true; deployment: Deployment; audit: AuditEntry[]; render: RenderTarget[] }
  | { ok: false; code: string; userMessage: string };

const CARD: RenderTarget = { kind: 'card' };

/** The state machine's single entry point: pure, the clock passed in, effects returned as data. */
export function applyEvent(deployment: Deployment, event: DeploymentEvent, now: Date): EventResult {
  switch (event.type) {
    case 'set-item':
      return setItem(deployment, event, now);
    case 'set-endpoint':
      return setEndpoint(deployment, event, now);
  }
}

function setItem(
  deployment: Deployment,
  event: Extract<DeploymentEvent, { type: 'set-item' }>,
  now: Date,
): EventResult {
  const found = templateItems(deployment.template).find(({ item }) => item.key === event.itemKey);
  if (!found) {
    return { ok: false, code: 'unknown-item', userMessage: 'That item is not part of this checklist any more.' };
  }
  if (isClosed(deployment)) {
    return {
      ok: false,
      code: 'deployment-closed',
      userMessage: `This deployment is ${deployment.status}; its checklist can no longer be changed.`,
    };
  }
  const current = itemState(deployment, event.itemKey);
  // A second click on a stale "Tick" button must not untick: the button says which state it asks for.
  if (current.done === event.done) return { ok: true, deployment, audit: [], render: [] };
  const next = event.done
    ? { ...current, done: true, flagged: false, by: event.actor, at: now }
    : { ...emptyItemState(event.itemKey), evidence: current.evidence, by: event.actor, at: now };
  const status = deployment.status === 'planning' && event.done ? 'in-progress' : deployment.status;
  return {
    ok: true,
    deployment: { ...deployment, status, items: { ...deployment.items, [event.itemKey]: next }, updatedAt: now },
    audit: [{ actor: event.actor, action: event.done ? 'item-ticked' : 'item-unticked', itemKey: event.itemKey }],
    render: [CARD, { kind: 'phase', phaseKey: found.phase.key }],
  };
}

function setEndpoint(
  deployment: Deployment,
  event: Extract<DeploymentEvent, { type: 'set-endpoint' }>,
  now: Date,
): EventResult {
  if (deployment.endpoints[event.name] === event.url) return { ok: true, deployment, audit: [], render: [] };
  return {
    ok: true,
    deployment: { ...deployment, endpoints: { ...deployment.endpoints, [event.name]: event.url }, updatedAt: now },
    audit: [{ actor: event.actor, action: 'endpoint-set', data: { name: event.name, url: event.url } }],
    render: [CARD],
  };
}
