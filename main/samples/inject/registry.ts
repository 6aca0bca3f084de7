import { awbCheckDigitWrong } from './awb-check-digit';
import { caratsMismatch } from './carats-mismatch';
import { certificateDuplicate } from './certificate-duplicate';
import { certificateMissingFields } from './certificate-missing-fields';
import { certificatePrefixMismatch } from './certificate-prefix-mismatch';
import { datesExpiryBeforeIssue } from './dates-expiry-before-issue';
import { datesInvoiceAfterShipment } from './dates-invoice-after-shipment';
import { datesOutsideValidity } from './dates-outside-validity';
import { datesValidityTooLong } from './dates-validity-too-long';
import { hsCodeInvalid } from './hs-code-invalid';
import { invoiceArithmetic } from './invoice-arithmetic';
import { originHubDeclared } from './origin-hub-declared';
import { originMismatch } from './origin-mismatch';
import { originProductionShare } from './origin-production-share';
import { originRestricted } from './origin-restricted';
import { partyMismatch } from './party-mismatch';
import { partyRestricted } from './party-restricted';
import { priceHsInconsistent } from './price-hs-inconsistent';
import { priceOutlier } from './price-outlier';
import { priceRevaluation } from './price-revaluation';
import type { Injector, RuleId } from './types';
import { parcelsMismatch } from './parcels-mismatch';
import { valueMismatch } from './value-mismatch';

export const INJECTORS: Record<RuleId, Injector> = {
  'carats.mismatch': caratsMismatch,
  'value.mismatch': valueMismatch,
  'parcels.mismatch': parcelsMismatch,
  'party.mismatch': partyMismatch,
  'origin.mismatch': originMismatch,
  'origin.hub_declared': originHubDeclared,
  'origin.restricted': originRestricted,
  'party.restricted': partyRestricted,
  'price.outlier': priceOutlier,
  'price.hs_inconsistent': priceHsInconsistent,
  'price.revaluation': priceRevaluation,
  'dates.expiry_before_issue': datesExpiryBeforeIssue,
  'dates.validity_too_long': datesValidityTooLong,
  'dates.outside_validity': datesOutsideValidity,
  'dates.invoice_after_shipment': datesInvoiceAfterShipment,
  'certificate.duplicate': certificateDuplicate,
  'certificate.prefix_mismatch': certificatePrefixMismatch,
  'certificate.missing_fields': certificateMissingFields,
  'hs_code.invalid': hsCodeInvalid,
  'awb.check_digit': awbCheckDigitWrong,
  'invoice.arithmetic': invoiceArithmetic,
  'origin.production_share': originProductionShare,
};

/** Whether two rules may be injected into the same shipment. */
export function compatible(a: RuleId, b: RuleId): boolean {
  if (a === b) return false;
  return (
    !(INJECTORS[a].conflicts?.includes(b) ?? false) &&
    !(INJECTORS[b].conflicts?.includes(a) ?? false)
  );
}
