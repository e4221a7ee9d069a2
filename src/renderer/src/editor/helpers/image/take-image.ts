import type { BodyRange, HelperStore } from '../helper-store';
import { readImageFile } from './image-file';

/** A dropped, pasted or picked image: judged, then handed to the dialog that asks for its alt text. */
export async function takeImage(store: HelperStore, file: File, at: BodyRange): Promise<void> {
  const read = await readImageFile(file);
  if ('problem' in read) store.say({ tone: 'error', message: read.problem });
  else store.openImage({ fileName: file.name, bytes: read.bytes, info: read.info, at });
}
