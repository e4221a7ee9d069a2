export { readImageInfo, IMAGE_EXTENSIONS, type ImageInfo, type ImageType } from './image-info';
export { MAX_ASSET_BYTES, LARGE_IMAGE_BYTES, LARGE_IMAGE_SIDE, largeImageWarning, fileSizeLabel } from './asset-limits';
export { assetFolderFor, safeAssetName, numberedName, assetUrl, imageMarkdown } from './asset-paths';
export { linkText } from './link-text';
