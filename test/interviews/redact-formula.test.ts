// A note that starts with a spreadsheet formula ("@SUM(1+1") is not a handle: the text stays as typed, and the
// review sheet defuses it like any cell that starts with @.
import { describe, expect, it } from 'vitest';
import { redactText } from '../../src/interviews/redact.js';

describe('an @ formula in a note', () => {
  it('is kept as typed, not read as a handle', () => {
    expect(redactText('@SUM(1+1')).toBe('@SUM(1+1');
    expect(redactText('@SUM(1+1) is what I type into the CRM')).toBe('@SUM(1+1) is what I type into the CRM');
    expect(redactText('see @sum(A1:A10) and @HYPERLINK("http://evil.example/x")')).toBe('see @sum(A1:A10) and @HYPERLINK("[url]")');
  });

  it('a handle, an address and a listed name are still taken out', () => {
    expect(redactText('ping @jsmith about the CRM')).toBe('ping [name] about the CRM');
    expect(redactText('@jane: the CRM is slow')).toBe('[name]: the CRM is slow');
    expect(redactText('mail jane@acme.com (SUM)')).toBe('mail [email] (SUM)');
    expect(redactText('@SUM(Jane Smith)', ['Jane Smith'])).toBe('@SUM([name])');
  });
});
