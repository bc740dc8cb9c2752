// Playbooks: what a consultant would advise for each failing audit, in each situation.
// A playbook fires on its failing audits (or its own condition) and writes a recommendation whose `why`
// quotes the evidence numbers. Findings are data; only here are they put into words (DESIGN.md section 7).
import { minGroupSizeOf } from '../config/config-schema.js';
import type { FieldResult, PHASES } from '../result/schema.js';
import { enforced, imposed } from '../audits/low-card-burden.js';
import { junkFilledFields } from '../audits/junk-compliance.js';
import { domainReach } from '../audits/no-reason-to-be-there.js';
import { count, fieldRef, listNames, noUseOverTime, pct, plural, repFacing, share } from '../audits/lib/util.js';
import { scopeNoun } from '../result/freshness.js';
import { THIN } from '../scoring/confidence.js';
import { READINESS_PLAYBOOKS, RETRAIN_TRIGGERS } from './readiness-playbooks.js';
import { answerOf, answersAtRisk, sentences, voiceHeard, VOICE_AUDITS, evidenceBesideNotes, evidenceOf, metric, metricText, moment, scored, type Context, type Situation } from './context.js';

export type Phase = (typeof PHASES)[number];

export interface Draft {
  title: string;
  why: string;
  steps: string[];
}

export interface Playbook {
  id: string;
  phase: Phase;
  /** failing audits that trigger it (any one is enough) */
  triggers: readonly string[];
  /** a condition of its own, in place of the triggers */
  when?(ctx: Context): boolean;
  /** situations it applies in (default: all) */
  situations?: readonly Situation[];
  /** the audits it answers, when not simply its failing triggers */
  audits?(ctx: Context): string[];
  write(ctx: Context): Draft;
}

/** When the rescue-or-kill decision is due, and which way it leans. */
export const RESCUE_OR_KILL = {
  /** share of respondents who hate the CRM that means nearly everyone rejects it */
  hateShare: 0.6,
  /** share of negative notes that means nearly everyone rejects it */
  negativeShare: 0.6,
  /** share of users inactive for 90 days that means the CRM has been abandoned */
  inactiveShare: 0.7,
  /** share of users on it under 10% of working days that means the CRM has been abandoned */
  lowShare: 0.7,
  /** stance polarization of respondents that counts as a split, beside a failing usage-polarization audit */
  stancePolarization: 0.5,
} as const;


const names = (fields: readonly FieldResult[], max = 3) => listNames(fields.map(fieldRef), max);

/** Teams (of at least minGroupSize users, as analysed) that are split within. */
function splitTeams(ctx: Context): string[] {
  return (ctx.dataset.users?.teams ?? []).filter((t) => t.polarization.index >= 0.5).map((t) => t.name);
}

function teamsText(ctx: Context, split: string[]): string {
  const all = ctx.dataset.users?.teams.length ?? split.length;
  return `${split.length} of ${all} teams (${listNames(split, 4)})`;
}

export function rejection(ctx: Context): { universal: boolean; polarised: boolean; signs: string[]; thin: string[] } {
  const signs: string[] = [];
  /** the bases of a sign of rejection that are under the limited-evidence line of the confidence (THIN.*.medium) */
  const thin: string[] = [];
  const iv = ctx.dataset.interviews;
  const u = ctx.dataset.users;
  let universal = false;
  let polarised = ctx.failing.has('usage-polarization');
  // figures of a finding the consultant hid are not quoted: the notes' tone is negative-voice's, inactivity
  // inactive-users', and the never-in-it share usage-polarization's
  if (iv && iv.scored > 0 && !ctx.hidden.has('negative-voice')) {
    const st = iv.stances;
    const people = st.love + st.hate + st.ambivalent + st.neutral;
    const hate = share(st.hate, people);
    const s = iv.sentiment;
    const neg = share(s.negative, s.positive + s.neutral + s.negative);
    if (people > 0 && hate >= RESCUE_OR_KILL.hateShare) {
      universal = true;
      signs.push(`${pct(hate)} of respondents hate the CRM`);
      if (people < THIN.respondents.medium) thin.push(plural(people, 'respondent'));
    }
    if (neg >= RESCUE_OR_KILL.negativeShare) {
      universal = true;
      signs.push(`${pct(neg)} of notes are negative`);
      if (iv.scored < THIN.notes.medium) thin.push(plural(iv.scored, 'scored note'));
    }
    if (iv.polarization.index >= RESCUE_OR_KILL.stancePolarization) {
      polarised = true;
      signs.push(`respondents are split: ${st.love} love it and ${st.hate} hate it`);
    }
  }
  if (u && u.total > 0) {
    const before = signs.length;
    if (u.inactiveShare >= RESCUE_OR_KILL.inactiveShare && !ctx.hidden.has('inactive-users')) {
      universal = true;
      signs.push(`${pct(u.inactiveShare)} of users did nothing in the CRM for 90 days`);
    } else if (u.polarization.lowShare >= RESCUE_OR_KILL.lowShare && !ctx.hidden.has('usage-polarization') && !noUseOverTime(ctx.dataset)) {
      universal = true;
      signs.push(`${pct(u.polarization.lowShare)} of users are almost never in it`);
    }
    if (signs.length > before && u.total < THIN.users.medium) thin.push(plural(u.total, 'user'));
    if (ctx.failing.has('usage-polarization')) {
      signs.push(`${pct(u.polarization.lowShare)} of users are almost never in the CRM while ${pct(u.polarization.highShare)} use it most days`);
      const split = splitTeams(ctx);
      if (split.length) signs.push(`the split runs through ${teamsText(ctx, split)}`);
    }
  }
  return { universal, polarised, signs, thin };
}

export const PLAYBOOKS: readonly Playbook[] = [
  ...READINESS_PLAYBOOKS,
  {
    id: 'hear-the-reps',
    phase: 'quick-win',
    triggers: [],
    when: (ctx) => !voiceHeard(ctx),
    audits: () => [...VOICE_AUDITS].sort(),
    write(ctx) {
      const basis = evidenceBesideNotes(evidenceOf(ctx.dataset), ctx.situation) ?? 'the little evidence supplied';
      const iv = ctx.dataset.interviews;
      // notes of too few people to report (figuresHidden): they were heard, but not enough of them
      const scoredFew = iv?.figuresHidden && iv.withStance !== undefined && iv.withStance < iv.respondents;
      const few = iv?.figuresHidden ? plural(scoredFew ? iv.withStance! : iv.respondents, 'person', 'people') : null;
      // notes that were given, all in another language: heard, but not yet read
      const unread = !few && iv && iv.notes > 0 && iv.scored === 0 ? plural(iv.notes, 'note') : null;
      const why = few
        ? `Only ${few} ${scoredFew ? `of the ${iv!.respondents} who spoke wrote notes that could be read (the others in another language)` : 'spoke'}, too few for any figure of their notes to be shown without telling who said what, so every cause ` +
          `named here is read from ${basis} alone. Hear at least ${minGroupSizeOf(ctx.dataset.settings)} people, and more for quotes.`
        : unread
          ? `The ${unread} given are all in another language, which the coder does not read, so every cause named here is read from ` +
            `${basis} alone. Code them by hand in the review sheet (interviews --format csv, then --coding), or hear the reps again.`
          : "The reps' voice is missing from this audit: no interview, focus-group or workshop notes were given, so every cause " +
          `named here is read from ${basis} alone. The people who are meant to use the CRM have not yet been asked why they would or would not.`;
      if (ctx.situation === 'pre-implementation') {
        return {
          title: 'Hold a kickoff workshop with the reps before the design is settled',
          why,
          steps: [
            'Run a one-day kickoff: management explains what the company wants from the CRM and what it will do for the reps, then listens.',
            "Collect the reps' input on cards sorted into experiences with earlier systems, ideas, questions, concerns and proposals.",
            'End the day by putting the main concerns to the decision-makers in the room, and write down what they agree to change in the plan.',
            "Type the cards up, one note a row, and add them to the audit so the reps' voice counts in the score.",
          ],
        };
      }
      return {
        title:
          ctx.situation === 'in-progress'
            ? `Hear ${few ? 'more of ' : ''}the reps in confidence before go-live`
            : `Interview ${few ? 'more of ' : ''}the reps in confidence before changing anything`,
        why,
        steps: [
          'Hold confidential one-on-one interviews with reps and sales managers who took part in the implementation.',
          'Run one or two focus groups with reps who were not involved in it.',
          'Open every session by saying the aim is to find what is wrong with the system, not who is to blame, and keep to it: notes carry no names and only group figures are reported.',
          'Go through the CRM screens together and ask, field by field, whether it helps the rep sell or is there to check on them.',
          "Add the notes to the audit so the reps' voice counts in the score.",
        ],
      };
    },
  },
  {
    id: 'strip-junk-controls',
    phase: 'quick-win',
    triggers: ['junk-compliance'],
    write(ctx) {
      const worst = junkFilledFields(ctx.dataset.fields ?? []);
      const rate = metric(ctx, 'junk-compliance', 'junkRate');
      const inScope = metric(ctx, 'junk-compliance', 'fieldsInScope');
      const worstJunk = metric(ctx, 'junk-compliance', 'worstFieldJunk');
      const worstName = metricText(ctx, 'junk-compliance', 'worstField');
      const byWorst = metricText(ctx, 'junk-compliance', 'strongestSignal') === 'worst-field' && worstName !== null;
      const named = worst.length ? worst : [];
      const lead = byWorst
        ? `${pct(worstJunk)} of what reps enter in ${worstName} is a placeholder or the same text every time` +
          (named.length > 1 ? `, and ${plural(named.length - 1, 'other control field')} ${named.length === 2 ? 'is' : 'are'} as bad` : '')
        : `On average ${pct(rate)} of what reps enter in the ${inScope ?? ''} Low Card or required fields is a placeholder or the same text every time` +
          (named.length ? `; the worst ${named.length === 1 ? 'is' : 'are'} ${names(named)}` : '');
      const target = named.length ? names(named, 6) : (worstName ?? 'the junk-filled control fields');
      return {
        title: 'Stop forcing fields that reps fill with junk',
        why:
          `${lead}. Fields filled to get past a check tell management nothing, and quietly corrupt every report built on them.`,
        steps: [
          `Find what makes reps fill ${target}: a validation rule, a report someone checks, a manager's question. Remove that pressure ${ctx.situation === 'post-implementation' ? 'this month' : moment(ctx.situation).before}, or make the field optional; a field full of dots is worse than an empty one.`,
          'For each field, name the report or decision that uses it. If nobody can, delete the field.',
          'Tell the reps why: the company would rather have a blank than a fake answer.',
          'Measure fill and junk again in two or three months and compare the two audits.',
        ],
      };
    },
  },
  {
    id: 'end-deadline-logging',
    phase: 'quick-win',
    triggers: ['bulk-logging'],
    write(ctx) {
      const burst = metric(ctx, 'bulk-logging', 'burstShare');
      const late = metric(ctx, 'bulk-logging', 'lateShare');
      const end = metric(ctx, 'bulk-logging', 'periodEndShare');
      return {
        title: 'Remove the logging deadline that makes reps type their week in at once',
        why:
          `${pct(burst)} of activities were logged in bursts, ${pct(late)} late and ${pct(end)} at the end of a week or month. ` +
          'Activity is being typed in after the fact to meet a deadline, so its dates cannot be trusted and the reps experience logging as a chore done for someone else.',
        steps: [
          'Drop the weekly activity-report deadline and stop counting logged calls and visits in reviews; the deadline is what produces the Friday pile.',
          'Capture activity where it happens: e-mail and calendar sync, logging from the phone dialler, a two-tap note after a visit.',
          'Ask managers to prepare one-to-ones from the CRM on live deals, so that an up-to-date record pays off the same week.',
          'Check that burst and period-end logging fall in the next audit.',
        ],
      };
    },
  },
  {
    id: 'replace-controls-with-planning',
    phase: 'relaunch',
    triggers: ['low-card-burden', 'high-card-gap'],
    write(ctx) {
      const fields = (ctx.dataset.fields ?? []).filter(repFacing);
      // Only a failing finding is argued from, and only a failing Low Card check makes the controls something to
      // take out: when that check passes, the controls are not named, not retired and not in the title.
      const controlsFail = ctx.failing.has('low-card-burden');
      const valueFails = ctx.failing.has('high-card-gap');
      const low = fields.filter(imposed);
      const lowEnforced = low.filter(enforced).sort((a, b) => (b.fillRate ?? 0) - (a.fillRate ?? 0) || (fieldRef(a) < fieldRef(b) ? -1 : 1));
      const parts: string[] = [];
      if (controlsFail) {
        parts.push(
          `${low.length} of ${fields.length} rep-facing fields are Low Card controls added by the implementation, and ${lowEnforced.length} of them are ` +
            (fields.some((f) => f.fillRate !== null) ? 'required or filled nearly always' : 'required'),
        );
      }
      if (valueFails) {
        const high = metric(ctx, 'high-card-gap', 'highCardFields') ?? 0;
        const fill = metric(ctx, 'high-card-gap', 'meanFillRate');
        const empty = metric(ctx, 'high-card-gap', 'nearlyEmptyFields');
        const byOwners = metricText(ctx, 'high-card-gap', 'strongestSignal') === 'owners';
        const owners = metric(ctx, 'high-card-gap', 'ownersMeasured');
        const emptyOwners = metric(ctx, 'high-card-gap', 'ownersNearlyEmpty');
        const teams = (metricText(ctx, 'high-card-gap', 'emptyTeams') ?? '').split(';').filter((t) => t !== '');
        // each clause names its subject, so that it reads alone as well as after the controls clause
        parts.push(
          byOwners && owners !== null && emptyOwners !== null
            ? `for ${emptyOwners} of ${owners} record owners${teams.length ? ` (in ${listNames(teams, 4)})` : ''} the High Card ` +
              `fields are nearly empty, while the others fill them${fill === null ? '' : ` (${pct(fill)} of rows overall)`}`
            : high === 0
              ? 'the CRM holds no High Card information at all'
              : fill === null
                ? `only ${plural(high, 'field')} of the CRM ${high === 1 ? 'holds' : 'hold'} High Card information`
                : high === 1
                  ? `the CRM's one High Card field is filled in ${pct(fill)} of rows`
                  : `the CRM's ${high} High Card fields are filled in ${pct(fill)} of rows on average, ${empty ?? 0} of them nearly empty`,
        );
      }
      const pattern = controlsFail
        ? valueFails
          ? 'The CRM asks reps to report on themselves and gives them little in return, which is the pattern that breeds resistance.'
          : 'The CRM asks reps to report on themselves, which is the pattern that breeds resistance.'
        : 'The CRM gives reps little in return for the time they spend in it, and a system that gives nothing back is the first one they drop.';
      const why = `${parts.join('; ')}. ${pattern}`.replace(/^./, (c) => c.toUpperCase());
      // fields the questionnaire marks as read by someone are not proposed for removal
      const read = new Set(((answerOf(ctx, 'plannedFields') as { lowCardRead?: string[] } | null)?.lowCardRead ?? []).map((x) => x.toLowerCase()));
      const unread = lowEnforced.filter((f) => !read.has((f.label ?? f.name).toLowerCase()) && !read.has(f.name.toLowerCase()));
      const controls = unread.length ? ` (${names(unread, 5)})` : '';
      // reps who were heard asked for them; reps not yet heard are likely to value them
      const asked = voiceHeard(ctx) ? 'reps asked for' : 'reps are likely to value';
      if (ctx.situation === 'pre-implementation') {
        return {
          title: controlsFail
            ? 'Design the CRM around planning information the reps value, not activity controls'
            : 'Design the CRM around planning information the reps value',
          why,
          steps: [
            'Go through the planned field list with sales managers and mark each field as useful to the rep, a control for management, or neutral.',
            ...(controlsFail ? [`Take the Low Card controls out of the first release${controls}; what management truly needs, compute from what reps enter anyway.`] : []),
            `Build the first release around two or three planning views ${asked}: account plans, a territory view, customer history before a visit.`,
            'Agree in writing that activity counts will not be used to judge reps in the first year.',
          ],
        };
      }
      if (ctx.situation === 'in-progress') {
        return {
          title: controlsFail
            ? 'Rescope before go-live: swap Low Card controls for planning information'
            : 'Rescope before go-live: put the planning information reps value first',
          why,
          steps: [
            ...(controlsFail
              ? [`Freeze new control fields, and move the existing ones${controls} out of the go-live scope unless someone can show the decision each one feeds.`]
              : []),
            controlsFail
              ? `Use the time saved to finish the planning views ${asked}: account plans, territory view, visit preparation.`
              : `Put the planning views ${asked} (account plans, territory view, visit preparation) in the go-live scope, ahead of anything else still open.`,
            'Show the rescoped screens to a group of reps before go-live and change what they push back on.',
            controlsFail
              ? 'Tell the sales force what was taken out and why; it is the first proof that the system is for them.'
              : 'Tell the sales force what the system will give them at go-live; it is the first proof that it is for them.',
          ],
        };
      }
      return {
        title: controlsFail
          ? 'Relaunch the CRM as a planning tool, with the Low Card controls taken out'
          : 'Relaunch the CRM as a planning tool that gives reps information they value',
        why,
        steps: [
          'Review the original goals of the project with management and agree which benefits for the reps (customer feedback, account and territory planning, shared communication) are not being delivered.',
          ...(controlsFail
            ? [`List every Low Card control${controls} with the person who reads it and the decision it feeds; retire those nobody acts on.`]
            : []),
          'With a small group of reps, define the planning information they would open the CRM for, and build those views first.',
          controlsFail
            ? 'Relaunch with the planning views on the home screen and on the phone, under a new name if the old one has become a byword for control.'
            : 'Relaunch with the planning views on the home screen and on the phone.',
        ],
      };
    },
  },
  {
    id: 'stop-policing-with-the-crm',
    phase: 'relaunch',
    triggers: ['control-perception', 'activity-policing'],
    write(ctx) {
      // before implementation the fear is of the CRM to come: nothing is policed yet
      const pre = ctx.situation === 'pre-implementation';
      const facts: string[] = [];
      if (ctx.failing.has('control-perception')) {
        const c = metric(ctx, 'control-perception', 'share:control-surveillance');
        const j = metric(ctx, 'control-perception', 'share:job-threat');
        facts.push(`${pct(c)} of the notes speak of control or surveillance${j ? `, and ${pct(j)} of a threat to their jobs` : ''}`);
      }
      const asked = answersAtRisk(ctx, 'activity-policing');
      facts.push(...asked);
      // the answers that set a control in place bring the step that takes it out
      const quota = asked.length > 0 && (answerOf(ctx, 'activityTracking') === 'quota' || answerOf(ctx, 'activityInReviews') === 'yes');
      const form = asked.length > 0 && typeof answerOf(ctx, 'mandatoryFields') === 'number' && (answerOf(ctx, 'mandatoryFields') as number) > 6;
      const first = [
        ...(quota
          ? [pre ? 'Take any quota of logged calls and visits out of the plan, and keep activity figures out of reviews and bonuses.' : 'End the quota of logged calls and visits, and take activity figures out of reviews and bonuses.']
          : []),
        ...(form ? [`Cut the call and visit form to the few fields someone reads${pre ? ' before it is built' : ''}; the rest can be optional or filled automatically.`] : []),
      ];
      return {
        title: pre ? 'Say now that the CRM will not be used to police the reps' : 'Stop using the CRM to police the reps',
        why:
          `${sentences(facts)} ` +
          (pre
            ? 'If reps expect the system to be there to watch them, they will give it the minimum from the first day.'
            : 'As long as reps believe the system is there to watch them, they will give it the minimum.'),
        steps: [
          ...first,
          ...(pre
            ? [
                'Have the sales director say plainly, before the build, what CRM data will not be used for (call counts in appraisals, ranking reps by logged activity), and keep to it.',
                'Design pipeline reviews as coaching from the start: managers use the CRM to help win the deal in front of them, not to check how much was logged.',
                'Plan for reps the same dashboards their managers will see, for their own accounts.',
                'Leave activity league tables out of the design.',
              ]
            : [
                'Have the sales director say plainly what CRM data will not be used for (call counts in appraisals, ranking reps by logged activity) and keep to it.',
                'Turn pipeline reviews into coaching: managers use the CRM to help win the deal in front of them, not to check how much was logged.',
                'Give reps the same dashboards their managers see, for their own accounts.',
                'Take down activity league tables.',
              ]),
        ],
      };
    },
  },
  {
    id: 'pipe-in-back-office-data',
    phase: 'integrate',
    triggers: ['no-reason-to-be-there', 'nothing-for-reps'],
    write(ctx) {
      const asked = answersAtRisk(ctx, 'nothing-for-reps');
      const reach = domainReach(ctx.dataset.fields ?? [], ctx.dataset.inputs);
      const missing = reach.filter((r) => r.reach === 'absent' || r.reach === 'empty').map((r) => r.domain);
      const partial = reach.filter((r) => r.reach === 'partial').map((r) => r.domain);
      const got = reach.filter((r) => r.reach === 'reached' || r.reach === 'planned').map((r) => r.domain);
      const byOwners = metricText(ctx, 'no-reason-to-be-there', 'strongestSignal') === 'owners';
      const owners = metric(ctx, 'no-reason-to-be-there', 'ownersMeasured');
      const unreached = metric(ctx, 'no-reason-to-be-there', 'ownersUnreached');
      const teams = (metricText(ctx, 'no-reason-to-be-there', 'unreachedTeams') ?? '').split(';').filter((t) => t !== '');
      const start = 'start with the source reps ask about most (usually orders and invoices) and feed it in, linked to accounts and contacts.';
      const where = teams.length ? listNames(teams, 4) : 'the reps it does not reach';
      const facts = !ctx.failing.has('no-reason-to-be-there')
        ? `${sentences(asked)} `
        : (byOwners && owners !== null && unreached !== null
          ? `No order, invoice, support or credit data reaches ${unreached} of ${owners} record owners` +
            (teams.length ? `, in ${listNames(teams, 4)}` : '') +
            ', while the others get it: the feed covers only part of the sales force. '
          : got.length === 0 && partial.length === 0
            ? 'None of the four back-office sources (orders, invoices, support, credit) reaches reps in the CRM. '
            : `${got.length} of the four back-office sources reach most reps in the CRM` +
              (partial.length ? `; ${listNames(partial, 4)} reach${partial.length === 1 ? 'es' : ''} only some of them` : '') +
              (missing.length ? `; missing: ${listNames(missing, 4)}` : '') +
              '. ') + (asked.length ? `${sentences(asked)} ` : '');
      const first =
        byOwners || (partial.length > 0 && missing.length === 0)
          ? `Extend the existing feed to ${where} first: the data exists, it just does not reach them.`
          : ctx.situation === 'post-implementation'
            ? `S${start.slice(1)}`
            : `Put the back-office feed in ${moment(ctx.situation).change}, not in a later phase: ${start}`;
      return {
        title: 'Give reps a reason to be in the CRM: pipe in orders, invoices, support and credit',
        why:
          facts +
          'A rep who cannot see a customer’s orders, unpaid invoices, open complaints or credit hold in the CRM has no reason to open it that a personal spreadsheet does not cover.',
        steps: [
          first,
          'Add open support issues and credit standing, so that a rep sees a blocked account or an unhappy customer before the visit.',
          'Build one dashboard per rep that opens on login, and make it work on the phone.',
          'Show it first to the sceptics; it changes more minds than any mandate.',
        ],
      };
    },
  },
  {
    id: 'cut-data-entry',
    phase: 'integrate',
    triggers: ['data-entry-burden', 'entry-load'],
    write(ctx) {
      const pre = ctx.situation === 'pre-implementation';
      const facts: string[] = [];
      if (ctx.failing.has('data-entry-burden')) {
        const s = metric(ctx, 'data-entry-burden', 'share:data-entry-burden');
        facts.push(pre ? `${pct(s)} of the notes speak of the time data entry takes or will take` : `${pct(s)} of the notes complain about the time data entry takes`);
      }
      facts.push(...answersAtRisk(ctx, 'entry-load'));
      return {
        title: pre ? 'Design the typing out: automate what the CRM would ask reps to enter' : 'Cut the typing: automate what the CRM asks reps to enter',
        why:
          `${sentences(facts)} ` +
          (pre
            ? 'Every minute of typing the CRM asks for must be paid back in something the rep values.'
            : 'Every minute of typing must be paid back in something the rep values, and today it is not.'),
        steps: [
          pre
            ? 'Time the five most common entries planned (new contact, visit report, opportunity update) on a mock-up with a few reps, and cut each until it takes under a minute.'
            : 'Time the five most common entries (new contact, visit report, opportunity update) with a few reps, and set a target to halve each.',
          'Pre-fill what other systems already know: accounts and contacts from the ERP, activities from e-mail and calendar.',
          pre
            ? 'Put on each entry screen only the fields someone will read; leave the rest out of the first release.'
            : 'Keep on each entry screen only the fields someone reads; move the rest to an optional section.',
          pre ? 'Give reps a mobile way to record a visit from the first release.' : 'Give reps a mobile way to record a visit in under a minute.',
        ],
      };
    },
  },
  {
    id: 'fold-in-shadow-systems',
    phase: 'integrate',
    triggers: ['shadow-systems', 'own-tools-kept'],
    write(ctx) {
      const pre = ctx.situation === 'pre-implementation';
      const facts: string[] = [];
      if (ctx.failing.has('shadow-systems')) {
        const s = metric(ctx, 'shadow-systems', 'share:shadow-systems');
        facts.push(`${pct(s)} of the notes mention spreadsheets, personal contact managers or another CRM where reps keep their real customer data`);
      }
      facts.push(...answersAtRisk(ctx, 'own-tools-kept'));
      return {
        title: pre ? 'Bring the shadow systems into the CRM from the start' : 'Fold the shadow systems into the CRM',
        why:
          `${sentences(facts)} ` +
          (pre ? 'Unless the new CRM does what they do, that data will stay outside it and leave with the rep.' : 'That data is invisible to the company and leaves with the rep.'),
        steps: [
          pre
            ? 'Ask, in confidence, what each shadow system does for the rep; that list belongs in the requirements.'
            : 'Ask, in confidence, what each shadow system does that the CRM does not; that list is the CRM’s backlog.',
          pre
            ? 'Build those views into the first release, before asking anyone to give up a spreadsheet.'
            : 'Build the missing views in the CRM before asking anyone to give up a spreadsheet.',
          pre
            ? 'Plan a one-time import of the useful data from the shadow systems, with the reps’ help, so nothing is lost by switching.'
            : 'Import the useful data from the shadow systems once, with the reps’ help, so nothing is lost by switching.',
          'Then set a date from which customer data lives in the CRM only.',
        ],
      };
    },
  },
  {
    id: 'retrain-by-cohort',
    phase: 'train',
    triggers: RETRAIN_TRIGGERS,
    situations: ['in-progress', 'post-implementation'],
    // it answers the questionnaire's training gap too, when that fails beside a usage gap
    audits: (ctx) => [...RETRAIN_TRIGGERS, 'training-gap'].filter((id) => ctx.failing.has(id)).sort(),
    write(ctx) {
      const parts: string[] = [];
      const u = ctx.dataset.users;
      if (u && ctx.failing.has('usage-polarization')) {
        parts.push(`${pct(u.polarization.lowShare)} of users are almost never in the CRM while ${pct(u.polarization.highShare)} use it most days`);
        const split = splitTeams(ctx);
        if (split.length) parts.push(`the split runs through ${teamsText(ctx, split)}, which makes them the first cohorts`);
      }
      if (u && ctx.failing.has('inactive-users')) parts.push(`${pct(u.inactiveShare)} of users did nothing in it for 90 days`);
      const top = metric(ctx, 'usage-concentration', 'topFifthShare');
      // the questionnaire's training answers, when this answers its training gap too
      const training = answersAtRisk(ctx, 'training-gap');
      if (ctx.failing.has('usage-concentration')) {
        parts.push(top === null ? `activity is concentrated (Gini ${(u?.gini ?? 0).toFixed(2)})` : `the most active fifth of users make ${pct(top)} of all entries`);
      }
      return {
        title: 'Retrain by cohort, with the reps who already use it as coaches',
        why:
          `${parts.join('; ')}. Some people have found a way to make the CRM work for them; the rest have not, and one more class for everyone will not change that.` +
          (training.length ? ` ${sentences(training)}` : ''),
        steps: [
          'Find out what the active users get from the CRM that the others do not: ask them, and look at which screens and reports they open.',
          'Group the others into cohorts by how they work and learn (territory, seniority, comfort with software) rather than one class for all.',
          'Train each cohort on the two or three tasks that pay off for them, with a respected active user from their own team as coach.',
          'Follow up after four to six weeks, team by team, and repeat for those still out.',
          ...(training.length ? ['Keep a named person in each team to answer questions after the class, and plan refreshers at six months.'] : []),
        ],
      };
    },
  },
  {
    id: 'rescue-or-kill',
    phase: 'decide',
    triggers: [],
    situations: ['in-progress', 'post-implementation'],
    when: (ctx) => {
      const r = rejection(ctx);
      return r.universal || r.polarised;
    },
    audits: (ctx) => {
      const ids = ['usage-polarization', 'inactive-users', 'negative-voice'];
      const failing = ids.filter((id) => ctx.failing.has(id));
      return failing.length ? failing : ids.filter((id) => scored(ctx, id));
    },
    write(ctx) {
      const r = rejection(ctx);
      const signs = `${r.signs.join('; ')}.`.replace(/^./, (c) => c.toUpperCase());
      if (r.universal) {
        // a call this strong on few people is put as a question to confirm, not a verdict
        const thin = r.thin.length
          ? ` These figures rest on ${listNames(r.thin, r.thin.length)} only: confirm them with more interviews and a full users export before anything is decided.`
          : '';
        return {
          title: 'Decide whether this CRM should be replaced',
          why:
            `${signs} When nearly everyone rejects a system, more training will not save it. ` +
            'Saying so now costs less than another year of pretending it is in use.' +
            thin,
          steps: [
            ...(r.thin.length ? ['Widen the evidence first: interview more reps from every team, and export every licensed user, not only the active ones.'] : []),
            'Put the question to management plainly: is this the right tool for the way this team sells?',
            'Cost the two roads side by side: a relaunch (controls out, back-office data in, retraining by cohort) against a replacement, including the data and the year it would take.',
            'Whichever is chosen, keep the data, the lessons of this audit and the reps who spoke up; if the CRM stays, relaunch it under a new name with the changes above.',
            'Take the decision within the quarter, and tell the reps that it is being taken and why.',
          ],
        };
      }
      return {
        title: 'Rescue the CRM: find out why part of the team uses it and part does not',
        why: `${signs} A split this clear means the CRM can work here, for some people; the task is to learn what makes the difference.`,
        steps: [
          'Compare the two camps: role, territory, type of customer, manager, training received, and what the users actually open.',
          'Give the non-users what the users already get, and retrain by cohort where the gap is one of skill.',
          'Check honestly whether the tool fits the way the non-users sell; if it does not, plan a change of tool rather than forcing it.',
          'Set a checkpoint six months out: if the split has not narrowed by then, take the decision to replace it.',
        ],
      };
    },
  },
  {
    id: 'clean-up-stale-data',
    phase: 'sustain',
    triggers: ['stale-records'],
    write(ctx) {
      const stale = metric(ctx, 'stale-records', 'staleShare');
      const days = metric(ctx, 'stale-records', 'staleDays') ?? 90;
      const median = metric(ctx, 'stale-records', 'medianDaysSinceModified');
      // the audit's own scope (open records, or all), in its words
      const scope = { open: metricText(ctx, 'stale-records', 'openOnly') === 'yes' };
      return {
        title: 'Bring the data up to date and keep it there',
        why:
          `${pct(stale)} of ${scopeNoun(scope)} have not been touched in ${days} days` +
          (median === null ? '' : `, and the median ${scopeNoun(scope, true)} was last changed ${count(median)} days ago`) +
          '. Stale data makes managers ask the reps directly, which makes the CRM pointless for both.',
        steps: [
          'Close or archive dead opportunities and accounts with the reps, team by team, in one working session each.',
          'Run pipeline reviews from the CRM screen only, so that updating it is part of the conversation.',
          'Put a monthly freshness figure on the sales dashboard.',
        ],
      };
    },
  },
  {
    id: 'adoption-horizon',
    phase: 'sustain',
    triggers: [],
    when: () => true,
    audits: (ctx) => [...ctx.failing].sort(),
    write(ctx) {
      const total = ctx.dataset.users?.total ?? null;
      const horizon = horizonFor(total);
      const failing = ctx.failing.size;
      const pre = ctx.situation === 'pre-implementation';
      // the first year's work as the findings call for it: controls out only when a controls check fails
      const backOffice = ctx.failing.has('no-reason-to-be-there');
      const yearOne = [
        ...(ctx.failing.has('low-card-burden') || ctx.failing.has('junk-compliance') ? ['controls out'] : []),
        ...(backOffice ? ['one back-office source in'] : []),
      ];
      const why =
        (failing ? `${plural(failing, 'check')} ${failing === 1 ? 'fails' : 'fail'} today. ` : 'No check fails today. ') +
        `Adoption is a change in how people sell, not an installation: plan for ${horizon.text}` +
        (total !== null ? ` for a sales force of ${total} users` : '') +
        ' (longer in larger organisations), and expect it to slip back without steady attention.';
      return {
        title: `Plan adoption over ${horizon.text}, and measure it every quarter`,
        why,
        steps: [
          pre
            ? `Year 1: the first release built around what reps value${backOffice ? ', one back-office source in' : ''}, the reps involved from the kickoff.`
            : `Year 1: the quick wins and the relaunch above${yearOne.length ? `; ${yearOne.join(', ')}` : ''}.`,
          'Year 2: the remaining back-office data, retraining by cohort, and the next departments brought in.',
          `Year 3${horizon.years > 3 ? ` to ${horizon.years}` : ''}: the CRM as the only place customer data lives, with new processes built on it.`,
          evidenceOf(ctx.dataset).exports
            ? 'Repeat this audit every quarter with the same exports, and report the trend to management rather than a one-off score.'
            : 'Repeat this audit every quarter: the questionnaire and the field list until go-live, the CRM exports from then on; report the trend to management rather than a one-off score.',
          'Name an owner for adoption in sales, not in IT, with time set aside for it.',
        ],
      };
    },
  },
];

/** A realistic horizon: three years at least, five for a large sales force. */
export const HORIZON = [
  { below: 50, years: 3, text: 'two to three years' },
  { below: 300, years: 4, text: 'three to four years' },
  { below: Infinity, years: 5, text: 'three to five years' },
] as const;

export function horizonFor(users: number | null): { years: number; text: string } {
  const h = HORIZON.find((x) => (users ?? 100) < x.below) ?? HORIZON[HORIZON.length - 1]!;
  return { years: h.years, text: h.text };
}
