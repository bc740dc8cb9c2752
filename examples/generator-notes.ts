// The consultant's interview and workshop notes for the example client: an interview guide, a bank of
// note templates per question and polarity, labelled with the themes and sentiment they were written to
// carry (the planted truth that the interview analysis is checked against), and the few special notes
// that exercise redaction, other languages and markup.

import type { Rng } from './generator-random.js';
import { THEME_IDS } from '../src/result/schema.js';

/** The interview themes of the contract (DESIGN.md section 4). */
export const THEMES = THEME_IDS;
export type ThemeId = (typeof THEMES)[number];
export type Sentiment = 'positive' | 'neutral' | 'negative';
export type Stance = 'love' | 'hate' | 'ambivalent' | 'neutral';
export type TeamMode = 'resisting' | 'healthy';
type Polarity = 'pos' | 'neg' | 'neu' | 'mix';

export interface Template {
  t: string;
  themes: readonly ThemeId[];
  s: Sentiment;
  /** written for one team mode only (e.g. it mentions order data that only healthy teams get) */
  only?: TeamMode;
}

const T = (t: string, s: Sentiment, themes: readonly ThemeId[], only?: TeamMode): Template =>
  only ? { t, s, themes, only } : { t, s, themes };

interface Question {
  id: string;
  text: string;
  bank: Partial<Record<Polarity, readonly Template[]>>;
}

// Slots: {She} {she} {him} {his} pronouns; {product} {account} {hcp} {n} {mins} {colleague}.
// Templates marked R are written for resisting teams (they mention the Low Card controls, the Friday
// logging or the missing ERP data); H for healthy teams (they mention the order data, the honest use).
const R = 'resisting' as const;
const H = 'healthy' as const;

export const REP_QUESTIONS: readonly Question[] = [
  {
    id: 'week',
    text: 'Walk me through how you use the CRM in a normal week.',
    bank: {
      neg: [
        T("Logs everything on Friday afternoon because the weekly count is checked on Monday morning. {She} called it 'feeding the dashboard'.", 'negative', ['data-entry-burden', 'control-surveillance'], R),
        T('Opens the CRM once a week, on Friday, to enter the calls. The rest of the week it stays closed.', 'negative', ['data-entry-burden'], R),
        T('Uses it only to tick the visit report box. Nothing in it helps {him} plan a week.', 'negative', ['control-surveillance', 'no-value'], R),
        T('"I do my job first and the CRM last." Enters the calls in one sitting at the end of the week.', 'negative', ['data-entry-burden'], R),
        T('Said the only thing the CRM produces for {him} is the Monday report that goes to the manager.', 'negative', ['control-surveillance', 'no-value'], R),
        T('Has hardly opened it since the summer, apart from resetting {his} password twice.', 'negative', ['no-value'], R),
        T('Uses it less than at launch; the search is slow and the account pages take ages to load on the laptop.', 'negative', ['tool-fit'], H),
      ],
      pos: [
        T('Starts the day in the CRM: route, open invoices, who ordered last week. Ten minutes, then out the door.', 'positive', ['positive-value'], H),
        T('Logs each call in the car park straight after the visit; says it takes about a minute on the phone.', 'positive', ['mobile', 'positive-value'], H),
        T('Opens the account page before every hospital visit, mainly for the order history and the formulary status.', 'positive', ['positive-value'], H),
        T('Plans the week from the territory plan on Monday and moves things around as calls get cancelled. Finds that genuinely useful.', 'positive', ['positive-value'], H),
        T('Looks up phone numbers and who is who at a hospital; the contact list is the part {she} uses willingly.', 'positive', ['positive-value'], R),
      ],
      neu: [
        T('Uses it for the call log and the calendar, not much beyond that.', 'neutral', []),
        T('Enters calls the same day, usually in the evening from home.', 'neutral', [], H),
        T('Mostly looks up addresses and the names of the pharmacy contacts.', 'neutral', []),
      ],
      mix: [
        T('Likes the contact list, resents the weekly count. "Half of it helps me, half of it watches me."', 'neutral', ['positive-value', 'control-surveillance'], R),
        T('Handy for addresses on the phone, but the Friday reporting eats an afternoon.', 'neutral', ['positive-value', 'data-entry-burden', 'mobile'], R),
        T('Likes the invoice view, finds the app clumsy. "Good data, awkward tool."', 'neutral', ['positive-value', 'mobile'], H),
      ],
    },
  },
  {
    id: 'time',
    text: 'What takes the most time when you enter data?',
    bank: {
      neg: [
        T('The visit report: {n} mandatory fields, several asking the same thing twice. Estimates {mins} minutes per visit.', 'negative', ['data-entry-burden'], R),
        T("Typing the call count and the hours per account. 'Nobody has ever told me why hours per account matter.'", 'negative', ['data-entry-burden', 'control-surveillance'], R),
        T('The mandatory fields cannot be skipped, so {she} puts a full stop in them and moves on. Said it without embarrassment.', 'negative', ['data-entry-burden'], R),
        T('The same sample numbers go into the CRM, the sample tracker and an Excel list for the area manager. Three times the same thing.', 'negative', ['data-entry-burden', 'shadow-systems']),
        T('On some days, entering a visit takes longer than the visit did.', 'negative', ['data-entry-burden'], R),
        T('Contact changes: doctors move wards and the CRM has no way to merge the duplicates, so {she} types them again.', 'negative', ['data-entry-burden', 'tool-fit'], H),
      ],
      pos: [
        T('Not much. Most fields fill themselves from the ERP now; {she} only adds the feedback and the next step.', 'positive', ['positive-value'], H),
        T("Doesn't find data entry a burden at all: two or three fields per call, done on the phone.", 'positive', ['positive-value', 'mobile'], H),
        T('The feedback field takes the time, but {she} thinks it is worth it because Medical actually reads it.', 'positive', ['positive-value'], H),
        T('Calls themselves are quick to enter now that the subject line fills in by itself, {she} admitted.', 'positive', ['positive-value'], R),
      ],
      neu: [
        T('Updating contacts when doctors move between hospitals; otherwise quick enough.', 'neutral', []),
        T('Reconciling samples at the end of the month, about an hour.', 'neutral', []),
      ],
      mix: [
        T('Quick for calls, painful for the monthly time sheet per account. "The first I get, the second I don\'t."', 'neutral', ['data-entry-burden', 'control-surveillance'], R),
        T('Fine for calls; the feedback field is long but worth it, the contact updates are not.', 'neutral', ['positive-value', 'data-entry-burden'], H),
      ],
    },
  },
  {
    id: 'who',
    text: 'Who uses what you enter, and what happens with it?',
    bank: {
      neg: [
        T('"My manager counts my calls. That\'s the whole use." Feels the CRM exists to check on reps, not to help them.', 'negative', ['control-surveillance'], R),
        T('Believes the activity numbers are being collected to make the case for merging territories.', 'negative', ['job-threat', 'control-surveillance'], R),
        T('Worried that once every contact is in the system, a new hire could take over {his} accounts overnight.', 'negative', ['job-threat']),
        T('Nobody ever replied to anything {she} wrote in the feedback field, so {she} stopped writing there.', 'negative', ['no-value'], R),
        T("Sees the weekly ranking of calls per rep as surveillance. 'It ranks who types most, not who sells most.'", 'negative', ['control-surveillance'], R),
      ],
      pos: [
        T('Medical answers the customer questions {she} logs, usually within two days. That is what keeps {him} logging.', 'positive', ['positive-value'], H),
        T('Marketing used {his} feedback on the {product} leaflet; {she} was visibly pleased about that.', 'positive', ['positive-value'], H),
        T('Admits the shared contact list saved {him} when covering for {colleague} in the summer.', 'positive', ['positive-value'], R),
        T("Doesn't feel watched: the manager uses the pipeline in one-to-ones to help, not to count.", 'positive', ['positive-value'], H),
      ],
      neu: [
        T('Assumes head office uses it for forecasting; has never seen those reports.', 'neutral', []),
        T('The manager looks at the pipeline in one-to-ones. Nothing else that {she} knows of.', 'neutral', []),
      ],
    },
  },
  {
    id: 'before-visit',
    text: 'What information would make you open the CRM before a visit?',
    bank: {
      neg: [
        T("Orders and open invoices for the account. 'Without them there is nothing in there I don't already know.'", 'negative', ['integration-wish', 'no-value'], R),
        T('Wants to see whether a pharmacy is on credit hold before promising anything; today {she} phones finance for that.', 'negative', ['integration-wish'], R),
        T('Support cases. Twice {she} walked into a complaint {she} had not heard about.', 'negative', ['integration-wish']),
        T('Nothing, really. The CRM shows what {she} typed in, and {she} knows that already.', 'negative', ['no-value'], R),
      ],
      pos: [
        T('Already does: the order history and the formulary status are the first two things {she} checks.', 'positive', ['positive-value'], H),
        T('The credit status saved {him} an awkward conversation with {account} last month.', 'positive', ['positive-value'], H),
        T('The notes from the last visit and the open questions from Medical. Both are there, so {she} opens it.', 'positive', ['positive-value'], H),
        T('The list of who {she} saw last time at {account} is useful, {she} conceded; that part works.', 'positive', ['positive-value'], R),
      ],
      neu: [
        T('Perhaps the last orders by product, if it were quick on the phone.', 'neutral', ['integration-wish', 'mobile'], R),
        T('Opening hours and who the current pharmacy lead is.', 'neutral', []),
      ],
    },
  },
  {
    id: 'elsewhere',
    text: 'Where do you keep customer information today, if not in the CRM?',
    bank: {
      neg: [
        T("Keeps the real customer notes in an Excel file on the laptop, sorted by town. 'Been doing it like that for years.'", 'negative', ['shadow-systems'], R),
        T('Appointments live in Outlook; does not see the point of copying them into the CRM as well.', 'negative', ['shadow-systems', 'data-entry-burden']),
        T("Still uses the old HubSpot account from the distributor days for tenders: 'it just works'.", 'negative', ['shadow-systems', 'tool-fit'], R),
        T('A paper notebook in the car, plus WhatsApp with a few of the pharmacists.', 'negative', ['shadow-systems']),
      ],
      pos: [
        T('Everything is in the CRM now; the old Excel list was retired in the spring.', 'positive', ['positive-value'], H),
        T('Nowhere else. Stopped keeping the spreadsheet once the invoices showed up in the CRM.', 'positive', ['positive-value'], H),
        T('Contacts are in the CRM and {she} is glad of it; the rest lives elsewhere.', 'positive', ['positive-value', 'shadow-systems'], R),
      ],
      neu: [
        T('Mostly in the CRM, a few personal reminders on the phone.', 'neutral', []),
      ],
    },
  },
  {
    id: 'training',
    text: 'How well did the training prepare you?',
    bank: {
      neg: [
        T('One afternoon of training at launch, all about the mandatory fields. Nobody showed what it could do for a rep.', 'negative', ['training'], R),
        T('Learnt most of it from {colleague}, not from the training.', 'negative', ['training']),
        T('Would like a short session on reports; has no idea how to pull a list of {his} own accounts.', 'negative', ['training']),
      ],
      pos: [
        T('The cohort training in March helped; liked that it started from a real week of calls.', 'positive', ['training', 'positive-value'], H),
        T('Found the short training videos useful and watched them twice.', 'positive', ['training']),
      ],
      neu: [
        T('Training was fine, nothing that stuck.', 'neutral', ['training']),
      ],
    },
  },
  {
    id: 'mobile',
    text: 'Do you use the CRM on the road, on your phone or tablet?',
    bank: {
      neg: [
        T('The app logs {him} out in hospital car parks with poor signal, and the draft is gone.', 'negative', ['mobile']),
        T('Too many screens on the phone for one call, so {she} does it on the laptop at night instead.', 'negative', ['mobile', 'data-entry-burden']),
        T('Has asked for an offline mode three times. No answer.', 'negative', ['mobile']),
      ],
      pos: [
        T('Uses the app between visits every day, mostly for invoices and the next appointment.', 'positive', ['mobile', 'positive-value'], H),
        T('Dictating call notes into the app was the turning point for {him}.', 'positive', ['mobile', 'positive-value'], H),
        T('The map in the app is good for planning a route between pharmacies; uses that, and only that.', 'positive', ['mobile', 'positive-value'], R),
      ],
      neu: [
        T('Has the app installed but uses the laptop more.', 'neutral', ['mobile']),
      ],
    },
  },
  {
    id: 'worries',
    text: 'What worries you about how the CRM is used?',
    bank: {
      neg: [
        T('Fears the call data will come up in the restructuring talks next year.', 'negative', ['job-threat'], R),
        T('Not worried about the tool itself; worried about what the activity league table is used for.', 'negative', ['control-surveillance'], R),
        T("Thinks the system was chosen for head office and doesn't fit field work in hospitals.", 'negative', ['tool-fit']),
        T('"It\'s built for telesales, not for people who spend half the day in waiting rooms."', 'negative', ['tool-fit']),
      ],
      pos: [
        T('No real worries. Would like to see the neighbouring territory too when covering for colleagues.', 'positive', ['positive-value'], H),
      ],
      neu: [
        T("Data protection: what happens with the doctors' preferences {she} records.", 'neutral', []),
      ],
    },
  },
  {
    id: 'change',
    text: 'If you could change one thing, what would it be?',
    bank: {
      neg: [
        T("Scrap the weekly call count and the hours per account. 'Trust us or don't hire us.'", 'negative', ['control-surveillance', 'data-entry-burden'], R),
        T('Bring in the orders and invoices; then {she} would use it without being told to.', 'negative', ['integration-wish'], R),
        T('Make the visit report three fields instead of {n}.', 'negative', ['data-entry-burden'], R),
        T('Replace it with something simpler; several in the team would rather go back to HubSpot.', 'negative', ['tool-fit', 'shadow-systems'], R),
        T('Fix the search. Finding a contact by ward takes four clicks too many.', 'negative', ['tool-fit'], H),
      ],
      pos: [
        T('Add the support tickets to the account page; the rest works.', 'positive', ['integration-wish', 'positive-value'], H),
        T('Nothing big. Faster search, maybe.', 'positive', [], H),
      ],
      neu: [
        T('Better search for contacts by hospital ward.', 'neutral', []),
      ],
    },
  },
];

export const RATING_QUESTION = 'Overall, how useful is the CRM to your work (1-5)?';

const RATING_NOTES: Record<number, readonly Template[]> = {
  1: [
    T("Gave it a 1. 'It is a control tool, full stop.'", 'negative', ['control-surveillance'], R),
    T('A 1. Sees no benefit for the field at all.', 'negative', ['no-value']),
  ],
  2: [
    T('A 2: useful for addresses, useless for selling.', 'negative', ['no-value']),
    T('Two out of five; would be higher with order data in it.', 'negative', ['integration-wish'], R),
  ],
  3: [
    T('A 3. Likes parts of it, dislikes the weekly reporting.', 'neutral', ['control-surveillance'], R),
    T('Middle of the road, a 3.', 'neutral', []),
    T('A 3; the data is good, the app is slow.', 'neutral', ['positive-value', 'mobile'], H),
  ],
  4: [
    T("4 out of 5. 'I'd miss it if it went.'", 'positive', ['positive-value']),
    T('A 4; would be a 5 if the app were faster.', 'positive', ['positive-value', 'mobile']),
  ],
  5: [
    T('A clear 5. Would not go back to the spreadsheets.', 'positive', ['positive-value']),
    T('5. "It is the first thing I open in the morning."', 'positive', ['positive-value']),
  ],
};

export const MANAGER_QUESTIONS: readonly Question[] = [
  {
    id: 'm-use',
    text: 'What do you use the CRM data for?',
    bank: {
      neg: [
        T('Uses the weekly call count in team meetings; admits it says little about the quality of the calls.', 'negative', ['control-surveillance'], 'resisting'),
        T('Mostly to answer head office when they ask why the numbers dropped.', 'negative', ['control-surveillance'], 'resisting'),
      ],
      pos: [
        T('Runs the one-to-ones from the pipeline view: coaching, not counting.', 'positive', ['positive-value'], 'healthy'),
        T('Uses the feedback field to spot what customers keep asking; passes it to Medical monthly.', 'positive', ['positive-value'], 'healthy'),
      ],
    },
  },
  {
    id: 'm-quality',
    text: 'How reliable is what your team enters?',
    bank: {
      neg: [
        T("'The numbers look perfect and mean nothing.' Knows some reps type dots into the mandatory fields.", 'negative', ['data-entry-burden'], 'resisting'),
        T('Everything gets entered on Friday afternoon, so the dates are fiction.', 'negative', ['data-entry-burden'], 'resisting'),
      ],
      pos: [
        T('Reliable enough to forecast from, apart from the odd stale deal.', 'positive', ['positive-value'], 'healthy'),
      ],
    },
  },
  {
    id: 'm-follow',
    text: 'How do you follow up on activity numbers?',
    bank: {
      neg: [
        T('Gets a Monday report from head office and is expected to chase the bottom three reps.', 'negative', ['control-surveillance'], 'resisting'),
      ],
      pos: [
        T("Doesn't chase numbers; goes through the feedback with each rep once a month.", 'positive', ['positive-value'], 'healthy'),
      ],
    },
  },
  {
    id: 'm-change',
    text: 'What would you change?',
    bank: {
      neg: [
        T('Would drop the hours-per-account field tomorrow if head office agreed.', 'negative', ['data-entry-burden', 'control-surveillance'], 'resisting'),
        T('Give the team order and credit data, or stop pretending the CRM is for them.', 'negative', ['integration-wish', 'no-value'], 'resisting'),
      ],
      pos: [
        T('More integration: support cases and credit holds in one view.', 'positive', ['integration-wish', 'positive-value'], 'healthy'),
      ],
    },
  },
];

// Workshop ("Time to Change" kickoff) input, sorted by the five categories, by team mode.
export const WORKSHOP_PROMPT = 'Time to Change: what should the CRM do for the field?';
export const WORKSHOP_NOTES: Record<TeamMode, Record<string, readonly Template[]>> = {
  resisting: {
    experience: [
      T("Group described Friday afternoons as 'CRM time': the whole week gets logged at once.", 'negative', ['data-entry-burden']),
      T('Several admitted filling mandatory fields with a full stop to get past the validation.', 'negative', ['data-entry-burden']),
      T('Most keep their own customer list outside the CRM and have never been asked why.', 'negative', ['shadow-systems']),
      T('The launch was a training on mandatory fields; nobody remembers a reason being given.', 'negative', ['training', 'control-surveillance']),
    ],
    idea: [
      T('Replace the weekly call count with a short account plan for each key customer.', 'neutral', ['control-surveillance']),
      T("Give reps their own dashboard, not only the manager's.", 'neutral', ['positive-value']),
      T('Show the last orders and open invoices on the account page.', 'neutral', ['integration-wish']),
      T('Let reps dictate a visit note instead of filling in the report.', 'neutral', ['mobile', 'data-entry-burden']),
    ],
    question: [
      T('Who reads the time-per-account figures, and what are they used for?', 'neutral', ['control-surveillance']),
      T('Will the call numbers be used in performance reviews?', 'negative', ['job-threat']),
      T('Why do other teams see order data and we do not?', 'negative', ['integration-wish']),
    ],
    concern: [
      T('Worry that activity data will decide who stays after the merger.', 'negative', ['job-threat']),
      T('The system was designed without anyone from the field in the room.', 'negative', ['tool-fit']),
      T('Fear that a relaunch means more fields, not fewer.', 'negative', ['data-entry-burden']),
    ],
    proposal: [
      T('Drop four of the six mandatory visit report fields for a three-month trial.', 'neutral', ['data-entry-burden']),
      T('Pilot the ERP feed (orders, invoices, credit holds) in this team first.', 'neutral', ['integration-wish']),
      T('Stop the weekly ranking e-mail and see what happens to the data.', 'neutral', ['control-surveillance']),
    ],
  },
  healthy: {
    experience: [
      T('Group agreed that the order view changed how they prepare hospital visits.', 'positive', ['positive-value']),
      T('Reps share territory plans in the CRM when they cover for each other during holidays.', 'positive', ['positive-value']),
      T('Credit holds showing up before a visit avoided two awkward conversations this quarter.', 'positive', ['positive-value']),
    ],
    idea: [
      T('Put formulary committee dates into the calendar automatically.', 'neutral', ['integration-wish']),
      T("Add a 'what the customer asked' field that goes straight to Medical.", 'positive', ['positive-value']),
      T('A weekly digest of what changed on my accounts, on the phone.', 'neutral', ['mobile', 'positive-value']),
    ],
    question: [
      T('Can the app work offline in hospital basements?', 'neutral', ['mobile']),
      T('When will support cases show on the account page?', 'neutral', ['integration-wish']),
      T('Could new starters get the same cohort training we had?', 'neutral', ['training']),
    ],
    concern: [
      T('Concern that new mandatory fields will creep back in after the relaunch.', 'negative', ['data-entry-burden']),
      T('Search on the tablet is slow.', 'negative', ['mobile']),
      T('If the ERP feed breaks, nobody in the team would know who to call.', 'negative', ['integration-wish']),
    ],
    proposal: [
      T('Keep the monthly 30-minute tips session run by reps for reps.', 'positive', ['training', 'positive-value']),
      T('Let each team retire one field per quarter that nobody uses.', 'neutral', ['data-entry-burden']),
      T('Add support tickets next, before anything else.', 'neutral', ['integration-wish']),
    ],
  },
};

export const FOCUS_GROUP_NOTES: Record<TeamMode, readonly Template[]> = {
  resisting: [
    T('Consensus in the room that the weekly count is the main irritant; nobody defended it.', 'negative', ['control-surveillance']),
    T('Two participants keep their pipeline in a spreadsheet and copy it in before the quarterly review.', 'negative', ['shadow-systems', 'data-entry-burden']),
    T('Long discussion about the missing order data; "we are the only ones who can\'t see what the customer bought".', 'negative', ['integration-wish', 'no-value']),
    T('Half the group said they would use it daily if it showed invoices; the other half doubted it would change anything.', 'neutral', ['integration-wish', 'no-value']),
    T('Several tenders are tracked in the old HubSpot portal; the group asked whether that is allowed.', 'neutral', ['shadow-systems']),
    T('The Friday logging was described as a ritual: "we sit in the car park and type".', 'negative', ['data-entry-burden']),
  ],
  healthy: [
    T('Group is broadly positive; the invoice and credit view is what they would defend first.', 'positive', ['positive-value']),
    T('Mild frustration with the app on older phones.', 'negative', ['mobile']),
    T('They asked for the same data for the hospital pharmacies they do not own but visit.', 'neutral', ['integration-wish']),
    T('Nobody in the room keeps a separate spreadsheet any more.', 'positive', ['positive-value']),
  ],
};

// ---------------------------------------------------------------------------------------------------------
// Special notes: other languages, personal data to redact, markup, formula-looking starts, line breaks.

export interface SpecialNote {
  text: string;
  themes: readonly ThemeId[];
  s: Sentiment;
  lang: 'en' | 'de' | 'fr';
  /** kinds of personal data in the text */
  pii: readonly ('email' | 'phone' | 'url' | 'name')[];
  html?: boolean;
  only?: TeamMode;
}

export const FOREIGN_NOTES: readonly SpecialNote[] = [
  {
    text: 'Meinte, die Pflichtfelder im Besuchsbericht seien reine Kontrolle, hineinschauen würde ohnehin niemand. Die Bestellhistorie hätte er dagegen gern auf dem Handy.',
    themes: ['control-surveillance', 'integration-wish', 'mobile'], s: 'negative', lang: 'de', pii: [], only: 'resisting',
  },
  {
    text: 'Tient son vrai suivi dans un fichier Excel ; le CRM, « c\'est pour le chef ». Remplit les champs obligatoires avec un point.',
    themes: ['shadow-systems', 'control-surveillance', 'data-entry-burden'], s: 'negative', lang: 'fr', pii: [], only: 'resisting',
  },
  {
    text: 'Findet die Rechnungsübersicht vor dem Apothekenbesuch sehr hilfreich – spart ihr den Anruf in der Buchhaltung.',
    themes: ['positive-value'], s: 'positive', lang: 'de', pii: [], only: 'healthy',
  },
];

export interface PiiContext {
  email: string;
  personalEmail: string;
  phone: string;
  colleague: string;
  hcp: string;
  she: string;
  his: string;
}

/** Notes that carry personal data or awkward text; each is given to a different respondent. */
export function specialNotes(c: PiiContext): SpecialNote[] {
  return [
    {
      text: `Asked for the draft of the new visit report to be sent to ${c.email} so ${c.she} can comment before the pilot.`,
      themes: ['data-entry-burden'], s: 'neutral', lang: 'en', pii: ['email'],
    },
    {
      text: `Prefers a call on ${c.his} mobile, ${c.phone}, to another survey. "I answer the phone, I don't answer forms."`,
      themes: ['data-entry-burden'], s: 'negative', lang: 'en', pii: ['phone'],
    },
    {
      text: `Suggested talking to ${c.colleague}, who built the team's Excel tracker; copies of it go round by e-mail (${c.personalEmail}).`,
      themes: ['shadow-systems'], s: 'neutral', lang: 'en', pii: ['name', 'email'],
    },
    {
      text: `Mentioned ${c.hcp} at the teaching hospital by name: "${c.hcp} asks me for invoices, and I have to ring finance." Mobile for follow-up: ${c.phone}.`,
      themes: ['integration-wish'], s: 'negative', lang: 'en', pii: ['name', 'phone'], only: 'resisting',
    },
    {
      text: 'Pointed to the sample tracker on the intranet (https://intranet.acme-pharma.example/samples/tracker) as the tool that is actually used for samples.',
      themes: ['shadow-systems'], s: 'neutral', lang: 'en', pii: ['url'],
    },
    {
      text: 'Forwarded a complaint verbatim from the app feedback form: <script>alert("crm")</script><b>Why does the app log me out after every visit?</b>',
      themes: ['mobile'], s: 'negative', lang: 'en', pii: [], html: true,
    },
    {
      text: '- no time for the weekly count\n- no signal in the hospital basement\n- no idea who reads the reports',
      themes: ['data-entry-burden', 'mobile', 'control-surveillance'], s: 'negative', lang: 'en', pii: [], only: 'resisting',
    },
    {
      text: `+1 to ${c.colleague}'s idea: show the last three orders on the account page, "then I'd open it every morning".`,
      themes: ['integration-wish'], s: 'positive', lang: 'en', pii: ['name'], only: 'resisting',
    },
    {
      text: 'Three things that work:\n1) invoices before the visit\n2) dictating notes in the car\n3) the shared territory plan',
      themes: ['positive-value', 'mobile'], s: 'positive', lang: 'en', pii: [], only: 'healthy',
    },
  ];
}

// ---------------------------------------------------------------------------------------------------------

export interface Pronouns {
  She: string;
  she: string;
  him: string;
  his: string;
}
export const pronouns = (g: 'f' | 'm'): Pronouns =>
  g === 'f' ? { She: 'She', she: 'she', him: 'her', his: 'her' } : { She: 'He', she: 'he', him: 'him', his: 'his' };

export interface Slots extends Pronouns {
  product: string;
  account: string;
  hcp: string;
  colleague: string;
}

export interface FilledNote {
  text: string;
  themes: ThemeId[];
  s: Sentiment;
  mixed: boolean;
  names: string[];
}

const TAILS: Record<Sentiment, readonly string[]> = {
  negative: [' Said it twice.', ' Clearly frustrated.', ' Others in the team feel the same, {she} thinks.', ' Laughed about it, but meant it.'],
  positive: [' Said it without being asked.', ' Enthusiastic.', ' Gave an example from last week.'],
  neutral: [' Calm about it.', ' No strong feelings either way.'],
};

export function fillTemplate(tpl: Template, slots: Slots, rng: Rng, mixed = false): FilledNote {
  const names: string[] = [];
  let text = tpl.t;
  if (rng.chance(0.22)) text += rng.pick(TAILS[tpl.s]);
  text = text.replace(/\{(\w+)\}/g, (_m, key: string) => {
    switch (key) {
      case 'She': return slots.She;
      case 'she': return slots.she;
      case 'him': return slots.him;
      case 'his': return slots.his;
      case 'product': return slots.product;
      case 'account': return slots.account;
      case 'hcp': names.push(slots.hcp); return slots.hcp;
      case 'colleague': names.push(slots.colleague); return slots.colleague;
      case 'n': return String(rng.int(9, 14));
      case 'mins': return String(rng.pick([10, 12, 15, 20, 25]));
      default: throw new Error(`unknown slot {${key}} in note template`);
    }
  });
  return { text, themes: [...tpl.themes], s: tpl.s, mixed, names };
}

const POLARITY_BY_STANCE: Record<Stance, readonly (readonly [Polarity, number])[]> = {
  love: [['pos', 70], ['neu', 20], ['neg', 10]],
  hate: [['neg', 78], ['neu', 17], ['pos', 5]],
  ambivalent: [['pos', 35], ['neg', 35], ['mix', 20], ['neu', 10]],
  neutral: [['neu', 70], ['pos', 15], ['neg', 15]],
};

/** Picks a template for one question, for a respondent of the given stance in a team of the given mode. */
export function pickTemplate(q: Question, stance: Stance, mode: TeamMode, rng: Rng): { tpl: Template; mixed: boolean } | null {
  for (let attempt = 0; attempt < 4; attempt++) {
    const polarity = rng.weighted(POLARITY_BY_STANCE[stance]);
    const bank = (q.bank[polarity] ?? []).filter((tpl) => !tpl.only || tpl.only === mode);
    if (bank.length > 0) return { tpl: rng.pick(bank), mixed: polarity === 'mix' };
  }
  const any = (['neu', 'pos', 'neg'] as const)
    .flatMap((p) => q.bank[p] ?? [])
    .filter((tpl) => !tpl.only || tpl.only === mode);
  return any.length > 0 ? { tpl: rng.pick(any), mixed: false } : null;
}

export function ratingFor(stance: Stance, rng: Rng): number {
  switch (stance) {
    case 'love': return rng.weighted([[5, 45], [4, 55]]);
    case 'hate': return rng.weighted([[1, 45], [2, 55]]);
    case 'ambivalent': return rng.weighted([[2, 25], [3, 55], [4, 20]]);
    case 'neutral': return 3;
  }
}

export function ratingNote(rating: number, mode: TeamMode, rng: Rng): Template {
  const bank = (RATING_NOTES[rating] ?? []).filter((tpl) => !tpl.only || tpl.only === mode);
  return rng.pick(bank.length ? bank : [T(`A ${rating}.`, rating >= 4 ? 'positive' : rating <= 2 ? 'negative' : 'neutral', [])]);
}
