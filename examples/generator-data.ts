// Static material for the example generator: invented people, places, products and the org's field
// layout. Every name here is made up; none is meant to be a real person, hospital or brand.

export interface FirstName {
  name: string;
  g: 'f' | 'm';
}

export const FIRST_NAMES: readonly FirstName[] = [
  { name: 'Amelie', g: 'f' }, { name: 'Bruno', g: 'm' }, { name: 'Carla', g: 'f' }, { name: 'Dario', g: 'm' },
  { name: 'Elin', g: 'f' }, { name: 'Fabian', g: 'm' }, { name: 'Greta', g: 'f' }, { name: 'Hugo', g: 'm' },
  { name: 'Ines', g: 'f' }, { name: 'Jonas', g: 'm' }, { name: 'Katrin', g: 'f' }, { name: 'Lukas', g: 'm' },
  { name: 'Maren', g: 'f' }, { name: 'Niklas', g: 'm' }, { name: 'Olga', g: 'f' }, { name: 'Pascal', g: 'm' },
  { name: 'Rosa', g: 'f' }, { name: 'Stefan', g: 'm' }, { name: 'Tamara', g: 'f' }, { name: 'Urs', g: 'm' },
  { name: 'Vera', g: 'f' }, { name: 'Wim', g: 'm' }, { name: 'Yara', g: 'f' }, { name: 'Zeno', g: 'm' },
  { name: 'Aylin', g: 'f' }, { name: 'Bastien', g: 'm' }, { name: 'Chloé', g: 'f' }, { name: 'Dominik', g: 'm' },
  { name: 'Esther', g: 'f' }, { name: 'Florian', g: 'm' }, { name: 'Hanna', g: 'f' }, { name: 'Ivo', g: 'm' },
  { name: 'Jana', g: 'f' }, { name: 'Kai', g: 'm' }, { name: 'Lea', g: 'f' }, { name: 'Mats', g: 'm' },
  { name: 'Nadia', g: 'f' }, { name: 'Oskar', g: 'm' }, { name: 'Paula', g: 'f' }, { name: 'Rafael', g: 'm' },
  { name: 'Sanne', g: 'f' }, { name: 'Tobias', g: 'm' }, { name: 'Ulla', g: 'f' }, { name: 'Valentin', g: 'm' },
  { name: 'Wiebke', g: 'f' }, { name: 'Xaver', g: 'm' }, { name: 'Zoé', g: 'f' }, { name: 'Anton', g: 'm' },
  { name: 'Birte', g: 'f' }, { name: 'Cem', g: 'm' }, { name: 'Daphne', g: 'f' }, { name: 'Emil', g: 'm' },
  { name: 'Frida', g: 'f' }, { name: 'Gaspard', g: 'm' }, { name: 'Helle', g: 'f' }, { name: 'Jules', g: 'm' },
  { name: 'Liv', g: 'f' }, { name: 'Milan', g: 'm' }, { name: 'Noor', g: 'f' }, { name: 'Piet', g: 'm' },
];

// Invented surnames: built to sound plausible across northern Europe without belonging to anyone.
export const LAST_NAMES: readonly string[] = [
  'Varkley', 'Brennholt', 'Quillane', 'Marsdell', 'Tovarin', 'Elsworne', 'Dunmarrow', 'Kestavel', 'Orrinsby',
  'Pellgrave', 'Hollinde', 'Strandvik', 'Ambrecht', 'Castelnoir', 'Veldhaus', 'Mirowski-Hale', 'Lindqvary',
  'Ostermeer', 'Ravensholt', 'Tallqvern', 'Dessaunay', 'Fennimark', 'Grauwinkel', 'Hesselbrook', 'Janvrier',
  'Kornblatt', 'Loewenstall', 'Montravel', 'Nettelbeck-Ross', 'Oudkerken', 'Parlonge', 'Quendris', 'Rothwaite',
  'Sallivere', 'Thornquist', 'Ulverholm', 'Vasquerel', 'Wendemark', 'Yssendal', 'Zellweger-Pryce', 'Abrantel',
  'Birkenfeld-Orr', 'Coldaway', 'Drummeling', 'Eckenvale', 'Farrowden', 'Gilderhaus', 'Hartlepin', 'Ivanecz',
  'Kavarell', 'Lorrimond', 'Maudsleigh', 'Norrbecker', 'Pelletrin', 'Rosenkvist-Lee', 'Serrandel', 'Trevanion-Kahl',
  'Voskuilen', 'Wallerand', 'Zabriskel',
];

// Doctors and pharmacists the reps call on (the WhoId contacts; also named in a few interview notes).
export const HCP_NAMES: readonly string[] = [
  'Dr. Okonkwo-Varga', 'Dr. Brannholm', 'Dr. Lefaucheur', 'Dr. Sandvoss', 'Dr. Merriwether-Ng', 'Dr. Kaltenegger',
  'Dr. Abernethy-Roos', 'Dr. Villanueva-Prost', 'Dr. Tschirner', 'Dr. Haldane-Ruiz', 'Dr. Oyelaran', 'Dr. Pflugbeil',
];

export const TOWNS: readonly string[] = [
  'Aldermoor', 'Bramwick', 'Cullerton', 'Dunhaven', 'Elmsworth', 'Fennick', 'Glenmarrow', 'Holloway Cross',
  'Ivelby', 'Kestrel Bay', 'Larkhaven', 'Millbrook Vale', 'Norwell', 'Oakhurst Green', 'Pennyford', 'Quarrington',
  'Rosemere', 'Saltcombe Haven', 'Tarnwick', 'Upperby', 'Westerholm', 'Yarrowfield', 'Ashcombe Down', 'Brackenford',
  'Corrieston', 'Dewmarket', 'Eastholm', 'Foxley Heath', 'Greywater', 'Hensmoor', 'Ironbridge Vale', 'Juniper Cross',
  'Kellsbridge', 'Lowmarsh', 'Marrowby', 'Netherfold', 'Oxwell', 'Pinecliff', 'Redwater', 'Stillwater Cross',
];

// A few accounts abroad, so the export carries accents and umlauts (UTF-8).
export const FOREIGN_ACCOUNTS: readonly { name: string; city: string; country: string }[] = [
  { name: 'Universitätsklinikum Nordhafen', city: 'Nordhafen', country: 'Germany' },
  { name: 'Klinikum Lindenau an der Sohle', city: 'Lindenau', country: 'Germany' },
  { name: 'Clinique Saint-Éloi-sur-Vire', city: 'Saint-Éloi-sur-Vire', country: 'France' },
  { name: 'Pharmacie de la Fontaine Dorée', city: 'Montclair-les-Bains', country: 'France' },
  { name: 'Herzzentrum Grünwalde', city: 'Grünwalde', country: 'Germany' },
  { name: 'Centre Hospitalier de Beaulieu-Rivière', city: 'Beaulieu-Rivière', country: 'France' },
];

export const ACCOUNT_KINDS: readonly { suffix: string; segment: string; type: string; beds: [number, number] }[] = [
  { suffix: 'General Hospital', segment: 'Hospital', type: 'Customer - Direct', beds: [180, 650] },
  { suffix: 'University Hospital', segment: 'Hospital', type: 'Customer - Direct', beds: [500, 1400] },
  { suffix: 'Specialist Clinic', segment: 'Specialist Clinic', type: 'Customer - Direct', beds: [20, 120] },
  { suffix: 'Community Pharmacy', segment: 'Pharmacy', type: 'Customer - Channel', beds: [0, 0] },
  { suffix: 'Hospital Pharmacy', segment: 'Pharmacy', type: 'Customer - Direct', beds: [0, 0] },
  { suffix: 'Medical Practice', segment: 'GP Practice', type: 'Prospect', beds: [0, 0] },
  { suffix: 'Health Centre', segment: 'GP Practice', type: 'Customer - Channel', beds: [0, 0] },
];

export interface TeamSpec {
  name: string;
  division: 'Specialty Care' | 'Primary Care';
  products: readonly [string, string];
  /** short therapy word used in subjects and notes */
  area: string;
}

// Invented product names; any likeness to a real brand is accidental.
export const TEAMS: readonly TeamSpec[] = [
  { name: 'Oncology North', division: 'Specialty Care', products: ['Onkaval', 'Tessoril'], area: 'oncology' },
  { name: 'Cardio South', division: 'Primary Care', products: ['Cardivon', 'Lipramet'], area: 'cardiology' },
  { name: 'Respiratory East', division: 'Primary Care', products: ['Pulmetra', 'Aerovance'], area: 'respiratory' },
  { name: 'Diabetes West', division: 'Primary Care', products: ['Glycoran', 'Insulora'], area: 'diabetes' },
  { name: 'Neuro Central', division: 'Specialty Care', products: ['Neurasol', 'Migravel'], area: 'neurology' },
  { name: 'Oncology South', division: 'Specialty Care', products: ['Onkaval', 'Tessoril'], area: 'oncology' },
  { name: 'Cardio North', division: 'Primary Care', products: ['Cardivon', 'Lipramet'], area: 'cardiology' },
  { name: 'Respiratory West', division: 'Primary Care', products: ['Pulmetra', 'Aerovance'], area: 'respiratory' },
  { name: 'Diabetes East', division: 'Primary Care', products: ['Glycoran', 'Insulora'], area: 'diabetes' },
  { name: 'Neuro Coastal', division: 'Specialty Care', products: ['Neurasol', 'Migravel'], area: 'neurology' },
];

/** Placeholders reps type to get past a validation rule (the junk of DESIGN.md section 3). */
export const JUNK_VALUES: readonly string[] = ['.', 'x', 'n/a', 'tbd', 'test', '-', '..', 'xx', 'na', '?'];

export const OPP_STAGES: readonly { stage: string; probability: number; forecast: string }[] = [
  { stage: 'Prospecting', probability: 10, forecast: 'Pipeline' },
  { stage: 'Qualification', probability: 10, forecast: 'Pipeline' },
  { stage: 'Needs Analysis', probability: 20, forecast: 'Pipeline' },
  { stage: 'Value Proposition', probability: 50, forecast: 'Pipeline' },
  { stage: 'Id. Decision Makers', probability: 60, forecast: 'Pipeline' },
  { stage: 'Proposal/Price Quote', probability: 75, forecast: 'Best Case' },
  { stage: 'Negotiation/Review', probability: 90, forecast: 'Commit' },
];
export const CLOSED_WON = { stage: 'Closed Won', probability: 100, forecast: 'Closed' } as const;
export const CLOSED_LOST = { stage: 'Closed Lost', probability: 0, forecast: 'Omitted' } as const;

export const OPP_KINDS: readonly { label: string; type: string }[] = [
  { label: 'formulary listing', type: 'Formulary Listing' },
  { label: 'tender', type: 'Tender' },
  { label: 'annual supply agreement', type: 'Existing Business' },
  { label: 'new prescriber programme', type: 'New Business' },
  { label: 'switch programme', type: 'New Business' },
  { label: 'pharmacy stocking deal', type: 'Existing Business' },
];

export const LEAD_SOURCES: readonly string[] = [
  'Field Visit', 'Congress', 'Medical Inquiry', 'Referral', 'Tender Portal', 'Web', 'Other',
];

export const VISIT_TYPES: readonly string[] = ['Face to face', 'Remote detail', 'Phone', 'Email', 'Hospital meeting'];

export const FORMULARY_STATUSES: readonly string[] = ['Listed', 'Listed - Restricted', 'Pending Review', 'Not Listed'];
export const CREDIT_STATUSES: readonly string[] = ['Good', 'Good', 'Good', 'Watch', 'On Hold'];

// Honest free text written by reps who see a use in it.
export const NEXT_STEPS: readonly string[] = [
  'Send {product} dosing summary to {hcp}', 'Book slot at the drug and therapeutics committee',
  'Follow up on tender clarification questions', 'Agree trial quantities with the pharmacy lead',
  'Call {hcp} after the ward round', 'Present outcomes data at the department meeting',
  'Confirm stock levels with the wholesaler', 'Arrange a nurse training session on {product}',
  'Get the signed supply agreement back', 'Check formulary decision date with the pharmacist',
];

// Honest free text written by reps who see a use in it: composed from parts, so that it varies the way
// real notes do (one part from each list, joined by a space).
export const FEEDBACK: readonly (readonly string[])[] = [
  [
    '{hcp} likes the once-daily dosing but worries about the cost per patient.',
    'Pharmacy asked for smaller pack sizes; ordering weekly instead of monthly.',
    'Ward nurses find the {product} device easier than the competitor product.',
    '{hcp} wants real-world data from comparable hospitals before switching.',
    'Complaint about a late delivery in September, now resolved by customer service.',
    'Committee is positive; the budget holder wants a price-volume agreement.',
    'Interest in the patient support programme for newly diagnosed patients.',
    'Asked for a comparison with generics for the formulary review.',
    '{hcp} reports two patients stopped {product} because of nausea.',
    'Pharmacist wants the cold-chain instructions in German as well.',
  ],
  [
    '', '', '', 'Follow-up in January.', 'Passed to Medical.', 'Competitor rep visits monthly.',
    'Raised again at the last visit.', 'Copied to the key account manager.', 'Sent the leaflet afterwards.',
  ],
];

export const TERRITORY_PLANS: readonly (readonly string[])[] = [
  ['Q4:', 'Q1:', 'H1:', 'Next quarter:', 'This year:'],
  [
    'secure the listing at {account}, grow two new prescribers.',
    'focus on the two teaching hospitals; pharmacy accounts by phone every second week.',
    'tender in January; build relationships with the new head of department.',
    'protect the existing business; introduce {product} at the regional day in November.',
    'map decision makers at {account}; plan a round-table with the nurses.',
    'move {account} from restricted to full listing for {product}.',
    'win back the pharmacy group lost in spring.',
  ],
  ['', '', 'Review monthly with the manager.', 'Needs Medical support.', 'Budget cycle starts in February.'],
];

export const VISIT_SUMMARIES: readonly (readonly string[])[] = [
  [
    'Discussed {product} outcomes with {hcp}.',
    'Short visit, pharmacy lead busy.',
    'Reviewed uptake of the patient support programme.',
    'Ward round cancelled; met the specialist nurse instead.',
    'Went through the formulary dossier questions one by one.',
    'Met {hcp} and the ward pharmacist.',
    'Lunch meeting with the nurses on {product} handling.',
  ],
  [
    'Will raise it at the next team meeting.',
    'Left samples and rebooked for next week.',
    'Two new referrals expected.',
    'Good conversation on dosing.',
    'Follow-up call in two weeks.',
    'Needs the cost comparison before deciding.',
    'Sent the slides afterwards.',
  ],
  ['', '', '', 'Pharmacist joined.', 'Samples left.', 'Nurse lead present.', 'Brief.', 'Asked about stock.'],
];

export const TASK_DESCRIPTIONS: readonly string[] = [
  'Discussed dosing questions from the last ward round.',
  'Agreed to send the updated product monograph.',
  'Pharmacist reports steady demand; no stock issues.',
  'Follow-up on the patient support programme enrolment.',
  '{hcp} asked about interactions with anticoagulants; passed to Medical Information.',
  'Confirmed attendance at the regional meeting.',
  'Checked the order before the visit; two lines back-ordered.',
  'Left voicemail, will try again Thursday.',
];

export const EVENT_LOCATIONS: readonly string[] = [
  'Outpatients, 2nd floor', 'Pharmacy office', 'Department meeting room', 'Ward 7', 'Main reception',
];
