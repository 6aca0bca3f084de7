import { describe, expect, it } from 'vitest';
import { errorLead, formatDate, formatDateTime } from '../../../renderer/lib/format';

describe('format', () => {
  it('formats ISO times and leaves garbage as it is', () => {
    expect(formatDate('2025-03-05T10:00:00Z')).toMatch(/March 2025/);
    expect(formatDateTime('2025-03-05T10:00:00Z')).toMatch(/Mar 2025/);
    expect(formatDateTime('not a date')).toBe('not a date');
  });

  it('gives every known error code a plain lead, and unknown ones a generic one', () => {
    expect(errorLead({ code: 'case_exists', message: '' })).toMatch(/already exists/);
    expect(errorLead({ code: 'something_new', message: '' })).toBe('Something went wrong.');
  });
});
