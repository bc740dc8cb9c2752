// The questionnaire's questions, as data (DESIGN.md sections 2 and 7). ask.ts asks them, answers.ts validates
// a file of answers against them, and the readiness audits (src/audits, category `readiness`) score them.
//
// Every question is one key of the answers file. A choice carries the risk it stands for, in [0, 1], so that
// the audits' arithmetic is visible here, beside the words the consultant reads. Questions branch on the
// situation (an implementation planned, under way, or live and unused) and on earlier answers (`when`).
import type { SITUATIONS } from '../result/ids.js';

export type Situation = (typeof SITUATIONS)[number];

/** The version of the questions: written into every answers file, and shown in the report's appendix. */
export const QUESTIONNAIRE_VERSION = '2026.1';

export interface Choice {
  readonly value: string;
  /** what the consultant picks, in a few words */
  readonly label: string;
  /** a line of explanation shown beside the choice, when the label needs it */
  readonly hint?: string;
  /** the risk this answer stands for, in [0, 1]; absent for a choice that is scored otherwise (counted) */
  readonly risk?: number;
  /** a checkbox choice that excludes every other (none of these) */
  readonly exclusive?: boolean;
  /** what the answer means, as a sentence of fact for the evidence and the recommendations (at-risk choices);
   * `live` is its wording after go-live */
  readonly says?: string | { readonly planned: string; readonly live: string };
}

/** Answers as read from a file or collected at the terminal, before they are known to be valid. */
export type Answers = Readonly<Record<string, unknown>>;

/** What the questionnaire asked about a planned field list (`--fields`), kept by name, not by person. */
export interface PlannedFieldsAnswer {
  /** the file's name, without its folder */
  readonly file: string;
  readonly fields: number;
  readonly high: number;
  readonly low: number;
  /** the Low Card fields, by label as the file gives it */
  readonly lowCard: readonly string[];
  /** of those, the ones the consultant marked as read and acted on by someone */
  readonly lowCardRead: readonly string[];
}

interface BaseQuestion {
  /** the key in the answers file (camelCase) */
  readonly id: string;
  readonly section: SectionId;
  /** the question; `live` is its wording after go-live (post-implementation), when it differs */
  readonly text: string;
  readonly live?: string;
  /** one line shown under the question: what the answer is for */
  readonly help: string;
  /** the short form used in the report's table of answers */
  readonly short: string;
  /** asked only when this holds of the answers so far (the situation is always answered first) */
  readonly when?: (a: Answers) => boolean;
  /** `when` in words, for the README */
  readonly whenText?: string;
}

export interface SelectQuestion extends BaseQuestion {
  readonly kind: 'select';
  readonly choices: readonly Choice[];
}

export interface CheckboxQuestion extends BaseQuestion {
  readonly kind: 'checkbox';
  readonly choices: readonly Choice[];
  /** the answer as a sentence of fact: `picked` is the ticked labels as a phrase, empty when none */
  readonly says: (picked: string, live: boolean) => string;
}

export interface NumberQuestion extends BaseQuestion {
  readonly kind: 'number';
  readonly min: number;
  readonly max: number;
  /** whole numbers only (a count of fields) */
  readonly integer?: boolean;
  readonly unit: string;
  /** the answer as a sentence of fact */
  readonly says: (n: string, live: boolean) => string;
}

/** Asked only when a planned field list is given (`--fields`): a checkbox over its Low Card fields. */
export interface PlannedFieldsQuestion extends BaseQuestion {
  readonly kind: 'planned-fields';
}

export type Question = SelectQuestion | CheckboxQuestion | NumberQuestion | PlannedFieldsQuestion;

export const SECTIONS = {
  situation: 'The situation',
  goals: 'Goals',
  involvement: "The reps' part in it",
  controls: 'Controls',
  value: 'Value for the reps',
  entry: 'Data entry',
  leadership: 'Leadership',
  training: 'Training and the long run',
  tools: 'Tools the reps keep',
} as const;
export type SectionId = keyof typeof SECTIONS;

export const QUESTIONS: readonly Question[] = [
  {
    id: 'situation',
    section: 'situation',
    kind: 'select',
    text: 'Where is the CRM project?',
    help: 'The questions, the checks and the recommendations differ in each situation.',
    short: 'Situation',
    choices: [
      { value: 'pre-implementation', label: 'Not started', hint: 'a CRM is planned or being chosen' },
      { value: 'in-progress', label: 'Under way', hint: 'being configured or rolled out, not yet complete' },
      { value: 'post-implementation', label: 'Live', hint: 'implemented and in use, well or not' },
    ],
  },
  {
    id: 'goalsWritten',
    section: 'goals',
    kind: 'select',
    text: 'Are the goals of the CRM written down, and have the reps seen them?',
    help: 'Reps respect a goal that touches theirs; a goal only management has seen reads to them as control.',
    short: 'Goals written and shared',
    choices: [
      { value: 'shared', label: 'Written, and presented to the reps', risk: 0 },
      { value: 'management', label: 'Written, but only management has seen them', risk: 0.6, says: 'Only management has seen the written goals of the CRM' },
      { value: 'none', label: 'Not written down', risk: 1, says: 'The goals of the CRM are not written down' },
    ],
  },
  {
    id: 'repBenefit',
    section: 'goals',
    kind: 'select',
    text: 'Could a rep say what they personally get from the CRM?',
    help: '"It makes you more efficient" is not an answer a rep believes; "my customers\' open orders on my phone" is.',
    short: 'What a rep gets from it',
    choices: [
      { value: 'concrete', label: 'Yes, something concrete', risk: 0 },
      { value: 'vague', label: 'Only in general words', hint: 'efficiency, visibility, one source of truth', risk: 0.6, says: 'A rep could name what they get from the CRM only in general words' },
      { value: 'none', label: 'No', risk: 1, says: 'A rep could not say what they get from the CRM' },
    ],
  },
  {
    id: 'dataUsePromise',
    section: 'goals',
    kind: 'select',
    text: 'Have the reps been told what CRM data will not be used for (appraisals, rankings, discipline)?',
    live: 'Have the reps been told what CRM data is not used for (appraisals, rankings, discipline)?',
    help: 'Reps who fear being exposed or made replaceable give a CRM the minimum; a promise kept takes that fear away.',
    short: 'What the data will not be used for',
    choices: [
      { value: 'written', label: 'Yes, in writing, by the sales director', risk: 0 },
      { value: 'informal', label: 'Only informally', risk: 0.4 },
      { value: 'no', label: 'No', risk: 0.8, says: { planned: 'Nobody has told the reps what CRM data will not be used for', live: 'Nobody has told the reps what CRM data is not used for' } },
    ],
  },
  {
    id: 'kickoffWorkshop',
    section: 'involvement',
    kind: 'select',
    text: "Is there a kickoff workshop where the reps' experiences, ideas, questions, concerns and proposals are collected and answered by the decision makers?",
    live: "Was there a kickoff workshop where the reps' experiences, ideas, questions, concerns and proposals were collected and answered by the decision makers?",
    help: 'Reps involved from the start learn what the CRM is for and see their concerns answered.',
    short: 'Kickoff workshop with the reps',
    choices: [
      { value: 'held', label: 'Held, and the decision makers answered', risk: 0 },
      { value: 'planned', label: 'Planned, not yet held', risk: 0.3 },
      { value: 'none', label: 'No', risk: 1, says: { planned: 'No kickoff workshop with the reps is planned', live: 'There was no kickoff workshop with the reps' } },
    ],
  },
  {
    id: 'repsInDesign',
    section: 'involvement',
    kind: 'select',
    text: 'Are working reps part of the team that designs the screens and the process?',
    live: 'Were working reps part of the team that designed the screens and the process?',
    help: 'A design made by managers and IT alone records what management wants to see.',
    short: 'Reps in the design team',
    choices: [
      { value: 'several', label: 'Several, from different teams', risk: 0 },
      { value: 'token', label: 'One rep, or only sales managers', risk: 0.6, says: { planned: 'At most one working rep sits on the design team', live: 'At most one working rep sat on the design team' } },
      { value: 'none', label: 'None', risk: 1, says: { planned: 'No working rep sits on the design team', live: 'No working rep sat on the design team' } },
    ],
  },
  {
    id: 'activityTracking',
    section: 'controls',
    kind: 'select',
    text: 'Will calls and visits be counted and reported to management?',
    live: 'Are calls and visits counted and reported to management?',
    help: 'Activity counts are the classic Low Card control: reps log to be seen, not to sell.',
    short: 'Activity counting',
    choices: [
      { value: 'none', label: 'No', risk: 0 },
      { value: 'reported', label: 'Counted and reported', risk: 0.7, says: { planned: 'Calls and visits will be counted and reported to management', live: 'Calls and visits are counted and reported to management' } },
      { value: 'quota', label: 'A minimum number must be logged', hint: 'a quota of calls or visits', risk: 1, says: { planned: 'Reps will have to log a minimum number of calls or visits', live: 'Reps must log a minimum number of calls or visits' } },
    ],
  },
  {
    id: 'activityInReviews',
    section: 'controls',
    kind: 'select',
    text: 'Will activity figures from the CRM be used in performance reviews or bonuses?',
    live: 'Are activity figures from the CRM used in performance reviews or bonuses?',
    help: 'Once the CRM grades them, reps fill it to protect themselves, and its data stops being true.',
    short: 'Activity in reviews or bonuses',
    when: (a) => a['activityTracking'] !== 'none',
    whenText: 'when calls and visits are counted',
    choices: [
      { value: 'no', label: 'No', risk: 0 },
      { value: 'undecided', label: 'Not decided', risk: 0.5, says: 'Whether activity figures will count in reviews or bonuses is not decided' },
      { value: 'yes', label: 'Yes', risk: 1, says: { planned: 'Activity figures will count in performance reviews or bonuses', live: 'Activity figures count in performance reviews or bonuses' } },
    ],
  },
  {
    id: 'mandatoryFields',
    section: 'controls',
    kind: 'number',
    text: 'How many fields must a rep fill before a call or visit report can be saved?',
    help: 'Count the required fields of the call or visit form, including pick-lists.',
    short: 'Required fields per call or visit',
    min: 0,
    max: 200,
    integer: true,
    unit: 'fields',
    says: (n) => `A call or visit report cannot be saved until ${n} fields are filled`,
  },
  {
    id: 'plannedFields',
    section: 'controls',
    kind: 'planned-fields',
    text: 'Which of the planned Low Card fields will someone read and act on?',
    live: 'Which of the Low Card fields does someone read and act on?',
    help: 'Tick those someone reads. The others are data entry with no reader: the first candidates to drop or fill automatically.',
    short: 'Low Card fields with a reader',
  },
  {
    id: 'repData',
    section: 'value',
    kind: 'checkbox',
    text: 'Which data will reps find in the CRM that they cannot easily get elsewhere?',
    live: 'Which data do reps find in the CRM that they cannot easily get elsewhere?',
    help: 'Adoption follows value: back-office data on the account page is the strongest reason to open it.',
    short: 'Data reps get only there',
    choices: [
      { value: 'orders', label: 'Orders and order history' },
      { value: 'invoices', label: 'Invoices and payments' },
      { value: 'support', label: 'Open support issues or complaints' },
      { value: 'credit', label: 'Credit standing or blocked accounts' },
      { value: 'enriched', label: 'Enriched account data', hint: 'from a subscription data service' },
      { value: 'marketing', label: "The customer's marketing interactions", hint: 'downloads, events, campaign replies' },
      { value: 'none', label: 'None of these', exclusive: true },
    ],
    says: (picked, live) =>
      picked.length
        ? `Reps ${live ? 'find' : 'will find'} only ${picked} in the CRM that they cannot get elsewhere`
        : `Reps ${live ? 'find' : 'will find'} no data in the CRM that they cannot get elsewhere`,
  },
  {
    id: 'planningViews',
    section: 'value',
    kind: 'checkbox',
    text: 'Which planning information will reps have in the CRM?',
    live: 'Which planning information do reps have in the CRM?',
    help: 'High Card information helps a rep plan: what they open the CRM for before a visit or a territory review.',
    short: 'Planning information for reps',
    choices: [
      { value: 'account-plans', label: 'Account plans' },
      { value: 'territory', label: 'Territory and visit planning' },
      { value: 'history', label: 'Customer history and feedback before a visit' },
      { value: 'opportunities', label: 'Leads or opportunities passed on to the rep' },
      { value: 'none', label: 'None of these', exclusive: true },
    ],
    says: (picked, live) =>
      picked.length
        ? `The only planning information reps ${live ? 'have' : 'will have'} in the CRM is ${picked}`
        : `Reps ${live ? 'have' : 'will have'} no planning information of their own in the CRM`,
  },
  {
    id: 'repDashboard',
    section: 'value',
    kind: 'select',
    text: 'Will a rep see their own dashboard (their customers, orders, pipeline) when they log in?',
    live: 'Does a rep see their own dashboard (their customers, orders, pipeline) when they log in?',
    help: 'A dashboard for the rep, not for the manager, is a reason to open the CRM every morning.',
    short: "A rep's own dashboard",
    choices: [
      { value: 'at-login', label: 'Yes, on login', risk: 0 },
      { value: 'on-request', label: 'Reports exist, but the rep must build or ask for them', risk: 0.5, says: { planned: 'A rep will get reports only by building or asking for them; no dashboard of their own will open on login', live: 'A rep gets reports only by building or asking for them; no dashboard of their own opens on login' } },
      { value: 'none', label: 'No', risk: 1, says: { planned: 'Reps will have no dashboard of their own', live: 'Reps have no dashboard of their own' } },
    ],
  },
  {
    id: 'mobileAccess',
    section: 'value',
    kind: 'select',
    text: 'Can reps see that data on their phone, at the customer?',
    help: 'Reps are in the car and at the customer, not at a desk.',
    short: 'The data on the phone',
    when: (a) => !(Array.isArray(a['repData']) && (a['repData'].length === 0 || (a['repData'].length === 1 && a['repData'][0] === 'none'))),
    whenText: 'when reps find some data of their own in the CRM',
    choices: [
      { value: 'full', label: 'Yes, the same data', risk: 0 },
      { value: 'limited', label: 'Some of it', hint: 'contacts only, or a slow web page', risk: 0.5, says: { planned: 'Only some of that data will reach the phone', live: 'Only some of that data reaches the phone' } },
      { value: 'none', label: 'No', risk: 1, says: { planned: 'None of that data will reach the phone', live: 'None of that data reaches the phone' } },
    ],
  },
  {
    id: 'entryMinutes',
    section: 'entry',
    kind: 'number',
    text: 'About how many minutes a day will a rep spend entering data into the CRM?',
    live: 'About how many minutes a day does a rep spend entering data into the CRM?',
    help: 'An estimate is fine; ask two or three reps if you can. Every minute is taken from selling.',
    short: 'Minutes of data entry a day',
    min: 0,
    max: 480,
    unit: 'minutes',
    says: (n, live) => `A rep ${live ? 'spends' : 'will spend'} about ${n} minutes a day entering data`,
  },
  {
    id: 'entryAutomation',
    section: 'entry',
    kind: 'checkbox',
    text: 'What will be filled in automatically, so that the rep does not type it?',
    live: 'What is filled in automatically, so that the rep does not type it?',
    help: 'Each automation removes a daily chore and a reason to avoid the CRM.',
    short: 'Filled in automatically',
    choices: [
      { value: 'email', label: 'E-mails logged from the mailbox' },
      { value: 'calendar', label: 'Meetings from the calendar' },
      { value: 'calls', label: 'Calls logged from the phone' },
      { value: 'contacts', label: 'Contacts from business cards or signatures' },
      { value: 'back-office', label: 'Orders, invoices and accounts from the ERP' },
      { value: 'none', label: 'None of these', exclusive: true },
    ],
    says: (picked, live) =>
      picked.length ? `Only ${picked} ${live ? 'are' : 'will be'} filled in automatically` : `Nothing ${live ? 'is' : 'will be'} filled in automatically`,
  },
  {
    id: 'sponsor',
    section: 'leadership',
    kind: 'select',
    text: 'Is there an executive sponsor who uses the CRM and speaks for it?',
    help: 'Reps watch what leaders do, not what they announce.',
    short: 'Executive sponsor',
    choices: [
      { value: 'active', label: 'Yes, and visibly uses it', risk: 0 },
      { value: 'named', label: 'Named, but not visible', risk: 0.5, says: 'The executive sponsor is named but not seen using the CRM' },
      { value: 'none', label: 'No', risk: 1, says: 'There is no executive sponsor' },
    ],
  },
  {
    id: 'managersUseIt',
    section: 'leadership',
    kind: 'select',
    text: "Will sales managers run pipeline and forecast meetings from the CRM's own screens?",
    live: "Do sales managers run pipeline and forecast meetings from the CRM's own screens?",
    help: 'When the meeting runs on a spreadsheet, the CRM is a second job.',
    short: 'Meetings run from the CRM',
    choices: [
      { value: 'yes', label: 'Yes', risk: 0 },
      { value: 'partly', label: 'Partly, beside spreadsheets', risk: 0.5, says: { planned: 'Pipeline and forecast meetings will run partly from spreadsheets', live: 'Pipeline and forecast meetings run partly from spreadsheets' } },
      { value: 'no', label: 'No, from spreadsheets or slides', risk: 1, says: { planned: 'Pipeline and forecast meetings will run from spreadsheets or slides, not from the CRM', live: 'Pipeline and forecast meetings run from spreadsheets or slides, not from the CRM' } },
    ],
  },
  {
    id: 'starsExempt',
    section: 'leadership',
    kind: 'select',
    text: 'Will the best performers be allowed to ignore the CRM?',
    live: 'Are the best performers allowed to ignore the CRM?',
    help: 'When the stars ignore it without consequence, everyone learns that it is optional.',
    short: 'Best performers may ignore it',
    choices: [
      { value: 'no', label: 'No, it is the same for everyone', risk: 0 },
      { value: 'unknown', label: 'Not decided, or not known', risk: 0.5, says: 'Nobody has said whether the best performers may ignore the CRM' },
      { value: 'yes', label: 'Yes, in practice', risk: 1, says: 'In practice the best performers may ignore the CRM' },
    ],
  },
  {
    id: 'trainingPlan',
    section: 'training',
    kind: 'select',
    text: 'How will reps be trained?',
    live: 'How were reps trained?',
    help: 'Cohorts of different ages and roles learn differently; one session for everyone suits nobody.',
    short: 'Training',
    choices: [
      { value: 'by-cohort', label: 'By role and cohort, hands-on, with their own customers', risk: 0 },
      { value: 'one-size', label: 'One session for everyone', risk: 0.6, says: { planned: 'Training will be one session for everyone', live: 'Training was one session for everyone' } },
      { value: 'none', label: 'No training', risk: 1, says: { planned: 'No training is planned', live: 'Reps were not trained' } },
    ],
  },
  {
    id: 'supportAfterLaunch',
    section: 'training',
    kind: 'select',
    text: 'What help will reps have after go-live?',
    live: 'What help do reps have now?',
    help: 'Most questions come in the weeks after training, at the customer.',
    short: 'Help after go-live',
    choices: [
      { value: 'ongoing', label: 'Ongoing', hint: 'a named contact, refreshers, floor support', risk: 0 },
      { value: 'first-weeks', label: 'For the first weeks only', risk: 0.5, says: { planned: 'Help for reps will stop after the first weeks', live: 'Help for reps stopped after the first weeks' } },
      { value: 'none', label: 'None', risk: 1, says: { planned: 'Reps will have no help after go-live', live: 'Reps have no help with the CRM' } },
    ],
  },
  {
    id: 'planHorizon',
    section: 'training',
    kind: 'select',
    text: 'How far does the adoption plan reach?',
    help: 'Adoption takes years in a large organisation; a plan that ends at go-live ends where the work begins.',
    short: 'Adoption plan reaches',
    choices: [
      { value: 'multi-year', label: 'Several years, with steps after go-live', risk: 0 },
      { value: 'one-year', label: 'The first year', risk: 0.7, says: 'The adoption plan ends after the first year' },
      { value: 'go-live', label: 'It ends at go-live', risk: 1, says: 'The adoption plan ends at go-live' },
    ],
  },
  {
    id: 'ownTools',
    section: 'tools',
    kind: 'select',
    text: 'Do reps keep their customers in tools of their own?',
    help: 'Spreadsheets, Outlook, notebooks, an old contact manager: each is a vote against the official CRM.',
    short: 'Reps keep their own tools',
    choices: [
      { value: 'none', label: 'No', risk: 0 },
      { value: 'some', label: 'Some reps do', risk: 0.5, says: 'Some reps keep their customers in tools of their own' },
      { value: 'most', label: 'Most reps do', risk: 1, says: 'Most reps keep their customers in tools of their own' },
    ],
  },
  {
    id: 'ownToolsPlan',
    section: 'tools',
    kind: 'select',
    text: 'What is the plan for those tools?',
    help: 'Moving the data in is not enough: the CRM must give what the old tool could not.',
    short: 'Plan for their own tools',
    when: (a) => a['ownTools'] !== undefined && a['ownTools'] !== 'none',
    whenText: 'when reps keep tools of their own',
    choices: [
      { value: 'replace', label: 'Move their data in, and give them what the old tool could not', risk: 0 },
      { value: 'migrate', label: 'Move their data in', risk: 0.5, says: 'The plan moves their data in but gives them nothing their own tool could not' },
      { value: 'none', label: 'No plan', risk: 1, says: 'There is no plan for those tools' },
    ],
  },
];

/** Every question by id. */
export const QUESTION_BY_ID: ReadonlyMap<string, Question> = new Map(QUESTIONS.map((q) => [q.id, q]));

/** The question's wording in this situation. */
export function questionText(q: Question, situation: unknown): string {
  return situation === 'post-implementation' && q.live ? q.live : q.text;
}

/** Is the question asked, given the answers so far? A planned field list is asked about only when one is given. */
export function isAsked(q: Question, answers: Answers, opts: { plannedFields?: boolean } = {}): boolean {
  if (q.kind === 'planned-fields' && !opts.plannedFields && answers[q.id] === undefined) return false;
  return q.when ? q.when(answers) : true;
}

/** The label of a choice, or the value itself when it is not one of the choices. */
export function choiceLabel(q: Question, value: string): string {
  return ('choices' in q ? q.choices.find((c) => c.value === value)?.label : undefined) ?? value;
}

/** An answer as a reader sees it: the choices' labels, a number with its unit, a planned field list's count. */
export function describeAnswer(q: Question, value: unknown, number: (n: number) => string = String): string | null {
  if (value === undefined || value === null) return null;
  switch (q.kind) {
    case 'select':
      return typeof value === 'string' ? choiceLabel(q, value) : null;
    case 'checkbox':
      return Array.isArray(value) ? (value.length ? value.map((v) => choiceLabel(q, String(v))).join('; ') : 'None of these') : null;
    case 'number':
      return typeof value === 'number' ? `${number(value)} ${q.unit}` : null;
    case 'planned-fields': {
      const p = value as Partial<PlannedFieldsAnswer>;
      if (typeof p.low !== 'number' || !Array.isArray(p.lowCardRead)) return null;
      return `${p.lowCardRead.length} of the ${p.low} Low Card fields of ${String(p.file ?? 'the planned field list')}`;
    }
  }
}

export interface AnswerRow {
  section: string;
  question: string;
  answer: string;
}

/**
 * The answers given, in the questionnaire's order and the wording of the audit's situation (the situation itself
 * left out, and so is an answer to a question the other answers made moot).
 */
export function answerRows(answers: Answers, situation: unknown = answers['situation'], number?: (n: number) => string): AnswerRow[] {
  const rows: AnswerRow[] = [];
  for (const q of QUESTIONS) {
    if (q.id === 'situation' || !isAsked(q, answers)) continue;
    const answer = describeAnswer(q, answers[q.id], number);
    if (answer !== null) rows.push({ section: SECTIONS[q.section], question: questionText(q, situation), answer });
  }
  return rows;
}
