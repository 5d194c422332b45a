/** What every benchmark returns: figures to print and targets that decide the exit code. */
export type BenchFigure = { label: string; value: number; unit: string };
export type BenchTarget = { label: string; ok: boolean; detail: string };
export type BenchReport = { name: string; figures: BenchFigure[]; targets: BenchTarget[] };
export type Bench = { name: string; run: () => Promise<BenchReport> };

/** The same nearest-rank percentile the probes report latency with. */
export { percentile } from '../src/probes/latency-stats.ts';

/**
 * One report from the same measurement on several stores: each figure's lines next to each other, labelled with
 * the store, and every store's targets.
 */
export function sideBySide(
  name: string,
  stores: string[],
  measured: Array<{ figures: BenchFigure[]; targets: BenchTarget[] }>,
): BenchReport {
  const figures = (measured[0]?.figures ?? []).flatMap((figure, i) =>
    measured.map((m, s) => ({ ...(m.figures[i] ?? figure), label: `${figure.label} [${stores[s]}]` })),
  );
  const targets = measured.flatMap((m, s) => m.targets.map((t) => ({ ...t, label: `${t.label} [${stores[s]}]` })));
  return { name, figures, targets };
}
