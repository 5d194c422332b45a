import { describe, expect, it } from 'vitest';
import { checkTemplateText } from '../../src/templates/check-template.ts';

/** A valid template to break one line at a time; line numbers below refer to this text. */
const VALID = `name: payments-api
title: Payments API
endpoints:
  - key: db
roles:
  - key: tech-lead
    title: Technical Lead
  - key: observer
    title: Observer
    required: false
    covers: [health]
phases:
  - key: day
    title: Deployment day
    kind: day
    items:
      - key: health
        text: Health endpoint returns 200
        probe:
          kind: http
          target: \${url}/health
          options:
            expectStatus: 200
      - key: db-closed
        text: Database not reachable
        probe:
          kind: tcp
          target: \${db}
          options:
            expect: closed
checkIns:
  - key: after-1h
    after: 1h
    title: First hour
    probes: [health]
`;

function edit(from: string, to: string): string {
  if (!VALID.includes(from)) throw new Error(`fixture has no "${from}"`);
  return VALID.replace(from, to);
}

type Case = { name: string; text: string; line: number; column: number; path: string; message: string | RegExp };

const cases: Case[] = [
  {
    name: 'a misspelt key, with the key to write instead',
    text: edit('        text: Database not reachable', '        text: Database not reachable\n        requird: false'),
    line: 24,
    column: 9,
    path: 'phases[0].items[1]',
    message:
      'unknown key "requird": for "requird" write "required" (keys here: key, text, required, section, parent, detail, probe)',
  },
  {
    name: 'an unknown top-level key far from any known one',
    text: `${VALID}colour: blue\n`,
    line: 1,
    column: 1,
    path: '',
    message: /^unknown key "colour": remove "colour" \(keys here: name, title, /,
  },
  {
    name: 'a duplicate item key',
    text: edit('      - key: db-closed', '      - key: health'),
    line: 24,
    column: 14,
    path: 'phases[0].items[1].key',
    message: 'duplicate item key "health": item keys must be unique in the whole template (try "health-2")',
  },
  {
    name: 'a probe on an endpoint the template does not declare',
    text: edit(`          target: \${db}`, `          target: \${api}:5432`),
    line: 28,
    column: 19,
    path: 'phases[0].items[1].probe.target',
    message: `unknown endpoint "\${api}": declare it under "endpoints" or use \${url}`,
  },
  {
    name: 'a role required by nothing',
    text: edit('    covers: [health]\n', ''),
    line: 8,
    column: 10,
    path: 'roles[1].key',
    message:
      /^role "observer" is required by nothing .*set "required: true", list the items it vouches for under "covers", or remove the role$/,
  },
  {
    name: 'a check-in before go-live',
    text: edit('    after: 1h', '    after: 0m'),
    line: 33,
    column: 12,
    path: 'checkIns[0].after',
    message: 'a check-in must come after go-live ("1h")',
  },
  {
    name: 'a check-in written in a unit that does not exist',
    text: edit('    after: 1h', '    after: 1w'),
    line: 33,
    column: 12,
    path: 'checkIns[0].after',
    message: 'write a duration such as "90s", "15m", "2h" or "7d"',
  },
  {
    name: 'a check-in more than a year out',
    text: edit('    after: 1h', '    after: 400d'),
    line: 33,
    column: 12,
    path: 'checkIns[0].after',
    message: 'a check-in more than a year out: use "365d" or less',
  },
  {
    name: 'a probe option the kind does not know',
    text: edit('            expect: closed', '            expect: closed\n            timeout: 5'),
    line: 30,
    column: 13,
    path: 'phases[0].items[1].probe.options',
    // The wording belongs to the probe kinds; what matters is the option, the kind and what to write instead.
    message: /unknown option "timeout".*tcp.*expect, connectTimeoutMs/,
  },
  {
    name: 'a probe option with a bad value',
    text: edit('            expect: closed', '            expect: shut'),
    line: 30,
    column: 21,
    path: 'phases[0].items[1].probe.options.expect',
    message: /open.*closed/,
  },
  {
    name: 'broken YAML',
    text: edit('    title: Technical Lead', '    title: [Technical Lead'),
    line: 8,
    column: 3,
    path: '',
    message: /^YAML: /,
  },
];

describe('checkTemplateText', () => {
  it('accepts the valid fixture', () => {
    const result = checkTemplateText(VALID);
    expect(result.ok ? [] : result.issues).toEqual([]);
  });

  it.each(cases)('reports $name at its line and column', ({ text, line, column, path, message }) => {
    const result = checkTemplateText(text);
    if (result.ok) throw new Error('expected the template to be refused');
    const issue = result.issues.find((candidate) => candidate.path === path);
    expect(issue, JSON.stringify(result.issues)).toBeDefined();
    expect({ line: issue?.line, column: issue?.column }).toEqual({ line, column });
    if (typeof message === 'string') expect(issue?.message).toBe(message);
    else expect(issue?.message).toMatch(message);
  });
});

describe('every problem in one pass', () => {
  // Five schema problems and four cross-reference problems: the second kind used to appear only once the first
  // was fixed, because the schema's cross-reference check runs only on a template of the right shape.
  const BROKEN = `name: Payments API
title: Payments API
endpoints:
  - key: db
roles:
  - key: tech-lead
    title: Technical Lead
    covers: [helth]
phases:
  - key: day
    title: Deployment day
    kind: launch
    items:
      - key: health
        text: Health endpoint returns 200
        requird: true
        probe:
          kind: http
          target: \${url}/health
          options: { expectStatus: 200 }
      - key: health
        text: Database not reachable
        probe:
          kind: tcp
          target: \${database}
          options: { expect: sideways }
checkIns:
  - key: after-1h
    after: 1 hour
    title: First hour
    probes: [db-closed]
rollback:
  window: 0s
`;

  it('reports the schema problems and the cross-references together, each at its line', () => {
    const result = checkTemplateText(BROKEN);
    if (result.ok) throw new Error('expected the template to be refused');
    expect(result.issues.map((issue) => [issue.line, issue.path])).toEqual([
      [1, 'name'],
      [8, 'roles[0].covers[0]'],
      [12, 'phases[0].kind'],
      [14, 'phases[0].items[0]'],
      [21, 'phases[0].items[1].key'],
      [25, 'phases[0].items[1].probe.target'],
      [26, 'phases[0].items[1].probe.options.expect'],
      [29, 'checkIns[0].after'],
      [31, 'checkIns[0].probes[0]'],
      [33, 'rollback.window'],
    ]);
    const messages = result.issues.map((issue) => issue.message).join('\n');
    expect(messages).toContain('"helth" is neither an item nor a phase of this template');
    expect(messages).toContain('duplicate item key "health"');
    expect(messages).toContain('unknown endpoint "${database}"');
    expect(messages).toContain('"db-closed" is not an item with a probe');
  });

  it('does not repeat a problem the schema already reported at the same place', () => {
    const result = checkTemplateText(BROKEN.replace('covers: [helth]', 'covers: [42]'));
    if (result.ok) throw new Error('expected the template to be refused');
    expect(result.issues.filter((issue) => issue.path === 'roles[0].covers[0]')).toHaveLength(1);
  });
});
