import type { KnownBlock, View } from '@slack/types';
import type { Deployment } from '../deployment.ts';
import { VERIFICATION_ISSUES, VERIFICATION_STATUSES } from '../deployment.ts';
import { endpointNames } from '../endpoints.ts';
import type { Role } from '../template.ts';
import { VIEW } from './ids.ts';
import { escapeMrkdwn, truncate } from './mrkdwn.ts';
import { deploymentTitle } from './render-summary-card.ts';

/** Block and action ids inside modals, read back from view_submission state. */
export const MODAL_FIELD = {
  role: 'role',
  users: 'users',
  decision: 'decision',
  reason: 'reason',
  note: 'note',
  issues: 'issues',
  status: 'status',
} as const;

const plain = (text: string) => ({ type: 'plain_text' as const, text: truncate(text, 75), emoji: true });
const title = (text: string) => ({ type: 'plain_text' as const, text: truncate(text, 24) });

function metadata(deployment: Deployment, checkInKey?: string): string {
  return JSON.stringify({ v: 1, d: deployment.id, ...(checkInKey ? { k: checkInKey } : {}) });
}

function context(deployment: Deployment): KnownBlock {
  return { type: 'context', elements: [{ type: 'mrkdwn', text: `*${escapeMrkdwn(deploymentTitle(deployment))}*` }] };
}

/** One people picker per role, pre-filled with the current assignees (the template's defaults at start). */
export function renderAssignRolesModal(deployment: Deployment): View {
  return {
    type: 'modal',
    callback_id: VIEW.assignRoles,
    private_metadata: metadata(deployment),
    title: title('Assign roles'),
    submit: title('Save'),
    close: title('Cancel'),
    blocks: [
      context(deployment),
      ...deployment.template.roles.slice(0, 40).map(
        (role): KnownBlock => ({
          type: 'input',
          block_id: `${MODAL_FIELD.role}:${role.key}`,
          optional: true,
          label: plain(`${role.title}${role.required ? '' : ' (optional)'}`),
          ...(role.description ? { hint: plain(role.description) } : {}),
          element: {
            type: 'multi_users_select',
            action_id: MODAL_FIELD.users,
            ...(deployment.roles[role.key]?.length ? { initial_users: deployment.roles[role.key] } : {}),
          },
        }),
      ),
    ],
  };
}

function roleSelect(roles: Role[], label: string): KnownBlock {
  const first = roles[0] as Role;
  return {
    type: 'input',
    block_id: MODAL_FIELD.role,
    label: plain(label),
    element: {
      type: 'static_select',
      action_id: MODAL_FIELD.role,
      initial_option: { text: plain(first.title), value: first.key },
      options: roles.slice(0, 100).map((role) => ({ text: plain(role.title), value: role.key })),
    },
  };
}

function textInput(
  blockId: string,
  label: string,
  options: { optional: boolean; multiline?: boolean; hint?: string },
): KnownBlock {
  return {
    type: 'input',
    block_id: blockId,
    optional: options.optional,
    label: plain(label),
    ...(options.hint ? { hint: plain(options.hint) } : {}),
    element: { type: 'plain_text_input', action_id: blockId, multiline: options.multiline ?? true, max_length: 1000 },
  };
}

/** Approve or reject the role the signer holds (a choice when they hold several). */
export function renderSignOffModal(deployment: Deployment, roles: Role[]): View {
  return {
    type: 'modal',
    callback_id: VIEW.signOff,
    private_metadata: metadata(deployment),
    title: title('Sign off'),
    submit: title('Submit'),
    close: title('Cancel'),
    blocks: [
      context(deployment),
      roleSelect(roles, 'Role'),
      {
        type: 'input',
        block_id: MODAL_FIELD.decision,
        label: plain('Decision'),
        element: {
          type: 'radio_buttons',
          action_id: MODAL_FIELD.decision,
          initial_option: { text: plain('Approve'), value: 'approve' },
          options: [
            { text: plain('Approve'), value: 'approve' },
            { text: plain('Reject'), value: 'reject' },
          ],
        },
      },
      textInput(MODAL_FIELD.reason, 'Reason (required to reject)', { optional: true }),
      textInput(MODAL_FIELD.note, 'Note', { optional: true }),
    ],
  };
}

export function renderGoLiveOverrideModal(deployment: Deployment, blockers: string[]): View {
  return {
    type: 'modal',
    callback_id: VIEW.goLiveOverride,
    private_metadata: metadata(deployment),
    title: title('Go live anyway'),
    submit: title('Go live'),
    close: title('Cancel'),
    blocks: [
      context(deployment),
      {
        type: 'section',
        text: { type: 'mrkdwn', text: truncate(`*Still missing:*\n${blockers.map((b) => `• ${b}`).join('\n')}`, 3000) },
      },
      textInput(MODAL_FIELD.reason, 'Why go live anyway?', {
        optional: false,
        hint: 'Audited, and shown on the card.',
      }),
    ],
  };
}

export function renderVerifyModal(deployment: Deployment, roles: Role[]): View {
  const radio = (blockId: string, label: string, values: readonly string[]): KnownBlock => ({
    type: 'input',
    block_id: blockId,
    label: plain(label),
    element: {
      type: 'radio_buttons',
      action_id: blockId,
      options: values.map((value) => ({ text: plain(value.replace('-', ' ')), value })),
    },
  });
  return {
    type: 'modal',
    callback_id: VIEW.verify,
    private_metadata: metadata(deployment),
    title: title('Verify deployment'),
    submit: title('Record'),
    close: title('Cancel'),
    blocks: [
      context(deployment),
      roleSelect(roles, 'Verifying as'),
      radio(MODAL_FIELD.issues, 'Issues found', VERIFICATION_ISSUES),
      radio(MODAL_FIELD.status, 'Status', VERIFICATION_STATUSES),
      textInput(MODAL_FIELD.note, 'Note (required for rollback)', { optional: true }),
    ],
  };
}

/** Where the probes go: `url` and the template's other endpoints, pre-filled with what is set. */
export function renderSetEndpointModal(deployment: Deployment): View {
  return {
    type: 'modal',
    callback_id: VIEW.setEndpoint,
    private_metadata: metadata(deployment),
    title: title('Set endpoints'),
    submit: title('Save'),
    close: title('Cancel'),
    blocks: [
      context(deployment),
      ...endpointNames(deployment.template).map(
        (endpoint): KnownBlock => ({
          type: 'input',
          block_id: `endpoint:${endpoint.key}`,
          optional: endpoint.key !== 'url',
          label: plain(endpoint.key === 'url' ? 'Service URL' : endpoint.key),
          ...(endpoint.description ? { hint: plain(endpoint.description) } : {}),
          element: {
            type: 'plain_text_input',
            action_id: 'value',
            max_length: 300,
            ...(deployment.endpoints[endpoint.key] ? { initial_value: deployment.endpoints[endpoint.key] } : {}),
          },
        }),
      ),
    ],
  };
}

/** A reason in one field: starting a rollback, stopping check-ins. */
export function renderReasonModal(
  deployment: Deployment,
  options: { callbackId: string; title: string; submit: string; label: string; hint?: string; checkInKey?: string },
): View {
  return {
    type: 'modal',
    callback_id: options.callbackId,
    private_metadata: metadata(deployment, options.checkInKey),
    title: title(options.title),
    submit: title(options.submit),
    close: title('Cancel'),
    blocks: [
      context(deployment),
      textInput(MODAL_FIELD.reason, options.label, {
        optional: false,
        ...(options.hint ? { hint: options.hint } : {}),
      }),
    ],
  };
}

/** Issues found at a check-in: how bad, and what. */
export function renderCheckInIssuesModal(deployment: Deployment, checkInKey: string): View {
  return {
    type: 'modal',
    callback_id: VIEW.checkInIssues,
    private_metadata: metadata(deployment, checkInKey),
    title: title('Report issues'),
    submit: title('Report'),
    close: title('Cancel'),
    blocks: [
      context(deployment),
      {
        type: 'input',
        block_id: MODAL_FIELD.issues,
        label: plain('Severity'),
        element: {
          type: 'radio_buttons',
          action_id: MODAL_FIELD.issues,
          options: [
            { text: plain('Minor'), value: 'minor' },
            { text: plain('Major'), value: 'major' },
          ],
        },
      },
      textInput(MODAL_FIELD.note, 'What is wrong?', { optional: false }),
    ],
  };
}
