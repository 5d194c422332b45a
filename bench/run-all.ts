import type { Bench, BenchReport } from './bench-report.ts';
import { busyChannelBench } from './busy-channel-bench.ts';
import { memoryBench } from './memory-bench.ts';
import { probeBench } from './probe-bench.ts';
import { redactionBench } from './redaction-bench.ts';
import { schedulerBench } from './scheduler-bench.ts';
import { slackBench } from './slack-bench.ts';

// One line per benchmark; `npm run bench -- NAME` runs only the named ones.
const BENCHES: Bench[] = [probeBench, schedulerBench, slackBench, busyChannelBench, memoryBench, redactionBench];

async function main(): Promise<void> {
  const only = process.argv.slice(2);
  const selected = only.length > 0 ? BENCHES.filter((bench) => only.includes(bench.name)) : BENCHES;
  let missed = 0;
  for (const bench of selected) {
    const report: BenchReport = await bench.run();
    process.stdout.write(`\n## ${report.name}\n`);
    for (const figure of report.figures) {
      process.stdout.write(`  ${figure.label.padEnd(56)} ${formatValue(figure.value)} ${figure.unit}\n`);
    }
    for (const target of report.targets) {
      if (!target.ok) missed++;
      process.stdout.write(`  [${target.ok ? 'ok' : 'MISSED'}] ${target.label}: ${target.detail}\n`);
    }
  }
  process.stdout.write(missed === 0 ? '\nall targets met\n' : `\n${missed} target(s) missed\n`);
  process.exit(missed === 0 ? 0 : 1);
}

function formatValue(value: number): string {
  return Number.isInteger(value) ? String(value) : value.toFixed(2);
}

await main();
