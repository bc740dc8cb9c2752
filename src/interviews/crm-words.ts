// The CRM-specific sentiment list, layered on top of AFINN (which is never edited). Generic lexicons miss
// "logging calls nobody reads" and score "opportunity", "lead" or "closed won" as praise.
// Weights are on AFINN's scale (-5..5). A phrase match replaces the AFINN scores of the words it covers.

export interface CrmPhrase {
  pattern: string;
  weight: number;
  /** false: a negator before it does not flip it (the phrase holds its own negation) */
  negatable?: boolean;
}

/** AFINN words that are CRM vocabulary, not feeling: their AFINN score is ignored. */
export const NEUTRAL_WORDS = new Set([
  'opportunity', 'opportunities', 'lead', 'leads', 'forecast', 'forecasts', 'win', 'wins', 'won', 'credit', 'support',
  'care', 'want', 'wants', 'wanted', 'wish', 'please', 'share', 'shared', 'pretty', 'free', 'top', 'kind', 'matter',
  'matters', 'interest', 'interested', 'approval', 'approve', 'fit', 'grant', 'welcome', 'lost', 'loss', 'block',
  'limit', 'limited', 'demand', 'save', 'saved', 'yeah', 'honest', 'big', 'promise', 'promised', 'promises',
  'promising', 'hope', 'curious', 'fine', 'joke', 'god', 'lol', 'target', 'targets', 'risk', 'risks', 'complaint',
  'complaints', 'issues', 'cut', 'stop', 'leave', 'sure', 'true', 'agree', 'accept', 'huge', 'solve', 'fair', 'thanks',
  'thank', 'clear', 'cheaper', 'no', 'stopped', 'forget', 'forgetting', 'missed', 'miss', 'kill', 'kills', 'dead',
  'fire', 'fired', 'trust', 'calm',
]);

export const CRM_PHRASES: CrmPhrase[] = [
  // --- burden and pointlessness
  { pattern: 'waste of (time|effort|money)|wasting (my|our|the) time|wasted (time|hours|effort)', weight: -3 },
  { pattern: '(takes|took|take) (me )?(ages|forever|hours|an hour|half an hour|about an hour)', weight: -2 },
  { pattern: "(nobody|no one|no-one)( ever)? (reads|read|looks at|uses|checks|cares|could answer|told)", weight: -2, negatable: false },
  { pattern: "(never|don't|doesn't) (look|looks) at (it|them)|not sure (anyone|anybody) (reads|looks)", weight: -2, negatable: false },
  { pattern: 'box[ -]?ticking|tick[ -]?box\\w*|glorified \\w+', weight: -2 },
  { pattern: 'data entry clerk|typist|secretary', weight: -2, negatable: false },
  { pattern: "kills me|killing me|drives me (mad|crazy|nuts|up the wall)|(don't|do not) have (the )?time|no time (to|for)", weight: -3, negatable: false },
  { pattern: 'data[ -]?entry|double[ -]entry|paperwork|admin chore|another admin|of admin|admin (work|burden|time)', weight: -1 },
  { pattern: "(mandatory|required) fields?|(more|another|twelve|\\d+) (mandatory |required )?fields|too many (fields|clicks|picklists|steps|options)|so many (fields|clicks)|(\\d+|seven|six|five|ten) clicks|please no more|no more fields|fewer (required |mandatory )?fields", weight: -2 },
  { pattern: '(twice|two times|all again|over again|a second time)', weight: -1 },
  { pattern: "what's in it for (me|us)|nothing in it for (me|us)|what do i get (out of it|back)", weight: -3, negatable: false },
  { pattern: "(doesn't|does not|won't|didn't|never) (help|helps) (me|us)|no use to (me|us)|is no use|no good to (me|us)|of no use|no (value|benefit) (to|for)", weight: -3, negatable: false },
  { pattern: "(don't|do not|can't|cannot) see the point|no point|no reason to", weight: -2, negatable: false },
  { pattern: "(gives|shows) (me|us) nothing|nothing (i|we) (don't|do not) already know", weight: -2, negatable: false },
  { pattern: "(don't|do not|can't|doesn't|never) trust", weight: -2, negatable: false },
  { pattern: 'junk|rubbish|garbage|out of date|outdated|duplicates|never know which', weight: -2 },
  { pattern: "can't be bothered|couldn't care less|zero interest|no interest", weight: -2, negatable: false },
  { pattern: 'the (exact )?opposite|it hasn\'t|it didn\'t|(sold|pitched) (to us |us )?as', weight: -2, negatable: false },
  { pattern: 'instead of selling|not selling|(just )?want to sell|time (i|we) could be selling', weight: -2 },
  { pattern: '(chore|hassle|tedious|bureaucra\\w*|red tape|overhead)', weight: -2 },
  { pattern: '(sunday|saturday|friday) (night|evening)s?|my (evenings|weekends)|at the end of (each|every) day', weight: -1 },
  { pattern: '(why do|why should|why must) (i|we) (have|need) to|because (i|we) (have|had) to|(forced|forcing|made) to', weight: -2, negatable: false },
  { pattern: 'stop forcing', weight: -2, negatable: false },
  // --- control
  { pattern: 'big brother|being watched|feels? (like )?(being )?watched|spy\\w*|snoop\\w*|micro-?manag\\w*', weight: -3 },
  { pattern: 'track(s|ing|ed)? (us|me|every)|tracked|monitor(s|ing|ed)? (us|me)|checks? (up )?on (us|me)|checks? who', weight: -2 },
  { pattern: '(rank|ranks|ranking|ranked|graded|judged|measured) (us|me)? ?(by|on)|rank us|only clicks|count (our|my) calls', weight: -2 },
  { pattern: 'used against (me|us)|(let|get|gets) (go|fired|sacked)|replace (us|me)|won\'t need us|cut (our |my )?commissions?', weight: -3 },
  { pattern: "for the bosses|so that (head office|management|the bosses) can|pretty charts|controlled", weight: -1 },
  // --- tool
  { pattern: 'unusable|clunky|cumbersome|slow|crash(es|ed|ing)?|buggy|nightmare|a joke|not a fan|logs (me|us) out|looks like it\'s from', weight: -2 },
  { pattern: "can't even|can't see (it|them)|(doesn't|does not) (talk|connect|sync) (to|with)|yet another|another login|never met a customer", weight: -2, negatable: false },
  { pattern: '(had to|have to) (learn|figure) it (out )?(myself|on my own)|(nobody|no one) (ever )?(showed|trained|taught|explained)|(never|not) (got|had|given) (any |proper |real )?training|no (proper |real )?training|what training|that was it|click around', weight: -2, negatable: false },
  { pattern: 'i refuse|not going to (enter|put|use)|rather keep', weight: -2, negatable: false },
  { pattern: "cluttered|messy|makes? no sense|unreliable|inaccurate|never (updated|up to date)|(nobody|no one) (trusts|watches|uses it)|too long|forgot (most|all|half|everything)", weight: -2 },
  { pattern: "(can't|cannot|can not|couldn't) (open|access|use|get into|log in|load)|no way to|without (asking|consulting|involving)|(nothing|gives me nothing) back|why (should|would) (i|we) (bother|update|enter|log|care)|why bother|swap us out|audited|keystrokes?|out loud|and it shows", weight: -2, negatable: false },
  { pattern: "surveillance|keep(s|ing)? tabs|league tables?|spy(ing)? on|report(s|ing)? upwards|dead weight|fiction|for what|what for|can't reach|replaceable|retire (us|them) early|cut (a few|some) of us|that was (it|the whole \\w+)|nobody has (ever )?(opened|read|used)", weight: -2, negatable: false },
  { pattern: 'too (small|long|many|slow|much)|painful|sceptical|skeptical', weight: -1 },
  { pattern: "keeps? (me|us) on top of|keeps? (me|us) organi[sz]ed|walk in prepared|haven't missed it|don't miss (it|them)", weight: 2, negatable: false },
  // --- value
  { pattern: '(saves?|saved|saving) (me|us)( a| so| lots of| hours| time| from|$)|time ?saver|saves (time|hours)', weight: 3 },
  { pattern: 'game[ -]?changer|life ?saver|can\'t live without|at my fingertips', weight: 3 },
  { pattern: '(first|only) thing i (look at|open|check)', weight: 2 },
  { pattern: '(quick|easy|simple|painless|intuitive|straightforward) (and (painless|simple|quick|easy)|to (use|update|log|find|learn))|quick and painless|(quicker|faster|easier) (to|than|now)', weight: 3 },
  { pattern: '(big|huge|real|massive) (improvement|difference|help)|a relief|relief|pleasant surprise|step forward', weight: 3 },
  { pattern: "(stopped|never|no longer) (forgetting|forget|miss|missing)", weight: 2, negatable: false },
  { pattern: '(helps|helped) (me|us)|(lets|allows|enables) (me|us)', weight: 2 },
  { pattern: '\\bi can (now |finally |actually )?(see|find|map|pick up|check|plan)|finally (i can|works)|now i can|means i can', weight: 2 },
  { pattern: 'handy|useful|genuinely useful|best thing', weight: 2 },
  { pattern: '(made|makes|making) (my|our) (life|lives|job|work) (a lot |much )?easier|saves? (me |us )?(a lot of |lots of |so much )?(hassle|time|effort|work)|in one place|finally (works|finds|shows|loads|syncs)|(a |new )?(trick|tip)s? every', weight: 3 },
  { pattern: 'without (asking|a handover|chasing|calling)', weight: 1 },
  { pattern: "(integration|sync|link|app|it|search|system)( with \\w+)? (finally |really |actually )?works( well| great| nicely| fine)?|(attached|logged|synced|updated|filled) automatically|automatically (attached|logged|synced|updated|filled)", weight: 2 },
  { pattern: '(has |have )?changed (how|the way) (i|we)|makes [^.]{0,25}(easier|bearable|simpler|possible)', weight: 2 },
  // --- 2025.2: how reps talk about being watched, double work, pointlessness and fear, and about value in use
  { pattern: "over (my|your|our|his|her|their) shoulders?|time ?clock|catch (him|her|me|us|them|people) out|red flags?|name and shame|naming and shaming|bottom (three|five)|don't trust (us|me|him|her|them) (to|with)|(feel|feels|felt) (checked|policed|judged)", weight: -2, negatable: false },
  { pattern: 'mind-?numbing|soul-?destroying|drudgery|(keep|keeping|keeps) the (crm|system) fed|feed(ing)? the (crm|system|beast|dashboard)|bare minimum|re-?key\\w*|re-?typ(e|ing)|the best part of (a |the |my |his |her )?(day|friday|week|morning|afternoon|evening)|twice the (work|typing)|double the work|times the same', weight: -2, negatable: false },
  { pattern: "(nobody|no one) (relies|depends) on it|(can't|cannot) rely on|patchy|mean nothing|(data quality|data) is (awful|poor|terrible)|nothing (i|we|he|she) (can|could) (see|use)|(never|not) (once )?(found|got|seen) (a |one |any )?(single )?(useful|helpful)|(tells|shows) (me|us|him|her) (only |just )?what (i|we|he|she) (put|typed|entered)|already knows?|no reason (for \\w+ )?to", weight: -3, negatable: false },
  { pattern: 'insurance policy|rumou?rs?|restructur\\w*|round of cuts|redundanc\\w*|count against|held against|what stops them|give my patch|(take|takes) over (my|his|her) (accounts|customers|patch)', weight: -2, negatable: false },
  { pattern: "(would not|wouldn't|never|nobody wants to|no one wants to) go back|miss it if|lost without it|turning point|worth (it|the effort)|keeps (him|her|me|us) logging|(first|only)( two| three)? (thing|things) (i|he|she|we) (check|checks|open|opens|look at|looks at)|coaching, not counting|(saves?|saved) (him|her)|fill(s)? (in )?(by )?(itself|themselves)", weight: 3, negatable: false },
  { pattern: '(before|ahead of) (every|each) (\\w+ )?(visit|meeting|call)|(starts?|begins?) the day in|mainly for the|plans? the week from|uses? it to (prepare|plan|coach)|(answers|answered|used|uses|reads) (his|her|my|the) (feedback|questions|notes)', weight: 1.5 },
  // --- 2026.1: concept phrasing from rep voice (nothing back, being interrogated, the book taken, hard to use, quiet praise)
  { pattern: "interrogat\\w*|inquisition|picked apart|third degree|police line-?up|stick to beat|witch-?hunt|dashboards? about me|what gets counted|(fear|fears) the data", weight: -3, negatable: false },
  { pattern: "nothing (ever )?(comes|came) (back|out)|never (comes |came )?back to (me|us)|black hole|write-?only|one-?way street|(never|not)( once)? (fed|given|gave) (me|us|him|her) (anything )?back|means nothing|dead data|(three|two|\\d+) years stale|stale|bounce\\w*", weight: -2, negatable: false },
  { pattern: "cheaper to (lose|replace)|cut (me|us|the reps?) out|what do they need me for|(my|his|her) replacement|the scraps|cold-?called|whoever'?s next|not daft|first out the door|my pension", weight: -2, negatable: false },
  { pattern: "maze|labyrinth|unreadable|a faff|faff|fiddly|chokes|falls over|(just )?hangs|hanging|can't handle|cannae|mince|shame about the|no idea (what|which|how)|has no idea|knows nothing|nowhere to|(hasn't|has not) been updated|workaround|given up|lost the note|logged out|sanitised|sanitized|second job|(eleven|twelve|ten|nine|\\d+) clicks|blind|doesn't work like that|not how (we|it) works?|come on", weight: -2, negatable: false },
  { pattern: "(why on earth|why the hell|why on god's earth)", weight: -2, negatable: false },
  { pattern: "godsend|a blessing|sweet as|slick|grand|no bad|gets the job done|does the job|does what it says on the tin|least painful|(happy|pleased) with (it|the \\w+)|lost without|less guesswork|slips? through the cracks|worth opening|does it better|finally clicked|caught (two|three|\\d+|a few|several)|the only reason (i|he|she|we) (didn't|did not)|same day now|(two|three) taps|better than the old|quicker than the", weight: 2.5, negatable: false },
  { pattern: "(really |actually )?helpful|reminds (me|us|him|her) (of|to|when|about)", weight: 1.5 },
  { pattern: "no (real )?(issues|complaints)( with| from| there)?|no complaints there", weight: 1.5, negatable: false },
  // --- fine, said of the thing itself ("fine" alone is no feeling: "fine with logging", "the fine print")
  // only of the CRM, the app or "it", and not when the clause goes on to take it back ("It was fine until the
  // update", "works well for managers, not for reps"); "the old system worked fine" is no praise of this one
  { pattern: "(?:the (?:new )?(?:crm|app|system|tool)|crm|it|this)(?: (?:is|was|works|worked|runs|seems|looks)|'s)(?: just)? (?:fine|ok|okay|alright|all right)(?![^.]*\\b(?:until|till|before|but|not|never)\\b)", weight: 1.5 },
  { pattern: "(?:the (?:new )?(?:crm|app|system|tool)|crm|it|this) works? (?:just )?(?:fine|well)(?![^.]*\\b(?:until|till|before|but|not|never)\\b)", weight: 1.5 },
  // --- liking, said of the thing itself: "like the" is no feeling ("like the old system") unless someone likes it
  { pattern: "(i|we|they|reps?|he|she|people|everyone|everybody|most of us) (really |do |actually |quite |genuinely |still |all )?(like|likes|liked) (the|it|this|that|using|how|having)", weight: 2 },
  { pattern: "(i|we|they|reps?|he|she|people) (really )?(don't|do not|doesn't|does not|didn't|did not|never) (really )?(like|liked) (the|it|this|that|using|how|having)", weight: -2, negatable: false },
  // --- words that look like feeling and are not
  { pattern: '(feels|feel|looks|look|seems|sounds|just|more|something) like|like (a|an|the|being|it\'s|from)', weight: 0 },
  { pattern: 'thanks to|help ?desk|complaint history|credit (limit|status|standing)|closed (won|lost)|lost deals?|no problem with', weight: 0 },
  { pattern: 'not a (big )?(problem|issue|deal)|no (problem|issue|big deal)|(don\'t|do not) mind', weight: 1, negatable: false },
  { pattern: 'not (worried|afraid|scared|concerned)', weight: 1, negatable: false },
];

/** Sentence-level sarcasm: praise words in the sentence count for nothing, and the weight is added. */
export const SARCASM: CrmPhrase[] = [
  { pattern: '^(oh |well |yeah |wow,? )?(great|wonderful|fantastic|brilliant|perfect|lovely|super|awesome|marvellous|marvelous|excellent)[,!. ]+(another|more|yet|now|just|so|because)', weight: -3 },
  { pattern: 'just what (we|i) (needed|wanted)|exactly what (we|i) needed', weight: -3 },
  { pattern: '\\b(i )?(love|loving|enjoy|adore) (spending|having to|filling|logging|typing|entering|doing|wasting|being)', weight: -3 },
  { pattern: 'yeah,? right|sure,? sure|as if', weight: -2 },
  // praise taken back in the same breath: "The CRM is great, if only it worked."
  { pattern: "(great|fine|brilliant|lovely|wonderful|perfect|excellent|good)\\b.*\\bif only (it|they|the \\w+) (worked|would work|did|loaded|synced|ran)", weight: -3 },
  { pattern: '(what|such) a (joke|farce)|it\'s a joke', weight: -3 },
];
