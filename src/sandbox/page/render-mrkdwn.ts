// Slack's mrkdwn as HTML, for the sandbox page: *bold*, _italic_, ~strike~, `code`, ```blocks```, > quotes,
// links, user / channel / group mentions, <!date^…> in the reader's clock, and the emoji the bot uses.
// Everything the bot sent is escaped first: the page never runs markup that came from a message.

export type MrkdwnContext = {
  /** Display name of a user id (`<@U123>` shows as @name). */
  userName: (id: string) => string;
  /** Channel name without '#'. */
  channelName: (id: string) => string;
  /** The sandbox clock: `{ago}` and "today" are relative to it. */
  now: Date;
};

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Slack escapes exactly these three in message text. */
function unescapeSlack(text: string): string {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

const EMOJI: Record<string, string> = {
  white_check_mark: '✅',
  heavy_check_mark: '✔️',
  x: '❌',
  warning: '⚠️',
  rewind: '⏪',
  red_circle: '🔴',
  large_green_circle: '🟢',
  large_yellow_circle: '🟡',
  white_circle: '⚪',
  rocket: '🚀',
  white_large_square: '⬜',
  no_entry_sign: '🚫',
  no_entry: '⛔',
  leftwards_arrow_with_hook: '↩️',
  hourglass_flowing_sand: '⏳',
  hourglass: '⌛',
  clipboard: '📋',
  zzz: '💤',
  stopwatch: '⏱️',
  satellite_antenna: '📡',
  rotating_light: '🚨',
  raising_hand: '🙋',
  octagonal_sign: '🛑',
  memo: '📝',
  mag: '🔍',
  lock: '🔒',
  label: '🏷️',
  grey_question: '❔',
  construction: '🚧',
  tada: '🎉',
  bell: '🔔',
  eyes: '👀',
  information_source: 'ℹ️',
  heavy_minus_sign: '➖',
  arrow_right: '➡️',
  calendar: '📅',
  chart_with_upwards_trend: '📈',
  fire: '🔥',
  link: '🔗',
  page_facing_up: '📄',
  shield: '🛡️',
  wrench: '🔧',
  bust_in_silhouette: '👤',
};

export function emojify(html: string): string {
  return html.replace(/:([a-z0-9_+-]+):/g, (whole, name: string) => EMOJI[name] ?? whole);
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

function ordinal(n: number): string {
  const tens = n % 100;
  if (tens >= 11 && tens <= 13) return `${n}th`;
  return `${n}${['th', 'st', 'nd', 'rd'][n % 10] ?? 'th'}`;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function dayNumber(date: Date): number {
  return Math.floor(date.getTime() / 86_400_000);
}

function ago(date: Date, now: Date): string {
  const seconds = Math.round((now.getTime() - date.getTime()) / 1000);
  const future = seconds < 0;
  const abs = Math.abs(seconds);
  const [value, unit] =
    abs < 60
      ? [abs, 'second']
      : abs < 3600
        ? [Math.round(abs / 60), 'minute']
        : abs < 86_400
          ? [Math.round(abs / 3600), 'hour']
          : [Math.round(abs / 86_400), 'day'];
  const text = `${value} ${unit}${value === 1 ? '' : 's'}`;
  return future ? `in ${text}` : `${text} ago`;
}

/**
 * Slack's date tokens, shown in UTC (the sandbox has no per-user time zone). "Pretty" forms say today, yesterday
 * or tomorrow relative to the sandbox clock, as Slack does relative to the reader's.
 */
export function formatSlackDate(seconds: number, format: string, now: Date): string {
  const date = new Date(seconds * 1000);
  const y = date.getUTCFullYear();
  const month = MONTHS[date.getUTCMonth()] ?? '';
  const d = date.getUTCDate();
  const short = `${month.slice(0, 3)} ${d}, ${y}`;
  const long = `${DAYS[date.getUTCDay()]}, ${month} ${ordinal(d)}, ${y}`;
  const plain = `${month} ${ordinal(d)}, ${y}`;
  const relative = (fallback: string) => {
    const diff = dayNumber(date) - dayNumber(now);
    return diff === 0 ? 'today' : diff === -1 ? 'yesterday' : diff === 1 ? 'tomorrow' : fallback;
  };
  const tokens: Record<string, string> = {
    date_num: `${y}-${pad(date.getUTCMonth() + 1)}-${pad(d)}`,
    date: plain,
    date_short: short,
    date_long: long,
    date_pretty: relative(plain),
    date_short_pretty: relative(short),
    date_long_pretty: relative(long),
    time: `${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())} UTC`,
    time_secs: `${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}:${pad(date.getUTCSeconds())} UTC`,
    ago: ago(date, now),
  };
  return format.replace(/\{([a-z_]+)\}/g, (whole, name: string) => tokens[name] ?? whole);
}

/** One `<…>` token of Slack's markup as HTML. */
function renderAngle(inner: string, context: MrkdwnContext): string {
  const [target = '', label] = splitOnce(inner, '|');
  if (target.startsWith('@')) {
    const id = target.slice(1);
    return `<span class="mention" data-user="${escapeHtml(id)}">@${escapeHtml(context.userName(id))}</span>`;
  }
  if (target.startsWith('#')) {
    const id = target.slice(1);
    return `<span class="mention">#${escapeHtml(label ?? context.channelName(id))}</span>`;
  }
  if (target.startsWith('!subteam^')) {
    return `<span class="mention">@${escapeHtml(label ?? target.slice('!subteam^'.length))}</span>`;
  }
  if (target.startsWith('!date^')) {
    const [, seconds = '', format = '', link] = target.split('^');
    const text = formatSlackDate(Number(seconds), format, context.now);
    const shown = Number.isFinite(Number(seconds)) ? text : unescapeSlack(label ?? '');
    const html = `<time title="${escapeHtml(unescapeSlack(label ?? ''))}">${escapeHtml(shown)}</time>`;
    return link ? `<a href="${escapeHtml(unescapeSlack(link))}" target="_blank" rel="noopener">${html}</a>` : html;
  }
  if (target === '!here' || target === '!channel' || target === '!everyone') {
    return `<span class="mention">@${target.slice(1)}</span>`;
  }
  const url = unescapeSlack(target);
  const safe = /^(https?:|mailto:)/i.test(url) ? url : '#';
  return `<a href="${escapeHtml(safe)}" target="_blank" rel="noopener">${escapeHtml(unescapeSlack(label ?? target))}</a>`;
}

function splitOnce(text: string, separator: string): [string, string | undefined] {
  const at = text.indexOf(separator);
  return at < 0 ? [text, undefined] : [text.slice(0, at), text.slice(at + 1)];
}

/** Inline styles on already-escaped text (no `<…>` tokens inside). */
function renderInline(escaped: string): string {
  return escaped
    .replace(/(^|[\s(])\*([^*\n]+)\*(?=$|[\s.,;:!?)])/g, '$1<b>$2</b>')
    .replace(/(^|[\s(])_([^_\n]+)_(?=$|[\s.,;:!?)])/g, '$1<i>$2</i>')
    .replace(/(^|[\s(])~([^~\n]+)~(?=$|[\s.,;:!?)])/g, '$1<s>$2</s>');
}

/** A stretch of text without code: `<…>` tokens become placeholders so styles never cut through them. */
function renderText(text: string, context: MrkdwnContext): string {
  const tokens: string[] = [];
  const withPlaceholders = text.replace(/<([^<>\n]+)>/g, (_whole, inner: string) => {
    tokens.push(renderAngle(inner, context));
    return `\u0000${tokens.length - 1}\u0000`;
  });
  const html = emojify(renderInline(escapeHtml(unescapeSlack(withPlaceholders))));
  return html.replace(/\u0000(\d+)\u0000/g, (_whole, index: string) => tokens[Number(index)] ?? '');
}

function renderLines(text: string, context: MrkdwnContext): string {
  // Inline code first: nothing inside it is styled.
  const parts = text.split(/(`[^`\n]+`)/g);
  const html = parts
    .map((part) =>
      part.startsWith('`') && part.endsWith('`') && part.length > 1
        ? `<code>${escapeHtml(unescapeSlack(part.slice(1, -1)))}</code>`
        : renderText(part, context),
    )
    .join('');
  // Quotes: a line starting with "> " (escaped by Slack as "&gt; ").
  return html
    .split('\n')
    .map((line) => (line.startsWith('&gt; ') ? `<blockquote>${line.slice(5)}</blockquote>` : line))
    .join('<br>')
    .replace(/<\/blockquote><br><blockquote>/g, '<br>');
}

export function renderMrkdwn(text: string, context: MrkdwnContext): string {
  // Slack escapes "> " at a line start as "&gt; "; messages built by the bot may carry either form.
  const normalized = text.replace(/(^|\n)> /g, '$1&gt; ');
  const blocks = normalized.split(/```/);
  return blocks
    .map((chunk, index) =>
      index % 2 === 1
        ? `<pre>${escapeHtml(unescapeSlack(chunk.replace(/^\n/, '')))}</pre>`
        : renderLines(chunk, context),
    )
    .join('');
}

export function renderPlainText(text: string, emoji = true): string {
  const html = escapeHtml(text);
  return emoji ? emojify(html) : html;
}
