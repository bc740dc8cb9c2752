// The HTML report: Handlebars templates (templates/ or the consultant's own folder) over the view model.
// Data reaches the page only through {{ }} (escaped); the few helpers that return markup build it from
// escaped parts (links, paragraphs) or from checked SVG (charts). Runtime options stay at Handlebars' safe
// defaults, so a template cannot reach prototypes. The page loads nothing and runs no script: a Content
// Security Policy says so, and the PDF renderer enforces it again.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import Handlebars from 'handlebars';
import { usageError } from '../errors.js';
import type { AuditResult } from '../result/schema.js';
import { renderCharts, type ChartId, type Charts } from './charts.js';
import type { Editorial } from './editorial.js';
import { createFormatter, type Formatter } from './format.js';
import { buildModel, type ReportModel } from './model.js';
import { PACKAGE_ROOT } from '../paths.js';

/** The built-in templates: templates/ at the package root, beside src/ and dist/. */
export const BUILTIN_TEMPLATES = join(PACKAGE_ROOT, 'templates');

const ALLOWED_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);

export interface TemplateSet {
  /** where each piece came from, for error messages */
  mainFile: string;
  main: string;
  css: string;
  partials: Map<string, { file: string; source: string }>;
}

export interface HtmlOptions {
  templateDir?: string | undefined;
  editorial?: Editorial | undefined;
  /** false: compile every template from its source, ignoring the build's precompiled ones (tests compare both) */
  precompiled?: boolean | undefined;
  /** true for a page that will be printed (PDF): the model says so (`paged`), and the contents page keeps room for page numbers */
  paged?: boolean | undefined;
}

const escape = (s: unknown) => Handlebars.Utils.escapeExpression(s === null || s === undefined ? '' : String(s));

/** A URL safe to link to: http, https or mailto only. */
export function safeHref(url: unknown): string | null {
  if (typeof url !== 'string') return null;
  try {
    const u = new URL(url.trim());
    return ALLOWED_PROTOCOLS.has(u.protocol) ? u.href : null;
  } catch {
    return null;
  }
}

const URL_IN_TEXT = /\b(?:https?:\/\/|mailto:)[^\s<>"']+/gi;

/** Escape text, and turn its http, https and mailto URLs into links. */
export function autolink(text: string): string {
  let out = '';
  let last = 0;
  for (const m of text.matchAll(URL_IN_TEXT)) {
    let url = m[0];
    const trail = /[.,;:!?)\]]+$/.exec(url);
    if (trail) url = url.slice(0, -trail[0].length);
    const at = m.index ?? 0;
    const href = safeHref(url);
    out += escape(text.slice(last, at));
    out += href ? `<a href="${escape(href)}">${escape(url)}</a>` : escape(url);
    last = at + url.length;
  }
  return out + escape(text.slice(last));
}

/**
 * Escape a file path or field name, and let it wrap only after a slash or an underscore (never mid-word):
 * "examples/acme/OpportunityFieldHistory.csv", "Visits_Required_Per_Month__c".
 */
export function breakable(text: unknown): string {
  return escape(text).replace(/[/_\\]+/g, '$&<wbr>');
}

function readTemplateFile(file: string): string {
  return readFileSync(file, 'utf8').replace(/^\ufeff/, '');
}

function readPartials(dir: string, into: Map<string, { file: string; source: string }>): void {
  if (!existsSync(dir)) return;
  for (const name of readdirSync(dir).sort()) {
    if (!name.endsWith('.hbs')) continue;
    const file = join(dir, name);
    into.set(basename(name, '.hbs'), { file, source: readTemplateFile(file) });
  }
}

/**
 * The template set: the built-in one, with the consultant's folder laid over it. The folder may hold
 * report.hbs, partials/*.hbs and report.css; each replaces the built-in piece of the same name.
 */
export function loadTemplates(templateDir?: string): TemplateSet {
  const set: TemplateSet = {
    mainFile: join(BUILTIN_TEMPLATES, 'report.hbs'),
    main: readTemplateFile(join(BUILTIN_TEMPLATES, 'report.hbs')),
    css: readTemplateFile(join(BUILTIN_TEMPLATES, 'report.css')),
    partials: new Map(),
  };
  readPartials(join(BUILTIN_TEMPLATES, 'partials'), set.partials);
  if (templateDir === undefined) return set;

  let isDir = false;
  try {
    isDir = statSync(templateDir).isDirectory();
  } catch {
    isDir = false;
  }
  if (!isDir) {
    throw usageError('the template folder does not exist', {
      where: { file: templateDir },
      hint: 'give --template a folder holding report.hbs, partials/*.hbs or report.css',
    });
  }
  const main = join(templateDir, 'report.hbs');
  const css = join(templateDir, 'report.css');
  const partialsDir = join(templateDir, 'partials');
  const hasPartials = existsSync(partialsDir) && readdirSync(partialsDir).some((n) => n.endsWith('.hbs'));
  if (!existsSync(main) && !existsSync(css) && !hasPartials) {
    throw usageError('the template folder holds no report.hbs, partials/*.hbs or report.css', {
      where: { file: templateDir },
      hint: `copy ${relative(process.cwd(), BUILTIN_TEMPLATES) || 'templates'} as a starting point`,
    });
  }
  try {
    if (existsSync(main)) {
      set.mainFile = main;
      set.main = readTemplateFile(main);
    }
    if (existsSync(css)) set.css = readTemplateFile(css);
    readPartials(partialsDir, set.partials);
  } catch (e) {
    throw usageError(`cannot read the template folder (${(e as NodeJS.ErrnoException).code ?? 'unreadable'})`, {
      where: { file: templateDir },
    });
  }
  return set;
}

/** Names of the partials a template calls ({{> name}}); dynamic partials are checked when rendered. */
function partialNames(ast: unknown, out = new Set<string>()): Set<string> {
  if (Array.isArray(ast)) {
    for (const x of ast) partialNames(x, out);
  } else if (ast && typeof ast === 'object') {
    const node = ast as { type?: string; name?: { type?: string; original?: unknown } };
    if ((node.type === 'PartialStatement' || node.type === 'PartialBlockStatement') && node.name?.type === 'PathExpression') {
      if (node.type === 'PartialStatement' && typeof node.name.original === 'string') out.add(node.name.original);
    }
    for (const [k, v] of Object.entries(node)) if (k !== 'loc' && v && typeof v === 'object') partialNames(v, out);
  }
  return out;
}

function parseOrThrow(source: string, file: string): hbs.AST.Program {
  try {
    return Handlebars.parse(source);
  } catch (e) {
    const err = e as { message?: string; lineNumber?: number; column?: number };
    const line = err.lineNumber ?? Number(/line (\d+)/.exec(err.message ?? '')?.[1] ?? NaN);
    throw usageError(`the template does not parse: ${(err.message ?? 'syntax error').split('\n')[0]}`, {
      where: { file, ...(Number.isFinite(line) ? { line } : {}) },
      hint: 'fix the Handlebars syntax',
    });
  }
}

/** The key of a template in the precompiled set: the SHA-256 of its source. */
export function sourceHash(source: string): string {
  return createHash('sha256').update(source).digest('hex');
}

type Precompiled = Map<string, TemplateSpecification>;
let precompiledLoad: Promise<Precompiled> | undefined;

/**
 * The built-in templates as Handlebars precompiled them at build time (scripts/precompile-templates.mjs),
 * by the hash of their source. Missing (a build without it) means every template is compiled here.
 */
export function precompiledTemplates(): Promise<Precompiled> {
  precompiledLoad ??= import(pathToFileURL(join(PACKAGE_ROOT, 'dist', 'templates.precompiled.js')).href)
    .then((m: { precompiled?: Record<string, TemplateSpecification> }) => new Map(Object.entries(m.precompiled ?? {})))
    .catch(() => new Map());
  return precompiledLoad;
}

/**
 * Parse every template and make sure each partial it calls exists: a clear error before rendering.
 * Returns the parsed templates (file -> AST), so that compiling does not parse them again. A template
 * whose source is a built-in one, precompiled, is neither parsed nor checked: it calls only built-in
 * partials, and the set always holds them.
 */
export function checkTemplates(set: TemplateSet, precompiled: ReadonlySet<string> = new Set()): Map<string, hbs.AST.Program> {
  const sources: Array<[string, string]> = [[set.mainFile, set.main], ...[...set.partials.values()].map((p) => [p.file, p.source] as [string, string])];
  const asts = new Map<string, hbs.AST.Program>();
  for (const [file, source] of sources) {
    if (precompiled.has(source)) continue;
    const ast = parseOrThrow(source, file);
    asts.set(file, ast);
    for (const name of partialNames(ast)) {
      if (!set.partials.has(name)) {
        throw usageError(`the template calls a partial "${name}" that does not exist`, {
          where: { file },
          hint: `add partials/${name}.hbs to the template folder, or remove the {{> ${name}}} call`,
        });
      }
    }
  }
  return asts;
}

function registerHelpers(hb: typeof Handlebars, f: Formatter, charts: Charts, css: string): void {
  const num = (v: unknown) => (typeof v === 'number' ? v : v === null || v === undefined ? null : Number(v));
  // The last argument of a helper is Handlebars' options object; optional arguments are checked by type.
  const opt = (v: unknown, fallback: number) => (typeof v === 'number' ? v : fallback);
  hb.registerHelper('num', (v: unknown, digits: unknown) => f.number(num(v), opt(digits, 0)));
  hb.registerHelper('fixed', (v: unknown, digits: unknown) => f.fixed(num(v), opt(digits, 2)));
  hb.registerHelper('pct', (v: unknown, digits: unknown) => f.percent(num(v), opt(digits, 0)));
  hb.registerHelper('date', (v: unknown) => f.date(typeof v === 'string' ? v : null));
  hb.registerHelper('plural', (n: unknown, one: unknown, many: unknown) =>
    f.plural(Number(n) || 0, String(one), typeof many === 'string' ? many : undefined),
  );
  hb.registerHelper('join', (list: unknown, sep: unknown) =>
    Array.isArray(list) ? list.map(String).join(typeof sep === 'string' ? sep : ', ') : '',
  );
  hb.registerHelper('isNull', (v: unknown) => v === null || v === undefined);
  hb.registerHelper('eq', (a: unknown, b: unknown) => a === b);
  hb.registerHelper('gt', (a: unknown, b: unknown) => Number(a) > Number(b));
  hb.registerHelper('sub', (a: unknown, b: unknown) => Number(a) - Number(b));
  hb.registerHelper('times', (a: unknown, b: unknown) => Number(a) * Number(b));
  hb.registerHelper('link', (url: unknown, text: unknown) => {
    const label = typeof text === 'string' ? text : String(url ?? '');
    const href = safeHref(url);
    return new hb.SafeString(href ? `<a href="${escape(href)}">${escape(label)}</a>` : escape(label));
  });
  hb.registerHelper('autolink', (text: unknown) => new hb.SafeString(autolink(typeof text === 'string' ? text : '')));
  hb.registerHelper('breakable', (text: unknown) => new hb.SafeString(breakable(text)));
  hb.registerHelper('hasChart', (id: unknown) => typeof id === 'string' && charts[id as ChartId] !== undefined);
  hb.registerHelper('chart', (id: unknown) => new hb.SafeString(typeof id === 'string' ? (charts[id as ChartId] ?? '') : ''));
  // The stylesheet comes from the template folder, never from the analysis.
  hb.registerHelper('styles', () => new hb.SafeString(css.replace(/<\/style/gi, '<\\/style')));
}

function templateFailure(e: unknown, set: TemplateSet, custom: boolean): Error {
  if (!custom) return e instanceof Error ? e : new Error(String(e));
  const message = (e instanceof Error ? e.message : String(e)).split('\n')[0];
  return usageError(`the template could not be rendered: ${message}`, {
    where: { file: set.mainFile },
    hint: 'check the helpers and partials it calls; the built-in templates show what is available',
  });
}

export interface RenderedHtml {
  html: string;
  model: ReportModel;
  timings: { model_ms: number; charts_ms: number; template_ms: number };
  /**
   * The same page with each section's page number (section id -> page) in the model, for the contents page:
   * the template runs again over the model, nothing else is rebuilt. Sections not in the map keep null.
   */
  withPages(pages: ReadonlyMap<string, number>): string;
}

export async function renderHtmlReport(result: AuditResult, opts: HtmlOptions = {}): Promise<RenderedHtml> {
  const t0 = performance.now();
  const set = loadTemplates(opts.templateDir);
  const precompiled = opts.precompiled === false ? new Map<string, TemplateSpecification>() : await precompiledTemplates();
  // source -> its precompiled spec, for the sources that are built-in templates as they were built
  const specs = new Map<string, TemplateSpecification>();
  for (const source of [set.main, ...[...set.partials.values()].map((p) => p.source)]) {
    const spec = precompiled.get(sourceHash(source));
    if (spec) specs.set(source, spec);
  }
  const asts = checkTemplates(set, new Set(specs.keys()));
  const model = buildModel(result, opts.editorial);
  model.paged = opts.paged === true;
  const f = createFormatter(model.meta.locale);
  const t1 = performance.now();
  const charts = await renderCharts(model, f);
  const t2 = performance.now();

  const hb = Handlebars.create();
  // Handlebars logs refused prototype access to the console; the library never writes to the console.
  hb.logger.level = 4;
  registerHelpers(hb, f, charts, set.css);
  const custom = opts.templateDir !== undefined;
  let template: HandlebarsTemplateDelegate;
  const apply = (m: ReportModel): string => {
    try {
      return template(m, { allowProtoPropertiesByDefault: false, allowProtoMethodsByDefault: false });
    } catch (e) {
      throw templateFailure(e, set, custom);
    }
  };
  try {
    const make = (file: string, source: string): HandlebarsTemplateDelegate => {
      const spec = specs.get(source);
      return spec ? hb.template(spec) : hb.compile(asts.get(file) ?? source);
    };
    for (const [name, p] of set.partials) hb.registerPartial(name, make(p.file, p.source));
    template = make(set.mainFile, set.main);
  } catch (e) {
    throw templateFailure(e, set, custom);
  }
  const html = apply(model);
  const t3 = performance.now();
  const withPages = (pages: ReadonlyMap<string, number>) =>
    apply({ ...model, sections: model.sections.map((s) => ({ ...s, page: pages.get(s.id) ?? null })) });
  return { html, model, timings: { model_ms: t1 - t0, charts_ms: t2 - t1, template_ms: t3 - t2 }, withPages };
}

export async function renderHtml(result: AuditResult, opts: HtmlOptions = {}): Promise<string> {
  return (await renderHtmlReport(result, opts)).html;
}
