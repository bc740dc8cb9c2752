// The CrmAuditError a call throws (any other error, or none, fails the test).
import { CrmAuditError } from '../../src/errors.js';

export function thrown(f: () => unknown): CrmAuditError {
  try {
    f();
  } catch (e) {
    if (e instanceof CrmAuditError) return e;
    throw e;
  }
  throw new Error('did not throw');
}

/** The CrmAuditError a promise rejects with (any other error, or none, fails the test). */
export async function rejected(p: Promise<unknown>): Promise<CrmAuditError> {
  try {
    await p;
  } catch (e) {
    if (e instanceof CrmAuditError) return e;
    throw e;
  }
  throw new Error('did not reject');
}
