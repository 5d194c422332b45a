import { closeSync, existsSync, fstatSync, ftruncateSync, mkdirSync, openSync, readFileSync, writeSync } from 'node:fs';
import path from 'node:path';
import type { Core, ProbeRunRequest, StartRequest } from '../app/core.ts';
import type { ReportRequest } from '../app/report-upload.ts';
import type { DeploymentEvent } from '../domain/apply-event.ts';
import type { Origin } from '../domain/authorize.ts';

/** A change a surface acknowledges before the core has stored it: what to call again if the process dies first. */
export type JournaledCall =
  | { op: 'apply'; deploymentId: string; event: DeploymentEvent; origin: Origin }
  | { op: 'create'; request: StartRequest; responseUrl: string }
  | { op: 'start-probe-run'; deploymentId: string; request: ProbeRunRequest }
  | { op: 'request-report'; request: ReportRequest };

type Line = { k: string; call: JournaledCall } | { k: string; done: true };

/** Past this size a journal with nothing pending is emptied (it only ever holds the last few seconds' requests). */
const COMPACT_AT_BYTES = 1 << 20;

/**
 * The durable inbox of the thread that acks Slack. Slack shows a click as accepted the moment it is acked, but the
 * change is stored a few milliseconds later by the core; a crash in between would lose an accepted click. So the
 * call is appended here before the ack and marked done once the core has answered; at the next start the calls
 * still pending are replayed under the same request key, which the core records with the change itself, so a call
 * that was stored after all is not applied twice.
 *
 * Appends are synchronous writes to a file opened for appending: once `write` returns, the bytes are the kernel's,
 * so they survive the process being killed (kill -9, an OOM kill, a crash). A machine that loses power may lose the
 * last writes; the journal is not fsynced, which would cost the ack a disk flush.
 */
export class RequestJournal {
  private readonly fd: number;
  private readonly pending = new Set<string>();

  private constructor(
    readonly file: string,
    private readonly leftOver: Array<{ key: string; call: JournaledCall }>,
  ) {
    this.fd = openSync(file, 'a');
  }

  /** Opens (or creates) the journal and reads what the last process left pending. */
  static open(file: string): RequestJournal {
    mkdirSync(path.dirname(file), { recursive: true });
    return new RequestJournal(file, existsSync(file) ? pendingCalls(readFileSync(file, 'utf8')) : []);
  }

  /** The calls the previous process acknowledged and may not have stored, oldest first. */
  unfinished(): Array<{ key: string; call: JournaledCall }> {
    return this.leftOver;
  }

  /** Records a call under its request key; call before the ack. */
  record(key: string, call: JournaledCall): void {
    this.append({ k: key, call });
    this.pending.add(key);
  }

  /** The core answered (stored, refused, or failed for good): the call needs no replay. */
  settle(key: string): void {
    if (!this.pending.delete(key)) return;
    this.append({ k: key, done: true });
    if (this.pending.size === 0 && fstatSync(this.fd).size > COMPACT_AT_BYTES) ftruncateSync(this.fd, 0);
  }

  /** After a replay: what was left over is settled, so the file can start empty. */
  clearLeftOver(): void {
    this.leftOver.length = 0;
    if (this.pending.size === 0) ftruncateSync(this.fd, 0);
  }

  close(): void {
    closeSync(this.fd);
  }

  private append(line: Line): void {
    writeSync(this.fd, `${JSON.stringify(line)}\n`);
  }
}

/** Reads a journal: recorded calls without a done line. A torn last line (killed mid-write) is ignored. */
export function pendingCalls(text: string): Array<{ key: string; call: JournaledCall }> {
  const calls = new Map<string, JournaledCall>();
  for (const raw of text.split('\n')) {
    if (!raw.trim()) continue;
    let line: Line;
    try {
      line = JSON.parse(raw, reviveDates) as Line;
    } catch {
      continue;
    }
    if ('done' in line) calls.delete(line.k);
    else calls.set(line.k, line.call);
  }
  return [...calls].map(([key, call]) => ({ key, call }));
}

/** The one date a journaled call carries (a snooze's end) comes back as a Date, as the core expects. */
function reviveDates(key: string, value: unknown): unknown {
  return key === 'until' && typeof value === 'string' ? new Date(value) : value;
}

/**
 * Runs a journaled call against the core under its request key. A call that was stored before the crash finds its
 * key taken and does nothing.
 */
export async function replayCall(core: Core, key: string, call: JournaledCall): Promise<void> {
  const requestCore = core.forRequest(key);
  if (call.op === 'apply') {
    await requestCore.apply(call.deploymentId, call.event, { origin: call.origin, requestKey: key });
  } else if (call.op === 'create') {
    await requestCore.create(call.request, { responseUrl: call.responseUrl, requestKey: key });
  } else if (call.op === 'request-report') {
    await requestCore.requestReport({ ...call.request, requestKey: key });
  } else {
    await requestCore.startProbeRun(call.deploymentId, { ...call.request, requestKey: key });
  }
}
