import ipaddr from 'ipaddr.js';
import { check } from './conditions.ts';
import { defineProbe } from './define-probe.ts';
import { errorCode } from './probe-errors.ts';
import { hostAndPort } from './probe-target.ts';
import type { Condition } from './types.ts';

// Answers that say the name does not exist: the service's DNS is wrong, not our resolver.
const NO_SUCH_NAME = new Set(['ENOTFOUND', 'ENODATA']);

/** The name resolves (to every expected address, when given). No connection is made, so the guard is not asked. */
export const dnsProbe = defineProbe('dns', {
  retry: true,
  observe: async (target, options, ctx) => {
    const { host } = hostAndPort(target, 0);
    let answers: string[];
    try {
      const found = await ctx.lookup(host, { all: true });
      answers = found.filter((a) => options.family === 'any' || a.family === options.family).map((a) => a.address);
    } catch (error) {
      const code = errorCode(error);
      if (!code || !NO_SUCH_NAME.has(code)) throw error;
      answers = [];
    }
    const family = options.family === 'any' ? 'address' : `IPv${options.family} address`;
    const conditions: Condition[] = [
      check('dns.answers', answers.length > 0, answers.length > 0 ? answers.join(', ') : 'none', '>=', `one ${family}`),
    ];
    const normalized = new Set(answers.map(normalize));
    for (const expected of options.expectAddresses) {
      conditions.push(
        check('dns.answers', normalized.has(normalize(expected)), answers.join(', ') || 'none', 'include', expected),
      );
    }
    return { conditions, evidence: { host, addresses: answers }, highlight: `${host} → ${answers.join(', ')}` };
  },
});

function normalize(address: string): string {
  return ipaddr.isValid(address) ? ipaddr.parse(address).toNormalizedString() : address;
}
