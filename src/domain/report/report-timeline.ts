import type { DeploymentReport } from './build-deployment-report.ts';

export type TimelineMark = {
  at: string;
  kind: 'start' | 'sign-off' | 'stale' | 'go-live' | 'check-in' | 'rollback' | 'closed';
  label: string;
};

/** The moments the timeline chart shows, oldest first: start, sign-offs, go-live, check-ins, rollback, close. */
export function timelineMarks(report: DeploymentReport): TimelineMark[] {
  const marks: TimelineMark[] = [{ at: report.timeline.started, kind: 'start', label: 'started' }];
  for (const role of report.roles) {
    for (const s of role.signOffs) {
      marks.push({ at: s.at, kind: 'sign-off', label: `${role.title} ${s.decision === 'approve' ? '✓' : '✗'}` });
      if (s.stale) marks.push({ at: s.stale.at, kind: 'stale', label: `${role.title} stale` });
    }
  }
  const goLive = report.timeline.goLive;
  if (goLive) marks.push({ at: goLive.at, kind: 'go-live', label: goLive.override ? 'go-live (override)' : 'go-live' });
  for (const checkIn of report.checkIns) {
    const at = checkIn.answeredAt ?? checkIn.sentAt;
    if (at)
      marks.push({ at, kind: 'check-in', label: `${checkIn.title}${checkIn.answer ? `: ${checkIn.answer}` : ''}` });
  }
  for (const event of report.rollback.events) {
    if (event.action === 'rollback-reminder-sent') continue;
    marks.push({ at: event.at, kind: 'rollback', label: event.action.replace('-', ' ') });
  }
  if (report.timeline.closed) marks.push({ at: report.timeline.closed, kind: 'closed', label: report.outcome });
  return marks.sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
}

const COLOURS: Record<TimelineMark['kind'], string> = {
  start: '#555',
  'sign-off': '#2b7a3d',
  stale: '#b36b00',
  'go-live': '#1f4fb3',
  'check-in': '#6a3fb3',
  rollback: '#b3261e',
  closed: '#555',
};

const WIDTH = 760;
const MARGIN = 40;
const AXIS_Y = 70;

/**
 * A small inline SVG (no scripts, no external fonts or links) of the timeline. Marks are placed by time; labels
 * alternate above and below the axis so neighbours do not overlap as often. `escapeText` is the HTML escaper.
 */
export function renderTimelineSvg(marks: readonly TimelineMark[], escapeText: (text: string) => string): string {
  if (marks.length === 0) return '';
  const times = marks.map((m) => Date.parse(m.at));
  const first = Math.min(...times);
  const span = Math.max(...times) - first || 1;
  const x = (t: number) => MARGIN + ((t - first) / span) * (WIDTH - 2 * MARGIN);
  const parts = marks.map((mark, i) => {
    const px = x(Date.parse(mark.at));
    const cx = px.toFixed(1);
    // Labels near either end grow inwards, so none is cut off by the edge of the chart.
    const anchor = px > WIDTH - 130 ? 'end' : px < 130 ? 'start' : 'middle';
    const above = i % 2 === 0;
    const ly = above ? AXIS_Y - 16 - (i % 4 === 0 ? 0 : 14) : AXIS_Y + 26 + (i % 4 === 1 ? 0 : 14);
    return [
      `<circle cx="${cx}" cy="${AXIS_Y}" r="5" fill="${COLOURS[mark.kind]}"><title>${escapeText(`${mark.label} ${mark.at}`)}</title></circle>`,
      `<line x1="${cx}" y1="${AXIS_Y}" x2="${cx}" y2="${above ? ly + 4 : ly - 12}" stroke="#bbb" stroke-width="1"/>`,
      `<text x="${cx}" y="${ly}" font-size="11" text-anchor="${anchor}" fill="${COLOURS[mark.kind]}">${escapeText(mark.label)}</text>`,
    ].join('');
  });
  return [
    `<svg class="timeline" role="img" aria-label="Timeline" width="${WIDTH}" height="150" viewBox="0 0 ${WIDTH} 150">`,
    `<line x1="${MARGIN}" y1="${AXIS_Y}" x2="${WIDTH - MARGIN}" y2="${AXIS_Y}" stroke="#888" stroke-width="2"/>`,
    ...parts,
    `<text x="${MARGIN}" y="145" font-size="10" fill="#555">${escapeText(new Date(first).toISOString())}</text>`,
    `<text x="${WIDTH - MARGIN}" y="145" font-size="10" text-anchor="end" fill="#555">${escapeText(new Date(first + span).toISOString())}</text>`,
    '</svg>',
  ].join('\n');
}
