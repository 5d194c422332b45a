import { connect } from 'node:net';
import { check } from './conditions.ts';
import { defineProbe } from './define-probe.ts';
import { errorCode } from './probe-errors.ts';
import { hostAndPort } from './probe-target.ts';
import type { CheckedTarget } from './target-guard.ts';
import type { ProbeContext } from './types.ts';

type PortState = 'open' | 'refused' | 'filtered' | 'unreachable';

// What a failed connect says about the port; anything else (no route from us) is left to the error classifier.
const CLOSED_CODES: Record<string, PortState> = { ECONNREFUSED: 'refused', EHOSTUNREACH: 'unreachable' };

/** A port is open, or (`expect: closed`) refuses or ignores us: the database must not be reachable from outside. */
export const tcpProbe = defineProbe('tcp', {
  // The observation is the answer: a refused port is what a `closed` check looks for.
  retry: false,
  observe: async (target, options, ctx) => {
    const { host, port } = hostAndPort(target);
    const checked = await ctx.guard.check(host);
    const state = await portState(checked, port, options.connectTimeoutMs, ctx);
    const ok = options.expect === 'open' ? state === 'open' : state !== 'open';
    const observed = state === 'filtered' ? `filtered (no answer in ${options.connectTimeoutMs} ms)` : state;
    return {
      conditions: [check(`tcp ${host}:${port}`, ok, observed, '==', options.expect)],
      evidence: { host, port, address: checked.address, state },
      highlight: `${host}:${port} ${observed}`,
    };
  },
});

function portState(checked: CheckedTarget, port: number, timeoutMs: number, ctx: ProbeContext): Promise<PortState> {
  return new Promise((resolve, reject) => {
    const socket = connect({ host: checked.address, port, signal: ctx.signal });
    const timer = setTimeout(() => finish(() => resolve('filtered')), timeoutMs);
    const finish = (settle: () => void) => {
      clearTimeout(timer);
      socket.destroy();
      settle();
    };
    socket.once('connect', () => finish(() => resolve('open')));
    socket.once('error', (error) => {
      const state = CLOSED_CODES[errorCode(error) ?? ''];
      finish(() => (state ? resolve(state) : reject(error)));
    });
  });
}
