import { escapeMrkdwn } from './mrkdwn.ts';

/** `[label](https://…)`, a code span, or a bare http(s) address: the inline Markdown an item text may keep. */
const INLINE = /\[([^\]\n]+)\]\(((?:https?:\/\/|mailto:)[^\s)]+)\)|(`+)([^`\n]+?)\3|(https?:\/\/[^\s<>`]+)/g;

/**
 * Item texts and details keep the links and code spans of the checklist they were imported from, written as
 * Markdown (`[runbook](https://…)`, `` `kubectl rollout undo` ``). Slack's mrkdwn writes a link as `<url|label>`
 * and has no escape for `|` or `>` inside one, so the address is percent-encoded there and the label escaped;
 * everything else is escaped as plain text so `<!channel>` in a checklist pings nobody.
 */
export function renderInlineMarkdown(text: string): string {
  let out = '';
  let last = 0;
  for (const match of text.matchAll(INLINE)) {
    out += escapeMrkdwn(text.slice(last, match.index));
    const [whole, label, url, , code, bare] = match;
    if (label !== undefined && url !== undefined)
      out += `<${slackUrl(url)}|${escapeMrkdwn(label).replace(/\|/g, '¦')}>`;
    else if (code !== undefined) out += `\`${escapeMrkdwn(code)}\``;
    else if (bare !== undefined) out += `<${slackUrl(bare)}>`;
    else out += escapeMrkdwn(whole);
    last = (match.index ?? 0) + whole.length;
  }
  return out + escapeMrkdwn(text.slice(last));
}

function slackUrl(url: string): string {
  return url.replace(/[|<>]/g, (char) => encodeURIComponent(char)).replace(/&/g, '&amp;');
}
