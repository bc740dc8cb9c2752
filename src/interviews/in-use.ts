// Whether the notes speak of a CRM in use or of one still planned: what tells the situation when notes are all
// the evidence there is (scoring/situation.ts). Read per sentence: one that speaks of the future, the plan or
// the new system ("the new CRM will…", "once it goes live") is about a plan; one that tells what people do or
// did with the CRM ("I log every visit on Friday", "the app logs me out", "since the go-live") is about use. A
// sentence that does both counts as a plan, unless it also looks back ("since", "ago", "was").
import { normalize, sentences } from './text.js';

const WHO = String.raw`(?:i|we|they|he|she|you|reps|everyone|everybody|nobody|no one|people|my team|the team|our team|managers?|my manager|half of us)`;
/** a modal or future between the subject and the verb makes it a wish or a plan, not a habit */
const NOT_NOW = /\b(will|'ll|would|'d|going to|gonna|shall|might|may|could|should|want to|have to start)\b/;
const DOING = String.raw`(?:log|logs|logged|logging|enter|enters|entered|type|types|typed|fill|fills|filled|tick|ticks|ticked|update|updates|updated|open|opens|opened|use|uses|used|keep|keeps|kept|copy|copies|copied|click|clicks|clicked|check|checks|checked|save|saves|saved|put|puts|pull|pulls|pulled|export|exports|exported|look at|looks at|looked at|found|stopped using|gave up on)`;
const DOES = new RegExp(String.raw`\b${WHO}\b((?: [\w']+){0,3}?) ${DOING}\b`);
const SYSTEM = String.raw`(?:the (?:crm|system|app|mobile app|tablet app|tool|dashboard|platform|forecast|pipeline view|account page|visit form|call report)|salesforce|hubspot|dynamics|pipedrive|zoho)`;
const SYSTEM_DOES = new RegExp(
  String.raw`\b${SYSTEM} (?:is|was|has|had|asks|asked|takes|took|logs|logged|crashes|crashed|shows|showed|gives|gave|keeps|kept|makes|made|works|worked|doesn't|didn't|does not|did not|never|always|forces|forced|freezes|froze|times out|kicks|kicked|counts|tracks|tracked|needs|wants|lets|won't let|sends|sent|flags|flagged|opens|loads)\b`,
);
const LIVE = new RegExp(
  [
    String.raw`\b(?:every|each) (?:day|morning|evening|night|week|friday|monday|month|visit|call|time i)\b`,
    String.raw`\b(?:mandatory|required) (?:fields?|boxes|checklist)\b`,
    String.raw`\blog(?:s|ged)? (?:me|us) out\b`,
    String.raw`\b(?:since|after) (?:the )?(?:go-live|go live|launch|rollout|roll-out|migration|we went live|it went live)\b`,
    String.raw`\b(?:went|go|gone) live (?:last|in|two|three|a|\d)`,
    String.raw`\b(?:years?|months?|weeks?) ago\b`,
    String.raw`\b(?:in|into|out of|from) (?:the )?crm (?:today|now|at the moment|these days)\b`,
    String.raw`\b(?:the )?(?:training|rollout|roll-out|go-live|launch|migration) (?:was|were|took|came)\b`,
    String.raw`\bwe were (?:told|promised|sold)\b`,
  ].join('|'),
);
const PLAN = new RegExp(
  [
    String.raw`\b(?:the )?new (?:crm|system|tool|platform)\b`,
    String.raw`\b(?:crm|system|tool|platform|it) (?:will|'ll|is going to|are going to|gonna)\b`,
    String.raw`\b(?:will|'ll|are going to|am going to) (?:\w+ )?(?:have to|need to|be asked to|be expected to|be required to|be forced to|get|be able to)\b`,
    String.raw`\b(?:when|once|before|after) (?:we get|we have|it comes|it goes live|it is live|it's live|the crm (?:comes|arrives|goes live|is live|is introduced|is rolled out)|go-live|we go live)\b`,
    String.raw`\b(?:being|to be) (?:built|planned|introduced|designed|configured|rolled out|chosen|selected)\b`,
    String.raw`\b(?:planned|planning|the plan is|the project team|the vendor|the pilot|kickoff|kick-off)\b`,
  ].join('|'),
);
const LOOKS_BACK = /\b(since|ago|was|were|used to|last (year|month|week)|had)\b/;

export type NoteTense = 'use' | 'plan' | null;

/** What one note speaks of: a CRM in use, one planned, or neither (null). */
export function noteTense(text: string): NoteTense {
  let use = false;
  let plan = false;
  for (const s of sentences(normalize(text))) {
    const planned = PLAN.test(s) && !(LOOKS_BACK.test(s) && LIVE.test(s));
    if (planned) {
      plan = true;
      continue;
    }
    const does = DOES.exec(s);
    if ((does && !NOT_NOW.test(does[1] ?? '')) || (SYSTEM_DOES.test(s) && !NOT_NOW.test(s)) || LIVE.test(s)) use = true;
  }
  return use ? 'use' : plan ? 'plan' : null;
}

/** How many notes speak of a CRM in use, and how many of one planned (a note that does both counts as use). */
export function tenseCounts(texts: Iterable<string>): { inUse: number; planned: number } {
  let inUse = 0;
  let planned = 0;
  for (const t of texts) {
    const k = noteTense(t);
    if (k === 'use') inUse++;
    else if (k === 'plan') planned++;
  }
  return { inUse, planned };
}
