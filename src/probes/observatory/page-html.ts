import { Parser } from 'htmlparser2';
import type { PageScript } from './sri-test.ts';

/** What the grading reads from a page's HTML: its script sources and the policies its `<meta>` tags declare. */
export type PageHtml = {
  scripts: PageScript[];
  /** `content` of each `<meta http-equiv="Content-Security-Policy">`. */
  cspMeta: string[];
  /** `content` of each `<meta name="referrer">`. */
  referrerMeta: string[];
};

/**
 * Reads the tags with an HTML tokenizer rather than patterns, so a `<script>` inside a comment or inside another
 * script's text is not mistaken for one. Browsers honour a CSP `<meta>` only in the head; a page that puts one in
 * the body gets it ignored, and so it is here.
 */
export function readPageHtml(html: string): PageHtml {
  const page: PageHtml = { scripts: [], cspMeta: [], referrerMeta: [] };
  let inBody = false;
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (name === 'body') inBody = true;
        if (name === 'script' && attributes.src !== undefined && attributes.src.trim() !== '') {
          page.scripts.push({ src: attributes.src.trim(), integrity: (attributes.integrity ?? '').trim() !== '' });
        }
        if (name !== 'meta' || attributes.content === undefined) return;
        const equiv = attributes['http-equiv']?.trim().toLowerCase();
        if (equiv === 'content-security-policy' && !inBody) page.cspMeta.push(attributes.content);
        if (attributes.name?.trim().toLowerCase() === 'referrer') page.referrerMeta.push(attributes.content);
      },
      onclosetag(name) {
        if (name === 'head') inBody = true;
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.end(html);
  return page;
}

/** `text/html` (or XHTML) by the response's Content-Type. */
export function isHtml(contentType: string | undefined): boolean {
  return /^\s*(text\/html|application\/xhtml\+xml)\b/i.test(contentType ?? '');
}
