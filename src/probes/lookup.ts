import type { LookupAddress } from 'node:dns';

/** DNS as probes and the target guard use it: every address of a name (tests pass their own). */
export type LookupFn = (hostname: string, options: { all: true }) => Promise<LookupAddress[]>;
