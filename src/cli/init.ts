import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { outputError } from '../errors.js';
import { Config, DEFAULTS } from '../config/config-schema.js';
import { EXAMPLE_RULES, RulesFile } from '../config/rules-schema.js';
import { writeAtomic } from '../report/write.js';
import { AUDIT_WEIGHTS, CATEGORY_WEIGHTS } from '../scoring/weights.js';
import type { CommandDef } from './command.js';
import { EXIT } from './exit-codes.js';

export const CONFIG_FILE = 'crm-audit.config.json';
export const RULES_FILE = 'crm-audit.rules.json';

/** The starter config: every section carries a description of what it does. Valid against Config. */
export function starterConfig(): Config {
  return Config.parse({
    description:
      'crm-audit configuration. Every section is optional: delete what you do not need. Flags on the command line win over this file. `crm-audit schema config` prints the full schema. Paths are relative to this file.',
    report: {
      description:
        'Branding and context of the report: shown on the cover and in the page header. logo is a PNG, JPEG or SVG file, embedded in the report; accent is the firm colour as #RRGGBB.',
      client: 'Client name',
      consultant: 'Your name',
      firm: 'Your firm',
      accent: '#1f4e79',
      paper: DEFAULTS.paper,
    },
    analysis: {
      description:
        'How the data is read and judged. situation (pre-implementation, in-progress, post-implementation) is inferred from the inputs unless set here. dateFormat auto decides month/day or day/month per column; locale decides the rest. A record not modified for staleDays is stale; burstMin activities by one user within burstMinutes are a logging burst; an activity logged more than lateDays after it happened is late. maxErrors malformed rows are skipped and counted before the run stops (exit 3).',
      locale: DEFAULTS.locale,
      dateFormat: 'auto',
      staleDays: DEFAULTS.staleDays,
      burstMinutes: DEFAULTS.burstMinutes,
      burstMin: DEFAULTS.burstMin,
      lateDays: DEFAULTS.lateDays,
      maxErrors: DEFAULTS.maxErrors,
    },
    anonymity: {
      description:
        'The audit is about the system, not about blaming a person. Group figures (team, role) are shown only for groups of at least minGroupSize people; quotes only from groups of at least minQuoteGroupSize. Names listed in redact are removed from notes and quotes, besides the names of the users export.',
      minGroupSize: DEFAULTS.minGroupSize,
      minQuoteGroupSize: DEFAULTS.minQuoteGroupSize,
      redact: [],
    },
    columns: [
      {
        description:
          'Say what a file is and which header means what, when detection gets it wrong. file is a name or glob; kind is records, activities, logins, field-history, users, fields or interviews; roles maps a role (owner, created, modified, activityDate, loginTime, userId, team, role, fieldName, label, note, respondent, category ...) to the exact header.',
        file: 'Visits.csv',
        kind: 'activities',
        roles: { owner: 'Rep', activityDate: 'Visit date', created: 'Logged on' },
      },
    ],
    teams: {},
    weights: {
      description:
        'The weight of each category in the adoption-risk score, and of each audit within its category. These are the defaults; an audit id that does not exist is an error.',
      categories: { ...CATEGORY_WEIGHTS },
      audits: { ...AUDIT_WEIGHTS },
    },
    themes: [
      {
        description:
          'Extra interview themes for this client: an id, a title and phrases (or /regex/ patterns) that mark a note as being about it.',
        id: 'samples-logistics',
        title: 'Sample logistics',
        phrases: ['sample drop', 'sample stock', 'samples ran out'],
      },
    ],
  });
}

export const initCommand: CommandDef = {
  name: 'init',
  summary: `write a starter ${CONFIG_FILE} and ${RULES_FILE} here, each setting explained`,
  examples: ['crm-audit init', 'crm-audit init --force   # replace existing files'],
  available: true,
  async run(_args, opts, io) {
    const force = opts.force ?? false;
    const rules = RulesFile.parse(EXAMPLE_RULES);
    for (const file of [CONFIG_FILE, RULES_FILE]) {
      if (!force && existsSync(resolve(io.cwd, file))) {
        throw outputError('the file already exists', { where: { file }, hint: 'pass --force to replace it' });
      }
    }
    writeAtomic(resolve(io.cwd, CONFIG_FILE), `${JSON.stringify(starterConfig(), null, 2)}\n`, { force });
    writeAtomic(resolve(io.cwd, RULES_FILE), `${JSON.stringify(rules, null, 2)}\n`, { force });
    if (!opts.quiet) {
      io.stdout.write(
        `wrote ${CONFIG_FILE} and ${RULES_FILE}\n` +
          `next: edit them, then run  crm-audit analyze <export folder> --config ${CONFIG_FILE} --rules ${RULES_FILE}\n`,
      );
    }
    return EXIT.ok;
  },
};
