// The theme lexicon: phrases and patterns, never single words alone, each with a name that appears in the
// review sheet's evidence. Patterns run on normalised text (lower case, straight quotes, one space).
// Bump LEXICON_VERSION whenever a pattern changes: coded results are only comparable within one version.
import { THEME_IDS } from '../result/ids.js';

export const LEXICON_VERSION = '2026.7';

export type ThemeId = (typeof THEME_IDS)[number];

export interface RuleSpec {
  /** short name, shown as evidence: "<theme>:<name>" */
  name: string;
  /** regular-expression source, matched on word boundaries */
  pattern: string;
  /** a context (by name, see CONTEXTS), or several, that must also occur in the same sentence */
  needs?: ContextName | readonly ContextName[];
  /**
   * where `needs` must occur: the sentence (default), or only the clause the match starts in. 2026.1's concept
   * rules (`c-` names) combine small word classes this way: "my customers" and "gets" and "the new lad" in one
   * clause read as a threat to the rep's book, whatever the exact wording.
   */
  scope?: 'sentence' | 'clause';
  /** false: a negator just before does not cancel it ("no training", "no offline mode") */
  negatable?: boolean;
  /** only when the note as a whole is positive (praise words are cheap; sarcasm is common) */
  positiveOnly?: boolean;
  /** cancelled inside a wish or a broken promise ("would save me", "sold to us as a time saver") */
  factual?: boolean;
  /** a complaint read from co-occurring words: not in a clause that praises ("my manager reads my notes and helps") */
  notPositive?: boolean;
  /** value read from a plain description of use ("checks the order history before a visit"): not in a clause
   *  or note that complains */
  notNegative?: boolean;
}

export interface ThemeSpec {
  id: string;
  title: string;
  /** what the theme means, for the README and the review sheet */
  description: string;
  rules: RuleSpec[];
  /** a clause matching one of these cancels the theme in that clause ("is not a problem", "don't mind") */
  suppress?: string[];
}

/** Contexts that weak patterns need in the same sentence. */
export const CONTEXTS = {
  complaint:
    "forced|forcing|every (single )?(day|week|call|visit|meeting|time)|waste|wasting|nobody|no one|pointless|instead of|zero interest|so that|takes (me )?(ages|forever|hours?|an hour|\\d+ minutes)|(spend|spending|spent|lose|losing|costs?|cost me)( me| us)? (about |around |at least |almost )?(an? |one |two |three |\\d+ |half an )?(hour|hours|minutes|evening|evenings|afternoons?|day)|\\d+ (minutes|hours) (a|per|every) (day|week)|tedious|boring|annoying|pain|chore|burden|hate|why|again|twice|evenings|weekends?|sunday|night|too many|so many|more fields|fewer|less|not selling|kills|sick of|tired of|no time|don't have the time",
  wish: "would(?! have)|could(?! have)|it'd|'d be|suggest|suggests|suggestion|propose|proposal|idea:|wish|if only|i'd|we'd|should|want|wanted|need (the|a|an|to|our|their|it)|we need|i need (the|a|an|to)|why (can't|doesn't|isn't|don't)|when will|give us|be able to|is there a way|hope|any chance|possible|would help|like to see|please|appeared? on|show(ed)? up|next to the|on the (opportunity|account|contact|deal)|automatically",
  lack: "have to (phone|ring|call|ask|email|e-mail|chase)|(phone|phones|ring|rings|call|calls|ask|asks|email|e-mails?) (finance|accounts|accounting|the office|the back office|back office|customer service|logistics|the warehouse|billing|the distributor|head office)|can't|can not|doesn't|does not|don't|do not|isn't|is not|not|no|without|missing|lack|lacks|only at the office|by phone|still in|instead|nothing|never|no way to",
  integrationVerb:
    "sync|synced|syncing|synchronis|synchroniz|pull|pulled|link|linked|connect|connected|import|pre-?fill|flow|feed|fed|integrat\\w*|talk to|talks to|come through|show up|showed up|automatically|from (the|my|our) (calendar|outlook|e-?mail|inbox)",
  fear: "worried|worry|worries|afraid|scared|fear|fears|concerned|anxious|nervous|threat|paranoid|suspect|what will happen|what happens|refuse|reluctant|protect|rumou?r|what's stopping|what stops|once",
  monitor:
    "league tables?|logins?|log-ins?|activity|activities|emails? it round|keeps? tabs|keeping tabs|report(s|ing)? upwards|calls? me|rings? me|wants? to see|pressure|policing|surveillance|counts?|counted|counting|numbers|reads? (them |it |the \\w+ )?(out|aloud)|out loud|checks?|checked|checking|watch(es|ed|ing)?|sees?|seeing|looks? at|track(s|ed|ing)?|monitor(s|ed|ing)?|measures?|measured|ranks?|ranked|ranking|compares?|compared|judges?|judged|appraisals?|performance reviews?|decides? who|scores?|scored|league|statistics|stats|audit(s|ed|ing)?|control(s|led|ling)?|police|policing|spot[- ]checks?|chase|chases|chasing",
  entryCost:
    "(takes|took|take|spend|spending|spent|lose|losing|lost|costs?|cost me|eats|eating|eat|sink|burn|burns)( me| us| up| maybe| about| at least| almost)* ([^.;!?]{0,20} )?(hours?|minutes|evenings?|an hour|half an hour|my (friday|fridays|evenings|weekends|sundays))|(hours?|minutes) (a|per|every) (day|week)|for (an|about an|half an) hour|(every|each) (evening|night|weekend|friday|sunday)|on (friday|sunday|saturday) (afternoons?|evenings?|nights?)|ages|forever|every single (call|visit|meeting|email|day|evening|week|contact|deal)|twice|again|double|duplicate|too many|so many|\\d+ (fields|boxes|clicks|steps|screens)|(nine|ten|eleven|twelve|fifteen|twenty) (fields|boxes|clicks|steps)|tick|ticking|burden|chore|tedious|painful|eats|eating|lose|losing|spend|spending|waste|wasting|for what|why (write|log|enter|fill|update|do|bother)|instead of selling|keep(ing)? (\\w+ )?up to date",
  negativeTone:
    "painful|pain|annoying|frustrating|useless|a joke|nightmare|rubbish|terrible|awful|horrible|hate|too (small|big|many|long|slow|much)|only (finds|works|shows|lets)|exact|wrong|bad|poor|worse|confusing|makes no sense|(\\d+|two|three|four|five) (tabs|clicks|screens|steps)|(needs|takes) (\\w+ )?(tabs|clicks|screens)|can't|cannot|doesn't|won't|never|hard|difficult|impossible",
  trainingTopic: 'learn|learning|training|how to|explain|watch|watches|long|short|minutes|help|helps|questions?|stuck|answer',
  burden:
    "every time|each time|drives me|annoying|forever|ages|catch(ing)? up|typing|keying|too many|so many|again|twice|why should|why do|instead of selling|admin|paperwork|(\\d+|ten|fifteen|twenty|thirty|forty) (minutes|mins)|hours?|evenings?|weekends?|fridays?|sundays?|every (single )?(day|visit|call|meeting|week)|a day|per day|mandatory|required|compulsory|for head office|for management|for the bosses",
  entryWords:
    "log|logs|logging|logged|enter|enters|entering|entered|entry|entries|type|types|typing|typed|key|keying|fill|fills|filling|filled|update|updates|updating|form|forms|fields?|boxes|report|reports|admin|paperwork|data|write|writing|written|visit notes|call notes",
  mine: "contacts|customers|clients|relationships|accounts|network|address book|patch|territory|book of business|notes",
  visible: "see|sees|seen|visible|watch|watches|read|reads|look at|check|checks|pipeline|numbers|deals|forecast|figures|my|our",
  // --- 2026.1 concept classes: small word classes that `c-` rules combine within a clause or sentence
  /** a reference to the CRM itself */
  crm: "crm|system|the tool|this tool|the database|the platform|the portal|the app|the software|salesforce|sfdc|hubspot|dynamics|pipedrive|zoho|it|its|it's|module|the \\w+ (module|view|screen|report|feature|function|button|check)",
  /** what the rep owns and fears losing: the book, the customers, the relationships */
  repAsset:
    "(my|his|her|our|their|these|those|the reps'?|your) (own |best |key |top |private |personal |biggest |long-standing |\\w+ )?(customers?|clients?|accounts?|contacts|relationships|patch|territory|book|book of business|network|address book|deals?|leads|doctors|gps|buyers|growers|pharmacies|practices|customer notes|account notes|notes|mobile numbers|numbers)|(the )?(best|good|hot|big) (leads|accounts|customers|deals)|relationships",
  /** handing over, taking, picking up: what happens to the rep's book */
  takeAway:
    "gets?|got|getting|take|takes|took|taken|taking|inherit\\w*|pick (them|it|those|these) up|picks? up|picked up|pass(es|ed|ing)?|hand(s|ed|ing)? (over|out|to)|reassign\\w*|reallocat\\w*|redistribut\\w*|given to|goes? to|went to|gone to|cold-?call\\w*|poach\\w*|steal\\w*|grab\\w*|moved to|shared out|carved up|split up|split with|shared with",
  /** someone who is not the rep: the next hire, a colleague, inside sales */
  otherPeople:
    "the new (lad|guy|girl|hire|starter|rep|kid|joiner)|the rest of the (office|team|floor|branch)|my replacement|new (hires|starters|joiners)|whoever('s)?|anybody|anyone|someone else|somebody else|a colleague|(my |three |two |other )?colleagues|inside sales|telesales|a junior|juniors|a graduate|the next (person|rep|guy|one)|my replacement|(the )?others|other reps|another rep",
  /** the rep's pay */
  pay: "commissions?|bonus(es)?|(my|our|their|his|her) pay|pay ?cheques?|payslips?|salary|salaries|incentives?|variable pay|compensation",
  /** pay tied to what the CRM says */
  payTie: "tie|ties|tied|tying|link\\w*|based on|depend\\w*|settled|decided|decide|counts?|only count|(the )?crm says|in the crm|logged|calculated",
  /** refusing to hand something over */
  refuse: "(i'm|i am|he's|she's|we're|they're) not|won't|will not|refuses?|refused|refusing|reluctant|don't want|doesn't want|not willing|unwilling|never going to|not going to|not about to|no way|holds? back|holding back|keeps? back",
  /** after hours, at home */
  afterHours:
    "at home|at night|(in|during) the evenings?|evenings?|weekends?|sunday|saturday|friday (afternoon|evening|night)s?|after dinner|in bed|on the sofa|kitchen table|hotel room|after hours|late at night|second job|my own time|later|afterwards|after the fact|month[- ]end|end of the (week|month|day|quarter)|in one go|(in|by) (january|february|march|april|may|june|july|august|september|october|november|december)",
  /** another system than the CRM, where data comes from */
  otherSystem:
    "(from|into|in|out of|on) (the|our|a|an) ([\\w-]+ ){0,2}(erp|tms|sap|tool|portal|calculator|dialer|phone system|webshop)|(erp|tms|sap|pricing tool|quoting tool|another system|a separate system|the other system)",
  /** a screen element of the CRM */
  uiThing:
    "drop-?downs?|picklists?|pick lists?|menus?|tabs?|buttons?|screens?|layout|forms?|fields?|views?|search|filters?|reports?|dashboards?|interface|navigation|list|lists",
} as const;

export type ContextName = keyof typeof CONTEXTS;

const SYSTEMS_STRONG =
  "erp|sap|navision|oracle|sage|webshop|web shop|e-?shop|online shop|quoting tool|quote tool|pricing tool|cpq|billing|accounting system|finance system|invoices?|invoicing|orders?|order (history|backlog|status|data|book)|backlog|credit (limit|status|standing|rating|check|info\\w*)|payments?|overdue|stock|inventory|delivery (status|dates?)|service tickets?|support tickets?|tickets|support (cases|history|issues)|(open )?complaints|claims|returns|warranty|contracts?|expiry dates?|renewal dates?|marketing campaigns?|campaigns?|warehouse|price lists?|pricing|phone system|telephony|postcode|post code|zip code|purchase history|logistics|delivery (times?|dates?)|shipments?|service (contracts?|history|visits?)|unpaid|(products?|what) (they|the customer|customers) (bought|ordered)|(stopped|started) (ordering|buying)|reorders?|due (a|for a) reorder";

export const THEMES: ThemeSpec[] = [
  {
    id: 'data-entry-burden',
    title: 'Data-entry burden',
    description: 'the time and effort of typing things into the CRM: mandatory fields, double entry, logging every call',
    rules: [
      { name: 'data-entry', pattern: 'data[ -]?entry' },
      { name: 'double-entry', pattern: 'double[ -](entry|entering|keying|work|data entry)|duplicate (entry|data entry|work)' },
      {
        name: 'enter-twice',
        pattern:
          "(enter|entering|type|typing|key|keying|log|logging|put|putting|input|inputting|record|recording|copy|copying)\\b[^.;!?]{0,50}\\b(twice|two times|all again|again in|over again|it all again|a second time)",
      },
      { name: 'same-data-twice', pattern: 'same (customer|contact|data|information|info|deal|details|thing)s? (in|into) (the crm|two|both|three)' },
      { name: 'copy-across', pattern: '(copy|copying|copied|transfer|transferring) (it|them|everything|all|the \\w+) (across|over|into the crm|in)' },
      { name: 'mandatory-fields', pattern: '(mandatory|required|compulsory|obligatory) (fields?|boxes)' },
      { name: 'many-fields', pattern: '(too many|so many|more|fewer|less|no more|another|\\d+|ten|twelve|fifteen|twenty|dozens of) (mandatory |required |extra |new )?(fields|field|boxes)\\b' },
      { name: 'clicks', pattern: '(\\d+|three|four|five|six|seven|eight|nine|ten|too many|so many) clicks' },
      {
        name: 'log-every',
        pattern:
          '(log|logging|logs|enter|entering|type|typing|update|updating|record|recording|document|documenting)( in)? (every|each|all)( single| of)? (my |the |our )?(call|calls|visit|visits|meeting|meetings|contact|contacts|email|emails|activity|activities|deal|deals|customer|customers|conversation|conversations)',
      },
      { name: 'type-it-in', pattern: "(type|typing|key|keying|tap|tapping) (it|everything|them|all of it|this|that)( all)? (in|up|into)" },
      { name: 'fill-in', pattern: '(fill|filling|fills|filled) (it |them |this |that |everything |all |all this |the \\w+ |in the \\w+ )?(in|out)\\b' },
      { name: 'entry-complaint', pattern: '(log|logging|enter|entering|type|typing|input|inputting|update|updating|record|recording|documenting)\\b', needs: 'complaint' },
      { name: 'have-to-enter', pattern: "(why do|why should|do) (i|we) (have|need) to (enter|fill|log|type|record|update|put in)" },
      { name: 'admin', pattern: 'admin(istration|istrative)? (work|chore|time|burden|overhead|task|tasks|stuff)|\\d+ minutes (a|per|every) day of admin|paperwork|another admin|admin chore|of admin' },
      { name: 'clerk', pattern: '(data entry )?(clerk|typist|secretary)\\b', negatable: false },
      { name: 'less-typing', pattern: 'less typing|less data entry|fewer fields|no more fields|stop forcing (people|us|reps|everyone) to (log|enter|fill)' },
      { name: 'graded-on-typing', pattern: '(graded|judged|measured) on (typing|data entry|filling)' },
      { name: 'entries-burden', pattern: "(crm |data |visit |call |activity )?(entries|entry|admin (work|tasks?|time|stuff)|paperwork|forms?|pop-?ups?|updates|logging)", needs: 'burden', notPositive: true },
      { name: 'catch-up', pattern: 'catch(ing)? up on (the |my |all )?(crm|entries|admin|logging|updates|data|notes|reports)' },
      { name: 'drop-field', pattern: "(drop|remove|get rid of|scrap|cut|lose|kill) (the |this |that |all the |some )?(mandatory |required |compulsory )?('[^']{1,30}' |\\w+ )?(field|fields)" },
      { name: 'making-us-type', pattern: '(making|make|makes|forcing|force|forces|asking|asks|ask) (me|us|you|reps|people) (to )?(type|enter|fill|log|key|record|retype|re-enter)' },
      { name: 'asks-every-time', pattern: '(asking|asks|ask|prompts?|prompting) (me |us )?for (a |an )?\\S+[^.;!?]{0,30}every time' },
      { name: 'my-typing', pattern: '(remove|save|cut|reduce|take away|spare)\\w* (most of |all of |half of |a lot of )?(my|our|the) (typing|data entry|admin)' },
      { name: 'time-per-entry', pattern: '(entering|logging|writing|typing|filling in|updating|doing) (a |the |each |every |my )?\\S+ (report|entry|log|note)s? takes' },
      { name: 'update-stage', pattern: '(should|do|must|have to) (i|we) (update|enter|log|fill in|change) (the )?(deal|stage|opportunity|pipeline|forecast|status|probability)' },
      { name: 'forms-for', pattern: '(filling in|fill in|fill out|filling out|completing) (forms|reports|fields|boxes) for' },
      { name: 'entry-cost', pattern: "(enter|entering|entered|enters|log(?! (in|out|on|me|us)\\b)|logg(ing|ed)(?! (in|out|on)\\b)|type|typing|typed|fill|filling|filled|update|updating|updated|record|recording|input|inputting|keying|write up|writing up|writing|putting [^.;!?]{0,30} into the (system|crm)|data entry|keeping [^.;!?]{0,30} up to date)", needs: 'entryCost', notPositive: true },
      { name: 'boxes-to-tick', pattern: 'boxes to tick|(\\d+|nine|ten|eleven|twelve|fifteen|twenty) (boxes|fields|steps)|(fields|boxes) (to fill|to tick|before)' },
      { name: 'between-systems', pattern: '(between|in both) the crm and (the |our )?[\\w-]+|in the crm and (again )?in' },
      { name: 'sunday-night', pattern: '(type|typing|log|logging|write|writing|enter|entering) (it|them|everything)? ?(up )?(on|at|in) (sunday|saturday|friday) (night|evening|afternoon)s?|(my|the) (evenings|weekends|sunday nights)' },
      // 2025.2: generalised phrasings (double work, feeding the system, junk to get past validation, bulk logging)
      { name: 'g-job-twice', pattern: "(doing|do|does|did) (the|my|our|his|her|their|the same|every) (job|work|thing|visit|call)s? twice|twice the (work|typing|admin)|double the (work|typing|admin)|(two|three|four) times the same|the same thing (twice|three times|two times)|same (numbers|data|details|information|figures|contacts) (go|goes|went|get|gets) (in|into)" },
      { name: 'g-retype', pattern: "re-?key\\w*|re-?typ(e|es|ed|ing)|re-?enter(s|ed|ing)?|(describe|write|type|enter|log|put|record)\\w*\\b[^.;!?]{0,40}\\bagain\\b" },
      { name: 'g-feed-system', pattern: "(keep|keeps|keeping|kept) the (crm|system|database|beast|machine|tool) (fed|happy|updated|up to date|going)|feed(s|ing)? the (crm|system|beast|dashboard|machine|database)" },
      { name: 'g-form-wants', pattern: "(form|report|screen|template|record|system|crm) (wants|asks for|needs|demands|requires|insists on) (\\w+ ){0,2}(things|fields|boxes|details|questions|entries|answers)|before (it|the system|the crm|the form) (lets|will let) (you|me|us|him|her) (save|close|move on|continue|submit)" },
      { name: 'g-keyboard', pattern: "(behind|at) (the|a|my|his|her) (keyboard|screen|laptop)|(salesman|saleswoman|salesperson|rep|seller), not (a|an) (typist|clerk|secretary|administrator|admin)" },
      { name: 'g-batch', pattern: "(batch|batches|batching|saves? up|saving up) (all )?(up )?(his|her|my|our|their|the) (updates|entries|calls|visits|logging|notes|admin)|(in one (go|sitting|batch|burst|session)|all at once|at once|the whole week|a week'?s worth)", needs: 'entryWords' },
      { name: 'g-junk-fields', pattern: "(full stops?|dots?|a period|a dash|an x|rubbish|junk|nonsense|gibberish|anything|whatever) (in|into) (the |all the |them|those |these )?(mandatory |required |compulsory |\\w+ )?(fields|boxes)|(fields|boxes|them) with (a )?(full stop|dot|period|dash|an x|rubbish|junk|nonsense|anything)|(get|got|move) past the (validation|mandatory|form)" },
      { name: 'g-fewer-fields', pattern: "(fields|boxes|questions|steps|screens) instead of|(drop|remove|get rid of|scrap|cut|lose|kill|retire|bin|ditch|trim|reduce)\\w* [^.;!?]{0,40}\\b(fields?|boxes|questions)\\b|cut (the |our |my )?\\w+ (report|form)s? down|(report|form)s? down to" },
      { name: 'g-admin-grown', pattern: "(the )?(admin|paperwork|typing|logging)( side| load| work)? (has )?(doubled|tripled|grown|gone up|increased|exploded)|(more|extra|added|additional) (admin|paperwork|typing)|added to (the |our |my )?(admin|paperwork|workload)" },
      { name: 'g-chore', pattern: "(a|such a|the|another) (chore|slog|drag|grind)|drudgery|mind-?numbing|soul-?destroying|tedious|(writing|typing) up (the |my |his |her |\\w+ )?(\\w+ )?(visits?|calls?|meetings?|notes|reports?)", notPositive: true },
      { name: 'g-bare-minimum', pattern: "(type|types|typing|enter|enters|entering|log|logs|logging|fill|fills|put|puts|do|does|doing)( in| up)? (the )?(bare |absolute )?minimum" },
      { name: 'g-after-hours', pattern: "(updates|entries|logging|admin|the crm|visit reports?|call reports?|reports)[^.;!?]{0,40}\\b(on|every|at the|at|in the) (sunday|saturday|friday|weekends?|evenings?|night|nights|home)\\b|(sunday|saturday|friday) (evening|night|afternoon)s?\\b[^.;!?]{0,30}\\b(crm|updates|entries|logging|typing|admin|reports?)\\b" },
      { name: 'g-manual', pattern: "manual(ly)? (entry|typing|input|copying|re-?entry|updates?)|copy(ing)?[- ]and[- ]past\\w*|copy[- ]?past\\w*|duplicat\\w* (work|effort|typing|entries)|(form|forms|report|reports|write-?up)s? (after|for) (every|each) (single )?(visit|call|meeting|customer)|(hours|evenings?|time) (of|on) (admin|typing|data entry|updating|logging)" },
      // 2026.1: concepts (entry verbs with after-hours time, pre-filling, "so it need not be retyped", entering twice)
      { name: 'c-after-hours', pattern: "(log|logs|logging|logged|enter\\w*|entries|typ(e|es|ed|ing)|key(s|ed|ing)?|fill(s|ed|ing)? in|updat\\w*|writ(e|es|ing|ten)( up)?|catch(ing)? up|call logs|visit notes|visit reports?|admin|paperwork)", needs: 'afterHours', notPositive: true },
      { name: 'c-prefill', pattern: "pre-?fill\\w*|auto-?fill\\w*|auto-?populat\\w*", negatable: false, notPositive: true },
      { name: 'c-spared-typing', pattern: "(so|so that|then|and) [^.;!?]{0,40}(don't|doesn't|won't|wouldn't|no longer|never) (have|has|need|needs) to (be )?(re-?typ\\w*|re-?key\\w*|re-?enter\\w*|typ(e|ed)|enter(ed)?|key(ed)?|log(ged)?|fill(ed)? in|cop(y|ied))", negatable: false },
      { name: 'c-entry-twice', pattern: "(enter\\w*|typ(e|es|ed|ing)|key(s|ed|ing)?|log(s|ged|ging)?|input\\w*|record\\w*|cop(y|ies|ied|ying)|put (in|into))\\b[^.;!?]{0,50}\\b(twice|two times|three times|in two places|into two systems|in both systems)", notPositive: true },
      { name: 'c-catch-up', pattern: "catch(es|ing)? up on (the |my |all |his |her )?([\\w-]+ ){0,2}(logs|entries|admin|updates|notes|reports|paperwork|visits|calls)" },
      { name: 'c-type-later', pattern: "(type|types|typed|typing|key|keys|keyed|keying|enter|enters|entered|entering|paste|pastes|pasted|pasting|copy|copies|copied)( them| it| everything| it all| the \\w+)?( up| in| into the (crm|system))", needs: 'afterHours', notPositive: true },
      { name: 'c-automate-entry', pattern: "(create|creates|log|logs|fill|fills|enter|enters|add|adds|type|types)\\w*( it| them| the \\w+| everything)? (for me|for us|for (him|her|them)|automatically|by itself|itself)|auto-?log\\w*|transcrib\\w*|(scan|scans|scanning) (a |the |my )?(business )?cards?|(nobody|no one) (has|needs) to (type|enter|key|log)", negatable: false, notPositive: true },
    ],
    suppress: [
      "(is|are|was|'s|'re)(n't| not)( really| much)? (a |an )?(big )?(problem|issue|deal|hassle|burden|bother)",
      'no (problem|issue|hassle|big deal)',
      "(don't|do not|never) mind",
      "(doesn't|does not|don't) bother",
      "(is|are|'s|'re|was) (now )?(quick|easy|simple|painless|fast|fine|no effort|effortless)",
      'happy to',
      'only takes (a )?(second|seconds|minute|a minute)',
    ],
  },
  {
    id: 'control-surveillance',
    title: 'Control and surveillance',
    description: 'the CRM felt as a way for management to watch, count, rank or check on reps',
    rules: [
      { name: 'big-brother', pattern: 'big brother' },
      { name: 'watched', pattern: '(being |feel |feels |feeling )watched|watching (us|me|our|my|every)|watches (us|me|the|our|my|who|login)|spy|spying|spies|snoop\\w*' },
      { name: 'tracked', pattern: "track(s|ing|ed)? (us|me|our|my|who|where|every|people|reps)|(is|are|gets|get) tracked|to track us" },
      { name: 'monitored', pattern: 'monitor(s|ing|ed)? (us|me|our|my|people|reps|who)|(being|are|is) monitored|surveillance' },
      { name: 'micromanage', pattern: 'micro-?manag\\w*' },
      { name: 'check-on', pattern: '(check|checks|checking|checked) (up )?on (us|me|people|the team|reps|everyone)|checks? who' },
      { name: 'controlled', pattern: '(feel|feels|felt|being|are|be) controlled|control (us|me|the reps|people)|control tool|controlling tool|tool for control|a control' },
      { name: 'counts', pattern: '(count|counts|counting|counted) (our|my|the|their) (calls|visits|logins|activities|clicks|emails)' },
      { name: 'activity-metrics', pattern: '(visit|call|activity|login|log-in) (counts|numbers|stats|statistics|targets?|quotas?|league)|activity reports?' },
      { name: 'ranked', pattern: '(rank|ranks|ranking|ranked|grade|graded|grading|measure|measured|judge|judged|score|scored|rated|compared) (us|me|reps|people|them|everyone)? ?(by|on) (the )?(number|numbers|clicks|calls|visits|activity|activities|logins|typing|how many|data|quantity)|rank us|ranks us|league table' },
      { name: 'timesheet', pattern: 'timesheet|time sheet|time logging|clock(ing)? in|punch(ing)? (in|the clock)' },
      { name: 'used-against', pattern: 'used against (me|us|them|people|reps)|(use|used|using) (it|the data|this|the numbers) (to|against) (rank|judge|measure|punish|check|control|decide who|blame)' },
      { name: 'who-gets-let-go', pattern: 'decide who (gets|will be|is) (let go|fired|sacked|cut)' },
      { name: 'everyone-sees', pattern: '(whole|entire) (region|team|company|office) (can )?sees?|visible to (everyone|everybody|all|management|the whole)|everyone can see|(does|will|can) (my )?(manager|boss|management|director|head office) (see|read)' },
      { name: 'manager-reads', pattern: '(manager|boss|director|management|head office) (reads|sees|checks|watches|looks at) (every|all|my|our)' },
      { name: 'approval', pattern: 'approval (step|steps|process|workflow|loop|chain)s?|needs? (an )?approval|approve every' },
      { name: 'box-ticking', pattern: 'box[ -]?ticking|tick[ -]?(the )?box(es|ing)?' },
      { name: 'forecast-call', pattern: '(weekly|monday|friday) (forecast|pipeline) (call|review|meeting)', needs: 'complaint' },
      { name: 'forecast-call-kills', pattern: '(forecast|pipeline) (call|review|meeting)s? (that )?(kills|is killing|drives|wears)' },
      { name: 'have-to', pattern: 'because (i|we) (have|had|are told|were told) to|because (they|management|my manager|the boss) (says?|tells? us|told us)' },
      { name: 'for-the-bosses', pattern: '(tool|system|thing|crm) for (the )?(bosses|management|managers|head office|the top)|so (that )?(head office|management|the bosses|my manager|they|the directors?) can' },
      { name: 'activity-target', pattern: '(weekly|daily|monthly) (activity|call|visit) (target|quota|minimum)s?|(\\d+|twenty|thirty) calls a (day|week)' },
      { name: 'measured-on-clicks', pattern: '(measured|judged|rated|graded|assessed) on (clicks|activity|the number)|only clicks|clicks (count|matter)' },
      { name: 'login-stats', pattern: '(login|log-in|logon) (stats|statistics|data|times|reports?)|who logged in|every login' },
      { name: 'to-track', pattern: "(it's|it is|is) (really |just )?(there )?(to|for) (track|control|check|watch|monitor)(ing)? (us|people|reps)" },
      { name: 'management-monitor', pattern: "(managers?|management|boss|bosses|directors?|head office|hq|the board|team ?leads?|team ?leaders?|supervisors?|regional manager)", needs: 'monitor', notPositive: true },
      { name: 'audited', pattern: '(being |is being |are being |gets |get )?audited|keystrokes?|every (click|move|keystroke|step)' },
      { name: 'everyone-sees-mine', pattern: '(everybody|everyone|anybody|anyone|the whole (team|region|company|office)|all (of them|my colleagues)|management|head office) (can )?(see|seeing|sees|look at|looking at|reading|read) (my|our|all my|all our|every)' },
      { name: 'appraisal', pattern: '(appraisal|performance review|bonus|targets?|evaluation)s?', needs: 'monitor', notPositive: true },
      { name: 'activity-in-appraisal', pattern: '(visit|call|activity|login) (counts|numbers|stats|figures)[^.;!?]{0,40}(appraisal|review|bonus|evaluation)|part of (our|my|the) (appraisal|review|evaluation|bonus)' },
      { name: 'for-the-board', pattern: '(produce|make|draw|build|create|prepare)\\w* (pretty |nice |fancy )?(charts|reports|slides|dashboards|numbers) for (the )?(board|bosses|management|head office|directors?|hq)|(charts|reports|slides) for the board' },
      { name: 'decide-who', pattern: 'decides? who (gets|keeps|loses|will)|to decide who' },
      { name: 'read-out', pattern: '(reads?|read) (them |it |the \\w+ |our \\w+ |the number of \\w+ \\w+ )?(out loud|aloud|out in)|(out loud|aloud) in (the|our) (meeting|call)' },
      { name: 'forms-for-management', pattern: '(for|to please|to satisfy|so that) (the )?(head office|management|the bosses|the board|hq|my manager|our manager|the directors?)', needs: 'burden' },
      { name: 'surveillance', pattern: "surveillance|keep(s|ing)? tabs|league tables?|report(s|ing)? (up|upwards)|up the (chain|line)|(about|for|a tool for|tool of|means of|instrument of) control|spy(ing)? on|policing|police (us|the reps|people)|breathing down" },
      { name: 'exposed', pattern: '(out )?in the open|for (all|everyone) to see|on display|exposed|laid bare', needs: 'visible' },
      { name: 'wants-numbers', pattern: '(wants?|asks?|asking) (to see|for) (the )?(activity|call|visit|login) (numbers|counts|stats|figures)' },
      { name: 'transparency-used', pattern: 'transparency (will be |is |could be )?(used|will|to)', needs: 'fear' },
      // 2025.2: generalised phrasings (someone looking over your shoulder, being checked up on, lists and rankings)
      { name: 'g-shoulder', pattern: "over (my|your|our|his|her|their|the reps'?) shoulders?|time ?clock|punch ?card|stopwatch|clocking (in|on|off)|under (surveillance|observation|suspicion)|catch (him|her|me|us|them|people|reps|you) out|caught out" },
      { name: 'g-know-when', pattern: "know(s)? (exactly )?(when|where|how long|how often|what time) (i|we|he|she|they|you) (log|logged|was|were|am|are|did|last|went|spent)" },
      { name: 'g-brought-up', pattern: "(bring|brings|brought|raise|raises|raised) (it|them|that) up (in|at) (the |my |our |his |her )?(one-to-ones?|1:1s?|reviews?|appraisals?|meetings?|team meetings?)" },
      { name: 'g-lists', pattern: "red flags?|naming and shaming|name and shame|named and shamed|shamed|(monday|weekly|monthly|bottom|worst|naughty|shame) (list|table|ranking)|(bottom|worst|lowest) (three|five|ten|\\d+)( reps)?|(top|bottom) of the (list|table|ranking)|ranking (of|e-?mail|list|table)|rankings" },
      { name: 'g-weekly-count', pattern: "(weekly|daily|monthly|monday) (call |visit |activity )?(count|counts|ranking|league|scorecard|report)|(call|visit|activity|login) (count|ranking|scorecard)" },
      { name: 'g-pulling-weight', pattern: "(who is|who's|whether \\w+ (is|are)|who are) (pulling (their|his|her) weight|slacking|lazy|working|doing (their|his|her) job)" },
      { name: 'g-dont-trust-us', pattern: "(don't|doesn't|do not|does not) trust (us|me|him|her|them|the reps|people|the field|salespeople) (to|with)" },
      { name: 'g-checked', pattern: "(count|counts|numbers|figures|activity|logins?|calls|visits|entries|reports?)[^.;!?]{0,30}\\b(is|are|gets|get|was|were) (checked|counted|scrutini[sz]ed|inspected|policed|audited|reviewed|compared)|(feel|feels|felt|being|get|gets) (checked|policed|spied|judged|scrutini[sz]ed|inspected)( on| up on)?|checked (on|up on)" },
      { name: 'g-chase', pattern: "(chase|chases|chasing|chased) (the )?(bottom|worst|lowest|reps|us|people|numbers|him|her|me|them)|(ask|asks|asked|asking) why (the|my|our|his|her|their) (numbers|activity|calls|visits|figures|counts?) (dropped|fell|went down|are down|were down|are low)" },
      { name: 'g-for-them', pattern: "(so|so that) (someone|somebody|finance|the board|the director|the sales director|the \\w+ director|head office|management|the bosses|my manager|our manager|they) can (see|check|make|count|report|have|watch|track|tick)|(report|reports|numbers|figures|dashboard)s? (that )?(go|goes|went|sent|get sent) (up |straight |upstairs )?(to )?(the manager|my manager|our manager|the boss|head office|management|the board|the director|upstairs)|(answer|answers|answering|reporting)( questions)? (to|from) (the board|head office|management|the bosses)" },
      { name: 'g-show-up-on', pattern: "(name|names|numbers?)[^.;!?]{0,30}(show up|shows up|appear|appears|turn up|end up) on (the|a|that) (\\w+ )?(list|report|ranking|table|e-?mail)" },
      { name: 'g-tick-box', pattern: "tick(s|ing)? (off )?(the |a |that )?(\\w+ ){0,3}box(es)?" },
      { name: 'g-time-per', pattern: "(hours|time)[- ]per[- ](account|customer|visit|call|client)|time[- ]spent[- ]per" },
      // 2026.1: concepts (interrogation, counting the reports, activity quotas, managers reading, punishment)
      { name: 'c-interrogation', pattern: "interrogat\\w*|inquisition|grill(s|ed|ing)?|(picked|pick|picks|picking|pulled|pull|pulls|taken|took) apart|third degree|cross-?examin\\w*|put on the spot|in the dock|on trial|witch-?hunt" },
      { name: 'c-count-them', pattern: "(just|only|simply|merely) (count|counts|counting|tally|tallies|tot up|add up)( them| it| us| the \\w+| how many)?|(count|counts|counting|tally|tallies) (them|how many|the (number of )?(\\w+ )?(calls|visits|reports|entries|logins|activities|notes|emails))", notPositive: true },
      { name: 'c-activity-quota', pattern: "(\\d+|ten|fifteen|twenty|twenty-five|thirty|forty|fifty|sixty|eighty|a hundred) (logged |recorded |crm )?(calls|visits|activities|entries|meetings|contacts)( logged| recorded)? (a|per|every|each) (day|week|month)|(target|quota|minimum) of (\\d+|ten|fifteen|twenty|twenty-five|thirty|forty|fifty|sixty)" },
      { name: 'c-manager-reads', pattern: "(managers?|management|bosses?|head office|hq|directors?|team ?leads?|supervisors?)( can| could| will| would| might| may| get to)?( not|n't|'t)? (read|reads|see|sees|access|view|go through|pore over|comb through) (them|it|our|my|every|all|what|the notes|everything|both)", notPositive: true },
      { name: 'c-punish', pattern: "punish\\w*|disciplin\\w*|(a )?stick to beat|beat (us|me|them|people) with|blame game|(get|got|gets|be) (a )?(telling off|told off|a rocket|hauled in|called in)", notPositive: true },
      { name: 'c-police', pattern: "police (line-?up|state|station|interview|interrogation|officer)|like (a |being )?(suspects?|criminals?|school ?kids|children|a suspect|a criminal|prisoners?)|mugshots?|(what|that's what|because that's what) (gets|get) (counted|measured|tracked|scored|checked)|(dashboards?|reports?|charts?|stats|scorecards?|kpis?) (about|on|of) (me|us|him|her|each rep|every rep|the reps|individual reps)|(fear|fears|afraid of|scared of) (the )?(data|crm|system|numbers|timestamps)|timestamps?", notPositive: true },
      { name: 'c-upstairs', pattern: "(the )?(people|folks|suits|bosses) upstairs|upstairs|the powers that be|the top floor|senior leadership", needs: 'monitor', notPositive: true },
    ],
    suppress: [
      "(don't|do not|never|doesn't|does not) (feel|felt) (watched|controlled|tracked|monitored|checked)",
      "(isn't|is not|not) (about )?(control|controlling|checking)",
      "(never|doesn't|does not|don't|do not|not|no longer|isn't|is not) (use|uses|used|using|about|there|meant|for) (it |the \\w+ )?(to )?(check|count|police|watch|spy|track|monitor|judge|rank)",
      "(coaching|help|helping|support|supporting),? not (counting|checking|policing|control|controlling|watching)",
      "(doesn't|does not|don't|do not|never) (feel|felt) (checked|policed|spied|judged)",
    ],
  },
  {
    id: 'no-value',
    title: 'No value to me',
    description: "nothing comes back to the rep: nobody reads it, it doesn't help them sell, the data is junk",
    rules: [
      { name: 'whats-in-it', pattern: "what's in it for (me|us)|what is in it for (me|us)|nothing in it for (me|us)|what do (i|we) get (out of it|back)" },
      { name: 'no-point', pattern: "(don't|do not|can't|cannot|fail to) see the point|no point( in| to)?|pointless|what's the point|what is the point" },
      { name: 'no-reason', pattern: 'no reason to (use|go|open|log|be)|(one|only|no) reason to go in' },
      { name: 'nobody-reads', pattern: '(nobody|no one|no-one|none of them|nobody ever|no one ever)( ever)? (reads|read|looks at|look at|checks|cares about)|(never|don\'t|doesn\'t) (look|looks) at it|not sure (anyone|anybody) (reads|looks|uses)|who never (look|looks|read|reads)' },
      { name: 'doesnt-help', pattern: "(doesn't|does not|didn't|won't|never) (help|helps|helped) (me|us)( to)? ?(sell|at all|with|in|one bit)?|(doesn't|does not|won't) (do|give) (anything|me anything|us anything)|(gives|give|shows|show) (me|us) nothing|no (use|value|benefit|help) (to|for) (me|us|reps)|of no use|no added value|adds nothing" },
      { name: 'nothing-new', pattern: "nothing (i|we) (don't|do not) already know|(i|we) already know" },
      { name: 'useless-for-me', pattern: '(useless|worthless|no use|pointless|no good|of no value|irrelevant) (for|to) (me|us|reps|the reps|sales|the field|my work|my job)' },
      { name: 'no-use', pattern: 'no use to (me|us)|is no use' },
      { name: 'get-more-elsewhere', pattern: 'get more (out of|from) .{3,60} than (from|out of)' },
      { name: 'junk-data', pattern: '(data|numbers|figures|information|info|records|leads|addresses|contacts)( in there| in it)? (is|are|were) (junk|rubbish|garbage|wrong|useless|out of date|outdated|stale|old|unreliable|worthless)|out of date|outdated data|full of (junk|rubbish|duplicates)|junk entered|(\\d+|three|several|many|so many) duplicates' },
      { name: 'no-trust', pattern: "(don't|do not|can't|cannot|doesn't|never) trust (the |its |those |these )?(numbers|data|figures|crm|system|it|them|forecast)" },
      { name: 'which-is-right', pattern: 'never know which (record|one|version|number) is (right|correct|current)' },
      { name: 'broken-promise', pattern: "(sold|pitched|presented|promised|told|sells?) (to us |us )?(as|that it would|it would)|it hasn't|it didn't|the (exact )?opposite|(would|will) save us time" },
      { name: 'never-why', pattern: "(but|and) (never|not) (told|explained|said) why|but (never|not) why|nobody (explained|told us) why" },
      { name: 'only-one-likes', pattern: 'only (one|person|people|ones?) who (likes|like|uses|use|wants|reads) it' },
      { name: 'cant-be-bothered', pattern: "can't be bothered|couldn't care less" },
      { name: 'waste-of-time', pattern: 'waste of (time|effort|money)|wasted (time|effort)' },
      { name: 'gives-nothing-back', pattern: "(doesn't|does not|don't|never|won't) (give|gives|tell|tells|show|shows|offer|offers|bring|brings) (me|us) (anything|much|a thing|any value)|(gives|give|get|gets|got) (me |us )?nothing( back| in return)?|nothing (back|in return)|nothing in (there|it) (tells|shows|helps|that)|anything (i|we) (couldn't|could not|can't) (get|find)" },
      { name: 'unreliable', pattern: "(unreliable|inaccurate|incomplete|not reliable|not accurate|never (updated|up to date|maintained|accurate|right)|rarely updated|not up to date|out of date)" },
      { name: 'nobody-noticed', pattern: "(nobody|no one|no-one)( has)?( ever)? (commented|noticed|reacted|followed up|asked about|looked at|trusts|believes|cares)" },
      { name: 'why-bother', pattern: "why (should|would) (i|we) (bother|care|update|enter|log|use)|why bother|(don't|do not|can't) see why (i|we) should|what's the use|what is the use" },
      { name: 'first-to-skip', pattern: '(first|the) thing (i|we|she|he|they) (skip|skips|drop|drops|ignore|ignores|let slip)' },
      { name: 'mainly-for-them', pattern: "(mainly|only|just|really|purely|basically) (there |exists )?(for|so|so that|to let) (the |my |our )?(bosses|management|managers?|director|directors|sales director|head office|board|them|hq)" },
      { name: 'asks-anyway', pattern: '(asks|ask|calls|call|rings) (me|us)[^.;!?]{0,30}anyway' },
      { name: 'no-benefit', pattern: "(what's|what is|where's|where is) the (benefit|value|point|use|upside)|benefit for (me|us)|(gets?|got|get) nothing out of|nothing out of it|out of it for me|fiction|made[- ]up (numbers|figures)|for what\\?|and for what|what for\\?|to what end|dead weight|tells? (me|us) nothing|nothing new" },
      { name: 'not-worth', pattern: "(not sure|doubt|don't think|do not think|isn't|is not|not|never|hardly)[^.;!?]{0,40}worth (the|it)", negatable: false },
      { name: 'great-for-manager', pattern: '(great|good|useful|fine|nice) for (my |the )?(manager|managers|management|boss|bosses|head office)' },
      // 2025.2: generalised phrasings (what do I get back, it only shows what I typed, nobody relies on it)
      { name: 'g-get-back', pattern: "what (do|does|did|would|will) (i|we|he|she|they|the reps?|the field|reps) (actually |really |ever |even )?(get|gain|have|see)( back| out of (it|this|that)| in return| from (it|this|that))|(benefit|value|point|use|upside) (to|for) (the field|reps|the reps|us|me|sales|him|her|them)|(benefit|value|point)[^.;!?]{0,30}supposed to be|no (real |obvious |clear |actual )?(benefit|value|upside|payoff|pay-off|return)" },
      { name: 'g-nothing-i-can', pattern: "nothing (i|we|he|she|they) (can|could) (see|use|take|show)|nothing (useful|new|of use|worth (having|knowing|seeing))|(never|not) (once )?(found|got|seen|learned|learnt|had) (a |one |any |anything )?(single )?(useful|helpful|new|valuable)" },
      { name: 'g-only-what-i-typed', pattern: "(tells?|shows?|gives?) (me|us|him|her|them)? ?(only |just |back )?what (i|we|he|she|they) (put|typed|entered|wrote|already know|knew|put in)|(knows?|know|knew) (it|that|this|all that) already|already (knows?|knew)" },
      { name: 'g-no-reason-for', pattern: "no (reason|incentive|motivation) (for (him|her|me|us|them|reps|the reps) )?to (care|bother|use|open|log|update|go in)|(company's|their|management's|head office's|the bosses'?|the manager's|the managers') (system|tool|crm|thing|toy), not (mine|ours|his|hers|theirs|the reps')" },
      { name: 'g-not-for-us', pattern: "(nothing|none of (it|them|the \\w+)|no part of it) (is|are|was|were) (built|made|designed|meant|there|written) for (us|me|the reps|the field|him|her|reps|salespeople)|(built|made|designed|there|exists?) for (the board|management|head office|the bosses|finance|them|the managers?), not (for )?(us|me|the reps|the field|reps)|stop pretending (the crm|it) is for" },
      { name: 'g-no-reliance', pattern: "(nobody|no one|no-one|none of us) (relies|depends|bases anything|counts) on it|(can't|cannot|couldn't|can never) (rely|depend) on (it|the data|the numbers|what)|(data|numbers|information|records|figures)[^.;!?]{0,25}\\b(is|are|was|were|looks?) (so )?(patchy|half[- ]empty|incomplete|unreliable|awful|a mess|poor|terrible|inaccurate|meaningless|mean nothing|fiction)|data quality is (awful|poor|bad|terrible|dreadful|a joke)" },
      { name: 'g-no-money', pattern: "(doesn't|does not|won't|didn't|never|will not) (make|earn|win|bring|get|sell) (me|us|him|her|them) (a single |one |any |an extra )?(\\w+ )?(more )?(euro|pound|dollar|penny|cent|sale|deal|order|customer|commission|business)" },
      { name: 'g-useless-for-selling', pattern: "(useless|no good|no use|pointless|not much use|rubbish|worthless) (for|at|when it comes to) (actually )?(selling|sales|planning|the field|my job|my work|the customer|customers)|(sees|see|saw) no (benefit|value|point|use)" },
      { name: 'g-exists-for', pattern: "(exists|is there|it's there|is only there|is just there) (so|so that|for|to let|to give|to keep) (someone|somebody|management|head office|finance|the board|the bosses|them|the managers?|my manager)" },
      { name: 'g-stopped-bothering', pattern: "(nobody|no one|no-one)( has)?( ever)? (replied|answered|responded|got back|came back|acted)|(stopped|gave up|quit) (writing|logging|entering|filling|bothering|updating)|(hardly|barely|rarely|seldom) (ever )?(opened|opens|open|touched|touches|used|uses|logged into|looks at|looked at)( it| the crm| the system)?", negatable: false },
      { name: 'g-changes-nothing', pattern: "(doesn't|does not|won't|will not|didn't|never) (change|changed) (anything|a thing)|changes nothing|makes no difference|(for show|just for show)|serves no purpose|black hole|(goes|go|went) nowhere|(nobody|no one) (does|did|ever does) anything with (it|them)|for them,? not (for )?(us|me)|no help (at all|whatsoever)|(never|hasn't|has not|didn't) (sold|closed|won) (me )?(a|one|any|a single) (thing|deal|order|sale)" },
      // 2026.1: concepts (nothing comes back, nobody uses it, it is for someone else, anyone actually read it?)
      { name: 'c-nothing-back', pattern: "nothing (ever )?(comes|came|coming|goes|gets) (back|out)|never (comes |gets |goes |came )?back (to|my way)|(not|never|nothing)( one| a single)? [^.;!?]{0,30}(come|comes|came) back (to me|my way|to us|to the reps?)|(one-way|one way) (street|traffic)|write-?only|into the void|(goes|go|went|disappears?|vanish\\w*) (into|in) (a|the) (void|drawer|black hole)|never hear (anything )?(back|about it)|(no feedback|no response|no reply|nothing) (back )?(ever )?(from|comes)", negatable: false },
      { name: 'c-anyone-use', pattern: "(does|do|did|is|are|has|have|will) (anyone|anybody|someone|somebody|management|head office|marketing|my manager|the managers?)( [\\w-]+){0,3} (actually |ever |even |really )?(us(e|es|ing)|read(s|ing)?|look(s|ing)? at|open(s|ing)?|review(s|ing)?|do anything with|act(s|ing)? on)\\b", negatable: false },
      { name: 'c-nobody-uses', pattern: "(nobody|no one|no-one|none of (us|them|the \\w+))( ever| actually| really)? (reviews?|reviewed|opens?|opened|follows? up|acts? on|does anything|reacts?|asks? about|can use|could use|would use|can read|reads? (them|it))\\b", negatable: false, notPositive: true },
      { name: 'c-for-someone-else', pattern: "(is|it's|exists|there) (just |only |really |purely |mainly |mostly |basically )?(for|there for) (my|the|our|his|her|their) (manager|managers|boss|bosses|management|head office|hq|board|directors?|sales director|finance|marketing)", needs: 'crm', scope: 'clause', notPositive: true },
      { name: 'c-useless-when', pattern: "(useless|worthless|no use|of no use|no good|no help|pointless|meaningless|not much use|of little use) (when|while|during|if|for) ([\\w']+ ){0,3}(negotiat\\w*|sell\\w*|pitch\\w*|quot(e|es|ing)|prepar\\w*|plann?\\w*|forecast\\w*|talk\\w* to|in front of|the (customer|client|buyer)s?\\b|a (customer|client|buyer) (meeting|visit|call))", notPositive: true },
      { name: 'c-something-back', pattern: "(something|anything) (useful |of value |worthwhile )?(comes|coming|came|to come|would come|could come|goes|going) back|(get|gets|getting) something (useful )?back", negatable: false },
      { name: 'c-dead-data', pattern: "(data|contacts?|records?|numbers|lists?|e-?mails?|addresses|details|phone numbers|pipeline)[^.;!?]{0,30}\\b(stale|dead|bounce\\w*|(\\w+ )?years old|left (ages|years|months) ago|left the company|long gone)|(dead|stale|zombie|ghost) (data|contacts|leads|records|deals|opportunities|accounts)|(report|reports|pipeline|forecast|forecasts|dashboard|dashboards|data|it)( \\w+)? (means|mean|meant) (absolutely )?nothing|(is|are) meaningless|(nobody|no one) (fills|enters|logs|updates|puts)( it| them| anything)?( in)? (honestly|properly|correctly|accurately|truthfully|seriously)", negatable: false },
      { name: 'c-never-fed-back', pattern: "(never|not)( once| ever)? (fed|feeds|gives?|gave|given|sent|sends|brings?|brought|returns?|returned|paid|pays) (me|us|him|her|them|anything) (anything |much |a thing )?back|nothing (i|we|he|she|they) (put|type|enter|log)\\w*( in| into it)?( ever)? (helps|comes back|gets used|gets read|matters)|not because it (helps|helped|makes|gets)", negatable: false },
      { name: 'c-fill-rubbish', pattern: "(fill|fills|filling|filled|stuff|stuffing|pad|padding|put|putting|type|typing|enter|entering)\\w* [^.;!?]{0,30}\\b(rubbish|junk|nonsense|garbage|anything|whatever|fake \\w+|made-up \\w+)\\b[^.;!?]{0,30}\\b(just )?to (hit|meet|get|make|tick|pass|satisfy|keep)", negatable: false },
    ],
    suppress: ["(is|it's|isn't|not) (really )?(not )?(pointless|useless)( at all)?,? (it|the|i)"],
  },
  {
    id: 'job-threat',
    title: 'Threat to my job',
    description: 'fear that the CRM makes reps replaceable, hands their accounts to others, or cuts their pay',
    rules: [
      { name: 'need-us', pattern: "(won't|will not|wouldn't|don't|no longer) need (us|me|reps|salespeople|sales people)( any ?more)?" },
      { name: 'replace-us', pattern: 'replace (us|me|reps|salespeople|the reps|people)|replaced by|replaceable|expendable|make (us|me) redundant|redundanc\\w*' },
      { name: 'lose-job', pattern: '(lose|losing|lost|cost me|cost us) (my|our|their) (jobs?|accounts|customers|contacts|commissions?|territor(y|ies)|bonus)' },
      { name: 'let-go', pattern: '(let go|get fired|gets fired|be fired|fire us|sacked|laid off|layoffs?|lay-offs?)' },
      { name: 'job-fear', pattern: '(worried|afraid|scared|fear|fears|concerned|anxious|nervous|worry) (about|for|that|of)? ?(my|our|their)? ?(job|jobs|position|future|livelihood|role)' },
      { name: 'job-security', pattern: 'job security|jobs? (are|is) (at risk|not safe|on the line)' },
      { name: 'hand-accounts', pattern: '(handing|hand|give|giving|pass|passing|handed|passed|given|moved|went) (my|our|his|her|their) (accounts|customers|clients|contacts)( to| over)?|(accounts|customers|clients) (were|was|got|get|are) (handed|given|passed|moved|reassigned) (to|over)' },
      { name: 'my-contacts', pattern: "(put|putting|enter|entering|share|sharing|give|giving|hand|handing|upload|uploading|type)( over)? (in )?(my|our) (private |own |personal |best |key )?(contacts|customers|relationships|accounts|address book|network|life's work)|they're my (relationships|customers|contacts|accounts|clients)|my (private|personal) contacts|my life's work|handing over my" },
      { name: 'until-i-know', pattern: '(not going to|won\'t|refuse to) (enter|put|share|log)[^.;!?]{0,40}(until|unless) (i|we) know' },
      { name: 'if-i-leave', pattern: 'what happens to (my|our) (notes|contacts|accounts|customers|data|relationships) (if|when) (i|we) (leave|quit|go)' },
      { name: 'cut-commission', pattern: '(cut|reduce|lower|cap|take)\\w* (our |my |the )?(commissions?|bonus|bonuses|pay|territor(y|ies))' },
      { name: 'weak-exposed', pattern: '(weak|bad|slow) (months|quarters|reps|salespeople|numbers) (will|would|could)? ?(be )?(exposed|used against|visible)' },
      { name: 'used-against-me', pattern: 'used against (me|us)' },
      { name: 'junior-replace', pattern: '(junior|cheaper rep|cheaper (sales)?person|someone cheaper|a trainee)' , needs: 'fear' },
      { name: 'swap-us', pattern: '(swap|switch|trade|get rid of|do without|phase out|replace) (us|me|reps|salespeople|the reps|people)( out)?|cut (the number of |the )?(reps|salespeople|sales people|jobs|headcount|heads)|fewer reps|(reduce|reducing) (the )?(headcount|sales force|number of reps)' },
      { name: 'lose-edge', pattern: '(lose|losing|lost|give up|giving up|give away|giving away) (their|my|our|his|her) (edge|value|leverage|advantage|position|relationships|network|customers|contacts|accounts)' },
      { name: 'refuse-share', pattern: "(refuse|refuses|refused|reluctant|don't want|doesn't want|won't|will not|not willing) to (share|enter|hand over|put in|give up|give away) (their|my|our|his|her) (key |best |personal |private |own )?(contacts|customers|accounts|relationships|clients|network|address book)" },
      { name: 'knowledge-sits', pattern: '(customer |all the |all our |all my |our )?(knowledge|relationships|contacts|information)[^.;!?]{0,20}(sits|is|are|lives|stored) in the (crm|system)', needs: 'fear' },
      { name: 'company-can', pattern: '(the company|they|management|head office) (can|could|will|would|might) (swap|replace|fire|get rid of|do without|let us go|let me go|take|hand)' },
      { name: 'bonus-fear', pattern: '(our|my|the) (bonus|bonuses|commission|commissions|pay|territory|territories)', needs: 'fear' },
      { name: 'replaceable', pattern: 'replaceable|retire (us|them|me|people)( early)?|cut (a few|some|a couple|several)( of)? (us|reps|people|them)|merge (the )?territories|make (us|them|me|people) redundant|(giving|give|hand|handing|pass|passing) (my|our|their|his|her) (accounts|customers|clients|relationships) to' },
      { name: 'cheaper-rep', pattern: '(to|with|by) (a )?(cheaper|junior|younger) (rep|reps|person|salesperson|guy)|replace us with' },
      // 2025.2: generalised phrasings (giving my patch away, insurance, cuts, a weak quarter counting against me)
      { name: 'g-need-them', pattern: "(won't|will not|wouldn't|don't|doesn't|no longer) need (them|him|her|the reps|the field|people|a rep|field reps|a salesperson|so many (of us|reps|people))( any ?more)?" },
      { name: 'g-take-patch', pattern: "(give|gives|giving|gave|hand|hands|handing|pass|passes|passing|move|moves|moving|take|takes|taking) (over )?(my|his|her|our|their) (patch|territory|territories|area|region|book|accounts|customers|clients|smaller accounts)( to| over| away)?|take over (my|his|her|our|their) (accounts|customers|patch|territory|clients|region)" },
      { name: 'g-insurance', pattern: "insurance( policy)?|(my|his|her|our|their) leverage|bargaining chip|indispensable|irreplaceable|(makes|make|keeps|keep) (me|us|him|her|them) (valuable|needed|employed|safe)|(only|one) thing that makes (me|us|him|her|them) (valuable|needed)" },
      { name: 'g-give-away', pattern: "(give|giving|gave|hand|handing|sign|signing) (them|it|it all|everything|those|these)( all)? (away|over|up)", needs: 'mine' },
      { name: 'g-what-stops', pattern: "(what (stops|is stopping|'s stopping|would stop|will stop)|what's to stop) (them|the company|management|head office|anyone|anybody)" },
      { name: 'g-cuts', pattern: "restructur\\w*|downsiz\\w*|(round of|job|staff|head ?count) cuts|next round|who (goes|stays|gets to stay|is let go|survives|keeps (their|his|her) job)|(pick|choose|select|decide|decides|deciding) who (goes|stays|is kept|gets kept|leaves)" },
      { name: 'g-count-against', pattern: "(count|counts|counted|held|be held|used|be used) against (me|her|him|us|them|people|reps)" },
      { name: 'g-outsourced', pattern: "(move|moving|moved|shift\\w*|outsourc\\w*|hand\\w*|push\\w*) [^.;!?]{0,40}(to|into) (a |the )?(call cent(re|er)|inside sales|telesales|an agency|offshore|a cheaper)|first step (towards|to|in) (cutting|replacing|moving|outsourcing|getting rid)" },
      { name: 'g-keeps-everything', pattern: "(if|when|once) (i|we|he|she|they) (leave|leaves|quit|quits|go|goes|retire|retires)[^.;!?]{0,60}\\b(keeps|own|owns|gets|has|takes) (everything|it all|all of it|my|our|his|her|their)" },
      { name: 'g-weak-visible', pattern: "(weak|bad|slow|quiet|poor|lean) (quarter|month|year|week|patch)[^.;!?]{0,40}(visible|count against|used against|exposed|everyone|for all to see)" },
      { name: 'g-new-hire', pattern: "(new hire|a graduate|a junior|a newcomer|someone cheaper|someone younger|a younger|a trainee|anyone) (could|can|would|will|might) (take over|step in|replace|run|pick up)" },
      { name: 'g-out-of-job', pattern: "out of (a )?(job|work)|chopping block|firing line|next to go|the axe|axed|made redundant|surplus to requirements|obsolete|automate (us|me|my job|our jobs|the reps)|automated away|(robots?|ai|algorithms?|machines?|the system) (will|could|can|might) (do|replace|take) (our|my|the reps'?|us|me)|(my|our|their|his|her) (jobs?|positions?|livelihoods?|futures?) (is|are|could be|might be|will be) (at stake|on the line|next|in danger|gone)" },
      // 2026.1: concepts (the rep's book handed to someone else, pay tied to what the CRM says, refusing to hand over)
      { name: 'c-book-taken', pattern: CONTEXTS.repAsset, needs: ['takeAway', 'otherPeople'], notPositive: true },
      { name: 'c-to-whoever', pattern: "(go|goes|went|gone|pass|passes|passed|handed|given|hand|moved|transferred|reassigned)( over| on| straight)? to (whoever\\w*|someone else|somebody else|the next (person|rep|guy|one|hire)|a colleague|the new (lad|guy|girl|hire|starter|rep)|inside sales|telesales|a junior|a graduate|a cheaper \\w+)" },
      { name: 'c-reassign', pattern: "(reassign|reallocat|redistribut|re-?allocat|re-?distribut)\\w* (the |my |our |his |her |their |of )?(\\w+ )?(customers|accounts|clients|territor(y|ies)|patch(es)?|leads|books?)" },
      { name: 'c-scraps', pattern: "(gets?|got|getting|left with|leaves (us|me|them|the field) with) (the )?(scraps|leftovers|crumbs|dregs)" },
      { name: 'c-pay-tied', pattern: CONTEXTS.pay, needs: 'payTie', scope: 'clause', notPositive: true },
      { name: 'c-refuse-share', pattern: "(?:" + CONTEXTS.refuse + ")( to)? (put|enter|type|share|hand|give|upload|log|add|store|record)\\w*", needs: 'repAsset', scope: 'clause', negatable: false },
      { name: 'c-dispensable', pattern: "cheaper to (lose|replace|let go|get rid of|sack|fire)|easier to (replace|let go|get rid of|sack|fire)|what (do|would|will) (they|the company|management|anyone) need (me|us|him|her|reps) for|cut (me|us|him|her|the reps?|the salespeople|the field) out|(go|going|goes|went) (straight |directly )?to the (customer|client)s? (and|without)|bypass\\w* (me|us|the reps?|the field)|first (out|to go)( the door)?|(my|our|his|her) replacement|(my|his|her|our) (pension|livelihood|bread and butter|meal ticket)" },
    ],
    suppress: [
      "(not|never|n't) (worried|afraid|scared|concerned|anxious|nervous) (about|for|that|of)",
      '(job|jobs|position) (is|are) safe',
      'will always be needed',
    ],
  },
  {
    id: 'training',
    title: 'Training',
    description: 'how reps learned the CRM, or did not: training, onboarding, help, not knowing how',
    rules: [
      { name: 'training', pattern: 'training|trainings|trained|retrain\\w*|untrained|train (us|me|people|the team|reps|new)', negatable: false },
      { name: 'onboarding', pattern: 'onboarding|on-boarding|induction|e-?learning|tutorials?|webinars?|walkthrough|walk-through|user guide|manual', negatable: false },
      { name: 'nobody-showed', pattern: '(nobody|no one|no-one|never)( ever)? (showed|shown|taught|explained) (me|us|them)( how)?|(has|have|had|was|were)( never| not)? been shown|(was|were|got) shown|show (me|us) how|(showed|taught) (me|us) (how|the basics)', negatable: false },
      { name: 'learn-myself', pattern: '(learn|learned|learnt|figure|figured|work|worked) (it|this|everything)? ?(out )?(myself|by myself|on my own|ourselves|from youtube|from google)|youtube videos?|(learn|learned|learnt) (it|this)', negatable: false },
      { name: 'dont-know-how', pattern: "(don't|do not|didn't|doesn't|never) (really )?(know|knew|understand|understood) how (to|it|the|this)|no idea how", negatable: false },
      { name: 'explain', pattern: '(can|could|would) (someone|somebody|anyone|anybody|you) (please )?(explain|show)|(explain|understand|know) (what|how) .{2,60} (is|are) (actually )?(for|calculated|worked out|computed|decided)|how (the|these|those) .{2,40} (are|is) (calculated|worked out|computed)', negatable: false },
      { name: 'picked-up', pattern: 'picked it up|pick it up|(older|new|younger) (guys|reps|colleagues|people|hires)[^.;!?]{0,40}(struggle|struggling|picked|learn)', negatable: false },
      { name: 'help-desk', pattern: 'help ?desk|helpdesk|support desk|support line|hotline|super-?users?|champions?', negatable: false },
      { name: 'videos', pattern: '(training |how-to |explainer |tutorial )?videos?', needs: 'trainingTopic', negatable: false },
      { name: 'basics', pattern: 'the basics|(\\d+|twenty|ten|thirty) minutes (of|and that)|that was it', needs: 'complaint', negatable: false },
      { name: 'shown-basics', pattern: '(shown|taught|given) the basics', negatable: false },
      { name: 'click-around', pattern: 'click around|clicking around|trial and error', negatable: false },
      { name: 'what-training', pattern: 'what training', negatable: false },
      { name: 'walk-through', pattern: "walk (us|me|them|people) through|sit (down )?with (us|me|them)|show (us|me|them) (how|the ropes|around)|teach (us|me|them)|learn(s|ed|t)? (it )?from (whoever|a colleague|colleagues|each other|the person)|whoever sits next to|buddy system|shadowing", negatable: false },
      { name: 'nobody-explained', pattern: '(nobody|no one|no-one|never|not)( ever)? (explained|showed|taught|trained|demonstrated)\\b', negatable: false },
      { name: 'session-on', pattern: "(training|learning|refresher|coaching|how-to|q&a|question) sessions?|sessions? (just |only )?(on|about) (how|the|reports|dashboards|\\w+ing)|refresher|coaching|courses?|classroom|lessons?|tips and tricks|(a|new|some) (trick|tip)s?", negatable: false },
      { name: 'who-can-help', pattern: "(someone|somebody|a person|a super-?user|a champion|a buddy|a coach|an expert)[^.;!?]{0,30}who (can|could|would) (answer|help|show|explain|support)|(when|if) (we are|we're|i am|i'm|they are|they're) stuck|(ask|asking) for help", negatable: false },
      { name: 'new-joiners', pattern: 'new (joiners|starters|hires|colleagues|reps)[^.;!?]{0,40}(training|learn|login|shown|taught|nothing)|just (get|got|gets) a (login|password)', negatable: false },
      { name: 'forgot-it', pattern: 'forgot (most|all|half|everything|much)( of it)?|(supposed|meant) to (be used|work|use)|how (the|these|those|we|i) .{2,40} (are|is|should be) (supposed|meant) to', negatable: false },
      { name: 'learned-it', pattern: "(that's|that is|this is) how (we|i|most of us|everyone|people) (learned|learnt|learn)|(learned|learnt) (it|how)", negatable: false },
      { name: 'g-day-on', pattern: "(half|full|whole|one|two)[- ]days? (on|of|about|with|training)|(session|course|workshop|class|walkthrough|demo|refresher) (on|about) (the )?\\w+|left to (it|figure|work it out|our own devices)|deep end|sink or swim" },
      { name: 'g-dont-understand', pattern: "(don't|do not|didn't|doesn't|never|still don't) (really |fully |quite )?(know|knew|understand|understood|get|got) (how|where|which) (to|the|it|this|that|a|an|we|i|you|they)\\b|(meant|supposed) to be (set|used|filled|calculated|entered)", negatable: false },
      // 2026.1: concepts (nobody told me where, drop-in clinics, did not understand the system, only one knows how)
      { name: 'c-nobody-told', pattern: "(nobody|no one|no-one|never)( ever| really)? (told|showed|shown|explained to) (me|us|him|her|them|the reps|anyone)( \\w+)? (where|how|what|which|about|that)|(never|not) (been )?(shown|told|taught) (how|where|what|the)|(i've|i have|we've|he's|she's|they've|ever) (ever |never )?been (shown|taught|trained|told how)", negatable: false },
      { name: 'c-clinic', pattern: "(drop-?in|training|help|crm|q&a|weekly|monthly|lunchtime) (clinics?|sessions?|surgeries)|drop-?in (hours|clinics?)|lunch and learns?|(it|the penny|things?) (finally )?(clicked|dropped)", negatable: false },
      { name: 'c-didnt-understand', pattern: "(didn't|did not|don't|do not|never|doesn't|does not|couldn't) (really )?understand (nothing|anything|much|a thing|it|the (system|crm|app|tool|screens?))|at (the )?(start|first|beginning) (i|we|he|she) (didn't|did not|couldn't|could not)", negatable: false },
      { name: 'c-only-one-knows', pattern: "(only|one) (one|person|people|ones?|colleague|rep|guy|woman|man)( in| on| who| that)[^.;!?]{0,40}\\b(knows?|understands?|can) (how|where|use|run|do)", negatable: false },
      { name: 'c-trainer', pattern: "trainers?|instructors?|sandbox|test (environment|system|instance)|practi[cs]e (in|on|with|account)|(was|were|has|have) (anyone|anybody|someone|we|they|you|any of us) (ever )?(shown|told|taught|trained)", negatable: false },
    ],
    suppress: [
      "(don't|do not|doesn't|didn't) need (more |any |extra )?(training|help)",
      'no need for (more |any )?training',
      "training (isn't|wasn't|is not|was not) (needed|necessary|the problem|the issue)",
    ],
  },
  {
    id: 'tool-fit',
    title: 'Tool fit',
    description: "the CRM does not fit how reps sell or is hard to use: slow, clunky, crashes, too many clicks",
    rules: [
      { name: 'slow', pattern: '(so |too |very |painfully |really )?slow( to load)?|takes (ages|forever|minutes) to (load|open|find|search|save|start|sync|respond)|loading (times|forever)|sluggish|laggy' },
      { name: 'crash', pattern: 'crash(es|ed|ing)?|freez(es|ing)|bugs?|buggy|glitch\\w*|(it|the app|the system) (keeps )?(breaks|breaking|broke|hangs)|error messages?' },
      { name: 'clunky', pattern: 'clunky|cumbersome|clumsy|awkward to use|not intuitive|counter-?intuitive|unintuitive|confusing|complicated|too complex|overly complex|hard to (use|find|navigate)|difficult to (use|find|navigate)|unusable|user-?unfriendly|not user-?friendly' },
      { name: 'layout', pattern: "(layout|interface|screen|screens|ui|design|menus?|navigation)\\b[^.;!?]{0,40}(awful|terrible|confusing|dated|ugly|cluttered|messy|a mess|from (19|20)\\d\\d)|not a fan of|looks like it's from|(19|20)\\d\\d called" },
      { name: 'clicks', pattern: '(\\d+|three|four|five|six|seven|eight|nine|ten|too many|so many) clicks' },
      { name: 'too-many-options', pattern: '(too many|so many) (picklists|pick lists|options|screens|tabs|steps|menus|dropdowns|drop-downs)|picklists? with|options nobody understands' },
      { name: 'built-for', pattern: "(built|designed|made|meant|configured|set up) for (a |an )?(call cent(re|er)|someone else|a different|another|inside sales|marketing|transactional|b2c|consumer|retail)|(not|never) (built|designed|made) for (us|people|field|how|the way|our)|designed by (someone|people) who|whoever designed|never met a customer" },
      { name: 'doesnt-fit', pattern: "(doesn't|does not|don't|do not) (fit|suit|match) (how|the way|our|my|us)|not (fit|suited) for|for how (i|we) (work|sell)|one size fits all|rigid|inflexible|wrong tool|not the right tool" },
      { name: 'nightmare', pattern: 'nightmare|a mess|a joke|clusterf\\w*' },
      { name: 'another-login', pattern: '(another|yet another|one more|extra) (login|log-in|password|system|tool|screen)s? to' },
      { name: 'logs-out', pattern: '(logs|logged|kicks|kicked|throws|threw) (me|us) out|times? out|session expires' },
      { name: 'simpler-elsewhere', pattern: '(was|is) (so )?much (simpler|easier|faster|quicker|better)|(simpler|easier|faster) (in|with) (the old|excel|my old|pipedrive|hubspot|salesforce)' },
      { name: 'laptop-only', pattern: '(laptop|desktop|pc)[- ]only|only (works )?on (the |a )?(laptop|desktop|pc)' },
      { name: 'choose-fields', pattern: '(choose|pick|decide|select) (which|what) fields|fields (that )?matter (to|for) (them|us|their|our)' },
      { name: 'unusable-phone', pattern: "(on|with) (my|the|a) (phone|mobile|tablet)[^.;!?]{0,20}(unusable|useless|impossible|hard|tiny|too small)|(unusable|useless|impossible) (on|with) (my|the|a) (phone|mobile|tablet)" },
      { name: 'cluttered', pattern: 'cluttered|messy|overloaded|too busy|crowded|overwhelming|too much on (the|one) screen' },
      { name: 'cant-find', pattern: "(can't|can never|never|cannot|can not|couldn't) find (the|a|my|anything|what|where)|(hard|difficult|impossible) to find" },
      { name: 'no-sense', pattern: "makes? no sense|(don't|do not|doesn't|does not) (apply|fit) (to|for)|irrelevant (for|to) (our|my|us|the)|not relevant (for|to)" },
      { name: 'chosen-without', pattern: '(chosen|picked|selected|bought|designed|configured|set up|rolled out|introduced)\\w*[^.;!?]{0,30}without (asking|consulting|involving|talking to|input)|nobody asked (us|the reps|sales)' },
      { name: 'forgets-settings', pattern: "(doesn't|does not|never|won't) (remember|save|keep) (my|his|her|our|the) (filters?|settings|views?|layout|search(es)?)|remembered (my|his|her|our) (filters?|settings|views?)" },
      { name: 'pop-up', pattern: 'pop-?ups?|(drives|drove|driving) (me|us|everyone) (mad|crazy|nuts|up the wall)' },
      { name: 'ui-complaint', pattern: '(interface|layout|screens?|tabs|buttons|menus?|navigation|search|design|ui|dropdowns?|picklists?)', needs: 'negativeTone', notPositive: true },
      { name: 'designed-for-others', pattern: "(designed|built|made|configured|set up|meant|created|tailored) (for|around) (the )?([\\w-]+ ){0,2}(accountants|finance|controllers|it|team|teams|department|office|market|country|call cent(re|er)|marketing|managers|management|head office|hq)" },
      { name: 'different-process', pattern: "(completely |totally |very |a )?different (process|processes|way of (selling|working)|business)|(doesn't|does not) match (our|how|the way)" },
      { name: 'search-bad', pattern: "(search|filter|reports?|find)( function)? (is|are|doesn't|does not|never) (useless|rubbish|broken|slow|work)" },
      { name: 'g-built-for-not', pattern: "(set up|built|designed|made|configured|meant|intended|chosen|bought|picked) (for|by) [^.;!?]{1,40}\\b(not|rather than|instead of) (for )?(selling|us|people|the field|field|reps|how|the way|\\w+ing)" },
      { name: 'g-doesnt-fit-work', pattern: "(doesn't|does not|don't|do not|won't) (fit|suit|match|work for) (field|the field|what we do|our work|the job|reality|real life|\\w+ work|people who)|without (anyone|anybody|a single person|any input) (from|of)" },
      { name: 'g-simpler', pattern: "(replace|swap|switch|change) it (with|for) (something|a|an) (simpler|easier|better|different|lighter)|(something|anything) (simpler|easier|lighter)|takes? (\\w+ )?(clicks|screens|steps) too many" },
      // 2026.1: concepts (time to do a simple thing, nowhere to put it, not how we work, a maze, stale lists, will not open)
      { name: 'c-time-to-do', pattern: "(\\d+|ten|fifteen|twenty|thirty|forty|forty-five|fifty|sixty) (minutes|mins|clicks|screens|steps) (just )?to (build|run|find|get|pull|create|make|open|load|do|see|add|change|look up|save|print|export)|(takes|took|take) (me )?(ages|forever|an age|a lifetime|\\d+ minutes|half an hour) to (build|run|find|get|pull|create|make|do|see|add|change|look up|save|print|export)" },
      { name: 'c-nowhere-to', pattern: "(nowhere|no (field|place|box|way|option|tab|screen|section)) (to|for) (track|put|record|log|store|enter|note|capture|keep|show|mark|flag|add)\\w*|no (field|place|box|option|tab|section) for", negatable: false },
      { name: 'c-not-how-we-work', pattern: "(doesn't|does not|don't|do not|didn't|never) work like that|(that's|that is|it's) not how (we|i|it|sales|selling|our business|the business|[\\w-]+) (works?|sells?|operates?)|(doesn't|does not|don't|do not) (reflect|match|fit|suit|understand) (how|the way|what) (we|i|our|the reps|reps|people|field)", negatable: false },
      { name: 'c-built-around', pattern: "(built|designed|made|set up|configured|meant|modell?ed) (around|for) [^.;!?]{1,40}\\b(not|rather than|instead of)\\b", negatable: false },
      { name: 'c-maze', pattern: "maze|labyrinth|rabbit warren|warren of|(too many|endless|so many|dozens of) (tabs|screens|menus|windows|pop-?ups|steps|sub-?menus)" },
      { name: 'c-shame-about', pattern: "(shame|pity) about the (tool|system|crm|app|software|thing|interface|platform|portal)" },
      { name: 'c-outdated-list', pattern: "(hasn't|has not|haven't|have not|wasn't|not|never) (been )?updated since", needs: 'uiThing', notPositive: true, negatable: false },
      { name: 'c-wont-open', pattern: "(crm|system|tool|app|portal|software|platform|database|salesforce|sfdc|screen|page|search|it)( \\w+)? (not|never|won't|doesn't|does not|didn't|wouldn't|isn't|can't|cannot|refuses to|fails to|failed to) (\\w+ )?(open|opening|load|loading|start|starting|respond|responding|sync|syncing|work|working)\\b(?! (for|like|with) (me|us|the|that))", negatable: false, notPositive: true },
      { name: 'c-hangs', pattern: "(it|the app|the system|the crm|the tool|the portal|the screen|the page|salesforce)( just| always| often| still| then)? (hangs|hung|freezes|froze|crashes|crashed|dies|died|stalls|stalled|times out|timed out|loses|lost|wipes|wiped) ?", negatable: false },
      { name: 'c-remember-last', pattern: "(remember|remembers|remembered|keep|keeps|save|saves)( \\w+)? (the |my |our |where )?(last|previous|recent|most recent) (\\w+ )?(customer|account|search|filter|view|screen|page|contact|record|one)", negatable: false },
      { name: 'c-cant-handle', pattern: "(can't|cannot|can not|doesn't|does not|won't|couldn't) (handle|cope with|deal with|understand|support|model|do) (a |an |the |our |multi|group|more than|several|two|three|multiple|\\w+-)|(chokes|falls over|fall over|fell over|gives up|struggles with|can't cope)|(forces|forced|demands|insists on|requires|makes (me|us) (create|add|enter))( a| an| one| us to| me to)? [^.;!?]{0,30}\\b(per|for every|for each|every|for everything)\\b", negatable: false, notPositive: true },
      { name: 'c-n-clicks', pattern: "(\\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty) (clicks|screens|steps|taps|goes|attempts|tries|pages) (just )?(to|before|for) \\w+|takes (two|three|four|\\d+) (goes|attempts|tries)", notPositive: true },
      { name: 'c-hard-words', pattern: "unreadable|illegible|a faff|faff\\w*|fiddly|painful to use|a pain to use|(useless|rubbish|mince|hopeless|awful|terrible|a nightmare) on (the|my|a) (phone|tablet|mobile|laptop)|(can't|cannot|cannae|won't|couldn't)( even)? (load|save|attach|upload|display)", negatable: false },
    ],
    suppress: [
      "(isn't|is not|not|never|wasn't|was not) (hard|difficult|complicated|slow|confusing|clunky)( to use)?",
      '(easy|simple|quick|intuitive) to use',
    ],
  },
  {
    id: 'integration-wish',
    title: 'Integration wishes',
    description: 'data the rep wants to see in the CRM from other systems (orders, invoices, credit, tickets, calendar, e-mail)',
    rules: [
      { name: 'system-wish', pattern: SYSTEMS_STRONG, needs: 'wish', negatable: false },
      { name: 'system-lack', pattern: SYSTEMS_STRONG, needs: 'lack', negatable: false },
      { name: 'calendar-sync', pattern: '(calendar|outlook|e-?mail|inbox|exchange|gmail|phone system|telephony)( |-)?(sync|integration|link|connector)|(sync|synced|syncing|link|linked|integrate|integrated|integration|connect|connected) (it |this )?(with|to) (the |my |our )?(calendar|outlook|e-?mail|inbox|erp|sap|webshop|phone)', negatable: false, factual: false },
      { name: 'pull-from', pattern: '(pull|pulls|pulled|take|takes|import|imports|fetch|read|reads|pre-?fill|prefill|fill)\\w* (the |my |our )?(\\w+ )?(\\w+ )?(from|out of) (the |my |our |their |an? )?(calendar|outlook|e-?mail|inbox|signature|email signature|erp|sap|webshop|website|linkedin|quoting tool|pricing tool|invoice)', negatable: false },
      { name: 'pre-fill', pattern: 'pre-?fill(ed|ing)?|auto-?fill(ed|ing)?|auto-?populat\\w*', negatable: false },
      { name: 'integration-wish', pattern: '(integration|interface|connector|link)s? (with|to|into) (the )?\\w+', needs: 'wish', negatable: false },
      { name: 'same-data-twice', pattern: 'same (customer|contact|data|information|info|deal|details|thing)s? (in|into) (the crm|two|both|three)|(in|into) the crm and (again )?(in|into) (the|our|my)', negatable: false },
      { name: 'integration-lack', pattern: "(doesn't|does not|don't|do not|never) (talk|talks|connect|connects|sync|syncs|link|links) (to|with)", negatable: false },
      { name: 'flow-into', pattern: '(flow|flows|flowed|feed|feeds|fed|came|come|comes|coming|go|goes|went|show|shows|showed) (straight |directly |automatically )?(in)?to (the )?(crm|opportunity|account|deal|contact|system)|(data|information|info) (coming|flowing|fed|sent) back', negatable: false },
      { name: 'auto-pick-up', pattern: "(pick up|picks up|fill in|fills in|fill|populate|look up|pull|import|log|logged|logs) ([\\w']+ ){0,4}automatically|automatically (picked up|filled|populated|logged|imported|pulled)", negatable: false },
      { name: 'connect-to', pattern: '(connect|connecting|connected|hook|hooking|link|linking|plug|plugging|integrat\\w*) (it |the crm |this )?(up )?(to|with|into) (the |our |my )?\\w+', negatable: false },
      { name: 'see-next-to', pattern: "(like to|want to|wish i could|could|would love to|need to) see[^.;!?]{0,60}(next to|on|in) (the |each |every )?(account|opportunity|contact|deal|crm|customer)", negatable: false },
      { name: 'other-system', pattern: "(still )?(live|lives|sit|sits|are|is|stuck) in (another|a different|a separate|the other|an old|the old|our old) (system|tool|program|programme|database|portal|application)|(in|on) (another|a separate|a different) (system|tool|database|portal)|(can't|cannot|can not) (reach|get at|get to|access) (it|them)", negatable: false },
      { name: 'warn-me', pattern: '(warn|alert|notify|tell) (me|us) when (a |the )?(customer|client|account)', negatable: false },
      { name: 'g-appear-against', pattern: "(appear|appears|appeared|show up|shows up|land|lands|turn up|turns up|be logged|got logged|get logged)\\w* (automatically )?(against|on|in|under) (the )?(contact|account|opportunity|deal|customer|crm|record)", needs: 'wish', negatable: false },
      { name: 'g-phone-finance', pattern: "(have to|had to|has to|must|need to|needs to)? ?(phone|phones|ring|rings|call|calls|ask|asks|email|e-mails?) (finance|accounts|accounting|the office|back office|the back office|customer service|logistics|the warehouse|billing|the distributor) (for|to (find out|check|ask|get)|about|because|whether|if)", negatable: false },
      // 2026.1: concepts (the CRM does not know it, two systems and two logins, a separate tool, show up in the CRM)
      { name: 'c-crm-blind', pattern: "(the crm|crm|the system|system|it|the app|the tool|the portal|the database|salesforce|sfdc|dynamics|hubspot)( still| just| also| even)? ((has|have) no (idea|view|visibility|sight|clue)|knows? nothing (about|of)|(doesn't|does not|can't|cannot|won't|never) (know|knows|see|sees|show|shows|display|hold|include|pull in|bring in|tell (me|us))( \\w+)? (what|which|whether|if|when|how much|how many|the|a|any|their|our|my|about)\\b)", negatable: false },
      { name: 'c-both-systems', pattern: "(both|between) (the )?(crm|system) and (the |our |an? )?[\\w-]+|different (logins|log-ins|passwords|customer numbers|account numbers|ids|codes|numbers)|(two|three|separate) (logins|log-ins|passwords)", negatable: false },
      { name: 'c-separate-tool', pattern: "(a separate|a different|separate|another) ([\\w-]+ ){0,2}(system|tool|database|portal|program|programme|application|platform|calculator)", negatable: false },
      { name: 'c-into-crm', pattern: "(show|shows|showed|turn|turns|turned|pop|pops|popped|end|ends|ended) up (in|on) (the )?(crm|system|account|opportunity|record|contact|visit|activity)|(turn|turns|convert|converts|push|pushes|send|sends|import|imports|copy|copies|bring|brings)\\w* [^.;!?]{0,40}(in)?to (a |an |the )?(logged |crm )?(activity|activities|crm|record|entry|opportunity|account)", needs: 'wish', negatable: false },
      { name: 'c-integrate', pattern: "integrate|integrating", negatable: false },
      { name: 'c-sync-with', pattern: "(sync|synch|link|connect|integrate|hook up|pull|feed|push|bring)\\w* (the |my |our |open )?([\\w-]+ ){0,2}(calendar|outlook|e-?mail|inbox|phone|phones|dialer|tickets?|bookings?|orders?|invoices?)\\b[^.;!?]{0,40}\\b(with|to|into|in) (the )?([\\w-]+ )?(crm|outlook|calendar|account|deal|opportunity|record|view|contact)", negatable: false },
      { name: 'c-retype-between', pattern: "(re-?typ\\w*|re-?key\\w*|re-?enter\\w*|twice|again (into|in)|double entry)", needs: 'otherSystem', negatable: false },
    ],
    // what already works is not a wish
    suppress: [
      '(works|is working|went live|is live|now live)',
      'no (real )?complaints',
      // a feed that already works is value, not a wish
      "(since|once|now that|ever since) (the )?[\\w ]{0,30}\\b(showed|came|appeared|arrived|went)|(fill|fills|filled) (themselves|itself|in by itself)|already (does|do|shows?|has|have|there)",
    ],
  },
  {
    id: 'mobile',
    title: 'Mobile access',
    description: 'using the CRM away from the desk: phone, tablet, app, offline, on the road',
    rules: [
      { name: 'mobile', pattern: 'mobile( app| version| access| phone| device| site)?|smart ?phones?|iphone|android|ipad|tablet', negatable: false },
      { name: 'app', pattern: '(the|an|a|our|their|proper|native|crm) app\\b|apps? (that|which|for|on)', negatable: false },
      { name: 'on-phone', pattern: "(on|from|into|with|in) (my|a|your|our|his|her) (phone|mobile|mobiles|cell|cellphone|handheld)|on the (mobile|cellphone|handheld)|(?<!\\b(me|us|him|her|them|you|talk|talks|talked|speak|spoke|chat|chatted|discuss|discussed|argue|sounded|was|were|is|are|be) )on the phone(?! (call|to|with))|my phone'?s|phone's contacts", negatable: false },
      { name: 'offline', pattern: "offline|off-line|without (a )?(mobile )?(signal|reception|coverage|internet|connection|network|wifi|wi-fi)|no (mobile )?(signal|reception|coverage|network|internet|connection|wifi|wi-fi)|(there's|there is) no (connection|signal|network)|dead zones?|has none|hotel (wifi|wi-fi|internet)|(bad|slow|poor|patchy|weak) (wifi|wi-fi|connection|signal|reception|coverage)", negatable: false },
      { name: 'on-the-road', pattern: "on the road|in the car|while driving|driving (home|between)|in the field|on the go|on the move|between (customer )?(visits|meetings|appointments|calls)|at (a |the )?customer('s)? sites?|at customer sites?|on site|on-site|in the van|at the (customer|client)|in the (train|plane|airport)|on the (train|plane)|travell?ing|between appointments|car parks?|parking lots?", negatable: false },
      { name: 'laptop-only', pattern: '(laptop|desktop|pc)[- ]only|only (works )?on (the |a )?(laptop|desktop|pc)', negatable: false },
    ],
    suppress: ["(never|no|not)( had)?( a| any)? (problem|problems|issue|issues|complaints?|trouble) with"],
  },
  {
    id: 'shadow-systems',
    title: 'Shadow systems',
    description: 'the real data kept elsewhere: spreadsheets, Outlook, paper, notebooks, another CRM',
    rules: [
      { name: 'spreadsheet', pattern: 'excel|spreadsheets?|spread sheets?|google sheets?|xls|csv file' },
      { name: 'own-system', pattern: '(my|our|his|her|their) own (\\w+ )?(system|database|db|list|lists|crm|address book|file|files|tool|spreadsheet|records|contacts|notes|book|folder)|own address book' },
      { name: 'documents', pattern: "word (document|documents|doc|docs|file|files)|notes app|onenote|evernote|shared (mailbox|inbox|drive|folder)|google (sheets?|docs?)|(my|his|her|their) outlook|in outlook|(paper )?diary|diaries|whiteboard" },
      { name: 'little-book', pattern: '(black|little|contact|address) book|rolodex|card index|(in|into) a folder|binders?|fax(es|ed|ing)?|carbon cop(y|ies)' },
      { name: 'by-email', pattern: '(forecasts?|pipelines?|numbers|reports?|figures|orders)[^.;!?]{0,30}by (e-?mail|mail|fax|post)|attached (spreadsheet|excel|file)|as an attachment' },
      { name: 'two-pipelines', pattern: '(two|double|parallel|separate|second) (pipelines|forecasts|lists|versions|sets|systems|copies)' },
      { name: 'paper', pattern: 'paper|notebooks?|note ?pads?|index cards?|filofax|diary|post-?it notes|sticky notes|print(ed|s|ing)? (out )?(the |my |our )?(\\w+ )?(list|lists|accounts|contacts|customers)' },
      { name: 'outlook-store', pattern: 'outlook (folders?|contacts?|notes|tasks|address book)|(contacts|customers|everything|it all) (in|on) (my )?(outlook|phone|gmail)' },
      { name: 'chat-apps', pattern: 'whatsapp|signal chats?|telegram|text messages|sms|wechat' },
      { name: 'phone-contacts', pattern: "(phone'?s|my phone|mobile) (contacts|address book)" },
      { name: 'other-crm', pattern: 'goldmine|maximizer|act!|act crm|sugar ?crm|(another|a second|my old|the old|other|second|separate|own) crm|access database|ms access|filemaker|lotus notes' },
      { name: 'usb-stick', pattern: 'usb (stick|drive|key)|memory stick|thumb drive|local (copy|file|files)' },
      { name: 'second-copy', pattern: 'second (copy|set of (books|figures|numbers|records))|(two|double|parallel) (sets of |)(books|records|systems)|shadow (system|list|crm)|keep (a|my|our) (real|own|private) (pipeline|list|forecast|numbers)|(my|our) real (pipeline|forecast|numbers|list)' },
      { name: 'export', pattern: '(excel|csv) export|export (it |everything |them )?(to|into) (excel|a spreadsheet)' },
      { name: 'g-kept-out', pattern: "(out of|outside|off|away from) the (system|crm|database)( on purpose| deliberately)?|(rather|prefer to|prefers to|prefer|prefers) (go back to|use|keep|stick with|stay with) (the old |our old |my old )?(hubspot|excel|spreadsheets?|salesforce|pipedrive|zoho|goldmine|paper|outlook|notebooks?)|(still|also) (uses?|using|keeps?|keeping|runs?|relies on|works in|work in) (the |an |his |her |our |my |their )?(old|own|separate|other|personal) \\w+", negatable: false },
      // 2026.1: concepts (scraps of paper, texting myself, the real one is elsewhere, my own copy)
      { name: 'c-scrap-paper', pattern: "(back of|on) (a|an|the|my|his|her) ([\\w-]+ ){0,2}(ticket|envelope|receipt|napkin|beer mat|fag packet|cigarette packet|business card|hand|post-?it)s?|scraps? of paper|bits of paper" },
      { name: 'c-text-myself', pattern: "(text|texts|texted|texting|e-?mail|e-?mails|e-?mailed|e-?mailing|message|messages|messaged|whatsapp\\w*|note|notes)\\w* (to )?(myself|himself|herself|themselves)|voice (memos?|notes?|recordings?)", negatable: false },
      { name: 'c-real-one', pattern: "the real (one|version|plan|list|pipeline|forecast|numbers|data|picture|account plans?|records?)( is| are| lives| live| sits| sit| stays?| kept| gets)", negatable: false },
      { name: 'c-own-copy', pattern: "(my|our|his|her|their|each of us|each) (own|private|personal|separate) (sheet|sheets|tracker|trackers|list|lists|pipeline|copy|copies|version|doc|docs|file|records|phone|mobile|system|crm|spreadsheet|diary)|(keep|keeps|kept|keeping|store|stores|stored) (them|it|those|these|\\w+) (in|on) (my|his|her|their|our) (own |personal |private )?(phone|mobile|head|laptop|pc|desktop|drive)", negatable: false },
      { name: 'c-elsewhere', pattern: "the real ([\\w-]+ ){1,2}(is|are|lives?|sits?|stays?|kept|gets)|(a |my |his |her )?folders? on (my|his|her|the) (desktop|laptop|drive|pc)|(in|through|inside) (my|his|her|their) (own )?head|sticky[- ]notes?|post-?its?|jotters?|(goes|go|went|sent) (by|via|over) (text|sms|whatsapp)|(still|kept|keep|keeps|just) (using|use|uses|in) (the old |an old |our |my |his |her )?(word|excel|paper|\\w+ sheets?|\\w+ tracker)", negatable: false },
    ],
    suppress: [
      '(?<!still (use|uses|using|keep|keeps|run|runs) (the |an? |my |our |his |her |their )?)(old|former|previous|outdated) (excel|spreadsheets?|paper|system|lists|notebooks?|crm)',
      '(compared to|than in|than with|than|instead of|replaced|replaces|replacing) (the |our |my |all )?(old |those |these )?(excel|spreadsheets?|paper|lists|notebooks?|paper forms)',
      '(excel|spreadsheets?|paper|paper forms|notebooks?) (we|i) (had|used to|once)',
      '(any ?more|no longer|used to)',
      "(don't|do not|never|no|stopped)( need to| have to| had to)? (use|using|keep|keeping|open|opening|touch|touched)( a| my| the| any)? (excel|spreadsheets?|paper|notebooks?)",
    ],
  },
  {
    id: 'positive-value',
    title: 'Positive value',
    description: 'the CRM gives the rep something back: it saves time, shows orders or tickets, helps plan and sell',
    rules: [
      { name: 'useful', pattern: '(really |very |genuinely |actually |quite |super |so |incredibly )?(useful|helpful|handy|valuable|invaluable|practical|convenient)', factual: true, positiveOnly: true },
      { name: 'saves-time', pattern: '(saves?|saved|saving) (me|us|my|our|the team)( a| so| lots of| loads of| hours| time| from| calls?)?|time ?saver|(saves?|saved|saving) (me |us )?(a lot of |lots of |loads of |so much |a ton of |a bit of |real )?(time|hours|effort|hassle|calls?|trips?|work|phone calls|typing|searching)', factual: true },
      { name: 'life-easier', pattern: '(made|makes|making) (my|our|the) (life|lives|job|jobs|work|day|week) (a lot |much |so much )?(easier|simpler|better)|(life|job|work) is (much |a lot )?easier', factual: true },
      { name: 'helped-me', pattern: '(has|have) (genuinely |really |actually |definitely )?helped|helped (me|us) (to )?\\w+', factual: true, positiveOnly: true },
      { name: 'on-top-of', pattern: 'keeps? (me|us) (on top of|organi[sz]ed|on track)|(walk|go|going|walked) in(to \\w+)? (prepared|knowing)|(since|now that) [^.;!?]{0,40}(is|are) (visible|available|there|in the crm)', factual: true },
      { name: 'ditched-old', pattern: "(stopped using|dropped|ditched|got rid of|gave up|retired) (the |our |my |all the )?(spreadsheets?|excel|paper|notebooks?|old \\w+)|(haven't|have not|don't|do not|never) miss(ed)? (it|them|the (spreadsheet|excel|paper))", factual: true },
      { name: 'finally-does', pattern: 'finally (works|finds|shows|loads|syncs|does|lets|gives|has|handles)', factual: true, positiveOnly: true },
      { name: 'easy', pattern: '(very |really |so |quite |super )?(easy|simple|quick|quicker|faster|painless|intuitive|straightforward) (to (use|update|log|find|learn|navigate|search)|and (painless|simple|quick|easy))|quick and painless|(is|are|was) (quicker|faster|easier) (to|than|now)|(quicker|faster|easier) to (update|log|find|do)', factual: true },
      { name: 'i-like', pattern: "\\bi (really |actually |quite |do |genuinely )?(love|like|enjoy) (it|that|the|using|having|how|being able)\\b|\\bi (really )?(love|like) it", factual: true, positiveOnly: true },
      { name: 'first-thing', pattern: '(first|only) thing i (look at|open|check)|reason (i|to) (open|use|go into|log into|log in)', positiveOnly: true },
      { name: 'i-can-now', pattern: "\\bi (can|could) (now |finally |actually |even |quickly |easily )?(see|find|look up|check|pick up|map|plan|prepare|get|track|follow)|means i can|now i can|finally i can", factual: true, positiveOnly: true },
      { name: 'helps-me', pattern: "(helps|help|helped|helping) (me|us|my team)( to)? (plan|prepare|sell|find|see|remember|keep track|stay|win|close|follow|focus)|(lets|allows|enables) (me|us) (to )?\\w+", factual: true, positiveOnly: true },
      { name: 'improvement', pattern: '(big|huge|real|massive|major|great)? ?(improvement|difference|relief|game[ -]?changer|lifesaver|life saver|step forward|upgrade)', factual: true, positiveOnly: true },
      { name: 'praise', pattern: '(is|are|has been|have been|was|were|it\'s|they\'re) (really |actually |genuinely |very |pretty |so |quite |honestly )?(great|brilliant|excellent|fantastic|good|superb|amazing|awesome|a pleasant surprise|a relief|a big help|worth it|the best)|(best|greatest|most useful|nicest) (thing|feature|part|bit|tool)|pleasant surprise', factual: true, positiveOnly: true },
      { name: 'stopped-forgetting', pattern: "(stopped|never|don't|no longer) (forgetting|forget|miss|missing) (callbacks|follow-?ups|calls|a follow-?up|deadlines|renewals)|without (having to )?(ask|asking|call|calling|ring|ringing|chase|chasing) (anyone|anybody|three people|two people|people|the office|the back office|colleagues|around)|without a handover", factual: true },
      { name: 'everything-there', pattern: '(everything|all) (i|we) need (is|are) (in there|there|in the crm|in one place)|everything is in the crm|all in one place', factual: true },
      { name: 'changed-how', pattern: '(has |have )?changed (how|the way) (i|we)', factual: true, positiveOnly: true },
      { name: 'works', pattern: '(integration|sync|link|app|it|system|search|dashboard)( with \\w+)? (finally |really |actually )?works( well| great| nicely| fine)?', factual: true, positiveOnly: true },
      { name: 'automatic', pattern: '(get|gets|are|is) (attached|logged|filled|synced|updated|added) automatically|automatically (attached|logged|filled|synced|updated|added)', factual: true, positiveOnly: true },
      // 2025.2: value read from how reps describe using it (opens it before a visit, starts the day in it, would miss it)
      { name: 'g-first-thing', pattern: "(first|only|main)( two| three)? (thing|things|place) (i|she|he|we|they) (look at|looks at|open|opens|check|checks|go to|goes to)", factual: true },
      { name: 'g-start-day', pattern: "(start|starts|started|begin|begins) (the|my|his|her|our|each|every) (day|week|morning) (in|with|from) (the crm|it|the system|the app|the dashboard)", factual: true, notNegative: true },
      { name: 'g-before-visit', pattern: "(open|opens|opened|check|checks|checked|look|looks|looked|prepare|prepares|prepared|use|uses|go|goes|pull|pulls)\\w*\\b[^.;!?]{0,50}\\b(before|ahead of|to prepare for) (every|each|a|any|the|my|his|her) (\\w+ ){0,2}(visit|meeting|call|appointment)s?", factual: true, notNegative: true },
      { name: 'g-plan-from', pattern: "(plan|plans|planned|planning|prepare|prepares|prepared|preparing|run|runs|coach|coaches)( the| my| his| her| our| each| every)? ?(\\w+ )?(week|day|route|visits?|meetings?|calls?|one-to-ones?)[^.;!?]{0,30}\\b(from|with|in|using) (the |my |his |her |our )?(crm|territory plan|account|app|it|system|map|pipeline|dashboard|order history|account history|\\w+ view)", factual: true, notNegative: true },
      { name: 'g-uses-to', pattern: "(use|uses|used|using) (the |his |her |my |our )?([\\w-]+ ){0,3}(to|for) (plan|prepare|spot|find|coach|route|look up|forecast|cover)\\w*", factual: true, notNegative: true },
      { name: 'g-would-miss', pattern: "(would not|wouldn't|won't|never|nobody wants to|no one wants to|none of us want to|not) go(ing)? back to|(i'd|i would|she'd|she would|he'd|he would|we'd|we would|they'd) miss it|lost without it|(can't|couldn't|cannot) (do|work|live|manage) without it", negatable: false },
      { name: 'g-turning-point', pattern: "turning point|(won|win|wins|got|closed) (me|us|him|her) (\\w+ )?(deals?|orders?|business|a tender)|(saves?|saved|saving) (him|her|them)\\b", factual: true },
      { name: 'g-keeps-logging', pattern: "(keeps|kept|keep) (him|her|me|us|them) (logging|using it|coming back|in there|entering)|(that is|that's|it's|this is) (what|why) (keeps|gets) (him|her|me|us|them)", factual: true },
      { name: 'g-pleased', pattern: "(visibly |genuinely |really |very )?(pleased|glad|delighted|chuffed)\\b", factual: true, positiveOnly: true },
      { name: 'g-part-works', pattern: "(that|this|the) (part|bit) (works|is useful|helps|that works)|the rest works|(uses|use) (it )?willingly", factual: true },
      { name: 'g-input-used', pattern: "(used|uses|read|reads|answers|answered|acted on|acts on|picked up|replies to|replied to|responds to|responded to) (his|her|my|our|their|the reps'?|the) (feedback|notes|questions|input|requests|comments|customer questions)", factual: true, notNegative: true },
      { name: 'g-worth-it', pattern: "(is |was |are |it's |thinks it is |it is )?worth (it|the effort|doing|the time|the hassle|the typing)|pays (off|for itself)", factual: true },
      { name: 'g-fills-itself', pattern: "(fill|fills|filled|populate|populates|populated) (themselves|itself|in by itself|in automatically|in on (its|their) own)|(by itself|by themselves|on its own) now", factual: true },
      { name: 'g-cut-my', pattern: "(cut|cuts|reduced|reduces|halved|halves) (my|our|his|her|their) (driving|travel|mileage|admin|paperwork|phone calls|prep|preparation)", factual: true },
      { name: 'g-reminder', pattern: "(get|gets|got) (a |an )?(reminder|alert|nudge|notification)s? (when|before|that|about)|reminds (me|us|him|her) (when|before|about|to)", factual: true, notNegative: true },
      { name: 'g-coaching', pattern: "(coach|coaching|help|helping|support|supporting|to help)\\w*,? not (to )?(count|counting|check|checking|police|policing|control|controlling|watch|watching)|uses it to (prepare|coach|help|support)", factual: true },
      { name: 'g-now-visible', pattern: "(" + SYSTEMS_STRONG + ")[^.;!?]{0,40}\\b(showed up|show up|shows up|showing up|came in|came through|are there|is there|are in there|is in there|appear|appears|appeared)|(since|once|now that|ever since) (the )?(" + SYSTEMS_STRONG + ")", factual: true, notNegative: true },
      { name: 'g-mostly-for', pattern: "(mainly|mostly|mostly for|especially|largely) (for )?(the )?(" + SYSTEMS_STRONG + "|route|contacts?|contact list|territory plan|map)", factual: true, notNegative: true, negatable: false },
      // 2026.1: concepts (praise of a part of the CRM, good for a task, better than before, caught or saved something)
      { name: 'c-praise-thing', pattern: "lovely|a godsend|godsend|a blessing|a gift|brilliant|excellent|superb|great|fantastic|terrific|spot on|a dream|gold dust|a lifesaver|a life saver|handy|useful|helpful|invaluable|a winner|a big help|a huge help|a real help|works? (really |very )?(well|great|nicely|brilliantly|a treat|like a charm)", needs: 'crm', scope: 'clause', factual: true, positiveOnly: true },
      { name: 'c-good-for-task', pattern: "(handy|useful|helpful|great|brilliant|invaluable|excellent|perfect|ideal|a godsend|a lifesaver) (for|when|to) (planning|preparing|finding|checking|seeing|spotting|looking up|routing|prepping|knowing|tracking|following up|keeping track|remembering|getting ready|plan|prepare|find|check|see|spot|look up|know|track|remember)", factual: true },
      { name: 'c-better-than-before', pattern: "(much |a lot |far |way |so much )?(better|faster|quicker|easier|simpler|less painful|more useful) than (the |our |my |those |what (we|i) )?(old|previous|last|paper|carbon[- ]copy|excel|spreadsheets?|had|used to)|(the )?least painful", factual: true },
      { name: 'c-only-reason', pattern: "(only|main|one) reason (i|we|he|she|they) (didn't|did not|still|kept|won|caught|got|remembered|made|saved|hit)", factual: true },
      { name: 'c-caught', pattern: "(caught|spotted|saved|rescued|won back|retained|flagged|flags|warned|alerted)( me| us| him| her| them)? ([\\w-]+ ){0,2}(risks?|deals?|renewals?|orders?|customers?|accounts?|schemes?|clients?|contracts?|business|churn|attrition)|(flags|warns|alerts|reminds|tells) (me|us|him|her|them)? ?(when|if|before|about|of)\\b", factual: true, notNegative: true },
      { name: 'c-like-it', pattern: "(reps|people|they|she|he|we|i|team|everyone|most|younger (reps|ones|guys|staff)|the young(er)? ones|newer reps|new starters)( really| actually| genuinely| all| do| quite)? (like|likes|love|loves|enjoy|enjoys|rate|rates|swear by|swears by)( using| working with)? (it|the crm|the system|the app|the tool|\\w+ing)\\b|(happy|pleased|satisfied|impressed) with (it|the crm|the system|the app|the tool|the new \\w+|how)", factual: true, positiveOnly: true },
      { name: 'c-makes-easy', pattern: "(makes?|made|making) (the |my |our |a |his |her )?(\\w+ ){0,2}(easy|easier|simpler|quicker|faster|a breeze|painless)", factual: true, notNegative: true },
      { name: 'c-quick-now', pattern: "(planned|done|sorted|finished|logged|recorded|booked|ready|out|found)( \\w+)? in (a few|two|three|five|ten|\\d+|a couple of) (minutes|seconds|clicks|taps)|(two|three|\\d+|a couple of|a few) (taps|clicks|seconds) and (it's|the|that's|you're|i'm|it is|done|\\w+'s)|same day now|instead of (\\w+ ){0,2}(days|hours|weeks) (later|before)", factual: true, notNegative: true },
      { name: 'c-helps-much', pattern: "(helps|helped) (me|us|him|her|them) (every time|a lot|loads|no end|massively|enormously|hugely|so much|with)", factual: true, positiveOnly: true },
      { name: 'c-praise-more', pattern: "(sweet as|slick|(it's|is|was) grand|no bad|not bad at all|pretty decent|does the job|gets the job done|less guesswork|slips? through the cracks|(does|do|did) (it|this|that|the job) better|worth (opening|using|having|checking|logging|looking at)|lost without (it|this|the \\w+( \\w+)?)|(i'd|i would|we'd|we would|she'd|he'd|they'd) (really |genuinely )?miss (it|this|that|the \\w+)|(thing|one thing|only thing) (i'd|i would|we'd|she'd|he'd) miss)", factual: false, negatable: false, notNegative: false },
      { name: 'c-helps-plan', pattern: "(?<!nothing (in (it|there) )?)(helps|helped|lets|let|allows|allowed)( \\w+)? (me|us|him|her|them|reps|the team) (to )?(plan|prepare|sell|find|see|remember|keep track|stay|win|close|follow|focus|spot|know)\\b", factual: true, positiveOnly: true },
    ],
    // praise for the training, a colleague or the old system is not value from the CRM
    suppress: [
      '(training|course|session|workshop|trainer|e-?learning|videos?|old system|previous system|goldmine|excel) (was|were|is|are) (really |very |quite |actually )?(good|great|excellent|fine|useful|helpful)',
      // value for someone else, or praise denied, is not value for the rep
      '(useful|good|great|fine|nice|handy|helpful) for (the |my |our )?(managers?|management|bosses?|head office|board|directors?|finance)',
      '(never|not|hardly) (once |ever )?(found|got|seen|had|learned|learnt) (a |one |any |anything )?(single )?(useful|helpful|valuable|new)',
      'the best part of (a |the |my |his |her |an )?(day|friday|week|morning|afternoon|evening|hour|weekend)',
    ],
  },
];

export const BUILTIN_THEME_IDS: readonly string[] = THEMES.map((t) => t.id);

// The taxonomy in the lexicon must be the contract's, in the same order.
if (BUILTIN_THEME_IDS.join() !== THEME_IDS.join()) throw new Error('lexicon themes differ from THEME_IDS');

/** A wish, a need or a request: a complaint inside one is a need, and praise inside one is not praise. */
export const WISH =
  "\\b(would(?! have)|could(?! have)|please|wish|wished|if only|i'd(?! otherwise)|we'd(?! otherwise)|you'd|should|hope|hoping|want|wants|wanted|i need|we need|would love|would like|'d love|'d like|when will)\\b";

/** Phrases that turn praise into a wish, a condition or a broken promise: "would be great if", "sold to us as". */
export const COUNTERFACTUAL =
  "\\b(would(?! have)|could(?! have)|wish|wished|if only|i'd(?! otherwise)|we'd(?! otherwise)|you'd|should|hope|hoping|if (i|we|they|it|you|the)|supposed to|promised|sold (to us |us )?as|pitched as|said it|claimed|meant to|when will|want|wants|wanted|i need|we need|would love|would like|'d love|'d like)\\b";
