import { type Deployment, itemState, type SignOffRecord } from './deployment.ts';
import { escapeMrkdwn, mentionUser, personText } from './render/mrkdwn.ts';
import type { Role, Template } from './template.ts';

export type RoleStatus = 'approved' | 'rejected' | 'stale' | 'awaiting';

export type RoleView = {
  role: Role;
  assignees: string[];
  status: RoleStatus;
  /** The sign-off that decides the status (the latest current one), if any. */
  current: SignOffRecord | undefined;
  /** The latest sign-off that went stale, to say why the role needs signing again. */
  lastStale: SignOffRecord | undefined;
};

/** The latest sign-off of a role that has not gone stale decides it: one approval from any assignee is enough. */
export function currentSignOff(deployment: Deployment, roleKey: string): SignOffRecord | undefined {
  return deployment.signOffs.filter((s) => s.roleKey === roleKey && s.staleAt === null).at(-1);
}

export function roleViews(deployment: Deployment): RoleView[] {
  return deployment.template.roles.map((role) => {
    const current = currentSignOff(deployment, role.key);
    const lastStale = deployment.signOffs.filter((s) => s.roleKey === role.key && s.staleAt !== null).at(-1);
    const status: RoleStatus = current
      ? current.decision === 'approve'
        ? 'approved'
        : 'rejected'
      : lastStale
        ? 'stale'
        : 'awaiting';
    return { role, assignees: deployment.roles[role.key] ?? [], status, current, lastStale };
  });
}

export function rolesHeldBy(deployment: Deployment, userId: string): Role[] {
  return deployment.template.roles.filter((role) => (deployment.roles[role.key] ?? []).includes(userId));
}

/** The roles a person may record post-deployment verification for: the template's verifiers (any role if none). */
export function verifierRolesHeldBy(deployment: Deployment, userId: string): Role[] {
  const named = deployment.template.verification.roles;
  return rolesHeldBy(deployment, userId).filter((role) => named.length === 0 || named.includes(role.key));
}

/** Who verifies, in words: the refusal shown to anyone else. */
export function verifierRefusal(deployment: Deployment): string {
  const named = deployment.template.verification.roles;
  const titles = deployment.template.roles
    .filter((role) => named.length === 0 || named.includes(role.key))
    .map((role) => escapeMrkdwn(role.title));
  return `Post-deployment verification is recorded by the people assigned to ${titles.join(', ') || 'a role'}.`;
}

export type SignCheck = { ok: true } | { ok: false; code: string; message: string };

function whoCanSign(deployment: Deployment, role: Role): string {
  const assignees = deployment.roles[role.key] ?? [];
  if (assignees.length === 0)
    return `Nobody is assigned to *${escapeMrkdwn(role.title)}* yet: the owner can assign it with *Assign roles* on the card.`;
  return `*${escapeMrkdwn(role.title)}* can be signed by ${assignees.map(mentionUser).join(', ')}.`;
}

/** Separation of duties and assignment: may this person sign this role now? */
export function maySign(deployment: Deployment, roleKey: string, userId: string): SignCheck {
  const role = deployment.template.roles.find((r) => r.key === roleKey);
  if (!role) return { ok: false, code: 'unknown-role', message: 'That role is not part of this deployment.' };
  if (!(deployment.roles[role.key] ?? []).includes(userId)) {
    return {
      ok: false,
      code: 'not-assigned',
      message: `You are not assigned to this role. ${whoCanSign(deployment, role)}`,
    };
  }
  const rules = deployment.template.separationOfDuties;
  if (role.required && userId === deployment.ownerId && !rules.ownerMaySignRequired) {
    return {
      ok: false,
      code: 'owner-cannot-sign',
      message: `You started this deployment, so you cannot sign the required role *${escapeMrkdwn(role.title)}* (separation of duties). ${whoCanSign(deployment, role)}`,
    };
  }
  if (role.required && !rules.onePersonManyRequiredRoles) {
    const other = deployment.template.roles.find(
      (r) => r.key !== role.key && r.required && currentSignOff(deployment, r.key)?.userId === userId,
    );
    if (other) {
      return {
        ok: false,
        code: 'one-person-two-roles',
        message: `You already signed *${escapeMrkdwn(other.title)}*; one person cannot sign two required roles. ${whoCanSign(deployment, role)}`,
      };
    }
  }
  return { ok: true };
}

/** Whether a role's sign-off vouches for an item: listed directly, through its phase, or by default all required pre-deployment items. */
export function roleCoversItem(role: Role, template: Template, itemKey: string): boolean {
  const phase = template.phases.find((p) => p.items.some((item) => item.key === itemKey));
  if (!phase) return false;
  if (role.covers.length === 0) {
    return phase.kind === 'pre' && phase.items.some((item) => item.key === itemKey && item.required);
  }
  return role.covers.includes(itemKey) || role.covers.includes(phase.key);
}

export type StaleTrigger =
  | { kind: 'item-unticked'; itemKey: string }
  | { kind: 'probe-failed'; itemKey: string }
  | { kind: 'version-changed'; from: string; to: string }
  | { kind: 'unassigned'; roleKey: string; userIds: string[] };

/**
 * Marks the current sign-offs a change invalidates as stale, with the reason shown on the card. Only approvals
 * go stale on item and probe changes (a rejection still stands); a new version invalidates every decision.
 */
export function markStale(
  deployment: Deployment,
  trigger: StaleTrigger,
  now: Date,
): { signOffs: SignOffRecord[]; stale: SignOffRecord[] } {
  const template = deployment.template;
  const text = (key: string) =>
    template.phases
      .flatMap((p) => p.items)
      .find((item) => item.key === key)
      ?.text.slice(0, 120) ?? key;
  const affects = (signOff: SignOffRecord): string | undefined => {
    if (signOff.staleAt !== null) return undefined;
    const role = template.roles.find((r) => r.key === signOff.roleKey);
    if (!role) return undefined;
    switch (trigger.kind) {
      case 'item-unticked': {
        const item = template.phases.flatMap((p) => p.items).find((i) => i.key === trigger.itemKey);
        if (signOff.decision !== 'approve' || !item?.required || !roleCoversItem(role, template, trigger.itemKey)) {
          return undefined;
        }
        return `"${text(trigger.itemKey)}" was unticked after signing`;
      }
      case 'probe-failed':
        if (signOff.decision !== 'approve' || !roleCoversItem(role, template, trigger.itemKey)) return undefined;
        return `the probe of "${text(trigger.itemKey)}" passed before but fails now`;
      case 'version-changed':
        return `the version changed from ${trigger.from} to ${trigger.to}`;
      case 'unassigned':
        return signOff.roleKey === trigger.roleKey && trigger.userIds.includes(signOff.userId)
          ? 'the signer is no longer assigned to the role'
          : undefined;
    }
  };
  const stale: SignOffRecord[] = [];
  const signOffs = deployment.signOffs.map((signOff) => {
    const reason = affects(signOff);
    if (!reason) return signOff;
    const updated = { ...signOff, staleAt: now, staleReason: reason };
    stale.push(updated);
    return updated;
  });
  return { signOffs, stale };
}

/** Everything that stands between this deployment and go-live, in words a release manager can act on. */
export function goLiveBlockers(deployment: Deployment): string[] {
  const blockers: string[] = [];
  for (const view of roleViews(deployment)) {
    if (!view.role.required || view.status === 'approved') continue;
    const title = escapeMrkdwn(view.role.title);
    const assigned =
      view.assignees.length > 0 ? `assigned: ${view.assignees.map(mentionUser).join(', ')}` : 'nobody assigned';
    if (view.status === 'rejected' && view.current) {
      blockers.push(
        `Sign-off rejected: *${title}* by ${mentionUser(view.current.userId)}: ${personText(view.current.reason ?? '')}`,
      );
    } else if (view.status === 'stale' && view.lastStale) {
      blockers.push(
        `Sign-off stale: *${title}* (${personText(view.lastStale.staleReason ?? 'changed since')}; ${assigned})`,
      );
    } else {
      blockers.push(`Sign-off missing: *${title}* (${assigned})`);
    }
  }
  for (const open of itemsBlockingGoLive(deployment)) {
    blockers.push(
      open.probeFailing === null
        ? `Required item open: ${escapeMrkdwn(open.text)} (${escapeMrkdwn(open.phase)})`
        : `Required probe failing: ${escapeMrkdwn(open.text)}: ${escapeMrkdwn(open.probeFailing)}`,
    );
  }
  return blockers;
}

/**
 * The items that stand between this deployment and go-live: required pre-deployment items not done, then items
 * whose required probe is failing (with its summary). The go-live override records their keys (stats count them).
 */
export function itemsBlockingGoLive(
  deployment: Deployment,
): Array<{ key: string; text: string; phase: string; probeFailing: string | null }> {
  const open = deployment.template.phases
    .filter((p) => p.kind === 'pre')
    .flatMap((phase) =>
      phase.items
        .filter((item) => item.required && !itemState(deployment, item.key).done)
        .map((item) => ({ key: item.key, text: item.text, phase: phase.title, probeFailing: null })),
    );
  const failing = deployment.template.phases.flatMap((phase) =>
    phase.items.flatMap((item) => {
      const evidence = itemState(deployment, item.key).evidence;
      return item.probe?.required && evidence?.outcome === 'fail'
        ? [{ key: item.key, text: item.text, phase: phase.title, probeFailing: evidence.summary }]
        : [];
    }),
  );
  return [...open, ...failing];
}
