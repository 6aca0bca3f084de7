// The shipment model: the goods as they really are, and what each document says about them.
// Document field objects use the contract's field names and normalised values (contract.md),
// so the truth writer can copy them as they are.

export type DocType =
  'kp_certificate' | 'invoice' | 'airway_bill' | 'packing_list' | 'import_confirmation';

export interface Party {
  name: string;
  street: string;
  city: string;
  country: string;
}

export interface Parcel {
  id: string;
  description: string;
  /** Hundredths of a carat, so sums are exact. */
  cct: number;
  /** US cents per carat. */
  unitCents: number;
  /** US cents: round(cct * unitCents / 100). */
  amountCents: number;
}

export type ScenarioKind = 'producer' | 'hub' | 'us' | 'eu';

export interface Shipment {
  id: string;
  kind: ScenarioKind;
  issuer: string;
  /** ISO codes, or ['MIXED']. */
  origin: string[];
  /** How a mixed origin is printed on the certificate. */
  mixedWording: 'mixed' | 'asterisks' | 'list';
  exporter: Party;
  importer: Party;
  destination: string;
  authority: string;
  certificateNumber: string;
  hs: string;
  parcels: Parcel[];
  dates: { invoice: string; issue: string; expiry: string; flight: string; receipt: string };
  invoiceNumber: string;
  packingReference: string;
  awb: {
    number: string;
    airline: string;
    flight: string;
    from: string;
    to: string;
    pieces: number;
    grossKg: number;
  };
  aesItn: string;
  sealNumbers: string[];
  /** Certificate number of the shipment these goods were imported under, for re-exports. */
  previousCertificate?: string;
}

export interface InvoiceLine {
  description: string;
  carats: number;
  unit_price: number;
  amount: number;
}

export interface CertificateFields {
  certificate_number: string;
  issuing_country: string;
  country_of_origin: string[];
  exporter_name: string;
  exporter_address: string;
  importer_name: string;
  importer_address: string;
  destination_country: string;
  carats: number;
  value_usd: number;
  parcels: number;
  hs_codes: string[];
  issue_date: string;
  expiry_date: string;
  issuing_authority: string;
}

export interface InvoiceFields {
  invoice_number: string;
  invoice_date: string;
  seller_name: string;
  seller_address: string;
  buyer_name: string;
  buyer_address: string;
  currency: string;
  total_amount: number;
  total_carats: number;
  parcels: number;
  country_of_origin: string[];
  hs_codes: string[];
  kp_certificate_numbers: string[];
  lines: InvoiceLine[];
}

export interface AwbFields {
  awb_number: string;
  shipper_name: string;
  consignee_name: string;
  departure_airport: string;
  destination_airport: string;
  flight_date: string;
  pieces: number;
  gross_weight_kg: number;
  declared_value: number;
  currency: string;
  kp_certificate_numbers: string[];
}

export interface PackingFields {
  reference: string;
  parcels: number;
  total_carats: number;
  parcel_lines: { parcel_id: string; carats: number }[];
  kp_certificate_numbers: string[];
  country_of_origin: string[];
}

export interface ConfirmationFields {
  certificate_number: string;
  parcels: number;
  carats: number;
  importer_name: string;
  exporter_name: string;
  receipt_date: string;
}

/** What each document of a shipment says; injections edit these, never the Shipment. */
export interface DocSet {
  kp_certificate: Partial<CertificateFields>;
  invoice: InvoiceFields;
  airway_bill: AwbFields;
  packing_list: PackingFields;
  import_confirmation?: ConfirmationFields;
}

export type InvoiceLayout = 'invoice-lots' | 'invoice-letterhead' | 'invoice-continental';
export type KpLayout =
  'kp-us-form' | 'kp-eu-style' | 'kp-fr-producer' | 'kp-pt-producer' | 'kp-hub';
