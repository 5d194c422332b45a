/** What every benchmark returns: figures to print and targets that decide the exit code. */
export type BenchFigure = { label: string; value: number; unit: string };
export type BenchTarget = { label: string; ok: boolean; detail: string };
export type BenchReport = { name: string; figures: BenchFigure[]; targets: BenchTarget[] };
export type Bench = { name: string; run: () => Promise<BenchReport> };

/** The same nearest-rank percentile the probes report latency with. */
export { percentile } from '../src/probes/latency-stats.ts';
