import type { Core } from '../app/core.ts';
import type { TemplateCatalog } from '../app/core-deps.ts';
import type { Config } from '../config.ts';
import { AppError } from '../errors.ts';
import type { Level } from '../logger.ts';

/** The core's methods a request can name (all but `kick`, which is fire-and-forget but still a request). */
export type CoreMethod = Exclude<keyof Core, 'forRequest'>;

/** Main thread → core thread; a request made while a Slack request is handled carries its correlation id. */
export type CoreRequest = { id: number; method: CoreMethod; args: unknown[]; correlationId?: string };

/** An error as it crosses the port: an AppError keeps its code and user message. */
export type WireError = { name: string; message: string; stack?: string; code?: string; userMessage?: string };

/** Core thread → main thread. */
export type CoreMessage =
  | { type: 'ready' }
  | { type: 'start-failed'; error: WireError }
  | { type: 'reply'; id: number; ok: true; value: unknown }
  | { type: 'reply'; id: number; ok: false; error: WireError }
  | { type: 'log'; level: Level; message: string; data?: Record<string, unknown> };

/** What the core thread starts with (structured-cloned: the catalog's Map and Dates survive). */
export type CoreThreadData = {
  role: 'deploy-checklist-core';
  config: Config;
  templates: TemplateCatalog;
  /** A SharedClock's buffer when time is injected (tests); the system clock otherwise. */
  clock?: SharedArrayBuffer;
  schedule: boolean;
  workerId?: string;
};

export function toWireError(error: unknown): WireError {
  if (error instanceof AppError)
    return {
      name: error.name,
      message: error.message,
      ...(error.stack ? { stack: error.stack } : {}),
      code: error.code,
      userMessage: error.userMessage,
    };
  if (error instanceof Error)
    return { name: error.name, message: error.message, ...(error.stack ? { stack: error.stack } : {}) };
  return { name: 'Error', message: String(error) };
}

export function fromWireError(wire: WireError): Error {
  const error =
    wire.code !== undefined && wire.userMessage !== undefined
      ? new AppError(wire.code, { message: wire.message, userMessage: wire.userMessage })
      : new Error(wire.message);
  if (wire.code === undefined) error.name = wire.name;
  // The stack that matters is the core thread's, where the error was thrown.
  if (wire.stack) error.stack = wire.stack;
  return error;
}

/**
 * Log data made cloneable: errors become plain objects (as the logger prints them) and anything a port cannot
 * carry (functions, sockets) is dropped by the JSON round trip rather than failing the post.
 */
export function cloneableLogData(data: Record<string, unknown> | undefined): Record<string, unknown> | undefined {
  if (data === undefined) return undefined;
  return JSON.parse(
    JSON.stringify(data, (_key, value: unknown) =>
      value instanceof Error ? { name: value.name, message: value.message, stack: value.stack } : value,
    ),
  ) as Record<string, unknown>;
}
