import type { DeploymentView } from '../app/deployment-view.ts';

/**
 * What a route answers: a status and a JSON body, or (`file`) a document in its own media type: a report or an
 * export, sent as it is.
 */
export type ApiAnswer = {
  status: number;
  body: unknown;
  file?: { contentType: string; filename: string; text: string };
};

/** Links the API adds to what it shows (the thread's permalink, from the workspace's address). */
export type Links = { permalink: (view: Pick<DeploymentView, 'channelId' | 'threadTs'>) => string | null };
