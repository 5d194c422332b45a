/** What every benchmark returns: figures to print and targets that decide the exit code. */
export type BenchFigure = { label: string; value: number; unit: string };
export type BenchTarget = { label: string; ok: boolean; detail: string };
export type BenchReport = { name: string; figures: BenchFigure[]; targets: BenchTarget[] };
export type Bench = { name: string; run: () => Promise<BenchReport> };

export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index] as number;
}
