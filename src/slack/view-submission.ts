import { z } from 'zod';
import { type ModalMetadata, ZModalMetadata } from '../domain/render/ids.ts';

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
