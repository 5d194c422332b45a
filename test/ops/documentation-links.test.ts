import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// The README is one page of links into docs/; a moved section or a renamed heading must not leave a dead link.

const ROOT = path.resolve(import.meta.dirname, '../..');
const PAGES = [
  'README.md',
  'CONTRIBUTING.md',
  'SECURITY.md',
  'CHANGELOG.md',
  'templates/README.md',
  ...readdirSync(path.join(ROOT, 'docs'))
    .filter((file) => file.endsWith('.md'))
    .map((file) => `docs/${file}`),
];

/** GitHub's anchor for a heading: lowercase, punctuation dropped, spaces to dashes. */
function anchorOf(heading: string): string {
  return heading
    .trim()
    .toLowerCase()
    .replace(/[`*_]/g, '')
    .replace(/[^\p{L}\p{N} -]/gu, '')
    .replace(/ /g, '-');
}

function anchorsIn(file: string): Set<string> {
  const text = readFileSync(file, 'utf8').replace(/```[\s\S]*?```/g, '');
  return new Set([...text.matchAll(/^#{1,6} (.+)$/gm)].map((match) => anchorOf(match[1] as string)));
}

/** Relative links of a Markdown page (code blocks and spans left out): [text](target). */
function linksIn(text: string): string[] {
  const prose = text.replace(/```[\s\S]*?```/g, '').replace(/`[^`\n]*`/g, '``');
  return [...prose.matchAll(/\]\(([^)\s]+)\)/g)]
    .map((match) => match[1] as string)
    .filter((target) => !/^[a-z]+:/i.test(target));
}

describe('documentation links', () => {
  it.each(PAGES)('every relative link and anchor of %s leads somewhere', (page) => {
    const file = path.join(ROOT, page);
    const dead: string[] = [];
    for (const target of linksIn(readFileSync(file, 'utf8'))) {
      const [pathPart, anchor] = target.split('#') as [string, string | undefined];
      const destination = pathPart ? path.resolve(path.dirname(file), pathPart) : file;
      if (!existsSync(destination)) {
        dead.push(`${target} (no such file)`);
        continue;
      }
      if (
        anchor &&
        statSync(destination).isFile() &&
        destination.endsWith('.md') &&
        !anchorsIn(destination).has(anchor)
      )
        dead.push(`${target} (no such heading)`);
    }
    expect(dead).toEqual([]);
  });
});
