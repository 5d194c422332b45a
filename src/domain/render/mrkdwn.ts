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

/** Longer text than any refusal or blocker is cut before the patterns below run, so they stay cheap whatever comes in. */
const PLAIN_TEXT_INPUT_MAX = 4000;

/**
 * The words of mrkdwn without Slack's markup, for places that show plain text: an error inside a modal, a pipeline's
 * log, a report. Mentions become @ID, links "label (url)", dates their fallback; emphasis markers are dropped only
 * where they wrap words, so the underscores in `payments_api` or `U0_X` stay; entities are decoded last, so an
 * escaped `&lt;` never turns into markup.
 */
export function mrkdwnToPlain(mrkdwn: string): string {
  return truncate(mrkdwn, PLAIN_TEXT_INPUT_MAX)
    .replace(/<!date\^\d+\^[^|>]*\|([^>]*)>/g, '$1')
    .replace(/<!(here|channel|everyone)>/g, '@$1')
    .replace(/<@([UWB][A-Z0-9]+)>/g, '@$1')
    .replace(/<#([CG][A-Z0-9]+)(?:\|([^>]*))?>/g, (_all, id: string, label: string | undefined) => `#${label || id}`)
    .replace(/<([^|>]+)\|([^>]+)>/g, '$2 ($1)')
    .replace(/<([^<>|]+)>/g, '$1')
    .replace(/(^|[\s(])([*_~`])([^\s*_~`](?:[^\n]*?[^\s])?)\2(?=$|[\s).,:;!?'"])/g, '$1$3')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
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
