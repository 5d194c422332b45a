// The Slack app manifest fields this project uses, with the types, limits and closed sets of keys that Slack's
// published manifest schema (slackapi/manifest-schema, version 1) gives them. Unknown or misspelled keys fail, as
// they do when Slack imports a manifest.
import { z } from 'zod';

const HttpUrl = (max: number) =>
  z
    .string()
    .regex(/^https?:\/\//)
    .max(max);

export const ZSlackManifest = z.strictObject({
  _metadata: z.strictObject({ major_version: z.int().optional(), minor_version: z.int().optional() }).optional(),
  display_information: z.strictObject({
    name: z.string().min(1).max(35),
    description: z.string().min(1).max(140).optional(),
    background_color: z
      .string()
      .regex(/^#[0-9a-fA-F]{3}([0-9a-fA-F]{3})?$/)
      .optional(),
    long_description: z.string().min(175).max(4000).optional(),
  }),
  features: z
    .strictObject({
      app_home: z
        .strictObject({
          home_tab_enabled: z.boolean().optional(),
          messages_tab_enabled: z.boolean().optional(),
          messages_tab_read_only_enabled: z.boolean().optional(),
        })
        .optional(),
      bot_user: z
        .strictObject({ display_name: z.string().min(1).max(80), always_online: z.boolean().optional() })
        .optional(),
      slash_commands: z
        .array(
          z.strictObject({
            command: z.string().min(2).max(32).regex(/^\//),
            url: HttpUrl(3000).optional(),
            description: z.string().min(1).max(2000),
            usage_hint: z.string().min(1).max(1000).optional(),
            should_escape: z.boolean().optional(),
          }),
        )
        .min(1)
        .max(50)
        .optional(),
    })
    .optional(),
  oauth_config: z
    .strictObject({
      redirect_urls: z.array(z.string().max(2500)).max(1000).optional(),
      scopes: z
        .strictObject({
          bot: z.array(z.string().max(50)).max(255).optional(),
          user: z.array(z.string().max(50)).max(255).optional(),
        })
        .optional(),
      token_management_enabled: z.boolean().optional(),
    })
    .optional(),
  settings: z
    .strictObject({
      event_subscriptions: z
        .strictObject({
          request_url: HttpUrl(3500).optional(),
          bot_events: z.array(z.string().max(50)).max(100).optional(),
          user_events: z.array(z.string().max(50)).max(100).optional(),
        })
        .optional(),
      interactivity: z
        .strictObject({
          is_enabled: z.boolean(),
          request_url: HttpUrl(3500).optional(),
          message_menu_options_url: HttpUrl(3500).optional(),
        })
        .optional(),
      org_deploy_enabled: z.boolean().optional(),
      socket_mode_enabled: z.boolean().optional(),
      token_rotation_enabled: z.boolean().optional(),
    })
    .optional(),
});
export type SlackManifest = z.infer<typeof ZSlackManifest>;

/**
 * The bot token scope each Web API method the bot calls needs (Slack's method reference); methods that need none
 * map to an empty list. A call to a method missing here fails the manifest test until its scope is decided.
 */
export const SCOPES_BY_METHOD: Record<string, string[]> = {
  'auth.test': [],
  // chat:write.public: the card is posted in any public channel the command was typed in, invited or not.
  'chat.postMessage': ['chat:write', 'chat:write.public'],
  'chat.update': ['chat:write'],
  // The thread's link in GitHub status reports (docs/github.md): no scope.
  'chat.getPermalink': [],
  'chat.postEphemeral': ['chat:write'],
  'conversations.open': ['im:write'],
  // The report uploaded into a deployment's thread (docs/using-slack.md).
  'files.getUploadURLExternal': ['files:write'],
  'files.completeUploadExternal': ['files:write'],
  'usergroups.users.list': ['usergroups:read'],
  // The API's owner given as an email (docs/pipeline.md).
  'users.lookupByEmail': ['users:read', 'users:read.email'],
  'views.open': [],
  'views.publish': [],
};
