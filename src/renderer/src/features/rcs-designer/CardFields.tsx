import type { RcsCarouselCard, RcsMedia } from '../../../../shared/rcs/content';
import { withOptional } from '../../../../shared/rcs/edit';
import { RCS_CARD_DESCRIPTION_MAX_CHARS, RCS_CARD_TITLE_MAX_CHARS, RCS_MEDIA_HEIGHTS } from '../../../../shared/limits/rcs';
import { formatBytes } from '../../../../shared/limits/bytes';
import { mediaTypeFromUrl } from '../../../../shared/rcs/media';
import { FieldIssues, NumberField, SelectField, TextField } from './fields';

/** What the URL points at, as the hint under a media URL field. */
export function MediaTypeHint({ url }: { url: string }) {
  if (url.includes('$(')) return <>Filled in per recipient</>;
  const t = mediaTypeFromUrl(url);
  if (t.kind === 'unknown') return <>Type unknown from the URL (no file extension): the API wants a direct link ending in the file type</>;
  return (
    <>
      Detected {t.kind} ({t.mime})
    </>
  );
}

export function MediaFields(props: {
  path: string;
  media: RcsMedia | undefined;
  onChange(next: RcsMedia | undefined): void;
  horizontal?: boolean;
}) {
  const { media, path } = props;
  if (!media) {
    return (
      <div className="rcs-media-none">
        <span className="field-hint">No media on this card.</span>
        <button type="button" className="button" onClick={() => props.onChange({ url: 'https://', height: 'MEDIUM' })}>
          + Add media
        </button>
      </div>
    );
  }
  return (
    <fieldset className="rcs-media-fields">
      <legend>Media</legend>
      <TextField
        label="Media URL"
        path={`${path}.url`}
        value={media.url}
        placeholder="https://…/image.jpg"
        hint={<MediaTypeHint url={media.url} />}
        onChange={(url) => props.onChange({ ...media, url })}
      />
      <div className="rcs-row">
        <SelectField
          label="Height"
          path={`${path}.height`}
          value={media.height}
          options={RCS_MEDIA_HEIGHTS}
          hint={props.horizontal ? 'Handsets size a horizontal thumbnail to the card; the height counts for vertical layout' : undefined}
          onChange={(height) => props.onChange({ ...media, height })}
        />
        <NumberField
          label="File size (bytes)"
          path={`${path}.fileSize`}
          integer
          value={media.fileSize}
          hint={media.fileSize ? formatBytes(media.fileSize) : 'Optional'}
          onChange={(fileSize) => props.onChange(withOptional(media, 'fileSize', fileSize))}
        />
      </div>
      <button type="button" className="button danger" onClick={() => props.onChange(undefined)}>
        Remove media
      </button>
    </fieldset>
  );
}

/** Title, description and media of a rich card or a carousel card. */
export function CardFields<T extends RcsCarouselCard>(props: { path: string; card: T; onChange(next: T): void; horizontal?: boolean }) {
  const { card, path } = props;
  return (
    <>
      <FieldIssues path={path} />
      <TextField
        label="Title"
        path={`${path}.title`}
        value={card.title ?? ''}
        max={RCS_CARD_TITLE_MAX_CHARS}
        onChange={(title) => props.onChange(withOptional(card, 'title', title))}
      />
      <TextField
        label="Description"
        path={`${path}.description`}
        value={card.description ?? ''}
        multiline
        max={RCS_CARD_DESCRIPTION_MAX_CHARS}
        onChange={(description) => props.onChange(withOptional(card, 'description', description))}
      />
      <MediaFields
        path={`${path}.media`}
        media={card.media}
        horizontal={props.horizontal === true}
        onChange={(media) => props.onChange(withOptional(card, 'media', media))}
      />
    </>
  );
}
