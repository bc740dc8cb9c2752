// Validation of the config's `weights` section against the audit registry (Lighthouse validation.js as the model).
// The config loader calls this once at load, so a typo in an audit id is a usage error before any data is read.
import type { z } from 'zod';
import type { WeightsConfig } from '../config/config-schema.js';
import { AUDITS } from '../audits/index.js';
import type { Locate } from '../errors.js';
import { resolveWeights, type ResolvedWeights } from './weights.js';

/** `locate` places a path of the `weights` section in the config file, for the error's file:line:column. */
export function validateWeights(weights: z.infer<typeof WeightsConfig> | undefined, locate?: Locate): ResolvedWeights {
  return resolveWeights(
    weights,
    AUDITS.map((a) => ({ id: a.meta.id, category: a.meta.category })),
    locate,
  );
}
