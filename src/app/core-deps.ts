import type { StartLimits } from '../domain/start-limits.ts';
import type { Logger } from '../logger.ts';
import type { CoreMetrics } from '../metrics/bot-metrics.ts';
import type { ProbeSettings } from '../probes/probe-settings.ts';
import type { LookupFn } from '../probes/types.ts';
import type { Store } from '../store/store.ts';
import type { LoadedTemplate, TemplateProblem } from '../templates/load-templates.ts';

/** The templates the bot offers: built-ins overridden by TEMPLATES_DIR; bad files are listed, not loaded. */
export type TemplateCatalog = { templates: Map<string, LoadedTemplate>; problems: TemplateProblem[] };

/** Who is in a Slack user group (the template's default assignees): looked up by the Slack side, cached there. */
export type UserGroups = { members: (userGroupId: string) => Promise<string[]> };

/** What the operations of the application layer work with, passed in from the composition (src/runtime). */
export type CoreDeps = {
  store: Store;
  templates: TemplateCatalog;
  now: () => Date;
  logger: Logger;
  /** Runs due outbox work now instead of at the next sweep. */
  kick: () => void;
  userGroups: UserGroups;
  probeSettings: ProbeSettings;
  /** The core's series: probe runs are counted where they run. */
  metrics: CoreMetrics;
  /** Replaces DNS for probes (tests); the system resolver otherwise. */
  probeLookup?: LookupFn;
  /** Bounds on starts per channel and per person. */
  startLimits: StartLimits;
};
