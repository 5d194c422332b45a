import { describe, expect, it } from 'vitest';
import type { SignOffRecord } from '../../../src/domain/deployment.ts';
import {
  outcomeOf,
  separationOfDuties,
  signOffsCountedAtGoLive,
} from '../../../src/domain/report/build-deployment-report.ts';
import { csvField, parsePeriod } from '../../../src/domain/report/population.ts';
import { htmlText } from '../../../src/domain/report/render-report-html.ts';
import { markdownText } from '../../../src/domain/report/render-report-markdown.ts';
import { approval, buildDeployment, DOMAIN_TEMPLATE, T0 } from '../../support/deployment-builder.ts';

const at = (minutes: number) => new Date(T0.getTime() + minutes * 60_000);
const GO_LIVE = at(60);

describe('the approvals that counted at go-live', () => {
  it.each<[string, SignOffRecord[], string[]]>([
    ['the newest approval of each role given by then', [approval('lead', 'ULEAD', { at: at(10) })], ['lead:ULEAD']],
    ['not one given after go-live', [approval('lead', 'ULEAD', { at: at(61) })], []],
    ['not one stale by then', [approval('sec', 'USEC', { at: at(10), staleAt: at(30), staleReason: 'x' })], []],
    [
      'one that went stale only after go-live',
      [approval('sec', 'USEC', { at: at(10), staleAt: at(90), staleReason: 'version changed' })],
      ['sec:USEC'],
    ],
    [
      'not a role whose newest word by then was a rejection',
      [
        approval('lead', 'ULEAD', { id: 'a', at: at(10) }),
        approval('lead', 'ULEAD2', { id: 'b', at: at(20), decision: 'reject', reason: 'not ready yet, tests fail' }),
      ],
      [],
    ],
  ])('%s', (_name, signOffs, expected) => {
    const deployment = buildDeployment({ goLiveAt: GO_LIVE, signOffs });
    expect(signOffsCountedAtGoLive(deployment).map((s) => `${s.roleKey}:${s.userId}`)).toEqual(expected);
  });
});

describe('separation of duties in the report', () => {
  const allowing = (rules: Partial<typeof DOMAIN_TEMPLATE.separationOfDuties>) => ({
    ...DOMAIN_TEMPLATE,
    separationOfDuties: { ...DOMAIN_TEMPLATE.separationOfDuties, ...rules },
  });
  it.each([
    {
      name: 'respected: different people, none of them the owner',
      signOffs: [approval('lead', 'ULEAD'), approval('sec', 'USEC')],
      template: DOMAIN_TEMPLATE,
      findings: [],
    },
    {
      name: 'the owner approving a required role, allowed by the template, is still named',
      signOffs: [approval('lead', 'UOWNER'), approval('sec', 'USEC')],
      template: allowing({ ownerMaySignRequired: true }),
      findings: ['the owner UOWNER approved the required role Lead (the template allows it)'],
    },
    {
      name: 'one person approving two required roles',
      signOffs: [approval('lead', 'UBOTH'), approval('sec', 'UBOTH')],
      template: allowing({ onePersonManyRequiredRoles: true }),
      findings: ['UBOTH approved 2 required roles (Lead, Security) (the template allows it)'],
    },
    {
      name: 'the owner approving an optional role is no finding',
      signOffs: [approval('po', 'UOWNER')],
      template: DOMAIN_TEMPLATE,
      findings: [],
    },
  ])('$name', ({ signOffs, template, findings }) => {
    const deployment = buildDeployment({ template, signOffs });
    const result = separationOfDuties(deployment, signOffsCountedAtGoLive(deployment));
    expect(result.findings).toEqual(findings);
    expect(result.respected).toBe(findings.length === 0);
  });
});

describe('outcome', () => {
  it.each([
    ['stable', 'stable'],
    ['rolled-back', 'rolled back'],
    ['cancelled', 'cancelled'],
    ['verifying', 'open'],
    ['rolling-back', 'open'],
  ] as const)('%s → %s', (status, outcome) => {
    expect(outcomeOf(status)).toBe(outcome);
  });
});

describe('CSV fields', () => {
  it.each([
    ['plain', 'payments-api', 'payments-api'],
    ['a comma', 'a, b', '"a, b"'],
    ['quotes', 'say "hi"', '"say ""hi"""'],
    ['a line break', 'one\ntwo', '"one\ntwo"'],
    ['a carriage return', 'one\r\ntwo', '"one\r\ntwo"'],
    ['leading space', ' padded', '" padded"'],
    ['a formula', '=SUM(A1:A2)', "'=SUM(A1:A2)"],
    ['a formula with a comma', '=IF(A1,1,2)', `"'=IF(A1,1,2)"`],
    ['plus, minus, at', '+1 -2 @x', "'+1 -2 @x"],
    ['a leading tab', '\tx', "'\tx"],
    ['empty', '', ''],
    ['an ISO time', '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z'],
  ])('%s', (_name, value, expected) => {
    expect(csvField(value)).toBe(expected);
  });
});

describe('the period of an export', () => {
  it.each([
    ['2026-01-01', '2026-03-31', { from: '2026-01-01T00:00:00.000Z', until: '2026-04-01T00:00:00.000Z' }],
    ['2026-02-28', '2026-02-28', { from: '2026-02-28T00:00:00.000Z', until: '2026-03-01T00:00:00.000Z' }],
    ['2026-02-29', '2026-03-01', { error: '--from "2026-02-29" is not a date: write YYYY-MM-DD, e.g. 2026-01-01' }],
    ['2026-1-1', '2026-03-31', { error: '--from "2026-1-1" is not a date: write YYYY-MM-DD, e.g. 2026-01-01' }],
    [undefined, '2026-03-31', { error: '--from is required (a date such as 2026-01-01)' }],
    ['2026-03-31', '2026-01-01', { error: '--to 2026-01-01 is before --from 2026-03-31' }],
  ])('--from %s --to %s', (from, to, expected) => {
    const result = parsePeriod(from, to);
    expect('error' in result ? result : { from: result.from.toISOString(), until: result.until.toISOString() }).toEqual(
      expected,
    );
  });
});

describe('text people typed, in the report', () => {
  it.each([
    ['a table cell break', 'a | b', 'a \\| b'],
    ['HTML', '<img src=x onerror=alert(1)>', '\\<img src=x onerror=alert\\(1\\)\\>'],
    ['a link', '[click](https://evil.example)', '\\[click\\]\\(https://evil.example\\)'],
    ['emphasis and code', '*bold* _it_ `code`', '\\*bold\\* \\_it\\_ \\`code\\`'],
    ['a heading at line start, after a line break', 'ok\n# Approved', 'ok \\# Approved'],
  ])('Markdown shows %s literally', (_name, text, expected) => {
    expect(markdownText(text)).toBe(expected);
  });

  it('HTML shows markup, quotes and ampersands literally', () => {
    expect(htmlText(`<script>alert("x") & 'y'</script>`)).toBe(
      '&lt;script&gt;alert(&quot;x&quot;) &amp; &#39;y&#39;&lt;/script&gt;',
    );
  });
});
