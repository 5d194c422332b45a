// Slack's side of Socket Mode on 127.0.0.1: apps.connections.open (served by the fake Web API) hands the bot this
// server's URL; the server says hello, sends envelopes and collects the bot's acks.

import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { type WebSocket, WebSocketServer } from 'ws';
import type { FakeSlack } from './fake-slack.ts';

export type SocketAck = { envelope_id: string; payload?: Record<string, unknown> };

export type FakeSocketMode = {
  /** Resolves once a client has connected and been greeted. */
  connected: Promise<void>;
  /**
   * Sends an envelope as Slack does (`slash_commands`, `interactive`, `events_api`) and resolves with the bot's ack.
   * Slack gives an app 3 seconds; so does this.
   */
  send: (type: 'slash_commands' | 'interactive' | 'events_api', payload: Record<string, unknown>) => Promise<SocketAck>;
  close: () => Promise<void>;
};

export async function startFakeSocketMode(fake: FakeSlack): Promise<FakeSocketMode> {
  const server = new WebSocketServer({ host: '127.0.0.1', port: 0 });
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  fake.socketModeUrl = `ws://127.0.0.1:${(server.address() as AddressInfo).port}/link`;
  const waiting = new Map<string, (ack: SocketAck) => void>();
  let socket: WebSocket | undefined;
  const connected = new Promise<void>((resolve) => {
    server.on('connection', (ws) => {
      socket = ws;
      ws.on('message', (data) => {
        const ack = JSON.parse(String(data)) as SocketAck;
        waiting.get(ack.envelope_id)?.(ack);
        waiting.delete(ack.envelope_id);
      });
      ws.send(JSON.stringify({ type: 'hello', num_connections: 1, connection_info: { app_id: fake.appId } }));
      resolve();
    });
  });
  return {
    connected,
    send: (type, payload) => {
      if (!socket) return Promise.reject(new Error('no Socket Mode client is connected'));
      const envelopeId = randomBytes(8).toString('hex');
      const acked = new Promise<SocketAck>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no ack for ${type} within 3 s`)), 3000);
        waiting.set(envelopeId, (ack) => {
          clearTimeout(timer);
          resolve(ack);
        });
      });
      socket.send(
        JSON.stringify({ envelope_id: envelopeId, type, payload, accepts_response_payload: type !== 'events_api' }),
      );
      return acked;
    },
    close: async () => {
      for (const client of server.clients) client.terminate();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
