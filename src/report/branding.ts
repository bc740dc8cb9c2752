// Branding: client, consultant, firm, logo, accent colour, paper and locale, from flags or the config file.
// They are stored in the AuditResult's meta (the logo as a data: URI), so that a saved analysis renders the
// same document again without the logo file.
import { readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import type { z } from 'zod';
import { usageError } from '../errors.js';
import type { Meta } from '../result/schema.js';

export type ReportMeta = z.infer<typeof Meta>;

export interface BrandingInput {
  client?: string | undefined;
  consultant?: string | undefined;
  firm?: string | undefined;
  /** path to a PNG, JPEG or SVG file */
  logo?: string | undefined;
  accent?: string | undefined;
  paper?: 'a4' | 'letter' | undefined;
  locale?: string | undefined;
}

export const MAX_LOGO_BYTES = 1024 * 1024;
export const DEFAULT_ACCENT = '#1f4e79';

const ACCENT = /^#[0-9a-fA-F]{6}$/;
const IMAGE_URI = /^data:image\/(png|jpeg|svg\+xml);base64,[A-Za-z0-9+/]+={0,2}$/;

/** Only a base64 PNG, JPEG or SVG data: URI is ever placed in the report; anything else is dropped. */
export function isSafeLogo(uri: string | null | undefined): uri is string {
  return typeof uri === 'string' && uri.length <= MAX_LOGO_BYTES * 1.4 && IMAGE_URI.test(uri);
}

export function isAccent(value: string | null | undefined): value is string {
  return typeof value === 'string' && ACCENT.test(value);
}

function sniffImage(bytes: Buffer): 'png' | 'jpeg' | 'svg+xml' | null {
  if (bytes.length >= 8 && bytes.readUInt32BE(0) === 0x89504e47) return 'png';
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'jpeg';
  const head = bytes.subarray(0, 2048).toString('utf8').replace(/^\ufeff/, '').trimStart();
  if (/^(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*(<!DOCTYPE svg[^>]*>\s*)?<svg[\s>]/i.test(head)) return 'svg+xml';
  return null;
}

/** Read a logo file and embed it as a data: URI (PNG, JPEG or SVG, at most 1 MiB). */
export function logoToDataUri(file: string, cwd = process.cwd()): string {
  const path = resolve(cwd, file);
  let bytes: Buffer;
  try {
    if (statSync(path).size > MAX_LOGO_BYTES) {
      throw usageError('the logo is larger than 1 MiB', { where: { file }, hint: 'use a smaller PNG, JPEG or SVG' });
    }
    bytes = readFileSync(path);
  } catch (e) {
    if (e instanceof Error && e.name === 'CrmAuditError') throw e;
    const code = (e as NodeJS.ErrnoException).code ?? 'unreadable';
    throw usageError(`cannot read the logo (${code})`, { where: { file }, hint: 'check the --logo path' });
  }
  const type = sniffImage(bytes);
  if (!type) {
    throw usageError('the logo is not a PNG, JPEG or SVG image', { where: { file }, hint: 'convert it to PNG or SVG' });
  }
  return `data:image/${type};base64,${bytes.toString('base64')}`;
}

/** Apply branding on top of the meta already in the analysis; a flag wins over what was stored. */
export function applyBranding(meta: ReportMeta, input: BrandingInput, cwd = process.cwd()): ReportMeta {
  const next: ReportMeta = { ...meta };
  if (input.client !== undefined) next.client = input.client;
  if (input.consultant !== undefined) next.consultant = input.consultant;
  if (input.firm !== undefined) next.firm = input.firm;
  if (input.paper !== undefined) next.paper = input.paper;
  if (input.locale !== undefined) next.locale = input.locale;
  if (input.accent !== undefined) {
    if (!isAccent(input.accent)) throw usageError('the accent colour must be #RRGGBB', { hint: 'for example --accent "#1f4e79"' });
    next.accent = input.accent.toLowerCase();
  }
  if (input.logo !== undefined) next.logo = logoToDataUri(input.logo, cwd);
  return next;
}
