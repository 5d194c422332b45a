/** Durations in templates are written `90s`, `15m`, `2h`, `7d` (one unit, whole numbers). */
const UNIT_MS = { s: 1_000, m: 60_000, h: 3_600_000, d: 86_400_000 } as const;
const DURATION_PATTERN = /^(\d{1,6})(s|m|h|d)$/;

export type DurationUnit = keyof typeof UNIT_MS;

/** Parses `90s` → 90000; returns undefined for anything else (so callers can report it with their own path). */
export function parseDuration(text: string): number | undefined {
  const match = DURATION_PATTERN.exec(text.trim());
  if (!match) return undefined;
  const unit = match[2] as DurationUnit;
  return Number(match[1]) * UNIT_MS[unit];
}

/** Formats milliseconds as the largest whole unit among d/h/m/s with a remainder, e.g. `1h 30m`. */
export function formatDuration(ms: number): string {
  const negative = ms < 0;
  let rest = Math.round(Math.abs(ms) / 1000) * 1000;
  const parts: string[] = [];
  for (const unit of ['d', 'h', 'm', 's'] as const) {
    const size = UNIT_MS[unit];
    if (rest >= size) {
      parts.push(`${Math.floor(rest / size)}${unit}`);
      rest %= size;
    }
    if (parts.length === 2) break;
  }
  const text = parts.length === 0 ? '0s' : parts.join(' ');
  return negative ? `-${text}` : text;
}
