import { useId, useState, type FormEvent } from 'react';
import { assetFolderFor, fileSizeLabel, largeImageWarning, safeAssetName } from '../../../../../core/assets';
import { FormDialogActions } from '../../../lib/FormDialogActions';
import { ModalDialog } from '../../../lib/ModalDialog';
import type { PendingImage } from '../helper-store';

interface Props {
  readonly image: PendingImage | null;
  readonly articlePath: string;
  /** Copies the image and inserts it; rejects with the reason it could not. */
  readonly onInsert: (image: PendingImage, alt: string) => Promise<void>;
  readonly onClose: () => void;
}

const MIME: Readonly<Record<PendingImage['info']['type'], string>> = { png: 'image/png', jpeg: 'image/jpeg', gif: 'image/gif', webp: 'image/webp' };

/** Asks for an image's alt text before anything is copied, and says when the image is too big for a page. */
export function ImageDialog({ image, articlePath, onInsert, onClose }: Props) {
  return (
    <ModalDialog open={image !== null} title="Insert image" onClose={onClose} className="image-dialog" testId="image-dialog">
      {image && <ImageForm key={image.fileName + image.bytes.length} image={image} articlePath={articlePath} onInsert={onInsert} onClose={onClose} />}
    </ModalDialog>
  );
}

function ImageForm({ image, articlePath, onInsert, onClose }: Props & { readonly image: PendingImage }) {
  const [alt, setAlt] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const id = useId();
  const { width, height, type } = image.info;
  const warning = largeImageWarning(image.bytes.length, width, height);
  const target = `${assetFolderFor(articlePath)}/${safeAssetName(image.fileName, type)}`;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (alt.trim() === '' || busy) return;
    setBusy(true);
    setProblem(null);
    try {
      await onInsert(image, alt.trim());
    } catch (error) {
      setProblem((error as Error).message);
      setBusy(false);
    }
  };

  return (
    <form className="modal-form image-form" onSubmit={(event) => void submit(event)}>
      <div className="image-summary">
        <img
          className="image-thumb"
          alt=""
          // The object URL lives exactly as long as this element shows it.
          ref={(element) => {
            if (!element) return;
            const url = URL.createObjectURL(new Blob([image.bytes as Uint8Array<ArrayBuffer>], { type: MIME[type] }));
            element.src = url;
            return () => URL.revokeObjectURL(url);
          }}
        />
        <dl className="image-facts">
          <dt>File</dt>
          <dd>{image.fileName || 'Pasted image'}</dd>
          <dt>Size</dt>
          <dd data-testid="image-size">
            {fileSizeLabel(image.bytes.length)}
            {width !== null && height !== null ? `, ${width.toLocaleString('en-US')} × ${height.toLocaleString('en-US')} px` : ''}
          </dd>
          <dt>Copied to</dt>
          <dd>
            <code>{target}</code>
            <span className="helper-hint"> (numbered if the name is taken)</span>
          </dd>
        </dl>
      </div>
      {warning && (
        <p className="notice notice-warning" data-testid="image-warning">
          {warning}
        </p>
      )}
      <label>
        Alt text
        <input autoFocus value={alt} onChange={(event) => setAlt(event.target.value)} required aria-describedby={`${id}-alt`} placeholder="What the image shows" />
      </label>
      <p className="helper-hint" id={`${id}-alt`}>
        Describe what the image shows, for readers who cannot see it and for image search.
      </p>
      <FormDialogActions error={problem} onCancel={onClose} submitLabel={busy ? 'Copying…' : 'Insert image'} submitDisabled={alt.trim() === '' || busy} />
    </form>
  );
}
