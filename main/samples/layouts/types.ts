import type { PageSpec } from '../draw/ops';
import type { Rng } from '../rng';
import type { CertificateFields, Shipment } from '../model/types';

export interface LayoutInput<F> {
  shipment: Shipment;
  fields: F;
  rng: Rng;
}

export type Layout<F> = (input: LayoutInput<F>) => PageSpec;

export type CertificateLayout = Layout<Partial<CertificateFields>>;
