// Playbooks for the readiness checks that no export or note measures: the goals, the reps' part in the design,
// leadership and training. (Activity controls, data for reps, data entry and the reps' own tools share the
// playbooks of the checks that measure the same thing in the data: see playbooks.ts.) Each quotes the answers
// at risk, in the situation's words.
import { answerOf, answersAtRisk, moment, sentences, voiceHeard, type Context } from './context.js';
import type { Playbook } from './playbooks.js';

/** The answers that fail a check, as the opening sentence of its recommendation. */
const answered = (ctx: Context, audit: string) => sentences(answersAtRisk(ctx, audit));

/** The usage checks that bring `retrain-by-cohort` (in-progress and after go-live): it then answers training-gap too. */
export const RETRAIN_TRIGGERS = ['usage-polarization', 'inactive-users', 'usage-concentration'] as const;
const retrainFires = (ctx: Context) => ctx.situation !== 'pre-implementation' && RETRAIN_TRIGGERS.some((id) => ctx.failing.has(id));

export const READINESS_PLAYBOOKS: readonly Playbook[] = [
  {
    id: 'say-what-reps-get',
    phase: 'quick-win',
    triggers: ['goals-unshared'],
    write(ctx) {
      const pre = ctx.situation === 'pre-implementation';
      return {
        title: pre ? 'Tell the reps what the CRM will do for them, in their terms' : 'Tell the reps what the CRM does for them, in their terms',
        why:
          `${answered(ctx, 'goals-unshared')} ` +
          'Salespeople judge a system by what it does for their own numbers; a goal only management has seen, or one put as "efficiency", reads as control.',
        steps: [
          'Write the goals of the CRM down in one page, each with what it means for a rep: fewer questions from the office, the customer history before a visit, orders on the phone.',
          `Have the sales director present them to the reps ${moment(ctx.situation).before}, and take questions.`,
          'Drop or rewrite any goal that a rep would hear as "we want to see what you do all day".',
          'Check in the next round of interviews whether reps can say in their own words what they get from it.',
        ],
      };
    },
  },
  {
    id: 'reps-on-the-design-team',
    phase: 'quick-win',
    triggers: ['reps-left-out'],
    write(ctx) {
      const pre = ctx.situation === 'pre-implementation';
      const live = ctx.situation === 'post-implementation';
      return {
        title: live ? 'Bring working reps into the redesign' : 'Put working reps on the design team',
        why:
          `${answered(ctx, 'reps-left-out')} ` +
          'A CRM designed by managers and IT records what management wants to see; reps who shape it learn what it is for and argue for it with their peers.',
        steps: [
          live
            ? 'Pick four to six respected reps from different teams, including a sceptic, and give them time to review every screen they must fill.'
            : 'Pick four to six respected reps from different teams, including a sceptic, and give them time in the project, not on top of their quota.',
          // without notes, hear-the-reps brings the workshop; one already held is not asked for again
          ...(voiceHeard(ctx) && answerOf(ctx, 'kickoffWorkshop') !== 'held'
            ? [
                pre
                  ? "Hold a kickoff workshop: management explains the goals, the reps' experiences, ideas, questions, concerns and proposals are collected on cards, and the decision makers answer the main concerns the same day."
                  : "Hold a workshop where the reps' experiences, ideas, questions, concerns and proposals are collected on cards, and have the decision makers answer the main concerns the same day.",
              ]
            : []),
          `Let the rep group approve each entry screen ${moment(ctx.situation).before}: what they cannot explain to a colleague goes back.`,
          'Report back to all reps what was changed because of them.',
        ],
      };
    },
  },
  {
    id: 'lead-from-the-crm',
    phase: 'quick-win',
    triggers: ['leadership-absent'],
    write(ctx) {
      const pre = ctx.situation === 'pre-implementation';
      return {
        title: pre ? 'Have the leaders work from the CRM from the first day' : 'Have the leaders work from the CRM',
        why:
          `${answered(ctx, 'leadership-absent')} ` +
          'Salespeople can ignore a CRM more easily than anyone else, and they watch what their leaders do rather than what they announce.',
        steps: [
          ...(answerOf(ctx, 'sponsor') === 'named'
            ? ['Ask the named sponsor to be seen using the CRM: open the sales meeting from it, and answer for its adoption in front of the team.']
            : answerOf(ctx, 'sponsor') === 'active'
              ? []
              : ['Name one executive sponsor in sales, not in IT, who uses the CRM in front of the team and answers for its adoption.']),
          pre
            ? 'Decide now that pipeline and forecast meetings will be run from the CRM screens, with no spreadsheet beside them.'
            : 'Run pipeline and forecast meetings from the CRM screens from next month, and retire the spreadsheet beside them.',
          'Apply the same rules to the best performers as to everyone; if they have a reason to stay out, that reason is a requirement.',
        ],
      };
    },
  },
  {
    id: 'plan-training-by-cohort',
    phase: 'train',
    triggers: ['training-gap'],
    // after go-live with a usage gap, retrain-by-cohort answers the training gap too
    when: (ctx) => ctx.failing.has('training-gap') && !retrainFires(ctx),
    audits: () => ['training-gap'],
    write(ctx) {
      const live = ctx.situation === 'post-implementation';
      return {
        title: live ? 'Retrain by cohort, and keep help going after the class' : 'Plan training by cohort, and help that lasts past go-live',
        why:
          `${answered(ctx, 'training-gap')} ` +
          'Reps of different ages and roles learn differently, most questions come weeks after the class, and adoption takes years, not one launch day.',
        steps: [
          'Group reps into cohorts by how they work and learn (role, territory, comfort with software), and train each on the two or three tasks that pay off for them, with their own customers on screen.',
          'Name a respected rep in each team as the first person to ask, with time set aside for it.',
          'Plan refreshers at four to six weeks and at six months, and a short answer sheet for the phone.',
          'Write an adoption plan that runs for years after go-live, with an owner and a quarterly review.',
        ],
      };
    },
  },
];
