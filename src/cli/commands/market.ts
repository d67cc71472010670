import { XStockLendError } from '../../errors/index.js';
import { formatMarketClock } from '../format-market-clock.js';

/**
 * `xstock-lend market [--at ISO] [--days N]`: the US equity market clock.
 *
 * @param options - `at` (ISO instant, default now) and `days` (default 8)
 * @param write - where lines go
 * @example
 * ```ts
 * runMarket({ days: '8' }, console.log);
 * ```
 */
export function runMarket(options: { at?: string; days?: string }, write: (line: string) => void): void {
  const at = options.at === undefined ? new Date() : new Date(options.at);
  if (Number.isNaN(at.getTime())) {
    throw new XStockLendError(
      'INVALID_ARGUMENT',
      `--at must be an ISO date-time such as 2026-12-24T15:00:00Z, got ${options.at}.`,
      {
        context: { argument: '--at', value: options.at },
      },
    );
  }
  const days = Number(options.days ?? '8');
  if (!Number.isInteger(days) || days < 1 || days > 366) {
    throw new XStockLendError('INVALID_ARGUMENT', `--days must be a whole number from 1 to 366, got ${options.days}.`, {
      context: { argument: '--days', value: options.days },
    });
  }
  for (const line of formatMarketClock(at, days)) write(line);
}
