import { describe, expect, it } from 'vitest';
import { codeNote, detectLanguage, normalizeLanguage } from '../../src/interviews/index.js';

describe('language', () => {
  it.each([
    ['Ich muss jeden Anruf zweimal eintragen und keiner liest es.', 'de'],
    ['Je ne comprends pas pourquoi on doit remplir tous ces champs.', 'fr'],
    ['La aplicación no funciona cuando estoy en la carretera.', 'es'],
    ['Non ho mai avuto una formazione vera per il sistema.', 'it'],
    ['Ik vind het systeem prima, maar het kost mij veel tijd.', 'nl'],
    ['Não tenho tempo para registar todas as visitas.', 'pt'],
  ])('detects %j as %s', (text, lang) => {
    expect(detectLanguage(text).language).toBe(lang);
  });

  it('keeps English notes with foreign names or loan words English', () => {
    expect(detectLanguage('Our SAP guy in München says the Auftrag screen is slow.').language).toBe('en');
    expect(detectLanguage('Die-hard Excel user, no change there.').language).toBe('en');
    expect(detectLanguage('OK.').language).toBe('en');
  });

  it('flags a note in another language and leaves it unscored', () => {
    const c = codeNote('Das ist reine Zeitverschwendung und keiner liest es, wir hassen das System.');
    expect(c).toMatchObject({ language: 'de', scored: false, themes: [], sentiment: null });
  });

  it('honours a language column', () => {
    expect(normalizeLanguage('German')).toBe('de');
    expect(normalizeLanguage('EN-gb')).toBe('en');
    // a code no language has is none: the note's words tell its language, and a warning says so
    for (const bad of ['xx', 'zz', 'qq-QQ']) expect(normalizeLanguage(bad), bad).toBeNull();
    expect(normalizeLanguage('Français')).toBe('fr');
    expect(normalizeLanguage('')).toBeNull();
    expect(codeNote('Data entry takes forever.', { language: 'nl' }).scored).toBe(false);
    expect(codeNote('Das System ist langsam.', { language: 'en' }).scored).toBe(true);
  });
});

describe('short notes', () => {
  it('a short note with no English word and one function word of another language is that language', () => {
    for (const t of ['Zu viele Klicks pro Besuch', 'Weniger Pflichtfelder', 'Angst vor Kontrolle']) expect(detectLanguage(t).language, t).toBe('de');
  });
  it('a note made mostly of English words stays English, whatever function words it shares', () => {
    for (const t of ['Key user per team (like [name] in West)', 'Salesforce Lightning', 'Great app']) expect(detectLanguage(t).language, t).toBe('en');
  });
});
