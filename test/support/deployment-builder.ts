import { type Deployment, emptyItemState, type SignOffRecord } from '../../src/domain/deployment.ts';
import { type Template, ZTemplate } from '../../src/domain/template.ts';

export const T0 = new Date('2026-11-22T10:00:00Z');

/** A template for domain tests: two required roles and an optional one, a probe on a required item. */
export const DOMAIN_TEMPLATE: Template = ZTemplate.parse({
  name: 'domain',
  title: 'Domain',
  roles: [
    { key: 'lead', title: 'Lead', covers: ['pre'] },
    { key: 'sec', title: 'Security', covers: ['tls'] },
    { key: 'po', title: 'Product', required: false },
  ],
  phases: [
    {
      key: 'pre',
      title: 'Pre',
      kind: 'pre',
      items: [
        { key: 'tests', text: 'Tests pass' },
        { key: 'tls', text: 'TLS valid', probe: { kind: 'tls', target: '${url}' } },
        { key: 'docs', text: 'Docs', required: false },
      ],
    },
    { key: 'post', title: 'Post', kind: 'post', items: [{ key: 'errors', text: 'Errors normal' }] },
  ],
});

export function buildDeployment(overrides: Partial<Deployment> = {}): Deployment {
  return {
    id: 'dep_1',
    teamId: 'T1',
    channelId: 'C1',
    service: 'api',
    version: 'v1',
    environment: 'production',
    ownerId: 'UOWNER',
    status: 'in-progress',
    templateName: 'domain',
    templateHash: 'h',
    template: DOMAIN_TEMPLATE,
    endpoints: { url: 'https://api.example.com' },
    threadTs: '1.0',
    revision: 0,
    goLiveAt: null,
    goLiveBy: null,
    goLiveOverride: null,
    rollbackReason: null,
    checkInsStoppedAt: null,
    checkInsStopReason: null,
    closedAt: null,
    createdAt: T0,
    updatedAt: T0,
    items: {},
    roles: { lead: ['ULEAD'], sec: ['USEC'], po: ['UPO'] },
    signOffs: [],
    verifications: [],
    checkIns: {},
    ...overrides,
  };
}

export function approval(roleKey: string, userId: string, extra: Partial<SignOffRecord> = {}): SignOffRecord {
  return {
    id: `sig_${roleKey}_${userId}`,
    roleKey,
    userId,
    decision: 'approve',
    reason: null,
    note: null,
    at: T0,
    staleAt: null,
    staleReason: null,
    ...extra,
  };
}

export function done(...keys: string[]): Deployment['items'] {
  return Object.fromEntries(keys.map((key) => [key, { ...emptyItemState(key), done: true, by: 'UDEV', at: T0 }]));
}
