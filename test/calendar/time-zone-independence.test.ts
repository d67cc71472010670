import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const script = fileURLToPath(new URL('./session-digest.ts', import.meta.url));
const digestUnder = (tz: string) =>
  execFileSync(process.execPath, ['--import', 'tsx', script], { env: { ...process.env, TZ: tz }, encoding: 'utf8' });

describe('the calendar does not depend on the process time zone', () => {
  it('gives identical answers under TZ=UTC, Asia/Tokyo and America/Los_Angeles', () => {
    const utc = digestUnder('UTC');
    expect(utc).toMatch(/^[0-9a-f]{64}$/);
    expect(digestUnder('Asia/Tokyo')).toBe(utc);
    expect(digestUnder('America/Los_Angeles')).toBe(utc);
  });
});
