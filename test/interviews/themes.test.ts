import { describe, expect, it } from 'vitest';
import { codeNote, compileLexicon, LEXICON_VERSION, THEMES } from '../../src/interviews/index.js';
import { THEME_IDS } from '../../src/result/schema.js';

const themes = (text: string) => codeNote(text).themes;
// the hand-written rules alone: their gates (wish, broken promise) are tested on them
const rulesOnly = compileLexicon([], { learned: false });
const ruleThemes = (text: string) => codeNote(text, { lexicon: rulesOnly }).themes;

describe('theme lexicon', () => {
  it('is versioned and covers the contract taxonomy in order', () => {
    expect(LEXICON_VERSION).toMatch(/^\d{4}\.\d+$/);
    expect(THEMES.map((t) => t.id)).toEqual([...THEME_IDS]);
  });

  it.each([
    ['Logging every single call eats half my afternoon.', 'data-entry-burden'],
    ['Twelve mandatory fields before I can save a contact.', 'data-entry-burden'],
    ['It feels like Big Brother is watching.', 'control-surveillance'],
    ['The director ranks us by number of calls.', 'control-surveillance'],
    ["What's in it for me? Nothing.", 'no-value'],
    ['Nobody reads the visit reports anyway.', 'no-value'],
    ["I'm worried they won't need us once it's all in there.", 'job-threat'],
    ['Nobody showed us how to use the pipeline view.', 'training'],
    ['It crashes whenever I attach a file.', 'tool-fit'],
    ['I wish the invoices from the ERP showed up on the account.', 'integration-wish'],
    ['There is no offline mode for when I am in the field.', 'mobile'],
    ['I keep my real forecast in a spreadsheet.', 'shadow-systems'],
    ['Seeing open tickets before a visit is really useful.', 'positive-value'],
  ])('codes %j as %s', (text, theme) => {
    expect(themes(text)).toContain(theme);
  });

  it('gives a note several themes', () => {
    const t = themes('I type every visit twice, once in my notebook and once in the CRM, and nobody reads it.');
    expect(t).toEqual(expect.arrayContaining(['data-entry-burden', 'shadow-systems', 'no-value']));
  });

  it('does not code single words alone', () => {
    expect(themes('The lead asked about our app.')).not.toContain('positive-value');
    expect(themes('I had a phone call with the customer.')).not.toContain('mobile');
    expect(themes('I take the train to the office.')).not.toContain('training');
  });
});

describe('negation', () => {
  it.each([
    ['Data entry is not a problem for me.', 'data-entry-burden'],
    ["I don't mind logging my calls.", 'data-entry-burden'],
    ['I never had to use a spreadsheet since the rollout.', 'shadow-systems'],
    ["I don't use Excel any more.", 'shadow-systems'],
    ["I don't feel controlled at all.", 'control-surveillance'],
    ["I'm not worried about my job.", 'job-threat'],
    ['It is not pointless, it is just slow.', 'no-value'],
    ["I don't need more training, I need fewer fields.", 'training'],
    ['It is not slow and not hard to use.', 'tool-fit'],
    ['The integration with Outlook works.', 'integration-wish'],
    ['Compared to the old spreadsheets this is quicker.', 'shadow-systems'],
  ])('%j is not %s', (text, theme) => {
    expect(themes(text)).not.toContain(theme);
  });

  it('keeps themes whose phrase holds the negation', () => {
    expect(themes('We never got any training.')).toContain('training');
    expect(themes('No offline mode, so I cannot look anything up.')).toContain('mobile');
    expect(themes("The CRM doesn't talk to the ERP.")).toContain('integration-wish');
    expect(themes("It doesn't help me sell.")).toContain('no-value');
  });

  it('does not count praise in a wish or a broken promise as positive value', () => {
    expect(themes('It would be really useful to see the credit limit.')).not.toContain('positive-value');
    expect(themes('It was sold to us as a time saver and it is the opposite.')).not.toContain('positive-value');
    expect(ruleThemes('It was sold to us as a time saver and it is the opposite.')).not.toContain('positive-value');
    expect(themes('Oh great, another mandatory field.')).not.toContain('positive-value');
  });
});

describe('config themes', () => {
  it('adds a theme and phrases for a built-in one', () => {
    const lexicon = compileLexicon([
      { id: 'pricing', title: 'Pricing', phrases: ['discount', '/price ?lists?/'] },
      { id: 'mobile', phrases: ['handheld scanner'] },
    ]);
    expect(codeNote('The discounts need two approvals.', { lexicon }).themes).toContain('pricing');
    expect(codeNote('The price list is old.', { lexicon }).themes).toContain('pricing');
    expect(codeNote('Give us the handheld scanner integration.', { lexicon }).themes).toContain('mobile');
    expect(codeNote('There is no discount.', { lexicon }).themes).not.toContain('pricing');
  });

  it('rejects an invalid /regex/ with a usage error', () => {
    expect(() => compileLexicon([{ id: 'x', phrases: ['/(unclosed/'] }])).toThrow(/not a valid regular expression/);
  });
});
