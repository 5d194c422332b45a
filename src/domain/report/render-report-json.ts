import { createHash } from 'node:crypto';
import type { DeploymentReport } from './build-deployment-report.ts';

/**
 * The JSON form of a report, byte for byte the same for the same stored deployment (no generation time inside), so
 * its hash identifies the report: `sha256sum report.json` gives the `reportHash` the population export lists.
 */
export function renderReportJson(report: DeploymentReport): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}

/** SHA-256 (hex) of the report's JSON form. The Markdown and HTML forms show it, so each can be tied to the JSON. */
export function reportHash(report: DeploymentReport): string {
  return createHash('sha256').update(renderReportJson(report)).digest('hex');
}
