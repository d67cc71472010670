/**
 * The main job (`npm start`): a tour of xstock-lend on the built-in localnet.
 *
 * 1. the US equity market clock now (sessions of the next 7 days, New York and UTC);
 * 2. a localnet with a seeded Kamino xStocks market, read over JSON-RPC like mainnet;
 * 3. every reserve's oracle price, multiplier and guarded status now,
 *    then as of the coming Saturday noon in New York, then one hour before a scheduled TSLAx 3:1 split.
 *
 * Run: npm start            (or: npx tsx examples/tour.ts [--at 2026-12-24T15:00:00Z] [--obligations 1000])
 */
import { createSolanaRpc } from '@solana/kit';
import { formatMarketClock, formatNewYork } from '../src/cli/format-market-clock.js';
import {
  fetchScaledUiAmountConfig,
  fetchScopeOraclePrices,
  guardPrice,
  nextMarketOpen,
  scopePriceToReading,
  XStockLendError,
} from '../src/index.js';
import { type Localnet, startLocalnet } from '../src/localnet/index.js';

const argument = (name: string) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : undefined;
};
const now = argument('--at') === undefined ? new Date() : new Date(argument('--at') as string);
const obligations = Number(argument('--obligations') ?? '1000');

const flag = (ok: boolean) => (ok ? 'yes' : 'no ');
const usd = (x: number) => (Number.isFinite(x) ? x.toFixed(2).padStart(9) : '      n/a');

/** One table of every reserve, read over RPC and judged by guardPrice at the chain clock. */
async function printReserves(localnet: Localnet, title: string): Promise<void> {
  const rpc = createSolanaRpc(localnet.rpcUrl);
  const seeded = localnet.seeded;
  if (seeded === null) return;
  const at = localnet.now();
  const prices = await fetchScopeOraclePrices(rpc, seeded.scope.oraclePrices);
  console.log('');
  console.log(`${title} — chain clock ${at.toISOString()} (New York ${formatNewYork(at)})`);
  console.log(
    'reserve  LTV/LT   price/share  multiplier  raw-unit price  status            borrow withdraw liquidate  collateral px  note',
  );
  for (const reserve of seeded.reserves) {
    const entry = prices.prices[reserve.scopePriceIndex];
    if (entry === undefined) continue;
    const mint =
      reserve.params.tokenProgram === 'token-2022' ? await fetchScaledUiAmountConfig(rpc, reserve.liquidityMint) : null;
    const g = guardPrice({
      reading: scopePriceToReading(entry),
      at,
      symbol: reserve.symbol,
      ...(mint === null ? {} : { mint }),
      // USDC keeps no market hours; xStocks follow the NYSE calendar.
      ...(reserve.symbol === 'USDC' ? { policy: { tradingHours: 'always' as const, maxAgeOpenSeconds: 300 } } : {}),
    });
    const ltv = `${reserve.params.loanToValuePct}/${reserve.params.liquidationThresholdPct}`;
    const note =
      g.reasons.find((r) => /multiplier|split|oracle|old|predates/.test(r)) ??
      g.reasons.find((r) => !r.startsWith('no liquidations')) ??
      '';
    console.log(
      `${reserve.symbol.padEnd(7)}  ${ltv.padEnd(7)}  ${usd(g.priceUsd)}    ${String(g.multiplier).padEnd(10)}  ${usd(g.rawTokenPriceUsd)}       ${g.status.padEnd(16)}  ${flag(g.canBorrow)}    ${flag(g.canWithdraw)}      ${flag(g.canLiquidate)}       ${usd(g.collateralPriceUsd)}  ${note.length > 90 ? `${note.slice(0, 87)}…` : note}`,
    );
  }
}

/** Republishes every reserve's current price with the chain clock as its timestamp (what Scope does all weekend). */
async function republishPrices(localnet: Localnet): Promise<void> {
  const seeded = localnet.seeded;
  if (seeded === null) return;
  const prices = await fetchScopeOraclePrices(createSolanaRpc(localnet.rpcUrl), seeded.scope.oraclePrices);
  for (const reserve of seeded.reserves) {
    const entry = prices.prices[reserve.scopePriceIndex];
    const mint =
      reserve.params.tokenProgram === 'token-2022'
        ? await fetchScaledUiAmountConfig(createSolanaRpc(localnet.rpcUrl), reserve.liquidityMint)
        : null;
    if (entry === undefined) continue;
    const g = guardPrice({
      reading: scopePriceToReading(entry),
      at: localnet.now(),
      ...(mint === null ? {} : { mint }),
      policy: { tradingHours: 'always', maxAgeOpenSeconds: 1e9 },
    });
    localnet.setPrice(reserve.symbol, g.priceUsd);
  }
}

/** The first Saturday 12:00 New York strictly after `from`. */
function comingSaturdayNoon(from: Date): Date {
  for (let day = 0; day <= 7; day++) {
    const candidate = new Date(from.getTime() + day * 86_400_000);
    const date = candidate.toISOString().slice(0, 10);
    for (const utcHour of [16, 17]) {
      const noon = new Date(`${date}T${utcHour}:00:00Z`);
      const ny = new Intl.DateTimeFormat('en-US', {
        timeZone: 'America/New_York',
        weekday: 'short',
        hour: 'numeric',
        hourCycle: 'h23',
      }).formatToParts(noon);
      const weekday = ny.find((p) => p.type === 'weekday')?.value;
      const hour = ny.find((p) => p.type === 'hour')?.value;
      if (weekday === 'Sat' && hour === '12' && noon > from) return noon;
    }
  }
  throw new XStockLendError('INVALID_ARGUMENT', 'no Saturday found in the next 8 days', {
    context: { from: from.toISOString() },
  });
}

async function main(): Promise<void> {
  console.log('xstock-lend — tour');
  console.log('');
  for (const line of formatMarketClock(now, 8)) console.log(line);

  console.log('');
  const started = performance.now();
  const localnet = await startLocalnet({ at: now, obligations });
  try {
    const seeded = localnet.seeded;
    console.log(`localnet up in ${Math.round(performance.now() - started)} ms at ${localnet.rpcUrl}`);
    console.log(
      `  Kamino market ${localnet.market}: ${seeded?.reserves.length ?? 0} reserves, ${seeded?.obligations.addresses.length ?? 0} borrowers`,
    );
    console.log(
      '  (LiteSVM with the real Token-2022 program; klend accounts from klend-sdk codecs; klend itself cannot execute here)',
    );

    await printReserves(localnet, 'Now');

    // Saturday noon. Scope keeps refreshing its timestamp all weekend while the price stays frozen, so klend's own
    // 300 s staleness check passes; the calendar is what says there is no price discovery until Monday.
    const saturday = comingSaturdayNoon(now);
    localnet.setTime(saturday);
    await republishPrices(localnet);
    await printReserves(localnet, 'The coming Saturday, noon in New York (oracle timestamps fresh, prices frozen)');

    // A 3:1 TSLAx split that applies Monday 00:00 UTC; look one hour before it.
    const effective = new Date(Date.parse(saturday.toISOString().slice(0, 10)) + 2 * 86_400_000);
    await localnet.scheduleMultiplier('TSLAx', 3, effective);
    localnet.setTime(new Date(effective.getTime() - 3_600_000));
    await republishPrices(localnet);
    await printReserves(localnet, `One hour before a TSLAx 3:1 split (multiplier ×3 at ${effective.toISOString()})`);
    console.log('');
    console.log(
      `After the split, guardPrice blocks TSLAx until its oracle prints a post-split price in the session opening ${nextMarketOpen(effective).toISOString()}.`,
    );
  } finally {
    await localnet.stop();
  }
  console.log(
    'localnet stopped. Next: docs/ (calendar, oracles, corporate actions, guard, localnet) and `npx tsx src/cli/main.ts --help`.',
  );
}

main().catch((error: unknown) => {
  if (error instanceof XStockLendError) {
    console.error(`error ${error.code}: ${error.message}`);
  } else {
    console.error(error);
  }
  process.exitCode = 1;
});
