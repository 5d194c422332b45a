import type { App, RespondFn } from '@slack/bolt';
import { z } from 'zod';
import type { DeploymentSummary, StartRequest } from '../../app/core.ts';
import type { ReportRequest } from '../../app/report-upload.ts';
import type { DeploymentEvent } from '../../domain/apply-event.ts';
import { isClosed } from '../../domain/deployment.ts';
import { HELP_TEXT, type ParsedCommand, parseCommand } from '../../domain/parse-command.ts';
import { escapeMrkdwn, progressBar } from '../../domain/render/mrkdwn.ts';
import { renderStatsBlocks } from '../../domain/render/render-stats.ts';
import { deploymentTitle } from '../../domain/render/render-summary-card.ts';
import { VERSION } from '../../version.ts';
import { type AppDeps, acknowledgeChange, depsForRequest, type ListenerDeps } from '../deps.ts';

export const COMMAND = '/deploy-checklist';
const DEFAULT_TEMPLATE = 'web-service';

/** The fields we use from Slack's slash-command payload; anything else Slack adds is ignored. */
const ZCommandPayload = z.object({
  text: z.string().default(''),
  user_id: z.string().min(1),
  channel_id: z.string().min(1),
  team_id: z.string().min(1),
  response_url: z.string().url(),
});
type CommandPayload = z.infer<typeof ZCommandPayload>;

export function registerDeployChecklistCommand(app: App, appDeps: AppDeps): void {
  app.command(COMMAND, async ({ command, ack, respond, context }) => {
    const deps = depsForRequest(appDeps, context);
    const payload = ZCommandPayload.safeParse(command);
    if (!payload.success) {
      await ack({
        response_type: 'ephemeral',
        text: 'That request from Slack was incomplete; please try the command again.',
      });
      return;
    }
    const parsed = parseCommand(payload.data.text);
    // Answers that need no I/O go back in the ack itself; everything else acks first and answers after.
    if (parsed.kind === 'help')
      return void (await ack({ response_type: 'ephemeral', text: `${HELP_TEXT}\n_deploy-checklist ${VERSION}_` }));
    if (parsed.kind === 'invalid') return void (await ack({ response_type: 'ephemeral', text: parsed.message }));
    if (parsed.kind === 'templates') return void (await ack({ response_type: 'ephemeral', text: templatesText(deps) }));
    if (parsed.kind === 'start') {
      const templateName = parsed.template ?? DEFAULT_TEMPLATE;
      const problem = startProblem(parsed, templateName, deps);
      if (problem) return void (await ack({ response_type: 'ephemeral', text: problem }));
      // After the ack, a failure reaches the app's error handler, which answers the user (src/slack/listener-errors.ts).
      await start(parsed, templateName, payload.data, deps, () => ack());
      return;
    }
    if (parsed.kind === 'report') return report(parsed, payload.data, deps, ack, respond);
    await ack();
    switch (parsed.kind) {
      case 'list':
        return list(payload.data, deps, respond);
      case 'status':
        return status(parsed.service, payload.data, deps, respond);
      case 'version':
        return changeVersion(parsed, payload.data, deps, respond);
      case 'cancel':
        return cancel(parsed, payload.data, deps, respond);
      case 'stats':
        return stats(parsed, payload.data, deps, respond);
    }
  });
}

function startProblem(
  parsed: Extract<ParsedCommand, { kind: 'start' }>,
  templateName: string,
  deps: ListenerDeps,
): string | undefined {
  if (deps.templates.templates.has(templateName)) return undefined;
  const names = [...deps.templates.templates.keys()].sort();
  return `There is no template called \`${escapeMrkdwn(templateName)}\`. Available: ${names.map((n) => `\`${n}\``).join(', ') || 'none'}.\nFor example: \`/deploy-checklist start ${escapeMrkdwn(parsed.service)} ${escapeMrkdwn(parsed.version)} ${escapeMrkdwn(parsed.environment)} --template ${names[0] ?? DEFAULT_TEMPLATE}\``;
}

/** Opens the thread: journaled before the ack, so an acknowledged start survives a crash (src/inbox). */
async function start(
  parsed: Extract<ParsedCommand, { kind: 'start' }>,
  templateName: string,
  payload: CommandPayload,
  deps: ListenerDeps,
  ack: () => Promise<void>,
): Promise<void> {
  const request: StartRequest = {
    teamId: payload.team_id,
    channelId: payload.channel_id,
    service: parsed.service,
    version: parsed.version,
    environment: parsed.environment,
    ownerId: payload.user_id,
    templateName,
    endpoints: parsed.url ? { url: parsed.url } : {},
    roleFlags: parsed.roles,
  };
  const responseUrl = payload.response_url;
  await acknowledgeChange(deps, ack, { op: 'create', request, responseUrl }, (requestKey) =>
    deps.core.create(request, { responseUrl, requestKey }),
  );
}

/**
 * `report`: acks at once (with nothing shown: the one answer follows from the core, where the report will appear or
 * what exists when the name matches nothing), journals the request (src/inbox), and the outbox uploads the report
 * into the deployment's thread. Anyone in the channel may ask: it is a read.
 */
async function report(
  parsed: Extract<ParsedCommand, { kind: 'report' }>,
  payload: CommandPayload,
  deps: ListenerDeps,
  ack: () => Promise<void>,
  respond: RespondFn,
): Promise<void> {
  const request: ReportRequest = {
    teamId: payload.team_id,
    actor: payload.user_id,
    target:
      'deploymentId' in parsed
        ? { deploymentId: parsed.deploymentId }
        : { service: parsed.service, ...(parsed.environment ? { environment: parsed.environment } : {}) },
  };
  const outcome = await acknowledgeChange(
    deps,
    () => ack(),
    { op: 'request-report', request },
    (requestKey) => deps.core.requestReport({ ...request, requestKey }),
  );
  await respond({
    response_type: 'ephemeral',
    text: outcome.ok
      ? `The report of *${escapeMrkdwn(outcome.title)}* will appear in its thread in <#${outcome.channelId}> in a moment${outcome.threadPosted ? '' : ', once its card is posted'}.`
      : outcome.userMessage,
  });
}

async function list(payload: CommandPayload, deps: ListenerDeps, respond: RespondFn): Promise<void> {
  const open = await deps.core.listOpenInChannel(payload.team_id, payload.channel_id);
  if (open.length === 0) {
    await respond({
      response_type: 'ephemeral',
      text: 'No open deployments in this channel. Start one with `/deploy-checklist start payments-api v2.4.1 production`.',
    });
    return;
  }
  await respond({
    response_type: 'ephemeral',
    text: [`*Open deployments in this channel (${open.length})*`, ...open.map((d) => `• ${summaryLine(d)}`)].join('\n'),
  });
}

async function status(service: string, payload: CommandPayload, deps: ListenerDeps, respond: RespondFn): Promise<void> {
  const found = await deps.core.findByService(payload.team_id, service);
  if (found.length === 0) {
    await respond({
      response_type: 'ephemeral',
      text: `No deployment of \`${escapeMrkdwn(service)}\` yet. Start one with \`/deploy-checklist start ${escapeMrkdwn(service)} v1.0.0 production\`.`,
    });
    return;
  }
  const lines = found.map((deployment) => {
    const phases = deployment.phases
      .map((p) => `   \`${progressBar(p.done, p.total)}\` ${escapeMrkdwn(p.title)} ${p.done}/${p.total}`)
      .join('\n');
    return `• ${summaryLine(deployment)}\n${phases}`;
  });
  await respond({ response_type: 'ephemeral', text: lines.join('\n') });
}

/** The one open deployment a command names, or the answer that explains why there is not exactly one. */
async function findOpenDeployment(
  deps: ListenerDeps,
  payload: CommandPayload,
  target: { service: string; environment?: string },
  example: string,
): Promise<{ ok: true; deployment: DeploymentSummary } | { ok: false; text: string }> {
  const open = (await deps.core.findByService(payload.team_id, target.service)).filter(
    (d) => !isClosed(d) && (!target.environment || d.environment.toLowerCase() === target.environment.toLowerCase()),
  );
  if (open.length === 1) return { ok: true, deployment: open[0] as DeploymentSummary };
  const problem =
    open.length === 0
      ? `No open deployment of \`${escapeMrkdwn(target.service)}\`${target.environment ? ` to ${escapeMrkdwn(target.environment)}` : ''}.`
      : `\`${escapeMrkdwn(target.service)}\` has open deployments to ${open.map((d) => escapeMrkdwn(d.environment)).join(', ')}: name the environment.`;
  return { ok: false, text: `${problem}\nFor example: \`${example}\`` };
}

/**
 * `version` and `cancel`: find the one open deployment the command names, apply the change, and tell the user how
 * it went (or why not).
 */
async function changeNamedDeployment(
  target: { service: string; environment?: string },
  example: string,
  toEvent: (actor: string) => DeploymentEvent,
  done: (deployment: DeploymentSummary) => string,
  payload: CommandPayload,
  deps: ListenerDeps,
  respond: RespondFn,
): Promise<void> {
  const found = await findOpenDeployment(deps, payload, target, example);
  if (!found.ok) return void (await respond({ response_type: 'ephemeral', text: found.text }));
  const result = await deps.core.apply(found.deployment.id, toEvent(payload.user_id));
  await respond({ response_type: 'ephemeral', text: result.ok ? done(found.deployment) : result.userMessage });
}

function changeVersion(
  parsed: Extract<ParsedCommand, { kind: 'version' }>,
  payload: CommandPayload,
  deps: ListenerDeps,
  respond: RespondFn,
) {
  return changeNamedDeployment(
    parsed,
    `/deploy-checklist version ${escapeMrkdwn(parsed.service)} v2.4.2 production`,
    (actor) => ({ type: 'set-version', actor, version: parsed.version }),
    (deployment) =>
      `Version of ${escapeMrkdwn(deployment.service)} set to ${escapeMrkdwn(parsed.version)}; sign-offs given before are stale.`,
    payload,
    deps,
    respond,
  );
}

function cancel(
  parsed: Extract<ParsedCommand, { kind: 'cancel' }>,
  payload: CommandPayload,
  deps: ListenerDeps,
  respond: RespondFn,
) {
  return changeNamedDeployment(
    parsed,
    `/deploy-checklist cancel ${escapeMrkdwn(parsed.service)} production`,
    (actor) => ({ type: 'cancel', actor, reason: '' }),
    (deployment) => `Cancelled ${escapeMrkdwn(deploymentTitle(deployment))}.`,
    payload,
    deps,
    respond,
  );
}

/** `stats [service] [--days N]`: the workspace's figures, counted in the database, as an ephemeral answer. */
async function stats(
  parsed: Extract<ParsedCommand, { kind: 'stats' }>,
  payload: CommandPayload,
  deps: ListenerDeps,
  respond: RespondFn,
): Promise<void> {
  const figures = await deps.core.stats({
    teamId: payload.team_id,
    days: parsed.days,
    ...(parsed.service ? { service: parsed.service } : {}),
  });
  await respond({ response_type: 'ephemeral', ...renderStatsBlocks(figures) });
}

function summaryLine(deployment: DeploymentSummary): string {
  const progress = deployment.phases;
  const done = progress.reduce((sum, p) => sum + p.done, 0);
  const total = progress.reduce((sum, p) => sum + p.total, 0);
  const where = deployment.threadTs ? ` in <#${deployment.channelId}>` : '';
  return `*${escapeMrkdwn(deploymentTitle(deployment))}*: ${deployment.status}, ${done}/${total} items, owner <@${deployment.ownerId}>${where}`;
}

function templatesText(deps: ListenerDeps): string {
  const loaded = [...deps.templates.templates.values()].sort((a, b) => a.template.name.localeCompare(b.template.name));
  if (loaded.length === 0) return "No templates are loaded. Check the bot's log for template errors.";
  const lines = loaded.map(({ template }) => {
    const items = template.phases.reduce((sum, phase) => sum + phase.items.length, 0);
    const source = template.source ? ` (from ${escapeMrkdwn(template.source)})` : '';
    return `• \`${template.name}\`: ${escapeMrkdwn(template.title)}, ${template.phases.length} phases, ${items} items${source}`;
  });
  const problems =
    deps.templates.problems.length > 0
      ? `\n_${deps.templates.problems.length} template file(s) could not be loaded; see the bot's log._`
      : '';
  return `*Templates*\n${lines.join('\n')}\nUse one with \`--template NAME\`.${problems}`;
}
