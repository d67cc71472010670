/**
 * The localnet's Solana JSON-RPC server: HTTP JSON-RPC 2.0 and PubSub over websocket, on loopback, serving an
 * {@link AccountStore}.
 *
 * @packageDocumentation
 */
export { createRpcServer, type RpcServer, type RpcServerOptions } from './create-rpc-server.js';
export type { RpcLogEntry } from './dispatch-json-rpc.js';
export { JsonRpcError, RpcErrorCode, type RpcErrorObject } from './json-rpc-error.js';
export { LocalChain, type LocalChainOptions, type TransactionEvent } from './local-chain.js';
export { LOCALNET_SOLANA_CORE_VERSION, type RpcLimits } from './rpc-method.js';
export type { SignatureStatus } from './signature-status-cache.js';
export type { CompiledInnerInstruction, SimulationOutcome } from './simulation-outcome.js';
export type { TransactionErrorJson } from './transaction-error.js';
