// Exact arithmetic in integer hundredths: carats as centicarats, money as cents.

export const toCarats = (cct: number): number => cct / 100;
export const toUsd = (cents: number): number => cents / 100;

export function lineAmountCents(cct: number, unitCents: number): number {
  return Math.round((cct * unitCents) / 100);
}

export const sum = (xs: readonly number[]): number => xs.reduce((s, x) => s + x, 0);

/** Rounds to two decimals without float noise (e.g. 1520.3500000001 → 1520.35). */
export const round2 = (x: number): number => Math.round(x * 100) / 100;
