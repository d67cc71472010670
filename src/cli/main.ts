#!/usr/bin/env node
/**
 * The `xstock-lend` command line.
 *
 *   xstock-lend market [--at ISO] [--days N]          the US equity market clock
 *   xstock-lend localnet [--port 8899] [--obligations N] [--at ISO]
 *                                                     a local chain with a seeded xStocks market, until Ctrl-C
 */
import { Command } from 'commander';
import { isXStockLendError } from '../errors/index.js';
import { runLocalnet } from './commands/localnet.js';
import { runMarket } from './commands/market.js';

const program = new Command()
  .name('xstock-lend')
  .description('Borrow against tokenized equities (xStocks) on Kamino, safely.')
  .showHelpAfterError();

program
  .command('market')
  .description('US equity market status now and the regular sessions of the coming days (New York and UTC)')
  .option('--at <iso>', 'instant to describe instead of now, e.g. 2026-12-24T15:00:00Z')
  .option('--days <n>', 'days to list', '8')
  .action((options: { at?: string; days?: string }) => runMarket(options, (line) => console.log(line)));

program
  .command('localnet')
  .description('start a local Solana runtime with a seeded Kamino xStocks market behind a JSON-RPC on 127.0.0.1')
  .option('--port <n>', 'port to listen on (0 picks a free one)', '8899')
  .option('--obligations <n>', 'synthetic borrowers to seed', '1000')
  .option('--at <iso>', 'chain clock start instead of now')
  .option('--empty', 'start without the xStocks market')
  .action((options: { port: string; obligations: string; at?: string; empty?: boolean }) => runLocalnet(options));

program.parseAsync().catch((error: unknown) => {
  if (isXStockLendError(error)) {
    console.error(`error ${error.code}: ${error.message}`);
  } else {
    console.error(error);
  }
  process.exitCode = 1;
});
