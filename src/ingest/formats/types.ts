import type { Role } from '../../config/roles.js';
import type { CrmId } from '../types.js';

export interface HeaderView {
  /** display names, unique */
  names: string[];
  /** compact names for matching */
  compact: string[];
  /** file name without folder and extension */
  base: string;
}

/** One CRM export format. Detection scores, role synonyms and object naming live here. */
export interface FormatAdapter {
  id: CrmId;
  /** 0..1: how sure we are that this header came from this CRM */
  score(h: HeaderView): number;
  /** compact header names per role, tried before the generic ones */
  synonyms: Partial<Record<Role, string[]>>;
  /** the CRM object of the file, when it can be told */
  object(h: HeaderView): string | null;
}
