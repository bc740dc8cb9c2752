// Data on its way to a terminal: no control characters, no escape sequences, no bidirectional overrides.
// The escape-sequence alternative comes first, or ESC alone would be removed and "[31m" left behind.
// Bidirectional overrides are removed too: they can make a file name read backwards.
const CONTROL = /\u001b\[[0-9;?]*[ -\/]*[@-~]|[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/** Make a data value safe to print: no control characters, no escape sequences, newlines as spaces. */
export function safeText(value: string): string {
  return value.replace(/\r\n|\r|\n|\t/g, ' ').replace(CONTROL, '');
}

