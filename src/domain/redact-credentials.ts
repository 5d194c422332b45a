/**
 * Credentials that must never be shown or logged, whoever typed them: Slack tokens, a signing secret, and the
 * user-info part of a URL (https://user:pass@host, postgresql://app:secret@db). One rule for the log lines and for
 * everything the bot posts in Slack.
 *
 * Linear in the length of the text: it runs on every log line, and a request can put a megabyte into a field that a
 * line quotes. Each pattern starts with a literal, so no start position is scanned more than a bounded number of
 * times; the URL rule is a hand-written scan because its regular expression (a scheme of unbounded length, then
 * user-info up to the last @) retried from every position of a long word and took quadratic time.
 */
const TOKEN_PATTERNS: Array<[RegExp, string]> = [
  [/xox[abposr]-[A-Za-z0-9-]+/g, '[redacted]'],
  [/xapp-[A-Za-z0-9-]+/g, '[redacted]'],
  [/(signing_?secret["'=:\s]+)[A-Za-z0-9]+/gi, '$1[redacted]'],
];

export const REDACTED = '[redacted]';

export function redactCredentials(text: string): string {
  let out = redactUrlUserInfo(text);
  for (const [pattern, replacement] of TOKEN_PATTERNS) out = out.replace(pattern, replacement);
  return out;
}

const isSchemeChar = (c: number) =>
  isLetter(c) || (c >= 48 && c <= 57) /* 0-9 */ || c === 43 /* + */ || c === 46 /* . */ || c === 45; /* - */
const isLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
// What ends the user-info part: whitespace, the start of the path, query or fragment, a quote (JSON ends the string
// there) and a backslash not escaping anything.
const END_OF_USER_INFO = new Uint8Array(128);
for (const c of ' \t\n\r\f\v/?#"') END_OF_USER_INFO[c.charCodeAt(0)] = 1;

/**
 * Replaces the user-info of every `scheme://user-info@host` with [redacted]: everything up to the last @ before the
 * host, so a password containing @ leaks nothing. A JSON escape (\") does not end it. Each character is visited at
 * most twice: once walking back over a scheme, once walking forward over a user-info part; neither walk crosses
 * "://" (a scheme has no ":" and a user-info part no "/").
 */
function redactUrlUserInfo(text: string): string {
  let out = '';
  let copied = 0;
  let from = 0;
  for (;;) {
    const separator = text.indexOf('://', from);
    if (separator === -1) break;
    from = separator + 3;
    // The scheme: the longest run of scheme characters before "://" that starts with a letter.
    let start = separator;
    while (start > copied && isSchemeChar(text.charCodeAt(start - 1))) start--;
    while (start < separator && !isLetter(text.charCodeAt(start))) start++;
    if (start === separator) continue;
    let end = from;
    let lastAt = -1;
    while (end < text.length) {
      const c = text.charCodeAt(end);
      if (c === 92 /* \ */) {
        const next = text.charCodeAt(end + 1);
        if (end + 1 >= text.length || next === 10 || next === 13) break;
        end += 2;
        continue;
      }
      if (c < 128 ? END_OF_USER_INFO[c] === 1 : /\s/.test(text[end] as string)) break;
      if (c === 64 /* @ */) lastAt = end;
      end++;
    }
    if (lastAt > from) {
      out += `${text.slice(copied, from)}${REDACTED}`;
      copied = lastAt;
    }
    from = Math.max(from, lastAt + 1);
  }
  return copied === 0 ? text : out + text.slice(copied);
}
