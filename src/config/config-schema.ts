// The config file (crm-audit.config.json): one zod schema, validated once at load.
// Every section may carry a `description`, so that the file `crm-audit init` writes explains itself.
import { z } from 'zod';
import { CATEGORY_IDS, KINDS, CRMS, SITUATIONS } from '../result/schema.js';
import { ROLES } from './roles.js';
import { personalKeys } from './schema-problems.js';

const description = z.string().optional().describe('free text explaining this section; ignored by the tool');

export const DATE_FORMATS = ['auto', 'iso', 'mdy', 'dmy'] as const;

export const ReportConfig = z
  .object({
    description,
    client: z.string().min(1).optional().describe('client name on the cover and in the page header'),
    consultant: z.string().min(1).optional(),
    firm: z.string().min(1).optional(),
    logo: z.string().min(1).optional().describe('path to a PNG, JPEG or SVG logo, relative to the config file'),
    accent: z
      .string()
      .regex(/^#[0-9a-fA-F]{6}$/, 'an accent colour is #RRGGBB')
      .optional()
      .describe("the firm's colour, #RRGGBB"),
    paper: z.enum(['a4', 'letter']).optional(),
    template: z.string().optional().describe('folder of your own Handlebars templates'),
    editorial: z.string().optional().describe('editorial JSON file: hide, reword or add findings'),
  })
  .strict();

export const AnalysisConfig = z
  .object({
    description,
    situation: z.enum(SITUATIONS).optional().describe('set it when inference from the inputs would be wrong'),
    dateFormat: z.enum(DATE_FORMATS).optional(),
    locale: z.string().optional().describe('BCP 47 locale: whether day or month comes first in dates the values cannot tell, and how the report writes dates and numbers; the text stays in English (default en-US)'),
    staleDays: z.number().int().positive().optional().describe('a record not modified for longer is stale (default 90)'),
    burstMinutes: z.number().int().positive().optional().describe('window of a logging burst (default 10)'),
    burstMin: z.number().int().min(2).optional().describe('entries by one user within the window that make a burst (default 5)'),
    lateDays: z.number().int().min(0).optional().describe('an activity logged more days than this after it happened is late (default 7)'),
    maxErrors: z.number().int().min(0).optional(),
    strict: z.boolean().optional(),
  })
  .strict();

export const AnonymityConfig = z
  .object({
    description,
    // 1 would show every person's own figures and quote anyone: not anonymity at all (--name-users is for that)
    minGroupSize: z.number().int().min(2).optional().describe('smallest group shown in any breakdown (default 5; at least 2)'),
    minQuoteGroupSize: z.number().int().min(2).optional().describe('smallest group a quote may come from (default 10; at least 2)'),
    redact: z.array(z.string().min(1)).optional().describe('extra names to redact from quotes'),
  })
  .strict();

export const ColumnMapping = z
  .object({
    description,
    file: z.string().min(1).describe('file name or glob (* and ?) matched against the input path'),
    kind: z.enum(KINDS).optional(),
    crm: z.enum(CRMS).optional(),
    object: z.string().optional(),
    roles: z.partialRecord(z.enum(ROLES), z.string()).optional().describe('role -> exact header name'),
  })
  .strict();

export const WeightsConfig = z
  .object({
    description,
    categories: z.partialRecord(z.enum(CATEGORY_IDS), z.number().min(0)).optional(),
    audits: z.record(z.string(), z.number().min(0)).optional().describe('audit id -> weight within its category'),
  })
  .strict();

export const ThemeConfig = z
  .object({
    description,
    id: z.string().regex(/^[a-z0-9-]+$/, 'a theme id is kebab-case'),
    title: z.string().optional(),
    phrases: z.array(z.string().min(2)).min(1).describe('phrases or /regex/ patterns; matched on word boundaries'),
  })
  .strict();

/** An owner's name or id as the exports write it: the client's data, so never shown in an error's path. */
const OwnerKey = z.string();
personalKeys.set(OwnerKey, 'owner');

export const Config = z
  .object({
    $schema: z.string().optional(),
    description,
    report: ReportConfig.optional(),
    analysis: AnalysisConfig.optional(),
    anonymity: AnonymityConfig.optional(),
    columns: z.array(ColumnMapping).optional(),
    teams: z.record(OwnerKey, z.string()).optional().describe('owner name or id -> team, where no users export says'),
    weights: WeightsConfig.optional(),
    themes: z.array(ThemeConfig).optional(),
  })
  .strict();
export type Config = z.infer<typeof Config>;

/**
 * What to say when the config makes anonymity weaker than the defaults the README promises a works council:
 * one line per weakened threshold, or none.
 */
export function weakerAnonymity(anon: { minGroupSize?: number | undefined; minQuoteGroupSize?: number | undefined } | undefined): string[] {
  const out: string[] = [];
  const g = anon?.minGroupSize;
  const q = anon?.minQuoteGroupSize;
  if (g !== undefined && g < DEFAULTS.minGroupSize)
    out.push(`anonymity.minGroupSize is ${g}: figures are shown for groups of ${g} people or more (the default, which the README's anonymity rules state, is ${DEFAULTS.minGroupSize})`);
  if (q !== undefined && q < DEFAULTS.minQuoteGroupSize)
    out.push(`anonymity.minQuoteGroupSize is ${q}: quotes may come from groups of ${q} people or more (the default is ${DEFAULTS.minQuoteGroupSize})`);
  return out;
}

/** The minimum group size an analysis was made with (its `settings`), or the default for one saved without it. */
export const minGroupSizeOf = (settings: { minGroupSize?: number } | undefined): number => settings?.minGroupSize ?? DEFAULTS.minGroupSize;

export const DEFAULTS = {
  minGroupSize: 5,
  minQuoteGroupSize: 10,
  staleDays: 90,
  burstMinutes: 10,
  burstMin: 5,
  lateDays: 7,
  maxErrors: 100,
  locale: 'en-US',
  paper: 'a4' as const,
} as const;
