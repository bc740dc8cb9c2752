import Sentiment from 'sentiment';
import { describe, expect, it } from 'vitest';
import { codeNote, scoreSentiment } from '../../src/interviews/index.js';

const label = (text: string) => codeNote(text).sentiment;

describe('sentiment', () => {
  it('reads plain praise and plain complaint', () => {
    expect(label('Really useful for planning my week, I like it.')).toBe('positive');
    expect(label('It is slow, clunky and a waste of time.')).toBe('negative');
    // the word-list scorer reads a plain statement of practice as neutral; the learned label may lean negative
    // on data-entry talk, because most notes that mention it complain (a limit named in the README)
    expect(scoreSentiment('I update the deal after each meeting.').label).toBe('neutral');
  });

  it('reads liking the thing itself as praise, and "like the" in a comparison as nothing', () => {
    expect(scoreSentiment('I really like the new CRM.').label).toBe('positive');
    expect(scoreSentiment('Reps like the promo calendar.').label).toBe('positive');
    expect(scoreSentiment("I don't like the new CRM.").label).toBe('negative');
    expect(scoreSentiment('It looks like the old one.').label).toBe('neutral');
    expect(scoreSentiment("I'd like the CRM to show orders.").label).toBe('neutral');
  });

  it('reads the thing itself working fine as mild praise, and "fine with" as nothing', () => {
    for (const t of ['The CRM is fine.', 'The CRM works fine.', 'The CRM is okay.', 'It works well.']) expect(label(t), t).toBe('positive');
    expect(scoreSentiment("I'm fine with logging calls.").label).toBe('neutral');
    expect(label("The app isn't working well.")).not.toBe('positive');
    // not of another system, and not when the clause takes it back
    for (const t of ['The old system worked fine, the new one does not.', 'My spreadsheet works well, the CRM does not.', 'It was fine until the update.', 'Works well for managers, not for reps.']) {
      expect(scoreSentiment(t).label, t).not.toBe('positive');
    }
  });

  it('does not count praise that is asked about or taken back at once', () => {
    expect(scoreSentiment('Is the CRM great?').label).toBe('neutral');
    expect(scoreSentiment('Why is it so slow?').label).toBe('negative');
    expect(label('The CRM is great, if only it worked.')).toBe('negative');
  });

  it('does not read CRM vocabulary as praise', () => {
    // AFINN scores "opportunity" +2 and "win" +4
    expect(scoreSentiment('We moved the opportunity and the lead into the forecast.').label).toBe('neutral');
    expect(scoreSentiment('Closed won deals are tagged by the system.').label).toBe('neutral');
    expect(scoreSentiment('Credit limit and support tickets are in the account.').label).toBe('neutral');
  });

  it('does not read a wish for a missing feature as praise', () => {
    expect(label('It would be great to have a mobile app.')).not.toBe('positive');
    expect(label('I would love it if the invoices were linked.')).not.toBe('positive');
    expect(label('Calendar sync would save me a lot of time.')).not.toBe('positive');
  });

  it('hears the CRM list where AFINN is silent', () => {
    expect(label('Logging calls nobody reads.')).toBe('negative');
    expect(label('It feels like big brother.')).toBe('negative');
    expect(label('Quick and painless, it saves me time.')).toBe('positive');
  });

  it('handles negation', () => {
    expect(label('It is not useful at all.')).toBe('negative');
    expect(label('Not bad, not a problem either.')).not.toBe('negative');
    expect(label("I don't trust the numbers in there.")).toBe('negative');
  });

  it('reads common sarcasm', () => {
    expect(label('Oh great, another mandatory field. Just what we needed.')).toBe('negative');
    expect(label('I love spending my Sunday evenings logging visits.')).toBe('negative');
  });

  it('lets the part after "but" carry the point', () => {
    expect(label('The dashboards look nice, but logging visits is a pain and nobody reads them.')).toBe('negative');
    expect(label('It was slow at first, but now it really helps me plan my visits.')).toBe('positive');
  });

  it('uses a rating column as a nudge', () => {
    expect(scoreSentiment('I use it for my visits.', 5).label).toBe('positive');
    expect(scoreSentiment('I use it for my visits.', 1).label).toBe('negative');
  });

  it('never edits the AFINN table of the sentiment package', () => {
    for (const t of ['opportunity win', 'Oh great, another field', 'nobody reads it']) scoreSentiment(t);
    const fresh = new Sentiment();
    expect(fresh.analyze('opportunity').score).toBe(2);
    expect(fresh.analyze('win').score).toBe(4);
  });
});
