import type { ArticleFacts } from '../../../core/facts';
import { cutToWidth, DESCRIPTION_DESKTOP_PX, DESCRIPTION_FONT_PX, DESCRIPTION_MOBILE_PX, TITLE_ERROR_PX, TITLE_FONT_PX, TWITTER_DESCRIPTION_MAX, TWITTER_TITLE_MAX } from '../../../core/seo';
import type { WorkspaceSettings } from '../../../core/site';
import { canvasMeasure } from '../frontmatter/measure-text';
import { imageWarnings, useImageInfo, type ImageInfo } from './image-info';

interface Props {
  readonly facts: ArticleFacts;
  readonly settings: WorkspaceSettings;
}

/** How the article will look in Google (desktop and mobile) and as a shared link. */
export function SnippetsView({ facts, settings }: Props) {
  const image = useImageInfo(facts.image, settings);
  return (
    <div className="snippets" data-testid="snippets">
      <GoogleResult facts={facts} settings={settings} variant="desktop" />
      <GoogleResult facts={facts} settings={settings} variant="mobile" />
      <SocialCard facts={facts} image={image} card="facebook" />
      <SocialCard facts={facts} image={image} card="x" />
    </div>
  );
}

function GoogleResult({ facts, settings, variant }: Props & { variant: 'desktop' | 'mobile' }) {
  const url = new URL(facts.url);
  const crumbs = [url.host, ...url.pathname.split('/').filter(Boolean).map(decodeURIComponent)].join(' › ');
  const title = cutToWidth(facts.displayTitle, TITLE_ERROR_PX, canvasMeasure(TITLE_FONT_PX));
  const description = cutToWidth(facts.description ?? '', variant === 'desktop' ? DESCRIPTION_DESKTOP_PX : DESCRIPTION_MOBILE_PX, canvasMeasure(DESCRIPTION_FONT_PX));
  const date = facts.dateModified ?? facts.datePublished;
  const shownDate = date ? new Date(date).toLocaleDateString(settings.language, { year: 'numeric', month: 'short', day: 'numeric', timeZone: settings.timeZone }) : null;
  return (
    <section className={`google-result google-${variant}`} aria-label={`Google ${variant} result`} data-testid={`google-${variant}`}>
      <h3 className="snippet-heading">Google, {variant}</h3>
      <div className="google-site">
        <span className="google-site-name">{settings.siteName}</span>
        <span className="google-url">{crumbs}</span>
      </div>
      <div className="google-title" data-testid={`google-${variant}-title`}>
        {title.text}
      </div>
      <div className="google-description" data-testid={`google-${variant}-description`}>
        {shownDate && <span className="google-date">{shownDate} — </span>}
        {description.text || <em>No description: Google picks text from the page.</em>}
      </div>
    </section>
  );
}

function SocialCard({ facts, image, card }: { facts: ArticleFacts; image: ImageInfo | null; card: 'facebook' | 'x' }) {
  const title = card === 'x' ? facts.twitterTitle : facts.ogTitle;
  const description = (card === 'x' ? facts.twitterDescription : facts.ogDescription) ?? '';
  const shownTitle = card === 'x' && [...title].length > TWITTER_TITLE_MAX ? `${[...title].slice(0, TWITTER_TITLE_MAX).join('')}…` : title;
  const shownDescription = card === 'x' && [...description].length > TWITTER_DESCRIPTION_MAX ? `${[...description].slice(0, TWITTER_DESCRIPTION_MAX).join('')}…` : description;
  const warnings = imageWarnings(image, card);
  const label = card === 'facebook' ? 'Facebook and LinkedIn card' : 'X card';
  return (
    <section className={`social-card social-${card}`} aria-label={label} data-testid={`card-${card}`}>
      <h3 className="snippet-heading">{label}</h3>
      <div className="social-frame">
        {image && !image.problem ? <img className="social-image" src={image.src} alt={facts.imageAlt} /> : <div className="social-image social-image-missing">No image</div>}
        <div className="social-text">
          <span className="social-domain">{new URL(facts.url).host.toUpperCase()}</span>
          <strong className="social-title">{shownTitle}</strong>
          {shownDescription && <span className="social-description">{shownDescription}</span>}
        </div>
      </div>
      {warnings.length > 0 && (
        <ul className="snippet-warnings" aria-label={`${label} warnings`}>
          {warnings.map((warning) => (
            <li key={warning}>{warning}</li>
          ))}
        </ul>
      )}
    </section>
  );
}
