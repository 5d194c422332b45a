import type { RequestCore } from '../app/core.ts';
import type { RequestNotes } from '../correlation.ts';

/**
 * One Slack request's view of the core: the same calls, and along the way it notes on the request which deployment
 * it concerns and whether the core refused its change (the request's log line and metrics say so). Either core
 * variant, so both behave the same.
 */
export function requestNotingCore(core: RequestCore, notes: RequestNotes): RequestCore {
  const concerns = (deploymentId: string) => {
    notes.deploymentId = deploymentId;
  };
  return {
    ...core,
    apply: async (deploymentId, event, request) => {
      concerns(deploymentId);
      const outcome = await core.apply(deploymentId, event, request);
      if (!outcome.ok) notes.refused = true;
      return outcome;
    },
    find: (deploymentId) => {
      concerns(deploymentId);
      return core.find(deploymentId);
    },
    create: async (request, options) => {
      const created = await core.create(request, options);
      if (created.deploymentId) concerns(created.deploymentId);
      return created;
    },
    startProbeRun: (deploymentId, request) => {
      concerns(deploymentId);
      return core.startProbeRun(deploymentId, request);
    },
  };
}
