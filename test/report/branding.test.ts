import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyBranding, isSafeLogo, logoToDataUri } from '../../src/report/branding.js';
import { renderHtml } from '../../src/report/html.js';
import { fixtureCopy, tempDir } from './helpers.js';

const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);

describe('branding', () => {
  it('embeds a PNG or SVG logo as a data URI, sniffed from its bytes', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'logo.bin'), PNG);
    writeFileSync(join(dir, 'logo.svg'), '<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"/>');
    expect(logoToDataUri('logo.bin', dir)).toMatch(/^data:image\/png;base64,/);
    expect(logoToDataUri(join(dir, 'logo.svg'))).toMatch(/^data:image\/svg\+xml;base64,/);
  });

  it('refuses a file that is not an image, and a missing file, as usage errors', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'notes.txt'), 'hello');
    expect(() => logoToDataUri(join(dir, 'notes.txt'))).toThrow(/not a PNG, JPEG or SVG/);
    expect(() => logoToDataUri(join(dir, 'missing.png'))).toThrow(/cannot read the logo/);
  });

  it('keeps branding in meta, so that a saved analysis renders the same document again', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'logo.png'), PNG);
    const r = fixtureCopy();
    const meta = applyBranding(r.meta, { client: 'Acme Pharma', firm: 'North & Co', accent: '#0B6E4F', paper: 'letter', logo: 'logo.png' }, dir);
    expect(meta).toMatchObject({ client: 'Acme Pharma', firm: 'North & Co', accent: '#0b6e4f', paper: 'letter' });
    expect(isSafeLogo(meta.logo)).toBe(true);
    const saved = JSON.parse(JSON.stringify({ ...r, meta }));
    const html = await renderHtml(saved);
    expect(html).toContain('Acme Pharma');
    // Handlebars escapes '=' in attribute values; the browser reads &#x3D; back as '='.
    expect(html).toContain(`src="${meta.logo!.replace(/=/g, '&#x3D;')}"`);
    expect(html).toContain('class="letter"');
  });

  it('drops a logo that is not an image data URI', async () => {
    const r = fixtureCopy();
    r.meta.logo = 'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==';
    expect(await renderHtml(r)).not.toContain('data:text/html');
    r.meta.logo = 'http://127.0.0.1:9/logo.png';
    expect(await renderHtml(r)).not.toContain('127.0.0.1');
  });
});
