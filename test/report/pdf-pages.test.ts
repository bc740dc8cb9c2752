// The reader of where things landed in a printed PDF (src/report/pdf-pages.ts): first on a PDF that Chromium
// prints here, checked against poppler, then on small hand-made files for the forms Chromium does not write
// today and for the files it must refuse.
import { describe, expect, it } from 'vitest';
import { requireBrowser } from '../../src/report/browser.js';
import { renderPdf } from '../../src/report/pdf.js';
import { readPdfPages } from '../../src/report/pdf-pages.js';
import { browserTests, pdfInfo, pdfText, writePdf } from './helpers.js';

describe.runIf(browserTests())('readPdfPages on a PDF Chromium printed', () => {
  it('gives the page count and the page of each linked heading, as poppler reads them', async () => {
    const html = `<!DOCTYPE html><html><body>
      <p><a href="#one">One</a> <a href="#two">Two</a> <a href="#three">Three</a> <a href="#four">Four</a></p>
      <h1 id="one">Heading one</h1>
      <h1 id="two" style="break-before: page">Heading two</h1>
      <div style="height: 400mm">a block taller than a page: Two runs over two pages</div>
      <h1 id="three" style="break-before: page">Heading three</h1>
      <p>a paragraph</p>
      <h1 id="four">Heading four</h1>
    </body></html>`;
    for (const paper of ['a4', 'letter'] as const) {
      const pdf = await renderPdf(html, { browser: requireBrowser(), paper, client: 'x', confidential: 'x' });
      const file = writePdf(pdf);
      const read = readPdfPages(pdf);
      expect(read).not.toBeNull();
      expect(read!.pages).toBe(pdfInfo(file).pages);
      const pages = pdfText(file).split('\f');
      const where = (heading: string) => pages.findIndex((p) => p.includes(heading)) + 1;
      expect(Object.fromEntries(read!.destinations)).toEqual({ one: 1, two: 2, three: where('Heading three'), four: where('Heading four') });
      expect(where('Heading three')).toBe(4);
      expect(where('Heading four')).toBe(4);
    }
  });
});

/** A PDF of the given objects (number -> body) with a classic xref table, as a writer lays one out. */
function makePdf(objects: Record<number, string>, trailer: string, opts: { eol?: string } = {}): Uint8Array {
  const eol = opts.eol ?? '\n';
  let out = `%PDF-1.4${eol}%\u00e2\u00e3\u00cf\u00d3${eol}`;
  const offsets = new Map<number, number>();
  const max = Math.max(...Object.keys(objects).map(Number));
  for (let n = 1; n <= max; n++) {
    if (objects[n] === undefined) continue;
    offsets.set(n, Buffer.byteLength(out, 'latin1'));
    out += `${n} 0 obj${eol}${objects[n]}${eol}endobj${eol}`;
  }
  const xref = Buffer.byteLength(out, 'latin1');
  out += `xref${eol}0 ${max + 1}${eol}0000000000 65535 f\r\n`;
  for (let n = 1; n <= max; n++) {
    const at = offsets.get(n);
    out += at === undefined ? '0000000000 00001 f\r\n' : `${String(at).padStart(10, '0')} 00000 n\r\n`;
  }
  out += `trailer${eol}${trailer}${eol}startxref${eol}${xref}${eol}%%EOF${eol}`;
  return new Uint8Array(Buffer.from(out, 'latin1'));
}

const page = (parent: number) => `<</Type /Page /Parent ${parent} 0 R /MediaBox [0 0 595 842] /Contents 9 0 R>>`;

/** Three pages in a nested tree (2 under an intermediate node, then 1), and destinations in every form. */
function sample(extra: Record<number, string> = {}, trailer = '<</Size 12 /Root 1 0 R /Info 10 0 R>>'): Uint8Array {
  return makePdf(
    {
      1: '<</Type /Catalog /Pages 2 0 R /Dests 8 0 R % a comment\n>>',
      2: '<</Type /Pages /Kids [3 0 R 6 0 R] /Count 3>>',
      3: '<</Type /Pages /Parent 2 0 R /Kids [4 0 R 5 0 R] /Count 2>>',
      4: page(3),
      5: page(3),
      6: page(2),
      8: '<</last [6 0 R /XYZ 0 842 0] /first<</D [4 0 R /Fit]>> /second 11 0 R /with#20space [5 0 R /FitH 800] /nowhere [7 0 R /Fit] /broken 12>>',
      9: '<</Length 0>>\nstream\n\nendstream',
      10: '<</Title (a \\(quoted\\) (nested) title\\\\) /Producer <48656C6C6F> /Flag true /None null /Scale -1.5>>',
      11: '[5 0 R /XYZ null null null]',
      ...extra,
    },
    trailer,
  );
}

describe('readPdfPages on hand-made files', () => {
  it('walks a nested page tree and reads destinations as arrays, dictionaries, references and escaped names', () => {
    const read = readPdfPages(sample());
    expect(read?.pages).toBe(3);
    expect(Object.fromEntries(read!.destinations)).toEqual({ first: 1, second: 2, 'with space': 2, last: 3 });
  });

  it('reads a file with CR line ends, and one without /Dests (no destinations, the pages still counted)', () => {
    const cr = makePdf({ 1: '<</Type /Catalog /Pages 2 0 R /Dests <</a [3 0 R /Fit]>>>>', 2: '<</Type /Pages /Kids [3 0 R] /Count 1>>', 3: page(2) }, '<</Size 4 /Root 1 0 R>>', { eol: '\r' });
    expect(readPdfPages(cr)).toEqual({ pages: 1, destinations: new Map([['a', 1]]) });
    const none = makePdf({ 1: '<</Type /Catalog /Pages 2 0 R>>', 2: '<</Type /Pages /Kids [3 0 R] /Count 1>>', 3: page(2) }, '<</Size 4 /Root 1 0 R>>');
    expect(readPdfPages(none)).toEqual({ pages: 1, destinations: new Map() });
  });

  it('gives null, never a guess, for what it cannot read', () => {
    const good = sample();
    const bad: Array<[string, Uint8Array]> = [
      ['empty', new Uint8Array()],
      ['not a PDF', new TextEncoder().encode('hello, world\n'.repeat(200))],
      ['cut short', good.subarray(0, good.length - 60)],
      ['startxref pointing nowhere', new TextEncoder().encode(`%PDF-1.4\nstartxref\n999999\n%%EOF\n`)],
      ['an incremental update', sample({}, '<</Size 12 /Root 1 0 R /Prev 100>>')],
      ['a page tree with a cycle', sample({ 3: '<</Type /Pages /Parent 2 0 R /Kids [4 0 R 2 0 R] /Count 2>>' })],
      ['a page that is not there', sample({ 2: '<</Type /Pages /Kids [3 0 R 6 0 R 13 0 R] /Count 4>>' })],
      ['a catalog without pages', sample({ 1: '<</Type /Catalog /Dests 8 0 R>>' })],
      ['an unterminated string', sample({ 1: '<</Type /Catalog /Pages 2 0 R /Dests 8 0 R /Lang (never closed>>' })],
    ];
    // a cross-reference stream, as PDF 1.5 writers make it: startxref points at an object, not at "xref"
    const body = '%PDF-1.5\n1 0 obj\n<</Type /XRef /Size 2 /W [1 2 1] /Root 1 0 R /Length 0>>\nstream\n\nendstream\nendobj\n';
    bad.push(['an xref stream', new TextEncoder().encode(`${body}startxref\n9\n%%EOF\n`)]);
    for (const [what, bytes] of bad) expect(readPdfPages(bytes), what).toBeNull();
  });
});
