import { useState } from 'react';
import type { JsonLdObject } from '../../../core/jsonld';

interface Props {
  readonly blocks: readonly JsonLdObject[];
}

/** The JSON-LD blocks the page carries, one per type, as the writer would paste them. */
export function JsonLdView({ blocks }: Props) {
  const [copied, setCopied] = useState<string | null>(null);
  const copy = (label: string, text: string) => {
    navigator.clipboard.writeText(text).then(
      () => setCopied(label),
      () => setCopied(null),
    );
  };
  const all = blocks.map((block) => JSON.stringify(block, null, 2)).join('\n\n');
  return (
    <div className="jsonld-view" data-testid="jsonld-view">
      <div className="jsonld-toolbar">
        <span>{blocks.length} blocks, generated from the frontmatter and the body</span>
        <button type="button" onClick={() => copy('all', all)}>
          {copied === 'all' ? 'Copied' : 'Copy all'}
        </button>
      </div>
      {blocks.map((block, index) => {
        const type = String(block['@type'] ?? 'Thing');
        const text = JSON.stringify(block, null, 2);
        return (
          <section key={`${type}-${index}`} className="jsonld-block" aria-label={`${type} JSON-LD`}>
            <header>
              <h3>{type}</h3>
              <button type="button" onClick={() => copy(`${index}`, text)} aria-label={`Copy the ${type} block`}>
                {copied === `${index}` ? 'Copied' : 'Copy'}
              </button>
            </header>
            <pre tabIndex={0}>{text}</pre>
          </section>
        );
      })}
    </div>
  );
}
