import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { loadConfig, ZEnv } from '../../src/config.ts';

// The manifests in deploy/kubernetes are checked against the bot itself, so a renamed variable, a moved route or
// a longer shutdown cannot leave them behind.

const DIR = path.resolve(import.meta.dirname, '../../deploy/kubernetes');
const PACKAGE = JSON.parse(readFileSync(path.resolve(DIR, '../../package.json'), 'utf8')) as { version: string };

type Manifest = { apiVersion: string; kind: string; metadata: { name: string }; [key: string]: unknown };
type EnvVar = {
  name: string;
  value?: string;
  valueFrom?: { secretKeyRef: { name: string; key: string; optional?: boolean } };
};
type Probe = {
  httpGet: { path: string; port: string | number };
  periodSeconds?: number;
  timeoutSeconds?: number;
  failureThreshold?: number;
};
type Container = {
  name: string;
  image: string;
  ports: Array<{ name: string; containerPort: number }>;
  env: EnvVar[];
  startupProbe: Probe;
  livenessProbe: Probe;
  readinessProbe: Probe;
  lifecycle?: { preStop?: { exec?: { command: string[] } } };
  securityContext: Record<string, unknown> & { capabilities?: { drop?: string[] } };
  volumeMounts: Array<{ name: string; mountPath: string; readOnly?: boolean }>;
};
type PodSpec = {
  terminationGracePeriodSeconds: number;
  securityContext: Record<string, unknown>;
  containers: Container[];
  volumes: Array<{ name: string; emptyDir?: unknown }>;
};

function load(file: string): Manifest[] {
  const documents = parseAllDocuments(readFileSync(path.join(DIR, file), 'utf8'));
  return documents.map((document) => {
    expect(document.errors, `${file} parses`).toEqual([]);
    return document.toJS() as Manifest;
  });
}

const all = readdirSync(DIR)
  .filter((file) => /\.ya?ml$/.test(file))
  .flatMap((file) => load(file).map((manifest) => ({ file, manifest })));
const only = (kind: string) => {
  const found = all.filter(({ manifest }) => manifest.kind === kind);
  expect(found, `one ${kind}`).toHaveLength(1);
  return (found[0] as { manifest: Manifest }).manifest;
};

const deployment = only('Deployment') as Manifest & {
  spec: {
    replicas: number;
    selector: { matchLabels: Record<string, string> };
    template: { metadata: { labels: Record<string, string> }; spec: PodSpec };
  };
};
const pod = deployment.spec.template.spec;
const container = pod.containers[0] as Container;
const secret = only('Secret') as Manifest & { stringData: Record<string, string> };
const service = only('Service') as Manifest & {
  spec: { selector: Record<string, string>; ports: Array<{ port: number; targetPort: string | number }> };
};
const budget = only('PodDisruptionBudget') as Manifest & {
  spec: { minAvailable: number; selector: { matchLabels: Record<string, string> } };
};
const kustomization = only('Kustomization') as Manifest & {
  resources: string[];
  images: Array<{ name: string; newName: string; newTag: string }>;
};

/** The environment the container gets: its literal values plus the Secret template's values for its references. */
function containerEnvironment(): Record<string, string> {
  const env: Record<string, string> = {};
  for (const variable of container.env) {
    if (variable.value !== undefined) env[variable.name] = variable.value;
    const ref = variable.valueFrom?.secretKeyRef;
    if (ref && secret.stringData[ref.key] !== undefined) env[variable.name] = secret.stringData[ref.key] as string;
  }
  return env;
}

describe('deploy/kubernetes', () => {
  it('sets only variables the bot reads, and the bot starts with them (the Secret template filled in)', () => {
    const known = Object.keys(ZEnv.shape);
    expect(container.env.map((variable) => variable.name).filter((name) => !known.includes(name))).toEqual([]);
    expect(Object.keys(secret.stringData).filter((name) => !known.includes(name))).toEqual([]);
    expect(() => loadConfig(containerEnvironment())).not.toThrow();
  });

  it('takes every secret from the Secret, which the template provides unless the reference is optional', () => {
    for (const variable of container.env) {
      const ref = variable.valueFrom?.secretKeyRef;
      if (!ref) continue;
      expect(ref.name).toBe(secret.metadata.name);
      if (!ref.optional) expect(Object.keys(secret.stringData)).toContain(ref.key);
    }
    const fromSecret = container.env.filter((variable) => variable.valueFrom).map((variable) => variable.name);
    expect(fromSecret).toEqual(expect.arrayContaining(['SLACK_BOT_TOKEN', 'SLACK_SIGNING_SECRET', 'DATABASE_URL']));
    expect(
      container.env.filter((variable) => /TOKEN|SECRET|DATABASE_URL/.test(variable.name) && variable.value),
    ).toEqual([]);
  });

  it('runs 2 replicas on PostgreSQL, which replicas need', () => {
    expect(deployment.spec.replicas).toBe(2);
    expect(loadConfig(containerEnvironment()).databaseUrl).toMatch(/^postgresql:\/\//);
  });

  it('probes /health for liveness and start, /ready for readiness, on the port the bot listens on', () => {
    const config = loadConfig(containerEnvironment());
    const port = container.ports.find((candidate) => candidate.containerPort === config.port);
    expect(port, `a container port for PORT ${config.port}`).toBeDefined();
    for (const probe of [container.startupProbe, container.livenessProbe, container.readinessProbe])
      expect([port?.name, port?.containerPort]).toContain(probe.httpGet.port);
    expect(container.livenessProbe.httpGet.path).toBe('/health');
    expect(container.startupProbe.httpGet.path).toBe('/health');
    expect(container.readinessProbe.httpGet.path).toBe('/ready');
    // Every /ready check answers within 2 s; a shorter probe timeout would fail a healthy but slow answer.
    expect(container.readinessProbe.timeoutSeconds ?? 1).toBeGreaterThan(2);
    // Startup may wait for PostgreSQL up to DATABASE_STARTUP_WAIT_SECONDS before /health answers.
    const startupBudget = (container.startupProbe.periodSeconds ?? 10) * (container.startupProbe.failureThreshold ?? 3);
    expect(startupBudget).toBeGreaterThan(loadConfig(containerEnvironment()).database.startupWaitSeconds);
  });

  it('gives a stopping pod longer than its preStop pause plus SHUTDOWN_TIMEOUT_SECONDS', () => {
    const shutdownSeconds = loadConfig(containerEnvironment()).shutdownTimeoutMs / 1000;
    const command = container.lifecycle?.preStop?.exec?.command ?? [];
    const pause = command[0] === 'sleep' ? Number(command[1]) : 0;
    expect(pod.terminationGracePeriodSeconds).toBeGreaterThan(pause + shutdownSeconds);
  });

  it('runs as a non-root user on a read-only root filesystem, writable only at /tmp', () => {
    expect(pod.securityContext).toMatchObject({ runAsNonRoot: true });
    expect(pod.securityContext.runAsUser).toBeGreaterThan(0);
    expect(container.securityContext).toMatchObject({ readOnlyRootFilesystem: true, allowPrivilegeEscalation: false });
    expect(container.securityContext.capabilities?.drop).toEqual(['ALL']);
    expect(container.volumeMounts.filter((mount) => !mount.readOnly).map((mount) => mount.mountPath)).toEqual(['/tmp']);
    const tmp = pod.volumes.find((volume) => volume.name === container.volumeMounts[0]?.name);
    expect(tmp?.emptyDir).toBeDefined();
  });

  it('routes the Service and the PodDisruptionBudget to these pods, and the budget leaves one replica up', () => {
    const labels = deployment.spec.template.metadata.labels;
    expect(labels).toMatchObject(deployment.spec.selector.matchLabels);
    expect(labels).toMatchObject(service.spec.selector);
    expect(labels).toMatchObject(budget.spec.selector.matchLabels);
    const target = service.spec.ports[0]?.targetPort;
    expect(container.ports.some((port) => port.name === target || port.containerPort === target)).toBe(true);
    expect(budget.spec.minAvailable).toBeGreaterThanOrEqual(1);
    expect(budget.spec.minAvailable).toBeLessThan(deployment.spec.replicas);
  });

  it('kustomization applies the Deployment, Service and budget (not the Secret template) at the current version', () => {
    const files = new Map(all.map(({ file, manifest }) => [file, manifest.kind]));
    expect(kustomization.resources.map((file) => files.get(file)).sort()).toEqual([
      'Deployment',
      'PodDisruptionBudget',
      'Service',
    ]);
    expect(kustomization.images).toEqual([expect.objectContaining({ name: container.image, newTag: PACKAGE.version })]);
  });
});
