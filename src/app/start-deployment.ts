import { homeRefreshJobs } from '../domain/home-refresh.ts';
import { JOB } from '../domain/job-kinds.ts';
import { startLimitRefusal } from '../domain/start-limits.ts';
import type { Template } from '../domain/template.ts';
import { AppError } from '../errors.ts';
import { KeyedMutex } from '../store/keyed-mutex.ts';
import type { LoadedTemplate } from '../templates/load-templates.ts';
import type { StartRequest } from './core.ts';
import type { CoreDeps } from './core-deps.ts';
import { onlyOpenedHomes } from './home.ts';

/** The template's default assignees (user groups expanded), replaced role by role by `--role` flags. */
async function initialRoles(
  template: Template,
  flags: StartRequest['roleFlags'],
  deps: CoreDeps,
): Promise<Record<string, string[]>> {
  const roles: Record<string, string[]> = {};
  for (const role of template.roles) {
    const group = role.defaultAssignees.userGroup ? await deps.userGroups.members(role.defaultAssignees.userGroup) : [];
    const users = [...new Set([...role.defaultAssignees.users, ...group])];
    if (users.length > 0) roles[role.key] = users;
  }
  const fromFlags = new Map<string, string[]>();
  for (const flag of flags) fromFlags.set(flag.role, [...(fromFlags.get(flag.role) ?? []), ...flag.users]);
  for (const [role, users] of fromFlags) roles[role] = [...new Set(users)];
  return roles;
}

/**
 * Opens a deployment: its template snapshot, roles, audit row and first jobs (the card, then the phases) in one
 * transaction. A start replayed after a crash (same request key) creates nothing and answers without an id.
 */
export async function startDeployment(
  deps: CoreDeps,
  start: StartRequest,
  { responseUrl, requestKey }: { responseUrl: string; requestKey?: string | undefined },
  correlationId: string | undefined,
): Promise<{ deploymentId: string | undefined }> {
  const loaded = deps.templates.templates.get(start.templateName);
  if (!loaded) throw new Error(`template ${start.templateName} vanished`);
  // Counted and created one at a time per channel, so a burst cannot slip past the limit together (per replica; a
  // burst spread over N replicas may pass it by N-1).
  return starts.run(`${start.teamId}:${start.channelId}`, async () => {
    const now = deps.now();
    const counts = await deps.store.deployments.startCounts(start, new Date(now.getTime() - 60_000));
    const refusal = startLimitRefusal(counts, deps.startLimits);
    if (refusal) throw new AppError(refusal.code, { userMessage: refusal.userMessage });
    return create(deps, start, loaded, now, { responseUrl, requestKey }, correlationId);
  });
}

const starts = new KeyedMutex();

async function create(
  deps: CoreDeps,
  start: StartRequest,
  loaded: LoadedTemplate,
  now: Date,
  { responseUrl, requestKey }: { responseUrl: string; requestKey?: string | undefined },
  correlationId: string | undefined,
): Promise<{ deploymentId: string | undefined }> {
  const opened = await onlyOpenedHomes(deps.store, now);
  const deployment = await deps.store.deployments.create(
    {
      teamId: start.teamId,
      channelId: start.channelId,
      service: start.service,
      version: start.version,
      environment: start.environment,
      ownerId: start.ownerId,
      templateName: start.templateName,
      templateHash: loaded.hash,
      template: loaded.template,
      endpoints: start.endpoints,
      roles: await initialRoles(loaded.template, start.roleFlags, deps),
      ...(start.pipeline ? { pipeline: start.pipeline } : {}),
      ...(start.pipelineKey ? { pipelineKey: start.pipelineKey } : {}),
      ...(start.startedBy ? { startedBy: start.startedBy } : {}),
    },
    now,
    (created) => [
      { deploymentId: created.id, kind: JOB.postCard, dueAt: now, payload: { responseUrl } },
      { deploymentId: created.id, kind: JOB.postPhases, dueAt: now },
      // The owner and the assignees see it on their Home (those who opened it).
      ...opened(homeRefreshJobs(undefined, created, now)),
    ],
    correlationId,
    requestKey,
  );
  deps.kick();
  return { deploymentId: deployment?.id };
}
