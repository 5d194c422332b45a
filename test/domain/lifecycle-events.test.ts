import { describe, expect, it } from 'vitest';
import { applyEvent, type DeploymentEvent } from '../../src/domain/apply-event.ts';
import type { Deployment } from '../../src/domain/deployment.ts';
import { buildDeployment, T0 } from '../support/deployment-builder.ts';

const live = (overrides: Partial<Deployment> = {}) =>
  buildDeployment({ status: 'deployed', goLiveAt: T0, ...overrides });

describe('after go-live', () => {
  it.each<[string, Deployment, DeploymentEvent, string]>([
    [
      'start a rollback before go-live',
      buildDeployment(),
      { type: 'start-rollback', actor: 'UOWNER', reason: 'broken checkout flow' },
      'not-live',
    ],
    [
      'start a rollback without a reason',
      live(),
      { type: 'start-rollback', actor: 'UOWNER', reason: 'no' },
      'reason-required',
    ],
    [
      'start a second rollback',
      live({ status: 'rolling-back' }),
      { type: 'start-rollback', actor: 'UOWNER', reason: 'again please' },
      'already-rolling-back',
    ],
    [
      'complete a rollback that never started',
      live(),
      { type: 'complete-rollback', actor: 'UOWNER' },
      'not-rolling-back',
    ],
    [
      'mark a deployment stable before go-live',
      buildDeployment(),
      { type: 'mark-stable', actor: 'UOWNER' },
      'not-live',
    ],
    ['cancel as someone else', buildDeployment(), { type: 'cancel', actor: 'ULEAD', reason: '' }, 'not-owner'],
    ['cancel a live deployment', live(), { type: 'cancel', actor: 'UOWNER', reason: '' }, 'already-live'],
    [
      'answer a check-in as a stranger',
      live(),
      { type: 'check-in-answer', actor: 'USTRANGER', key: 'k', answer: 'stable' },
      'not-involved',
    ],
    [
      'report issues without a note',
      live(),
      { type: 'check-in-answer', actor: 'UOWNER', key: 'k', answer: 'minor' },
      'note-required',
    ],
    [
      'stop check-ins without a reason',
      live(),
      { type: 'stop-check-ins', actor: 'UOWNER', reason: '' },
      'reason-required',
    ],
    [
      'tick an item of a closed deployment',
      live({ status: 'stable', closedAt: T0 }),
      { type: 'set-item', actor: 'UOWNER', itemKey: 'tests', done: true },
      'deployment-closed',
    ],
  ])('refuses to %s', (_name, deployment, event, code) => {
    const result = applyEvent(deployment, event, T0);
    expect(result.ok ? 'ok' : result.code).toBe(code);
  });

  it.each<[string, Deployment, DeploymentEvent, Deployment['status'], boolean]>([
    [
      'a rollback moves to rolling back',
      live(),
      { type: 'start-rollback', actor: 'UOWNER', reason: 'error rate is up' },
      'rolling-back',
      false,
    ],
    [
      'a completed rollback closes as rolled back',
      live({ status: 'rolling-back' }),
      { type: 'complete-rollback', actor: 'UOWNER' },
      'rolled-back',
      true,
    ],
    ['marking stable closes', live(), { type: 'mark-stable', actor: 'ULEAD' }, 'stable', true],
    [
      'a stable answer moves to verifying',
      live(),
      { type: 'check-in-answer', actor: 'ULEAD', key: 'k', answer: 'stable' },
      'verifying',
      false,
    ],
    [
      'major issues keep the status',
      live(),
      { type: 'check-in-answer', actor: 'ULEAD', key: 'k', answer: 'major', note: 'slow' },
      'deployed',
      false,
    ],
    [
      'cancelling before go-live closes',
      buildDeployment(),
      { type: 'cancel', actor: 'UOWNER', reason: 'postponed' },
      'cancelled',
      true,
    ],
  ])('%s', (_name, deployment, event, status, closed) => {
    const result = applyEvent(deployment, event, T0);
    expect(result.ok && result.deployment.status).toBe(status);
    expect(result.ok && result.deployment.closedAt !== null).toBe(closed);
  });
});
