import { z } from 'zod';
import { RULE_SETTINGS } from '../seo/rule-ids';
import { readRuleSettings } from './rule-settings';

/** The workspace settings file, at the workspace root. */
export const SETTINGS_FILE = 'article-studio.json';

const absoluteHttpUrl = z
  .string()
  .refine((value) => /^https?:\/\/[^\s/]+/i.test(value) && URL.canParse(value), 'must be an absolute http(s) URL such as "https://example.com"');

const sitePath = z.string().refine((value) => value.startsWith('/') || /^https?:\/\//i.test(value), 'must be a path starting with "/" or an http(s) URL');

/**
 * One schema per top-level key, so that one bad value falls back to its
 * default and is reported by name instead of discarding the whole file.
 */
export const SETTINGS_FIELDS = {
  siteName: z.string().min(1, 'must not be empty'),
  siteUrl: absoluteHttpUrl,
  language: z.string().regex(/^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/, 'must be a language tag such as "en" or "en-US"'),
  publisher: z.object({ name: z.string().min(1, 'must not be empty'), logo: sitePath.optional() }).strict(),
  author: z
    .object({
      name: z.string().min(1, 'must not be empty'),
      type: z.enum(['Person', 'Organization']),
      url: absoluteHttpUrl.optional(),
    })
    .strict(),
  breadcrumbLinks: z.record(z.string().min(1), sitePath),
  twitterSite: z.string().regex(/^@\w{1,15}$/, 'must be an X/Twitter handle such as "@example"').optional(),
  defaultImage: sitePath.optional(),
  jsonLd: z.enum(['separate', 'graph']),
  /** Frontmatter dates carry no offset; they are read as wall-clock time in this zone. */
  timeZone: z.string().refine(isTimeZone, 'must be an IANA time zone such as "UTC" or "Europe/Berlin"'),
  /** The heading the FAQ manager writes above the first question when an article has no FAQ yet. */
  faqHeading: z
    .object({
      text: z.string().trim().min(1, 'must not be empty').max(200, 'must be at most 200 characters'),
      level: z.number().int('must be a whole number').min(1, 'must be 1 to 6').max(6, 'must be 1 to 6'),
    })
    .strict(),
  /** SEO check id → "off" or the severity to report it with (read by readRuleSettings, entry by entry). */
  rules: z.record(z.string(), z.enum(RULE_SETTINGS)),
};

function isTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

type SettingsFields = typeof SETTINGS_FIELDS;
export type WorkspaceSettings = { [K in keyof SettingsFields]: z.infer<SettingsFields[K]> };

export const DEFAULT_SETTINGS: WorkspaceSettings = {
  siteName: 'My Site',
  siteUrl: 'https://example.com',
  language: 'en',
  publisher: { name: 'My Site' },
  author: { name: 'Editorial Team', type: 'Organization' },
  breadcrumbLinks: { Home: '/' },
  twitterSite: undefined,
  defaultImage: undefined,
  jsonLd: 'separate',
  timeZone: 'UTC',
  faqHeading: { text: 'Frequently Asked Questions', level: 2 },
  rules: {},
};

export interface SettingsProblem {
  /** The key as a dotted path, e.g. `author.type`; '' for the file as a whole. */
  readonly key: string;
  readonly message: string;
  readonly line: number;
}

export interface SettingsResult {
  readonly settings: WorkspaceSettings;
  readonly problems: readonly SettingsProblem[];
}

/** Reads `article-studio.json` text; `null` (no file) gives the defaults. */
export function parseSettings(text: string | null): SettingsResult {
  if (text === null || text.trim() === '') return { settings: DEFAULT_SETTINGS, problems: [] };
  let raw: unknown;
  try {
    // Editors on Windows like to save JSON with a byte-order mark.
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return { settings: DEFAULT_SETTINGS, problems: [{ key: '', message: `not valid JSON: ${(error as Error).message}`, line: jsonErrorLine(text, error as Error) }] };
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return { settings: DEFAULT_SETTINGS, problems: [{ key: '', message: 'must be a JSON object of settings', line: 1 }] };
  }
  const settings: Record<string, unknown> = { ...DEFAULT_SETTINGS };
  const problems: SettingsProblem[] = [];
  for (const [key, value] of Object.entries(raw)) {
    // Object.hasOwn: a key like "constructor" must not find Object.prototype's.
    const schema = Object.hasOwn(SETTINGS_FIELDS, key) ? (SETTINGS_FIELDS as Record<string, z.ZodType>)[key] : undefined;
    if (!schema) {
      problems.push({ key, message: `unknown setting "${key}"`, line: keyLine(text, key) });
      continue;
    }
    if (key === 'rules') {
      const read = readRuleSettings(value, (path) => keyPathLine(text, path));
      settings.rules = read.rules;
      problems.push(...read.problems);
      continue;
    }
    const result = schema.safeParse(value);
    if (result.success) {
      settings[key] = result.data;
      continue;
    }
    for (const issue of result.error.issues) {
      const path = [key, ...issue.path.map(String)].join('.');
      problems.push({ key: path, message: `"${path}" ${issue.message}`, line: keyPathLine(text, [key, ...issue.path.map(String)]) });
    }
  }
  return { settings: settings as WorkspaceSettings, problems };
}

function keyLine(text: string, key: string): number {
  return keyPathLine(text, [key]);
}

/** Line of the innermost key of a path, found after its parents (so `author.name` is not `publisher.name`). */
function keyPathLine(text: string, path: readonly string[]): number {
  let from = 0;
  let at = -1;
  for (const key of path) {
    const next = text.indexOf(JSON.stringify(key), from);
    if (next === -1) break;
    at = next;
    from = next + 1;
  }
  return at === -1 ? 1 : text.slice(0, at).split('\n').length;
}

function jsonErrorLine(text: string, error: Error): number {
  const lineColumn = /line (\d+)/.exec(error.message);
  if (lineColumn) return Number(lineColumn[1]);
  const position = /position (\d+)/.exec(error.message);
  return position ? text.slice(0, Number(position[1])).split('\n').length : 1;
}
