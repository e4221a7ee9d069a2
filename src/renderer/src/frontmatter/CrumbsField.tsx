interface Props {
  readonly crumbs: readonly string[];
  /** The last crumb shown when none are written: the article's title. */
  readonly title: string;
  readonly onChange: (crumbs: string[]) => void;
}

/** The breadcrumb trail, one editable step each; the last one is the article itself. */
export function CrumbsField({ crumbs, title, onChange }: Props) {
  const shown = crumbs.length > 0 ? crumbs : ['Home', title];
  const set = (index: number, value: string) => onChange(shown.map((crumb, other) => (other === index ? value : crumb)));
  return (
    <fieldset className="field crumbs">
      <legend>Breadcrumbs</legend>
      <ol>
        {shown.map((crumb, index) => (
          <li key={index}>
            <input aria-label={`Breadcrumb ${index + 1}`} value={crumb} onChange={(event) => set(index, event.target.value.replace(/\//g, ''))} />
            {shown.length > 1 && (
              <button type="button" aria-label={`Remove breadcrumb ${crumb}`} onClick={() => onChange(shown.filter((_, other) => other !== index))}>
                ×
              </button>
            )}
          </li>
        ))}
      </ol>
      <button type="button" onClick={() => onChange([...shown.slice(0, -1), 'New step', ...shown.slice(-1)])}>
        Add a step
      </button>
      {crumbs.length === 0 && <p className="field-note">Not written yet: the page shows Home / title.</p>}
    </fieldset>
  );
}
