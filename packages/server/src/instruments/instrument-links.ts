import type { Socket } from 'node:net';
import { describeError } from '@aliquot/domain';
import {
  AstmConnection,
  AstmLinkRole,
  AstmServer,
  MllpConnection,
  MllpServer,
  ReconnectingSocket,
} from '@aliquot/interfaces';
import type { Instrument } from '@aliquot/services';
import { astmConnectionOptions, type AstmLinkSpec } from './astm-link-handler.js';
import { mllpConnectionOptions } from './hl7-link-handler.js';
import type { LinkContext } from './link-context.js';
import { LinkState } from './link-status.js';

/** A running link; `stop` ends it and its connections. */
export interface RunningLink {
  readonly stop: () => Promise<void>;
}

/**
 * Serves ASTM connections on a listener: each accepted socket gets its own E1381 link. The live
 * connections are tracked so worklists can go out on them, and dropped when they close.
 */
export function astmListener(context: LinkContext, spec: AstmLinkSpec): AstmServer {
  const connections = new Map<number, AstmConnection>();
  return new AstmServer({
    connection: (peer) => astmConnectionOptions(context, spec, () => connections.get(peer.id)),
    onOpen: (peer, connection) => {
      connections.set(peer.id, connection);
      if (spec.instrumentCode) context.astmLinks.set(spec.instrumentCode, connection);
      context.board.peers(spec.connection, 1);
    },
    onClose: (peer) => {
      const connection = connections.get(peer.id);
      connections.delete(peer.id);
      for (const [code, live] of context.astmLinks) if (live === connection) context.astmLinks.delete(code);
      context.board.peers(spec.connection, -1);
    },
  });
}

/** Our E1381 role: the instrument has priority in contention unless the registry gives it to us. */
export function linkRole(instrument: Instrument): AstmLinkRole {
  return instrument.contentionPriority === 'computer' ? AstmLinkRole.instrument : AstmLinkRole.computer;
}

async function listenLink(
  context: LinkContext,
  instrument: Instrument,
  host: string,
  server: { listen(port: number, host: string): Promise<{ port: number }>; close(): Promise<void> },
): Promise<RunningLink> {
  const board = context.board;
  try {
    const address = await server.listen(instrument.port ?? 0, instrument.host ?? host);
    board.update(instrument.code, { state: LinkState.listening, port: address.port, lastError: null });
  } catch (error) {
    board.update(instrument.code, { state: LinkState.failed, lastError: describeError(error) });
    context.log(
      `instrument ${instrument.code}: cannot listen on port ${instrument.port}: ${describeError(error)}`,
    );
    return { stop: () => Promise.resolve() };
  }
  return { stop: () => server.close() };
}

function clientLink(
  context: LinkContext,
  instrument: Instrument,
  attach: (socket: Socket) => void,
): RunningLink {
  const board = context.board;
  const client = new ReconnectingSocket({
    host: instrument.host ?? '127.0.0.1',
    port: instrument.port ?? 0,
    onConnect: attach,
    onState: (state, detail) => {
      switch (state) {
        case 'connected':
          board.update(instrument.code, { state: LinkState.connected, lastError: null });
          break;
        case 'connecting':
          board.update(instrument.code, { state: LinkState.connecting });
          break;
        case 'waiting':
          board.update(instrument.code, { state: LinkState.disconnected, lastError: detail ?? null });
          break;
        case 'stopped':
          board.update(instrument.code, { state: LinkState.stopped });
          break;
        default:
          state satisfies never;
      }
    },
  });
  client.start();
  return { stop: () => client.stop() };
}

/**
 * Starts an instrument's own link: a listener on its port (`tcp-server` with a port), or a client
 * that connects out and reconnects with back-off (`tcp-client`). An instrument with no port of its
 * own reaches us through the shared ASTM or MLLP listener and needs nothing started.
 */
export async function startInstrumentLink(
  context: LinkContext,
  instrument: Instrument,
  host: string,
): Promise<RunningLink | undefined> {
  if (!instrument.active) return undefined;
  if (instrument.transport === 'tcp-server' && instrument.port === null) return undefined;
  const role = instrument.transport === 'tcp-server' ? 'tcp-server' : 'tcp-client';
  context.board.register({
    connection: instrument.code,
    instrumentCode: instrument.code,
    protocol: instrument.protocol,
    role,
    host: instrument.host ?? (role === 'tcp-server' ? host : null),
    port: instrument.port,
  });
  const astmSpec: AstmLinkSpec = {
    connection: instrument.code,
    instrumentCode: instrument.code,
    charset: instrument.charset,
    role: linkRole(instrument),
  };
  const hl7Spec = { connection: instrument.code, instrumentCode: instrument.code };
  if (role === 'tcp-server') {
    return instrument.protocol === 'astm'
      ? listenLink(context, instrument, host, astmListener(context, astmSpec))
      : listenLink(context, instrument, host, new MllpServer(mllpConnectionOptions(context, hl7Spec)));
  }
  let nextId = 1;
  return clientLink(context, instrument, (socket) => {
    if (instrument.protocol === 'astm') {
      let connection: AstmConnection | undefined = undefined;
      connection = new AstmConnection(
        socket,
        astmConnectionOptions(context, astmSpec, () => connection),
      );
      context.astmLinks.set(instrument.code, connection);
      socket.once('close', () => {
        if (context.astmLinks.get(instrument.code) === connection) context.astmLinks.delete(instrument.code);
      });
      return;
    }
    const info = {
      id: nextId++,
      remoteAddress: socket.remoteAddress ?? '',
      remotePort: socket.remotePort ?? 0,
    };
    new MllpConnection(socket, info, mllpConnectionOptions(context, hl7Spec));
  });
}
