import { z } from 'zod';

/**
 * The outer shape of a Slack request body, checked before Bolt sees it. Bolt 5.1 dereferences these fields without
 * checking them (`body.user.id` to build the request's source, `body.view.callback_id` to match a view listener,
 * `'channel' in body.event`…), so a signed payload without them made it throw outside any listener: a 500, or for a
 * body of `null` no answer at all. Only what Bolt and every listener rely on is required; anything else is the
 * listeners' to parse. Unknown fields pass: Slack adds fields without notice.
 */

/** Slack's ids (U…, C…, T…, V…) are about 11 characters, action and callback ids at most 255. */
const ZId = z.string().min(1).max(255);
const ZUser = z.looseObject({ id: ZId });
const ZObject = z.looseObject({});
// Bolt reads `.id` of these when present; null is what Slack sends for an org-wide install or no enterprise.
const ZNullableObject = ZObject.nullish();

/** Fields any interaction payload may carry, which Bolt reads when present. */
const interactionFields = {
  team: ZNullableObject,
  enterprise: ZNullableObject,
  response_url: z.string().optional(),
  // Bolt builds respond() from response_urls[0].response_url.
  response_urls: z.array(ZObject).optional(),
  trigger_id: z.string().optional(),
};

const ZCommand = z.looseObject({
  command: z.string().min(1).max(255),
  text: z.string(),
  team_id: ZId,
  channel_id: ZId,
  user_id: ZId,
  response_url: z.string().optional(),
  trigger_id: z.string().optional(),
});

const ZEventBody = z.looseObject({
  team_id: ZId.optional(),
  // Bolt reads authorizations[0].team_id and .is_enterprise_install.
  authorizations: z.array(ZObject).optional(),
  event: z.looseObject({
    type: z.string().min(1).max(255),
    // An id in most events, an object in some (user_change, channel_created); Bolt reads `'id' in channel`.
    user: z.union([z.string(), ZObject]).optional(),
    channel: z.union([z.string(), ZObject]).optional(),
    item: ZObject.optional(),
    subteam: ZObject.optional(),
  }),
});

const ZBlockActions = z.looseObject({
  ...interactionFields,
  user: ZUser,
  // Absent for a click in a modal or the Home tab; never null (Bolt reads channel.id when it is not undefined).
  channel: z.looseObject({ id: ZId }).optional(),
  container: ZObject.optional(),
  message: z.looseObject({ ts: z.string(), thread_ts: z.string().optional() }).optional(),
  view: ZObject.optional(),
  state: ZObject.optional(),
  actions: z
    .array(
      z.looseObject({
        action_id: ZId,
        block_id: z.string().max(255).optional(),
        type: z.string().optional(),
        value: z.string().optional(),
        selected_options: z.array(ZObject).optional(),
        selected_option: ZNullableObject,
      }),
    )
    .min(1),
});

const ZView = z.looseObject({
  ...interactionFields,
  user: ZUser,
  view: z.looseObject({
    id: z.string().optional(),
    callback_id: z.string().max(255),
    private_metadata: z.string().optional(),
    app_installed_team_id: z.string().optional(),
    state: z.looseObject({ values: z.record(z.string(), z.record(z.string(), ZObject)) }).optional(),
  }),
});

const ZOtherInteraction = z.looseObject({
  ...interactionFields,
  user: ZUser,
  channel: z.looseObject({ id: ZId }).optional(),
});

/** Which of Bolt's kinds a body is, in Bolt's own order of tests (getTypeAndConversation), and its schema. */
function schemaFor(body: Record<string, unknown>): { kind: string; schema: z.ZodType } | undefined {
  if (body.event !== undefined) return { kind: 'event', schema: ZEventBody };
  if (body.command !== undefined) return { kind: 'command', schema: ZCommand };
  if (body.name !== undefined || body.type === 'block_suggestion')
    return { kind: 'options', schema: ZOtherInteraction };
  if (body.actions !== undefined) {
    return {
      kind: body.type === 'interactive_message' ? 'interactive_message' : 'block_actions',
      schema: ZBlockActions,
    };
  }
  if (body.type === 'dialog_submission') return { kind: 'dialog_submission', schema: ZOtherInteraction };
  if (body.type === 'shortcut' || body.type === 'message_action') return { kind: body.type, schema: ZOtherInteraction };
  if (body.type === 'view_submission' || body.type === 'view_closed') return { kind: body.type, schema: ZView };
  return undefined;
}

export type RequestShapeProblem = { kind: string; problem: string };

const MAX_PROBLEM_LENGTH = 300;

/**
 * What is wrong with a request body, in a few words for the log line, or undefined when Bolt can take it. Slack's
 * own checks (`ssl_check`, `url_verification`) pass: Bolt answers them itself.
 */
export function problemWithSlackRequest(body: unknown): RequestShapeProblem | undefined {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    return {
      kind: 'unknown',
      problem: `the body is ${body === null ? 'null' : Array.isArray(body) ? 'an array' : `a ${typeof body}`}, not an object`,
    };
  }
  const record = body as Record<string, unknown>;
  if (record.ssl_check === '1' || record.type === 'url_verification') return undefined;
  const found = schemaFor(record);
  if (!found) return { kind: 'unknown', problem: 'not a command, event or interaction payload' };
  const parsed = found.schema.safeParse(record);
  if (parsed.success) return undefined;
  const problem = parsed.error.issues
    .slice(0, 3)
    .map((issue) => `${issue.path.map((part) => String(part).slice(0, 40)).join('.') || '(body)'}: ${issue.message}`)
    .join('; ');
  return { kind: found.kind, problem: problem.slice(0, MAX_PROBLEM_LENGTH) };
}
