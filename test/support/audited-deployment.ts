import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { planProbes, probeReportEntry, recordProbeRun } from '../../src/app/run-deployment-probes.ts';
import { applyEvent, type DeploymentEvent } from '../../src/domain/apply-event.ts';
import { DEFAULT_PROBE_SETTINGS } from '../../src/probes/probe-settings.ts';
import { runProbes } from '../../src/probes/run-probes.ts';
import { newId } from '../../src/store/ids.ts';
import type { Store } from '../../src/store/store.ts';
import { loadTemplateFile } from '../../src/templates/load-templates.ts';

/**
 * A deployment that went through everything an auditor asks about, made the way the bot makes it: the real store's
 * create and apply, the real domain (`applyEvent`), and real probes against a health endpoint on 127.0.0.1 that
 * answers 200 and then 503. Approvals, a sign-off made stale by the failing probe, a go-live with an override,
 * a check-in answered, and a rollback to the end.
 */

export const AUDITED_TEMPLATE = path.resolve('test/fixtures/templates/audited-service.yaml');

export const PEOPLE = { owner: 'UOWNER1', dev: 'UDEV1', lead: 'ULEAD1', security: 'USEC1', product: 'UPO1' };

export type AuditedDeployment = { id: string; times: Record<string, Date> };

/** A health endpoint whose answers the test sets: 200 `{"status":"ok"}` until told otherwise. */
export async function startHealthServer(): Promise<{
  url: string;
  status: { code: number };
  close: () => Promise<void>;
}> {
  const status = { code: 200 };
  const server: Server = createServer((_req, res) => {
    res.writeHead(status.code, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ status: status.code === 200 ? 'ok' : 'down' }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    status,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

const minutes = (start: Date, n: number) => new Date(start.getTime() + n * 60_000);

export async function seedAuditedDeployment(
  store: Store,
  options: {
    service: string;
    start: Date;
    health: { url: string; status: { code: number } };
    overrideReason: string;
    securityNote?: string;
  },
): Promise<AuditedDeployment> {
  const loaded = await loadTemplateFile(AUDITED_TEMPLATE);
  if (!loaded.ok) throw new Error(`fixture template: ${JSON.stringify(loaded.problems)}`);
  const { template, hash } = loaded.loaded;
  const t0 = options.start;
  const created = await store.deployments.create(
    {
      teamId: 'T0AUDIT',
      channelId: 'C0DEPLOYS',
      service: options.service,
      version: 'v2.4.1',
      environment: 'production',
      ownerId: PEOPLE.owner,
      templateName: template.name,
      templateHash: hash,
      template,
      endpoints: { url: options.health.url },
      roles: { 'tech-lead': [PEOPLE.lead], security: [PEOPLE.security], product: [PEOPLE.product] },
    },
    t0,
    () => [],
  );
  if (!created) throw new Error('not created');
  const id = created.id;
  const times: Record<string, Date> = { started: t0 };
  /** The moment `n` minutes after the start, remembered under `key` for the test's assertions. */
  const mark = (key: string, n: number): Date => {
    const at = minutes(t0, n);
    times[key] = at;
    return at;
  };

  const step = async (at: Date, event: DeploymentEvent) => {
    const result = await store.deployments.apply(
      id,
      (d) => applyEvent(d, event, at),
      () => at,
    );
    if (!result.ok) throw new Error(`${event.type} refused: ${result.code} ${result.userMessage}`);
  };

  /** As the bot's probe run does (the same planning and storing): run the item's probe, store it, apply it. */
  const probe = async (at: Date, trigger: string) => {
    const plan = planProbes(await store.deployments.load(id), ['health-ok']);
    if (plan.requests.length !== 1) throw new Error('health-ok has no probe target');
    const ran = await runProbes(plan.requests, {
      settings: { ...DEFAULT_PROBE_SETTINGS, allowPrivate: true },
      now: () => at,
    });
    const runId = newId('run');
    await recordProbeRun(store, { deploymentId: id, runId, trigger, at }, ran);
    await step(at, {
      type: 'probe-results',
      actor: PEOPLE.dev,
      runId,
      report: '',
      entries: ran.map(({ id: itemKey, result }) => probeReportEntry(itemKey, result)),
    });
    return ran[0]?.result.outcome;
  };

  await step(mark('testsTicked', 5), {
    type: 'set-item',
    actor: PEOPLE.dev,
    itemKey: 'tests-green',
    done: true,
  });
  options.health.status.code = 200;
  const first = await probe(mark('probePassed', 10), 'run-probes button');
  if (first !== 'pass') throw new Error(`the first probe run should pass, not ${first}`);
  await step(mark('leadApproved', 15), {
    type: 'sign-off',
    actor: PEOPLE.lead,
    id: `sig_lead_${id}`,
    roleKey: 'tech-lead',
    decision: 'approve',
  });
  await step(mark('securityApproved', 20), {
    type: 'sign-off',
    actor: PEOPLE.security,
    id: `sig_security_${id}`,
    roleKey: 'security',
    decision: 'approve',
    ...(options.securityNote ? { note: options.securityNote } : {}),
  });
  options.health.status.code = 503;
  const second = await probe(mark('probeFailed', 25), 'run-probes button');
  if (second !== 'fail') throw new Error(`the second probe run should fail, not ${second}`);
  await step(mark('announced', 30), {
    type: 'set-item',
    actor: PEOPLE.owner,
    itemKey: 'announce',
    done: true,
  });
  await step(mark('wentLive', 35), {
    type: 'go-live',
    actor: PEOPLE.owner,
    override: options.overrideReason,
  });
  await step(mark('checkInSent', 95), {
    type: 'check-in-sent',
    actor: 'scheduler',
    key: '1h',
    messageTs: '1700000000.000100',
  });
  await step(mark('checkInAnswered', 100), {
    type: 'check-in-answer',
    actor: PEOPLE.owner,
    key: '1h',
    answer: 'major',
    note: 'p99 latency up 40% | error rate 2x',
  });
  await step(mark('rollbackStarted', 110), {
    type: 'start-rollback',
    actor: PEOPLE.owner,
    reason: 'Error rate doubled after the 1h check-in',
  });
  await step(mark('reverted', 120), {
    type: 'set-item',
    actor: PEOPLE.owner,
    itemKey: 'revert',
    done: true,
  });
  await step(mark('rolledBack', 125), { type: 'complete-rollback', actor: PEOPLE.owner });
  return { id, times };
}
