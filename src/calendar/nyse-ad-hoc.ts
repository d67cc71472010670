/**
 * Unscheduled NYSE full-day closures since 2000 (source: NYSE announcements; FACTS.md §5).
 * Each entry is a New York date and the reason the exchange gave.
 */
export const NYSE_AD_HOC_CLOSURES: readonly { date: string; name: string }[] = [
  { date: '2001-09-11', name: 'September 11 attacks' },
  { date: '2001-09-12', name: 'September 11 attacks' },
  { date: '2001-09-13', name: 'September 11 attacks' },
  { date: '2001-09-14', name: 'September 11 attacks' },
  { date: '2004-06-11', name: 'National Day of Mourning for President Ronald Reagan' },
  { date: '2007-01-02', name: 'National Day of Mourning for President Gerald Ford' },
  { date: '2012-10-29', name: 'Hurricane Sandy' },
  { date: '2012-10-30', name: 'Hurricane Sandy' },
  { date: '2018-12-05', name: 'National Day of Mourning for President George H. W. Bush' },
  { date: '2025-01-09', name: 'National Day of Mourning for President Jimmy Carter' },
];

/** Unscheduled 13:00 early closes since 2000 that no yearly rule produces. */
export const NYSE_AD_HOC_EARLY_CLOSES: readonly { date: string; closeMinute: number }[] = [
  { date: '2003-12-26', closeMinute: 13 * 60 },
];
