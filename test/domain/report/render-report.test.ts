import { describe, expect, it } from 'vitest';
import { chainAuditRows } from '../../../src/domain/audit-chain.ts';
import { buildDeploymentReport } from '../../../src/domain/report/build-deployment-report.ts';
import type { DeploymentRecord } from '../../../src/domain/report/deployment-record.ts';
import { populationRow } from '../../../src/domain/report/population.ts';
import { renderReportHtml } from '../../../src/domain/report/render-report-html.ts';
import { renderReportJson, reportHash } from '../../../src/domain/report/render-report-json.ts';
import { renderReportMarkdown } from '../../../src/domain/report/render-report-markdown.ts';
import { timelineMarks } from '../../../src/domain/report/report-timeline.ts';
import { approval, buildDeployment, T0 } from '../../support/deployment-builder.ts';

/** A deployment still being prepared: one approval, never live, one audit row. */
function planningRecord(): DeploymentRecord {
  const deployment = buildDeployment({ status: 'planning', signOffs: [approval('lead', 'ULEAD')] });
  const audit = chainAuditRows(null, [
    {
      deploymentId: deployment.id,
      actor: 'UOWNER',
      action: 'deployment-started',
      itemKey: null,
      dataJson: '{}',
      at: T0,
    },
  ]).map((row, i) => ({ ...row, id: i + 1 }));
  return { deployment, audit, chain: { hash: audit[0]!.hash, count: 1 }, probeRuns: [] };
}

describe('the report of a deployment that has not gone live', () => {
  const report = buildDeploymentReport(planningRecord());

  it('says it is not live and open, with nothing after go-live', () => {
    expect(report.outcome).toBe('open');
    expect(report.timeline).toEqual({ started: T0.toISOString(), goLive: null, closed: null });
    expect(report.roles.find((r) => r.key === 'lead')?.signOffs[0]).toMatchObject({
      beforeGoLive: null,
      countedAtGoLive: true,
    });
    const md = renderReportMarkdown(report);
    expect(md).toContain('- **Went live:** not live');
    expect(md).toContain('- **Closed:** open');
    // The address the probe would check, the deployment's endpoint filled in (not the template's `${url}`).
    expect(md).toContain('probe tls https://api.example.com, not run');
    expect(md).not.toContain('{url}');
    expect(renderReportHtml(report)).toContain('<li><strong>Went live:</strong> not live</li>');
    expect(timelineMarks(report).map((m) => m.kind)).toEqual(['start', 'sign-off']);
  });

  it('says which endpoint was never set instead of printing a placeholder as an address', () => {
    const record = planningRecord();
    const noUrl = { ...record, deployment: { ...record.deployment, endpoints: {} } };
    const md = renderReportMarkdown(buildDeploymentReport(noUrl));
    expect(md).toContain('probe tls, not run: no url endpoint set');
    expect(renderReportHtml(buildDeploymentReport(noUrl))).toContain('probe tls, not run: no url endpoint set');
    expect(md).not.toContain('{url}');
  });

  it('is the same bytes and the same hash every time it is built from the same record', () => {
    const again = buildDeploymentReport(planningRecord());
    expect(renderReportJson(again)).toBe(renderReportJson(report));
    expect(reportHash(again)).toBe(reportHash(report));
    expect(populationRow(report)).toMatchObject({
      wentLive: null,
      approvedBeforeGoLive: null,
      override: false,
      probesAtGoLive: null,
      approvals: [{ role: 'lead', by: 'ULEAD', beforeGoLive: null }],
      reportHash: reportHash(report),
    });
  });

  it('reports a broken chain instead of hiding it', () => {
    const record = planningRecord();
    record.audit[0] = { ...record.audit[0]!, actor: 'UMALLORY' };
    const broken = buildDeploymentReport(record);
    expect(broken.auditChain).toMatchObject({ intact: false, problem: expect.stringContaining('was edited') });
    expect(renderReportMarkdown(broken)).toContain('**Verified:** BROKEN: row 1');
    expect(populationRow(broken).auditChainIntact).toBe(false);
  });
});
