// Apart from the contract's schemas, so code that only reports errors does not load zod.

/** Error codes used across borders; new codes may be added, never renamed. */
export const ErrorCode = {
  invalidInput: 'invalid_input',
  unknownCall: 'unknown_call',
  noCaseOpen: 'no_case_open',
  caseExists: 'case_exists',
  caseNotFound: 'case_not_found',
  notACaseFile: 'not_a_case_file',
  caseTooNew: 'case_too_new',
  caseCorrupt: 'case_corrupt',
  unsupported: 'unsupported',
  forbidden: 'forbidden',
  documentNotFound: 'document_not_found',
  jobNotFound: 'job_not_found',
  pageNotFound: 'page_not_found',
  unknownField: 'unknown_field',
  boxOutsidePage: 'box_outside_page',
  noValueInBox: 'no_value_in_box',
  templateNotFound: 'template_not_found',
  internal: 'internal_error',
} as const;
