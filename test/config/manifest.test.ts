import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ACTION } from '../../src/domain/render/ids.ts';
import { COMMAND } from '../../src/slack/commands/deploy-checklist-command.ts';

type Manifest = {
  display_information: { name: string };
  features: {
    slash_commands: Array<{ command: string; url: string; should_escape: boolean }>;
    bot_user: { display_name: string };
  };
  oauth_config: { scopes: { bot: string[] } };
  settings: { interactivity: { is_enabled: boolean; request_url: string }; socket_mode_enabled: boolean };
};

describe('manifest.yml', () => {
  const manifest = parse(readFileSync(path.resolve(import.meta.dirname, '../../manifest.yml'), 'utf8')) as Manifest;

  it('declares the command, interactivity and request URLs the bot serves', () => {
    const command = manifest.features.slash_commands.find((c) => c.command === COMMAND);
    expect(command?.url).toMatch(/^https:\/\/.+\/slack\/events$/);
    // Mentions arrive as <@U…> so `--role security=@alice` can be parsed.
    expect(command?.should_escape).toBe(true);
    expect(manifest.settings.interactivity).toEqual({ is_enabled: true, request_url: command?.url });
  });

  it('asks for exactly the scopes the bot uses', () => {
    expect([...manifest.oauth_config.scopes.bot].sort()).toEqual(
      ['chat:write', 'chat:write.public', 'commands', 'im:write', 'usergroups:read', 'users:read'].sort(),
    );
  });

  it('fits the manifest schema limits Slack checks', () => {
    expect(manifest.display_information.name.length).toBeLessThanOrEqual(35);
    expect(manifest.features.bot_user.display_name).toMatch(/^[a-z0-9._-]{1,80}$/);
    expect(typeof manifest.settings.socket_mode_enabled).toBe('boolean');
    expect(Object.values(ACTION).every((id) => id.length <= 255)).toBe(true);
  });
});
