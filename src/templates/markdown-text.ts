import type { Nodes, PhrasingContent } from 'mdast';

export type TextOptions = {
  /**
   * Keep links whose address Slack can open (http, https, mailto) as Markdown `[label](url)`; the renderer turns
   * them into Slack links. A relative link (`./docs/env.md`) means nothing in Slack: only its label is kept.
   */
  links?: boolean;
  /** Keep inline HTML as written (table cells read `<details><summary>` from it). */
  html?: boolean;
};

const OPENABLE = /^(?:https?:\/\/|mailto:)/i;

/** Plain text of inline Markdown: emphasis markers dropped, inline code kept in backticks, links as asked. */
export function phrasingText(nodes: readonly PhrasingContent[], options: TextOptions = {}): string {
  const parts = nodes.map((node): string => {
    switch (node.type) {
      case 'text':
        return node.value;
      case 'inlineCode':
        return `\`${node.value}\``;
      case 'break':
        return ' ';
      case 'image':
        return node.alt ?? '';
      case 'html':
        return options.html ? node.value : '';
      case 'link': {
        const label = phrasingText(node.children, { ...options, links: false });
        if (!options.links || !OPENABLE.test(node.url)) return label;
        // A GFM autolink (`https://example.com` typed as is) stays a bare address.
        if (label === node.url || `mailto:${label}` === node.url) return node.url;
        return `[${label.replace(/[[\]]/g, '')}](${node.url.replace(/[()\s]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`)})`;
      }
      case 'strong':
      case 'emphasis':
      case 'delete':
        return phrasingText(node.children, options);
      default:
        return 'children' in node ? phrasingText(node.children as PhrasingContent[], options) : '';
    }
  });
  return parts.join('').replace(/\s+/g, ' ').trim();
}

/**
 * Drops leading and trailing words made only of non-ASCII characters: emoji (`🔐 Security`), and emoji whose bytes
 * were decoded in the wrong character set (`üîê Security`, `Code Quality ‚úÖ`), which must not end up in keys.
 */
export function cleanTitle(text: string): string {
  const words = text.split(/\s+/).filter(Boolean);
  const meaningful = (word: string) => !/^[^\x00-\x7f]+$/.test(word);
  const start = words.findIndex(meaningful);
  if (start < 0) return '';
  const end = findLastIndex(words, meaningful);
  return words.slice(start, end + 1).join(' ');
}

/** Markdown links reduced to their labels: what keys and report lines are made from. */
export function withoutLinks(text: string): string {
  return text.replace(/\[([^\]]*)\]\([^)\s]*\)/g, '$1');
}

export function lineOf(node: Nodes): number {
  return node.position?.start.line ?? 1;
}

export function endLineOf(node: Nodes): number {
  return node.position?.end.line ?? lineOf(node);
}

export function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

export function findLast<T>(values: readonly T[], predicate: (value: T) => boolean): T | undefined {
  return values[findLastIndex(values, predicate)];
}

export function findLastIndex<T>(values: readonly T[], predicate: (value: T) => boolean): number {
  for (let i = values.length - 1; i >= 0; i--) if (predicate(values[i] as T)) return i;
  return -1;
}
