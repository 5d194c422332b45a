import type { AckFn, ViewResponseAction } from '@slack/bolt';
import { z } from 'zod';
import type { ChangeOutcome } from '../app/core.ts';
import { type ModalMetadata, ZModalMetadata } from '../domain/render/ids.ts';
import { mrkdwnToPlain, truncate } from '../domain/render/mrkdwn.ts';

const ZStateValue = z
  .object({
    type: z.string(),
    value: z.string().nullish(),
    selected_option: z.object({ value: z.string() }).nullish(),
    selected_users: z.array(z.string()).nullish(),
  })
  .passthrough();

/** The parts of a view_submission the bot reads. */
export const ZViewSubmission = z.object({
  user: z.object({ id: z.string().min(1) }),
  view: z.object({
    private_metadata: z.string(),
    state: z.object({ values: z.record(z.string(), z.record(z.string(), ZStateValue)) }),
  }),
});
export type ViewSubmission = z.infer<typeof ZViewSubmission>;

export function modalMetadata(submission: ViewSubmission): ModalMetadata | undefined {
  try {
    const parsed = ZModalMetadata.safeParse(JSON.parse(submission.view.private_metadata));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

type Values = ViewSubmission['view']['state']['values'];

export function textValue(values: Values, blockId: string): string | undefined {
  const value = values[blockId]?.[blockId]?.value?.trim();
  return value ? value : undefined;
}

export function selectedValue(values: Values, blockId: string, actionId = blockId): string | undefined {
  return values[blockId]?.[actionId]?.selected_option?.value ?? undefined;
}

export function selectedUsers(values: Values, blockId: string, actionId: string): string[] {
  return values[blockId]?.[actionId]?.selected_users ?? [];
}

/** A view_submission ack: empty closes the modal, `errors` keeps it open with messages under the fields. */
/** How much of an error the bot shows under a modal field: a sentence or two, as Slack lays it out. */
const MODAL_ERROR_MAX = 300;

export type ViewAck = AckFn<ViewResponseAction> | AckFn<void>;

/** Shows errors inside the modal. Modal error texts are plain: the domain's mrkdwn is turned into its words. */
export async function showErrors(ack: ViewAck, errors: Record<string, string>): Promise<void> {
  const plain = Object.fromEntries(
    Object.entries(errors).map(([field, text]) => [field, truncate(mrkdwnToPlain(text), MODAL_ERROR_MAX)]),
  );
  await (ack as AckFn<ViewResponseAction>)({ response_action: 'errors', errors: plain });
}

/** Parses a submission and the deployment it belongs to, or answers inside the modal that it is out of date. */
export async function readSubmission(
  body: unknown,
  ack: ViewAck,
  errorField: string,
): Promise<{ submission: ViewSubmission; metadata: ModalMetadata } | undefined> {
  const submission = ZViewSubmission.safeParse(body);
  const metadata = submission.success ? modalMetadata(submission.data) : undefined;
  if (!submission.success || !metadata) {
    await showErrors(ack, {
      [errorField]: 'This form is from an older version of the bot; close it and use the card again.',
    });
    return undefined;
  }
  return { submission: submission.data, metadata };
}

/** Closes the modal after a stored change, or shows the refusal on the field it concerns. */
export async function closeOrShowRefusal(ack: ViewAck, outcome: ChangeOutcome, field: string): Promise<boolean> {
  if (outcome.ok) {
    await (ack as AckFn<void>)();
    return true;
  }
  await showErrors(ack, { [field]: outcome.userMessage });
  return false;
}
