import { PROBE_KINDS, type ProbeKind } from '../domain/probe-spec.ts';
import { formatProbeResults, overallOutcome } from '../probes/format-probe-results.ts';
import { ProbeSettingsError, probeSettingsFromEnv } from '../probes/probe-settings.ts';
import { type CliCommand, EXIT, UsageError } from './cli-command.ts';

// Safe to point at production at any time: a handful of requests each. rate-limit (a burst), metrics (often
// internal), dns and tcp (need their own targets) run only when named.
const DEFAULT_KINDS: readonly ProbeKind[] = ['http', 'tls', 'redirect', 'headers', 'cors', 'compression', 'exposure'];

// promql reads a query from a metrics store, not a URL: it runs from templates (docs/probes.md#promql).
const URL_KINDS: readonly ProbeKind[] = PROBE_KINDS.filter((kind) => kind !== 'promql');

type ProbeArgs = { url: URL; kinds: ProbeKind[]; json: boolean };

export const probeCommand: CliCommand = {
  name: 'probe',
  usage: 'deploy-checklist probe <url> [--kinds http,tls,headers,...] [--json]',
  args: '<url>',
  summary: 'Run the probes against a URL and print their conditions (exit 0 all pass, 1 otherwise)',
  options: [
    {
      flag: '--kinds',
      value: 'KINDS',
      help: `comma-separated probe kinds; named only: ${URL_KINDS.filter((kind) => !DEFAULT_KINDS.includes(kind)).join(', ')}`,
      default: `${DEFAULT_KINDS.join(', ')} (tls for https URLs only)`,
    },
    { flag: '--json', help: 'print every result in full as JSON', default: 'one readable block per probe' },
  ],
  async run(args, io) {
    const parsed = parseProbeArgs(args);
    let settings: ReturnType<typeof probeSettingsFromEnv>;
    try {
      settings = probeSettingsFromEnv(io.env);
    } catch (error) {
      if (error instanceof ProbeSettingsError) throw new UsageError(error.message);
      throw error;
    }
    const requests = parsed.kinds.map((kind) => ({
      id: kind,
      spec: { kind, target: targetFor(kind, parsed.url), required: true, options: {} },
    }));
    // Loaded here so the other commands do not pay for the HTTP client and the probes at start-up.
    const { runProbes } = await import('../probes/run-probes.ts');
    const results = (await runProbes(requests, { settings })).map(({ result }) => result);
    const outcome = overallOutcome(results);
    if (parsed.json) io.stdout(`${JSON.stringify({ url: parsed.url.href, outcome, results }, null, 2)}\n`);
    else io.stdout(formatProbeResults(results));
    return outcome === 'pass' ? EXIT.ok : EXIT.failed;
  },
};

export function parseProbeArgs(args: readonly string[]): ProbeArgs {
  const positional: string[] = [];
  let kindsText: string | undefined;
  let json = false;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (arg === '--json') json = true;
    else if (arg === '--kinds') {
      kindsText = args[++i];
      if (kindsText === undefined) throw new UsageError('--kinds needs a list, e.g. --kinds tls,headers');
    } else if (arg.startsWith('--kinds=')) kindsText = arg.slice('--kinds='.length);
    else if (arg.startsWith('-')) throw new UsageError(`unknown option "${arg}"`);
    else positional.push(arg);
  }
  if (positional.length === 0) throw new UsageError('give the URL to probe, e.g. https://api.example.com');
  if (positional.length > 1)
    throw new UsageError(`one URL at a time (got ${positional.length}: ${positional.join(' ')})`);
  const url = parseUrl(positional[0] as string);
  const kinds = kindsText === undefined ? defaultKinds(url) : parseKinds(kindsText);
  if (kinds.includes('tls') && url.protocol !== 'https:')
    throw new UsageError(`tls needs an https:// URL, not ${url.href}`);
  return { url, kinds, json };
}

function parseUrl(text: string): URL {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new UsageError(`"${text}" is not a URL; write it with its scheme, e.g. https://${text}`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new UsageError(`"${text}" is not an http:// or https:// URL`);
  }
  return url;
}

function parseKinds(text: string): ProbeKind[] {
  const names = [
    ...new Set(
      text
        .split(',')
        .map((name) => name.trim())
        .filter(Boolean),
    ),
  ];
  if (names.length === 0) throw new UsageError('--kinds is empty; name at least one kind, e.g. --kinds tls');
  if (names.includes('promql')) {
    throw new UsageError(
      'promql reads a query from Prometheus, not a URL: put it in a template (docs/probes.md#promql)',
    );
  }
  const unknown = names.filter((name) => !(URL_KINDS as readonly string[]).includes(name));
  if (unknown.length > 0) {
    throw new UsageError(
      `unknown probe kind ${unknown.map((n) => `"${n}"`).join(', ')} (kinds: ${URL_KINDS.join(', ')})`,
    );
  }
  return names as ProbeKind[];
}

function defaultKinds(url: URL): ProbeKind[] {
  return DEFAULT_KINDS.filter((kind) => kind !== 'tls' || url.protocol === 'https:');
}

/** A bare origin probes its /metrics; every other kind takes the URL as given (exposure uses its origin). */
function targetFor(kind: ProbeKind, url: URL): string {
  if (kind === 'metrics' && url.pathname === '/') return new URL('/metrics', url).href;
  return url.href;
}
