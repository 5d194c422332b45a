import type { Harness } from './bot-harness.ts';
import { CHANNEL, lastCard } from './bot-harness.ts';

type Button = { action_id?: string; value?: string };

/** Clicks a button of the deployment card, as the user would. */
export async function clickCard(h: Harness, actionId: string, userId: string) {
  const card = lastCard(h.fake);
  if (!card) throw new Error('no card posted');
  const actions = (card.blocks as Array<{ type: string; elements?: Button[] }>).find((b) => b.type === 'actions');
  const button = actions?.elements?.find((e) => e.action_id === actionId);
  if (!button)
    throw new Error(
      `the card has no ${actionId} button (it has ${actions?.elements?.map((e) => e.action_id).join(', ')})`,
    );
  return h.slack.blockAction({
    userId,
    channelId: CHANNEL,
    messageTs: card.ts,
    actionId,
    value: button.value,
    blockId: 'card-actions',
  });
}

/** The private_metadata of the most recently opened modal, to submit it as Slack would. */
export function lastModal(h: Harness): { callbackId: string; privateMetadata: string; blocks: unknown[] } {
  const call = h.fake.callsTo('views.open').at(-1);
  if (!call) throw new Error('no modal was opened');
  const view = call.args.view as { callback_id: string; private_metadata: string; blocks: unknown[] };
  return { callbackId: view.callback_id, privateMetadata: view.private_metadata, blocks: view.blocks };
}

/** Submits the sign-off modal for a role. */
export function submitSignOff(
  h: Harness,
  userId: string,
  roleKey: string,
  decision: 'approve' | 'reject',
  fields: { reason?: string; note?: string; privateMetadata?: string } = {},
) {
  const privateMetadata = fields.privateMetadata ?? lastModal(h).privateMetadata;
  return h.slack.viewSubmission({
    userId,
    callbackId: 'sign-off-modal',
    privateMetadata,
    values: {
      role: { role: { type: 'static_select', selected_option: { value: roleKey } } },
      decision: { decision: { type: 'radio_buttons', selected_option: { value: decision } } },
      reason: { reason: { type: 'plain_text_input', value: fields.reason ?? null } },
      note: { note: { type: 'plain_text_input', value: fields.note ?? null } },
    },
  });
}

/** The thread replies the bot posted after the phase messages (pings and notices), as text. */
export function threadNotices(h: Harness): string[] {
  const card = lastCard(h.fake);
  if (!card) return [];
  return h.fake
    .threadOf(card.ts)
    .filter((m) => !(m.blocks as Array<{ block_id?: string }>).some((b) => b.block_id?.startsWith('item:')))
    .map((m) => m.text);
}
