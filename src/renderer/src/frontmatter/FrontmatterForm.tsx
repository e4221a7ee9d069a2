import { useId, useMemo } from 'react';
import { isArticleError, parseArticle, setField, type Article, type FieldValue } from '../../../core/article';
import { breadcrumbNamesField } from '../../../core/facts/frontmatter-values';
import { DESCRIPTION_DESKTOP_PX, DESCRIPTION_FONT_PX, DESCRIPTION_MAX_CHARS, DESCRIPTION_MIN_CHARS, DESCRIPTION_MOBILE_PX, TITLE_ERROR_PX, TITLE_FONT_PX, TITLE_WARN_PX, TWITTER_DESCRIPTION_MAX, TWITTER_TITLE_MAX } from '../../../core/seo/limits';
import type { WorkspaceSettings } from '../../../core/site';
import { ChipsField } from './ChipsField';
import { CharCount, CutNote, PixelBar } from './Counters';
import { CrumbsField } from './CrumbsField';
import { DateField } from './DateField';
import { DEFAULT_DATETIME_STYLE, dateStyleOf, nowPickedFor, writeDate } from './date-style';
import { editText, setFormField } from './edit-fields';
import { listItems, writeListField } from './field-lists';
import { LinkedField } from './LinkedField';
import { canvasMeasure } from './measure-text';
import { OtherFields } from './OtherFields';
import './frontmatter.css';

interface Props {
  readonly text: string;
  /** The frontmatter block; the form re-reads the fields only when it changes. */
  readonly head: string | null;
  readonly problem: { readonly message: string; readonly line: number } | null;
  readonly settings: WorkspaceSettings;
  /** Image files of the workspace, for the page image. */
  readonly images: readonly string[];
  readonly onChange: (text: string) => void;
  readonly onGoToLine: (line: number) => void;
}

const text = (value: unknown): string => (typeof value === 'string' ? value : value === undefined || value === null ? '' : String(value));

/** Every field of the reference format, each written back through the lossless path. */
export function FrontmatterForm({ text: fileText, head, problem, settings, images, onChange, onGoToLine }: Props) {
  const ids = { title: useId(), description: useId(), image: useId(), imageAlt: useId(), draft: useId() };
  const article = useMemo(() => {
    if (head === null) return null;
    try {
      return parseArticle(head);
    } catch (error) {
      if (isArticleError(error)) return null;
      throw error;
    }
  }, [head]);

  if (problem || !article) {
    return (
      <div className="frontmatter-form" data-testid="frontmatter-form">
        <p className="notice notice-error" role="alert">
          The frontmatter does not parse: line {problem?.line ?? 1}: {problem?.message ?? 'unknown error'}. The Body tab shows the whole file so you can fix it.
        </p>
        <button type="button" onClick={() => onGoToLine(problem?.line ?? 1)}>
          Go to line {problem?.line ?? 1}
        </button>
      </div>
    );
  }

  const data = article.data;
  const change = (edit: (current: Article) => Article) => onChange(editText(fileText, edit));
  const set = (key: string, value: FieldValue) => change((current) => setFormField(current, key, value));
  const title = text(data.title);
  const description = text(data.description);
  const titleMeasure = canvasMeasure(TITLE_FONT_PX);
  const descriptionMeasure = canvasMeasure(DESCRIPTION_FONT_PX);
  const dateStyle = dateStyleOf(data.date, DEFAULT_DATETIME_STYLE);
  const touchUpdated = () => {
    const style = dateStyleOf(data.date_updated_at, dateStyle);
    const written = writeDate(nowPickedFor(style, new Date(), settings.timeZone), style);
    if (written) set('date_updated_at', written);
  };

  return (
    <div className="frontmatter-form" data-testid="frontmatter-form">
      <section aria-label="Search result">
        <div className="field">
          <label htmlFor={ids.title}>Title</label>
          <input id={ids.title} value={title} onChange={(event) => set('title', event.target.value)} />
          <div className="field-meta">
            <CharCount text={title} max={110} testId="title-characters" />
            <PixelBar label="Title width" width={titleMeasure(title)} warnAt={TITLE_WARN_PX} errorAt={TITLE_ERROR_PX} />
          </div>
          <CutNote text={title} maxPx={TITLE_ERROR_PX} measure={titleMeasure} where="Search results show" />
        </div>
        <div className="field">
          <label htmlFor={ids.description}>Description</label>
          <textarea id={ids.description} rows={3} value={description} onChange={(event) => set('description', event.target.value)} />
          <div className="field-meta">
            <CharCount text={description} min={DESCRIPTION_MIN_CHARS} max={DESCRIPTION_MAX_CHARS} testId="description-characters" />
            <PixelBar label="Desktop" width={descriptionMeasure(description)} warnAt={DESCRIPTION_DESKTOP_PX} errorAt={DESCRIPTION_DESKTOP_PX} over="warning" />
            <PixelBar label="Mobile" width={descriptionMeasure(description)} warnAt={DESCRIPTION_MOBILE_PX} errorAt={DESCRIPTION_MOBILE_PX} over="warning" />
          </div>
          <CutNote text={description} maxPx={DESCRIPTION_MOBILE_PX} measure={descriptionMeasure} where="Phones show" />
        </div>
      </section>
      <section aria-label="Social cards">
        <LinkedField label="OG title" written={data.og_title === undefined ? undefined : text(data.og_title)} source={title} sourceName="title" onChange={(value) => set('og_title', value)} onRelink={() => set('og_title', title)} />
        <LinkedField label="OG description" multiline written={data.og_description === undefined ? undefined : text(data.og_description)} source={description} sourceName="description" onChange={(value) => set('og_description', value)} onRelink={() => set('og_description', description)} />
        <LinkedField label="Twitter title" written={data.twitter_title === undefined ? undefined : text(data.twitter_title)} source={title} sourceName="title" onChange={(value) => set('twitter_title', value)} onRelink={() => set('twitter_title', title)}>
          <CharCount text={text(data.twitter_title) || title} max={TWITTER_TITLE_MAX} testId="twitter-title-characters" />
        </LinkedField>
        <LinkedField label="Twitter description" multiline written={data.twitter_description === undefined ? undefined : text(data.twitter_description)} source={description} sourceName="description" onChange={(value) => set('twitter_description', value)} onRelink={() => set('twitter_description', description)}>
          <CharCount text={text(data.twitter_description) || description} max={TWITTER_DESCRIPTION_MAX} testId="twitter-description-characters" />
        </LinkedField>
      </section>
      <section aria-label="Dates" className="field-row">
        <DateField label="Published" value={data.date} fallbackStyle={DEFAULT_DATETIME_STYLE} onChange={(value) => set('date', value)} />
        <DateField label="Updated" value={data.date_updated_at} fallbackStyle={dateStyle} onChange={(value) => set('date_updated_at', value)} />
        <button type="button" onClick={touchUpdated} title={`Set the updated date to now (${settings.timeZone})`}>
          Touch updated date
        </button>
      </section>
      <CrumbsField crumbs={breadcrumbNamesField(data, 'breadcrumbs')} title={title} onChange={(crumbs) => set('breadcrumbs', crumbs.join('/'))} />
      <ChipsField label="Keywords" items={listItems(data.keywords)} firstNote="focus" onChange={(items) => change((current) => writeListField(current, 'keywords', items))} />
      <ChipsField label="Things (about)" items={listItems(data.things)} onChange={(items) => change((current) => writeListField(current, 'things', items))} />
      <section aria-label="Page image and status" className="field-row">
        <div className="field">
          <label htmlFor={ids.image}>Page image</label>
          <select id={ids.image} value={text(data.image)} onChange={(event) => (event.target.value ? set('image', event.target.value) : change((current) => (current.data.image === undefined ? current : setField(current, 'image', ''))))}>
            <option value="">None (first body image, else the site default)</option>
            {data.image !== undefined && text(data.image) !== '' && !images.includes(text(data.image).replace(/^\//, '')) && <option value={text(data.image)}>{text(data.image)}</option>}
            {images.map((image) => (
              <option key={image} value={`/${image}`}>
                /{image}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={ids.imageAlt}>Image alt text</label>
          <input id={ids.imageAlt} value={text(data.image_alt)} onChange={(event) => set('image_alt', event.target.value)} />
        </div>
        <div className="field field-check">
          <input id={ids.draft} type="checkbox" checked={data.draft === true} onChange={(event) => set('draft', event.target.checked)} />
          <label htmlFor={ids.draft}>Draft (not exported)</label>
        </div>
      </section>
      <OtherFields article={article} onChange={change} />
    </div>
  );
}
