import type { ProbeKind } from '../domain/probe-spec.ts';
import { compressionProbe } from './compression-probe.ts';
import { corsProbe } from './cors-probe.ts';
import { dnsProbe } from './dns-probe.ts';
import { exposureProbe } from './exposure-probe.ts';
import { headersProbe } from './headers-probe.ts';
import { httpProbe } from './http-probe.ts';
import { metricsProbe } from './metrics-probe.ts';
import { promqlProbe } from './promql-probe.ts';
import { rateLimitProbe } from './rate-limit-probe.ts';
import { redirectProbe } from './redirect-probe.ts';
import { tcpProbe } from './tcp-probe.ts';
import { tlsProbe } from './tls-probe.ts';
import type { ProbeFn } from './types.ts';

/** One entry per kind; every kind has the same signature (after blackbox_exporter's probe map). */
export const PROBES: Record<ProbeKind, ProbeFn> = {
  http: httpProbe,
  tls: tlsProbe,
  redirect: redirectProbe,
  headers: headersProbe,
  cors: corsProbe,
  'rate-limit': rateLimitProbe,
  metrics: metricsProbe,
  compression: compressionProbe,
  exposure: exposureProbe,
  dns: dnsProbe,
  tcp: tcpProbe,
  promql: promqlProbe,
};
