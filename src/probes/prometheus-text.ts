/** A strict reader of the Prometheus text exposition format (0.0.4, and the OpenMetrics lines a scrape accepts). */

export type Exposition =
  | { ok: true; names: Set<string>; families: number; samples: number }
  | { ok: false; line: number; message: string };

const NAME = '[a-zA-Z_:][a-zA-Z0-9_:]*';
const LABEL_NAME = '[a-zA-Z_][a-zA-Z0-9_]*';
const LABEL_VALUE = '"(?:[^"\\\\\\n]|\\\\[\\\\"n])*"';
const LABEL = `${LABEL_NAME}\\s*=\\s*${LABEL_VALUE}`;
const VALUE = '[+-]?(?:Inf|inf|NaN|nan|(?:\\d+\\.?\\d*|\\.\\d+)(?:[eE][+-]?\\d+)?)';
const SAMPLE = new RegExp(
  `^(${NAME})(?:\\{\\s*(?:${LABEL}(?:\\s*,\\s*${LABEL})*\\s*,?\\s*)?\\})?\\s+(${VALUE})(?:\\s+-?\\d+(?:\\.\\d+)?)?\\s*$`,
);
const TYPE = new RegExp(`^#\\s+TYPE\\s+(${NAME})\\s+(\\S+)\\s*$`);
const HELP = new RegExp(`^#\\s+HELP\\s+(${NAME})(?:\\s.*)?$`);
const TYPES = new Set([
  'counter',
  'gauge',
  'histogram',
  'summary',
  'untyped',
  'unknown',
  'info',
  'stateset',
  'gaugehistogram',
]);

export function parseExposition(text: string): Exposition {
  const names = new Set<string>();
  const typed = new Set<string>();
  let samples = 0;
  const lines = text.split('\n');
  for (const [index, raw] of lines.entries()) {
    const line = raw.replace(/\r$/, '');
    const number = index + 1;
    if (line.trim() === '' || line === '# EOF') continue;
    if (line.startsWith('#')) {
      const type = TYPE.exec(line);
      if (type) {
        const [, name, kind] = type as unknown as [string, string, string];
        if (!TYPES.has(kind)) return { ok: false, line: number, message: `unknown metric type "${kind}"` };
        if (typed.has(name)) return { ok: false, line: number, message: `second TYPE line for ${name}` };
        typed.add(name);
        names.add(name);
        continue;
      }
      if (/^#\s+(TYPE|HELP)\b/.test(line) && !HELP.test(line)) {
        return { ok: false, line: number, message: `malformed ${line.split(/\s+/)[1]} line` };
      }
      continue;
    }
    const sample = SAMPLE.exec(line);
    if (!sample) return { ok: false, line: number, message: `not a sample: ${JSON.stringify(line.slice(0, 60))}` };
    names.add(sample[1] as string);
    samples++;
  }
  if (samples === 0 && typed.size === 0) return { ok: false, line: 1, message: 'no metrics at all' };
  return { ok: true, names, families: typed.size, samples };
}
