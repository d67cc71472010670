import { XStockLendError } from '../../errors/index.js';
import { startLocalnet } from '../../localnet/index.js';

/**
 * `xstock-lend localnet [--port 8899] [--obligations N] [--at ISO] [--empty]`: starts a localnet, prints its URL and
 * serves until Ctrl-C (SIGINT) or SIGTERM, then stops cleanly.
 *
 * @param options - the parsed command-line options
 * @example
 * ```ts
 * await runLocalnet({ port: '8899', obligations: '1000' });
 * ```
 */
export async function runLocalnet(options: {
  port: string;
  obligations: string;
  at?: string;
  empty?: boolean;
}): Promise<void> {
  const port = Number(options.port);
  const obligations = Number(options.obligations);
  const at = options.at === undefined ? new Date() : new Date(options.at);
  if (Number.isNaN(at.getTime())) {
    throw new XStockLendError('INVALID_ARGUMENT', `--at must be an ISO date-time, got ${options.at}.`, {
      context: { argument: '--at' },
    });
  }
  const started = performance.now();
  process.stdout.write(
    `starting localnet (${options.empty ? 'empty' : `xStocks market, ${obligations.toLocaleString('en-US')} obligations`})…\n`,
  );
  const localnet = await startLocalnet({ port, obligations, at, seed: options.empty ? 'empty' : 'xstocks' });
  const ms = Math.round(performance.now() - started);
  process.stdout.write(`localnet ready in ${ms} ms\n`);
  process.stdout.write(`  RPC:     ${localnet.rpcUrl}\n  PubSub:  ${localnet.wsUrl}\n`);
  if (localnet.seeded !== null) {
    process.stdout.write(`  market:  ${localnet.market}\n`);
    for (const r of localnet.seeded.reserves)
      process.stdout.write(`  ${r.symbol.padEnd(7)} reserve ${r.address}  mint ${r.liquidityMint}\n`);
  }
  process.stdout.write(
    '  (klend itself cannot execute here: reads work, klend transactions fail with a program-not-found error)\n',
  );
  process.stdout.write('serving; press Ctrl-C to stop\n');
  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  await localnet.stop();
  process.stdout.write('localnet stopped\n');
}
