import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ACTION } from '../../src/domain/render/ids.ts';
import { COMMAND } from '../../src/slack/commands/deploy-checklist-command.ts';
import { SCOPES_BY_METHOD, type SlackManifest, ZSlackManifest } from '../support/slack-manifest.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');

function readManifest(file: string): SlackManifest {
  return ZSlackManifest.parse(parse(readFileSync(path.join(ROOT, file), 'utf8')));
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'generated' ? [] : sourceFiles(full);
    return entry.name.endsWith('.ts') ? [full] : [];
  });
}

const SOURCES = sourceFiles(path.join(ROOT, 'src')).map((file) => readFileSync(file, 'utf8'));

/** The Web API methods the bot's code calls, as `client.chat.postMessage(` and the like. */
function methodsCalled(): string[] {
  const found = new Set<string>();
  for (const source of SOURCES)
    for (const match of source.matchAll(/\bclient\.([a-z]+(?:\.[a-z]+)?\.[a-zA-Z]+)\(/g)) found.add(match[1] as string);
  return [...found].sort();
}

/** The Events API events the bot listens to. */
function eventsHandled(): string[] {
  const found = new Set<string>();
  for (const source of SOURCES)
    for (const match of source.matchAll(/app\.event\('([a-z_]+)'/g)) found.add(match[1] as string);
  return [...found].sort();
}

describe.each(['manifest.yml', 'manifest.socket.yml'])('%s', (file) => {
  const manifest = readManifest(file);

  it("fits Slack's manifest schema", () => {
    // readManifest parses strictly: reaching here means every key is known and every value within Slack's limits.
    expect(manifest.display_information.name).toBe('deploy-checklist');
    expect(Object.values(ACTION).every((id) => id.length <= 255)).toBe(true);
  });

  it('asks for exactly the scopes the code needs', () => {
    const methods = methodsCalled();
    expect(methods.filter((method) => !(method in SCOPES_BY_METHOD))).toEqual([]);
    const needed = new Set(methods.flatMap((method) => SCOPES_BY_METHOD[method] ?? []));
    needed.add('commands');
    expect([...(manifest.oauth_config?.scopes?.bot ?? [])].sort()).toEqual([...needed].sort());
  });

  it('subscribes to exactly the events the bot handles, and has the Home tab on', () => {
    expect([...(manifest.settings?.event_subscriptions?.bot_events ?? [])].sort()).toEqual(eventsHandled());
    expect(eventsHandled()).toContain('app_home_opened');
    expect(manifest.features?.app_home?.home_tab_enabled).toBe(true);
  });

  it('declares the command with a usage hint, escaping mentions so `--role security=@alice` can be read', () => {
    const command = manifest.features?.slash_commands?.find((c) => c.command === COMMAND);
    expect(command?.usage_hint).toMatch(/^start <service> <version>/);
    expect(command?.should_escape).toBe(true);
    expect(manifest.settings?.interactivity?.is_enabled).toBe(true);
  });
});

describe('HTTP and Socket Mode manifests', () => {
  const http = readManifest('manifest.yml');
  const socket = readManifest('manifest.socket.yml');

  it('HTTP mode sends commands, interactions and events to /slack/events', () => {
    const url = http.features?.slash_commands?.[0]?.url;
    expect(url).toMatch(/^https:\/\/.+\/slack\/events$/);
    expect(http.settings?.interactivity?.request_url).toBe(url);
    expect(http.settings?.event_subscriptions?.request_url).toBe(url);
    expect(http.settings?.socket_mode_enabled).toBe(false);
  });

  it('Socket Mode has no request URLs, and is otherwise the same app', () => {
    expect(socket.settings?.socket_mode_enabled).toBe(true);
    expect(JSON.stringify(socket)).not.toContain('request_url');
    expect(JSON.stringify(socket)).not.toContain('"url"');
    const withoutUrls = (manifest: SlackManifest) =>
      JSON.parse(JSON.stringify(manifest), (key, value) =>
        key === 'url' || key === 'request_url' || key === 'socket_mode_enabled' ? undefined : value,
      );
    expect(withoutUrls(socket)).toEqual(withoutUrls(http));
  });
});

describe('the manifest schema', () => {
  it('rejects what Slack rejects: unknown keys, names too long, commands without a slash', () => {
    const valid = readManifest('manifest.yml');
    expect(ZSlackManifest.safeParse({ ...valid, settings: { ...valid.settings, socket_mode: true } }).success).toBe(
      false,
    );
    expect(ZSlackManifest.safeParse({ ...valid, display_information: { name: 'd'.repeat(36) } }).success).toBe(false);
    expect(
      ZSlackManifest.safeParse({
        ...valid,
        features: { ...valid.features, slash_commands: [{ command: 'deploy', description: 'x' }] },
      }).success,
    ).toBe(false);
  });
});
