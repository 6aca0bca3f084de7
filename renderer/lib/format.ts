import type { AppError } from '../../preload/contract';

const dateTime = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short' });
const dateOnly = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long' });

/** "5 Mar 2025, 14:07" in local time; the raw ISO value goes in a tooltip for the record. */
export function formatDateTime(iso: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : dateTime.format(d);
}

export function formatDate(iso: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : dateOnly.format(d);
}

const LEADS: Readonly<Record<string, string>> = {
  case_exists: 'A file with that name already exists.',
  case_not_found: 'There is no case file at that path.',
  not_a_case_file: 'That file is not a Kimberlite case.',
  case_too_new: 'This case was saved by a newer version of Kimberlite.',
  case_corrupt: 'The case file is damaged.',
  invalid_input: 'Please check what you entered.',
  no_case_open: 'No case is open.',
  unsupported: 'Not available here.',
  forbidden: 'Access expired.',
  host_unreachable: 'Lost contact with Kimberlite.',
};

/** A short plain-words lead for an error code; the service's message gives the detail. */
export function errorLead(error: AppError): string {
  return LEADS[error.code] ?? 'Something went wrong.';
}
