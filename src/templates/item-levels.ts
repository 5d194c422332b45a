/**
 * What a checklist table's level column says about an item: required (go-live waits for it) or not. Teams write
 * levels as words ("Critical", "Should have", "P2") or as coloured emoji; the mapping below is the documented
 * default (templates/README.md), and `import --required-levels` replaces the required list.
 */
export const DEFAULT_REQUIRED_LEVELS: readonly string[] = [
  'critical',
  'blocker',
  'blocking',
  'must',
  'must have',
  'mandatory',
  'required',
  'high',
  'p0',
  'p1',
  'yes',
  '🔴',
  '🟥',
  '🟠',
  '❗',
  '‼',
  '🚨',
  '⛔',
];

export const DEFAULT_OPTIONAL_LEVELS: readonly string[] = [
  'should',
  'should have',
  'recommended',
  'medium',
  'nice to have',
  'could',
  'could have',
  'low',
  'optional',
  'p2',
  'p3',
  'p4',
  'no',
  '🟡',
  '🟨',
  '🟢',
  '🟩',
  '🔵',
  '⚪',
  '💡',
];

/**
 * A level cell reduced to what the mapping compares: its words in lower case ("Should-have" → "should have"), or
 * its first emoji when it has no words ("🔴" and "🔴️" alike).
 */
export function normalizeLevel(cell: string): string {
  const words = cell
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
  if (words) return words;
  const emoji = cell.replace(/\s|\uFE0F|\u200D/g, '');
  return emoji ? (Array.from(emoji)[0] as string) : '';
}

/**
 * Required or not for a level cell; `undefined` for a level the mapping does not know (the importer then keeps
 * the item required and says so). The longest known level that starts the cell wins: "Critical (blocker)" is
 * critical, "Should have" is should have. With `requiredLevels` given, exactly those levels are required.
 */
export function levelIsRequired(cell: string, requiredLevels?: readonly string[]): boolean | undefined {
  const level = normalizeLevel(cell);
  if (!level) return undefined;
  if (requiredLevels) return matches(level, requiredLevels.map(normalizeLevel)) !== undefined;
  const required = matches(level, DEFAULT_REQUIRED_LEVELS);
  const optional = matches(level, DEFAULT_OPTIONAL_LEVELS);
  if (required === undefined && optional === undefined) return undefined;
  return (required?.length ?? -1) >= (optional?.length ?? -1);
}

function matches(level: string, known: readonly string[]): string | undefined {
  let best: string | undefined;
  for (const candidate of known) {
    const hit = level === candidate || level.startsWith(`${candidate} `);
    if (hit && (!best || candidate.length > best.length)) best = candidate;
  }
  return best;
}
