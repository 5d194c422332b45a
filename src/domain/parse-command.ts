import { checkEndpoint } from './endpoints.ts';
import { escapeMrkdwn } from './render/mrkdwn.ts';
import { DEFAULT_STATS_DAYS, parseStatsDays } from './stats.ts';

/** What `/deploy-checklist …` asked for, or why it could not be understood (with an example to copy). */
export type ParsedCommand =
  | {
      kind: 'start';
      service: string;
      version: string;
      environment: string;
      template?: string;
      url?: string;
      roles: Array<{ role: string; users: string[] }>;
    }
  | { kind: 'list' }
  | { kind: 'status'; service: string }
  | { kind: 'version'; service: string; version: string; environment?: string }
  | { kind: 'cancel'; service: string; environment?: string }
  | { kind: 'report'; deploymentId: string }
  | { kind: 'report'; service: string; environment?: string }
  | { kind: 'help' }
  | { kind: 'templates' }
  | { kind: 'stats'; service?: string; days: number }
  | { kind: 'invalid'; message: string };

export const SERVICE_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,62}$/;
export const VERSION_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._+-]{0,63}$/;
export const ENVIRONMENT_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,31}$/;
const TEMPLATE_PATTERN = /^[a-z0-9][a-z0-9-]{0,62}$/;
const DEFAULT_ENVIRONMENT = 'production';
const MAX_TEXT = 1000;

export const START_EXAMPLE =
  '/deploy-checklist start payments-api v2.4.1 production --url https://payments.example.com';

export const HELP_TEXT = [
  '*Usage*',
  '• `/deploy-checklist start <service> <version> [environment] [--template NAME] [--url https://…] [--role ROLE=@user]`: open a deployment thread in this channel',
  '• `/deploy-checklist list`: open deployments in this channel',
  '• `/deploy-checklist status <service>`: where a deployment of that service stands',
  '• `/deploy-checklist version <service> <version> [environment]`: change the version of an open deployment (sign-offs go stale)',
  '• `/deploy-checklist cancel <service> [environment]`: cancel a deployment that has not gone live',
  '• `/deploy-checklist report <service> [environment]` (or a deployment id): the audit report of the newest deployment, uploaded into its thread',
  '• `/deploy-checklist templates`: the checklist templates available',
  '• `/deploy-checklist stats [service] [--days 30]`: outcomes, time to go-live, sign-off latency, blocking items, probes, rollbacks',
  '• `/deploy-checklist help`: this message',
  `Example: \`${START_EXAMPLE}\``,
].join('\n');

function invalid(problem: string, example = START_EXAMPLE): ParsedCommand {
  return {
    kind: 'invalid',
    message: `${problem}\nFor example: \`${example}\`\nType \`/deploy-checklist help\` for all commands.`,
  };
}

/** Slack sends user mentions in command text as `<@U123|name>` when "escape channels, users" is on. */
const MENTION = /^<@([UW][A-Z0-9]+)(?:\|[^>]*)?>$/;

export function parseCommand(rawText: string): ParsedCommand {
  const text = rawText.trim();
  if (text.length > MAX_TEXT)
    return invalid(`That command is ${text.length} characters long; the limit is ${MAX_TEXT}.`);
  const words = text.split(/\s+/).filter(Boolean);
  const [subcommand, ...args] = words;
  switch (subcommand?.toLowerCase()) {
    case undefined:
    case 'help':
      return { kind: 'help' };
    case 'list':
      return args.length === 0 ? { kind: 'list' } : invalid('`list` takes no arguments.', '/deploy-checklist list');
    case 'templates':
      return args.length === 0
        ? { kind: 'templates' }
        : invalid('`templates` takes no arguments.', '/deploy-checklist templates');
    case 'status':
      return parseStatus(args);
    case 'start':
      return parseStart(args);
    case 'version':
      return parseVersion(args);
    case 'cancel':
      return parseCancel(args);
    case 'stats':
      return parseStats(args);
    case 'report':
      return parseReport(args);
    default:
      return invalid(
        `Unknown command \`${escapeMrkdwn(shorten(subcommand ?? ''))}\`. Use \`start\`, \`list\`, \`status\`, \`version\`, \`cancel\`, \`report\`, \`stats\`, \`templates\` or \`help\`.`,
      );
  }
}

function parseStatus(args: string[]): ParsedCommand {
  const example = '/deploy-checklist status payments-api';
  if (args.length !== 1) return invalid('`status` takes exactly one service name.', example);
  const service = args[0] as string;
  if (!SERVICE_PATTERN.test(service)) return invalid(serviceProblem(service), example);
  return { kind: 'status', service };
}

function parseVersion(args: string[]): ParsedCommand {
  const example = '/deploy-checklist version payments-api v2.4.2 production';
  if (args.length < 2 || args.length > 3)
    return invalid('`version` takes a service, the new version and optionally the environment.', example);
  const [service, version, environment] = args as [string, string, string?];
  if (!SERVICE_PATTERN.test(service)) return invalid(serviceProblem(service), example);
  if (!VERSION_PATTERN.test(version)) return invalid(versionProblem(version), example);
  if (environment !== undefined && !ENVIRONMENT_PATTERN.test(environment))
    return invalid(environmentProblem(environment), example);
  return { kind: 'version', service, version, ...(environment ? { environment } : {}) };
}

function parseCancel(args: string[]): ParsedCommand {
  const example = '/deploy-checklist cancel payments-api production';
  if (args.length < 1 || args.length > 2)
    return invalid('`cancel` takes a service and optionally the environment.', example);
  const [service, environment] = args as [string, string?];
  if (!SERVICE_PATTERN.test(service)) return invalid(serviceProblem(service), example);
  if (environment !== undefined && !ENVIRONMENT_PATTERN.test(environment))
    return invalid(environmentProblem(environment), example);
  return { kind: 'cancel', service, ...(environment ? { environment } : {}) };
}

/** Deployment ids as the store makes them (src/store/ids.ts): `dep_` and a random part. */
const DEPLOYMENT_ID_PATTERN = /^dep_[A-Za-z0-9_-]{1,60}$/;

function parseReport(args: string[]): ParsedCommand {
  const example = '/deploy-checklist report payments-api production';
  if (args.length < 1 || args.length > 2)
    return invalid('`report` takes a service and optionally the environment, or a deployment id.', example);
  const [first, environment] = args as [string, string?];
  if (DEPLOYMENT_ID_PATTERN.test(first) && environment === undefined) return { kind: 'report', deploymentId: first };
  if (!SERVICE_PATTERN.test(first)) return invalid(serviceProblem(first), example);
  if (environment !== undefined && !ENVIRONMENT_PATTERN.test(environment))
    return invalid(environmentProblem(environment), example);
  return { kind: 'report', service: first, ...(environment ? { environment } : {}) };
}

function parseStats(args: string[]): ParsedCommand {
  const example = '/deploy-checklist stats payments-api --days 30';
  let service: string | undefined;
  let days = DEFAULT_STATS_DAYS;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (arg === '--days' || arg.startsWith('--days=')) {
      const value = arg === '--days' ? args[++i] : arg.slice('--days='.length);
      if (value === undefined || value === '') return invalid('`--days` needs a number of days.', example);
      const parsed = parseStatsDays(value);
      if (!parsed.ok) return invalid(escapeMrkdwn(parsed.problem), example);
      days = parsed.days;
    } else if (arg.startsWith('--')) {
      return invalid(`Unknown option \`${escapeMrkdwn(shorten(arg))}\`: \`stats\` takes \`--days N\`.`, example);
    } else if (service !== undefined) {
      return invalid('`stats` takes at most one service name.', example);
    } else if (!SERVICE_PATTERN.test(arg)) {
      return invalid(serviceProblem(arg), example);
    } else {
      service = arg;
    }
  }
  return { kind: 'stats', days, ...(service ? { service } : {}) };
}

function parseStart(args: string[]): ParsedCommand {
  const positional: string[] = [];
  let template: string | undefined;
  let url: string | undefined;
  const roles: Array<{ role: string; users: string[] }> = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (!arg.startsWith('--')) {
      positional.push(arg);
      continue;
    }
    const [flag, inline] = arg.includes('=') && !arg.startsWith('--role') ? arg.split(/=(.*)/s, 2) : [arg, undefined];
    const value = inline ?? args[++i];
    if (value === undefined || value.startsWith('--'))
      return invalid(`\`${escapeMrkdwn(shorten(flag ?? arg))}\` needs a value.`);
    switch (flag) {
      case '--template':
        if (!TEMPLATE_PATTERN.test(value)) {
          return invalid(
            `\`${escapeMrkdwn(shorten(value))}\` is not a template name: use lowercase letters, digits and dashes (see \`/deploy-checklist templates\`).`,
          );
        }
        template = value;
        break;
      case '--url': {
        const checked = checkEndpoint('url', value);
        if (!checked.ok) return invalid(escapeMrkdwn(checked.problem));
        url = checked.value;
        break;
      }
      case '--role': {
        const parsed = parseRoleFlag(value);
        if (!parsed.ok) return invalid(parsed.problem, `${START_EXAMPLE} --role security=@alice`);
        roles.push(parsed.value);
        break;
      }
      default:
        return invalid(
          `Unknown option \`${escapeMrkdwn(shorten(flag ?? arg))}\`: use \`--template\`, \`--url\` or \`--role\`.`,
        );
    }
  }
  if (positional.length < 2) {
    return invalid(
      positional.length === 0 ? '`start` needs a service and a version.' : '`start` needs a version after the service.',
    );
  }
  if (positional.length > 3) {
    return invalid(
      `\`start\` takes a service, a version and an environment, but got ${positional.length} words: put options after \`--\` flags.`,
    );
  }
  const [service, version, environment = DEFAULT_ENVIRONMENT] = positional as [string, string, string?];
  if (!SERVICE_PATTERN.test(service)) return invalid(serviceProblem(service));
  if (!VERSION_PATTERN.test(version)) return invalid(versionProblem(version));
  if (!ENVIRONMENT_PATTERN.test(environment)) return invalid(environmentProblem(environment));
  return { kind: 'start', service, version, environment, template, url, roles };
}

function serviceProblem(service: string): string {
  return `\`${escapeMrkdwn(shorten(service))}\` is not a service name: use up to 63 letters, digits, \`.\`, \`-\` or \`_\`, starting with a letter or digit (like \`payments-api\`).`;
}

function versionProblem(version: string): string {
  return `\`${escapeMrkdwn(shorten(version))}\` is not a version: use up to 64 letters, digits, \`.\`, \`-\`, \`_\` or \`+\` (like \`v2.4.1\` or \`2026.11.22-rc1\`).`;
}

function environmentProblem(environment: string): string {
  return `\`${escapeMrkdwn(shorten(environment))}\` is not an environment: use up to 32 letters, digits, \`.\`, \`-\` or \`_\` (like \`production\`).`;
}

function parseRoleFlag(
  value: string,
): { ok: true; value: { role: string; users: string[] } } | { ok: false; problem: string } {
  const [role, usersText] = value.split(/=(.*)/s, 2);
  if (!role || !usersText || !TEMPLATE_PATTERN.test(role)) {
    return {
      ok: false,
      problem: `\`--role ${escapeMrkdwn(shorten(value))}\` should look like \`--role security=@alice\`.`,
    };
  }
  const users: string[] = [];
  for (const mention of usersText.split(',')) {
    const match = MENTION.exec(mention.trim());
    if (!match) {
      return {
        ok: false,
        problem: `\`${escapeMrkdwn(shorten(mention))}\` is not a Slack user mention: pick the person with @ so Slack links them.`,
      };
    }
    users.push(match[1] as string);
  }
  return { ok: true, value: { role, users } };
}

function shorten(text: string): string {
  return text.length > 40 ? `${text.slice(0, 39)}…` : text;
}
