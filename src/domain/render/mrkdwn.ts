import { redactCredentials } from '../redact-credentials.ts';

/** Escapes exactly what Slack's mrkdwn treats as control characters, so `<!channel>` in a name pings nobody. */
export function escapeMrkdwn(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * Text a person typed (a note, a reason, a URL), as the bot shows it in Slack: credentials redacted by the same rule
 * as the logs (before cutting, so a cut can never leave half a password), cut to `max`, mrkdwn escaped.
 */
export function personText(text: string, max?: number): string {
  const redacted = redactCredentials(text);
  return escapeMrkdwn(max === undefined ? redacted : truncate(redacted, max));
}

/** A date every reader sees in their own time zone, with a UTC fallback for clients that can't format it. */
export function slackDate(date: Date, format = '{date_short_pretty} at {time}'): string {
  const seconds = Math.floor(date.getTime() / 1000);
  const fallback = `${date.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
  return `<!date^${seconds}^${format}|${fallback}>`;
}

/** A link Slack shows as "details"; the characters that would end its markup are percent-encoded. */
export function detailsLink(url: string): string {
  return `<${url.replace(/[<>|]/g, (c) => encodeURIComponent(c))}|details>`;
}

/** The actor of a change made through the HTTP API: `api:` and the token's name. */
export const API_ACTOR_PREFIX = 'api:';

export function mentionUser(userId: string): string {
  // A pipeline acting through the API (`api:NAME`) is named, not mentioned: it is no Slack user.
  if (userId.startsWith(API_ACTOR_PREFIX)) return `*${escapeMrkdwn(userId)}*`;
  return `<@${userId}>`;
}

/** Cuts text to a Slack limit, marking the cut so nobody mistakes it for the whole. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  return `${text.slice(0, Math.max(0, max - 1))}…`;
}

export function progressBar(done: number, total: number, width = 10): string {
  const filled = total === 0 ? width : Math.round((done / total) * width);
  return `${'▓'.repeat(filled)}${'░'.repeat(width - filled)}`;
}
