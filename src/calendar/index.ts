export {
  getMarketSession,
  isMarketOpen,
  type MarketSession,
  nextMarketClose,
  nextMarketOpen,
  previousMarketClose,
  type SessionName,
} from './market-session.js';
export {
  CALENDAR_MAX_YEAR,
  CALENDAR_MIN_YEAR,
  type NyseEarlyClose,
  type NyseHoliday,
  nyseEarlyCloses,
  nyseHolidays,
} from './nyse-rules.js';
export {
  formatPythSchedule,
  isOpenBySchedule,
  type PythDaySchedule,
  type PythHoliday,
  type PythSchedule,
  type PythTimeRange,
  parsePythSchedule,
} from './pyth-schedule.js';
export { toPythSchedule } from './to-pyth-schedule.js';
export { getTradingDay, type TradingDay } from './trading-day.js';
