// Air waybill numbers: 3-digit airline prefix, 7-digit serial, check digit = serial mod 7 (IATA).
import type { Rng } from '../rng';

export const awbCheckDigit = (serial: string): number => Number(serial) % 7;

export function isValidAwb(awb: string): boolean {
  if (!/^\d{11}$/.test(awb)) return false;
  return awbCheckDigit(awb.slice(3, 10)) === Number(awb.slice(10));
}

export function makeAwb(rng: Rng, prefix: string): string {
  const serial = String(rng.int(1000000, 9999999));
  return `${prefix}${serial}${String(awbCheckDigit(serial))}`;
}
