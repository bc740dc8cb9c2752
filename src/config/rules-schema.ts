// The classification rules file (`--rules rules.json`): a consultant's overrides of the High Card / Low Card
// classification. Each rule matches fields by name, label or object and sets their card, with a reason.
// Rules always win over the built-in table and the lexicon; the first rule that matches a field decides.
import { z } from 'zod';
import { CARDS, CRMS } from '../result/schema.js';

const description = z.string().optional().describe('free text explaining this entry; ignored by the tool');

/** A glob (`*` any characters, `?` one, case-insensitive, whole value) or a `/regular expression/flags`. */
export function patternProblem(p: string): string | null {
  const m = /^\/(.+)\/([a-z]*)$/s.exec(p);
  if (!m) return null;
  if (/[^imsu]/.test(m[2] as string)) return 'a /regex/ may only use the flags i, m, s and u';
  try {
    new RegExp(m[1] as string, m[2]);
    return null;
  } catch {
    return 'the /regex/ does not compile';
  }
}

const Pattern = z
  .string()
  .min(1)
  .superRefine((p, ctx) => {
    const problem = patternProblem(p);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  })
  .describe('a glob such as *Visit*__c (case-insensitive, whole value) or a /regular expression/i');

export const Rule = z
  .object({
    description,
    name: Pattern.optional().describe('matches the API name or column header'),
    label: Pattern.optional().describe('matches the field label'),
    object: Pattern.optional().describe('matches the CRM object (Opportunity, deal, account, ...)'),
    crm: z.enum(CRMS).optional().describe('only fields from this CRM'),
    card: z.enum(CARDS).describe('high: of value to the rep; low: a control for management; system; neutral'),
    reason: z.string().min(1).describe('why: shown in the reasons of every field the rule decides'),
  })
  .strict()
  .refine((r) => r.name !== undefined || r.label !== undefined || r.object !== undefined, {
    message: 'a rule needs at least one of name, label or object',
  });
export type Rule = z.infer<typeof Rule>;

export const RulesFile = z
  .object({
    $schema: z.string().optional(),
    description,
    rules: z.array(Rule).describe('tried in order; the first rule that matches a field decides its card'),
  })
  .strict();
export type RulesFile = z.infer<typeof RulesFile>;

/** The rules file `crm-audit init` writes: each entry explains itself. */
export const EXAMPLE_RULES: RulesFile = {
  description:
    'Classification rules for crm-audit. Each rule matches fields by name, label or object, with a glob such as ' +
    '*Visit*__c (case-insensitive) or a /regular expression/i, and sets their card: high (of value to the rep), ' +
    'low (a control for management), system or neutral. The first rule that matches decides, and rules always win ' +
    'over the built-in table and the lexicon. The reviewed sheet of `crm-audit classify --format csv` can be used ' +
    'as rules too.',
  rules: [
    {
      description: 'A counter the sales director reviews every Monday: a control, whatever its name suggests.',
      name: 'Weekly_Touches__c',
      object: 'Account',
      card: 'low',
      reason: 'weekly touch counter reviewed in the Monday pipeline meeting',
    },
    {
      description: 'Every field the ERP integration writes on the account is order or invoice history reps asked for.',
      name: 'ERP_*__c',
      object: 'Account',
      card: 'high',
      reason: 'order and invoice history from the ERP, shown to reps on the account page',
    },
    {
      description: 'A label pattern: every approval field on quotes and opportunities, in any CRM.',
      label: '/\\bapprov(al|ed|er)\\b/i',
      card: 'low',
      reason: 'approval step',
    },
    {
      description: 'Fields of a managed package that syncs with the marketing system are not entered by reps.',
      name: 'mkto71__*',
      card: 'system',
      reason: 'maintained by the marketing-automation sync',
    },
  ],
};
