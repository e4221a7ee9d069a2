import { z } from 'zod';
import { MAX_ASSET_BYTES } from '../assets';
import type { StudioApi, StudioCallName } from './studio-api';
import { STUDIO_CALL_NAMES, STUDIO_CHANNELS } from './channels';

const relativePath = z.string().min(1).max(4096);
const articleText = z.string().max(64 * 1024 * 1024);
const textHash = z.string().max(128).nullable();
/** The base64 of the largest image the service takes: 4 characters per 3 bytes. */
const imageBase64 = z.string().max(Math.ceil(MAX_ASSET_BYTES / 3) * 4);

/** An article is named exactly when one article is exported, so a request cannot be read two ways. */
const exportRequest = z
  .strictObject({
    scope: z.enum(['workspace', 'article']),
    article: relativePath.optional(),
    out: z.string().trim().min(1).max(4096).nullable(),
    relative: z.boolean(),
    zip: z.boolean(),
    drafts: z.boolean(),
  })
  .refine((request) => (request.scope === 'article') === (request.article !== undefined), {
    message: 'name the article exactly when the scope is "article"',
    path: ['article'],
  });

/**
 * The argument schemas of every call, checked by each transport before the
 * service sees a payload. `satisfies` makes the compiler insist on one entry
 * per StudioApi method with the right arity.
 */
export const STUDIO_CONTRACT = {
  getWorkspace: z.tuple([]),
  listArticles: z.tuple([]),
  readArticle: z.tuple([relativePath]),
  saveArticle: z.tuple([relativePath, articleText, textHash]),
  createArticle: z.tuple([relativePath, z.string().max(1000)]),
  duplicateArticle: z.tuple([relativePath, relativePath]),
  renameArticle: z.tuple([relativePath, relativePath]),
  deleteArticle: z.tuple([relativePath]),
  exportWorkspace: z.tuple([exportRequest]),
  getExportSettings: z.tuple([]),
  openExportResult: z.tuple([]),
  backupArticle: z.tuple([relativePath, articleText, textHash]),
  readBackup: z.tuple([relativePath]),
  discardBackup: z.tuple([relativePath]),
  listBackups: z.tuple([]),
  openWorkspace: z.tuple([z.string().trim().min(1).max(4096)]),
  listRecentWorkspaces: z.tuple([]),
  pickWorkspaceFolder: z.tuple([]),
  importAsset: z.tuple([relativePath, z.string().trim().min(1).max(255), imageBase64]),
  getLintContext: z.tuple([]),
} satisfies { [K in StudioCallName]: z.ZodType<Parameters<StudioApi[K]>> };

export const STUDIO_CALLS = STUDIO_CALL_NAMES;

export function isStudioCall(name: string): name is StudioCallName {
  return Object.hasOwn(STUDIO_CHANNELS, name);
}
