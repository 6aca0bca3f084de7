import { setFlagsFromString } from 'node:v8';

let done = false;

/**
 * How much a function runs before V8 optimises it: eight times V8 11's default (132 KB of
 * bytecode budget). Each reader thread is a new isolate that warms pdf.js and extraction up
 * again, and with the default TurboFan recompiled pdf.js's text-content loop several times
 * a thread: optimising code took a third of a born-digital ingest's CPU (on background
 * threads) and this cuts the whole run's CPU by about 15 % (bench:ingest, 212 pages); code
 * that stays hot is still optimised, a little later. Results are the same: only when code is
 * compiled changes. The flag is process-wide and read by isolates started after it, so this
 * runs before the first reader thread is spawned.
 */
export function raiseTieringBudget(): void {
  if (done) return;
  done = true;
  setFlagsFromString('--interrupt-budget=1056768');
}
