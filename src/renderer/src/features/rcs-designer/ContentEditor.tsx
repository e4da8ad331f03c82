import type { RcsContent, RcsContentType } from '../../../../shared/rcs/content';
import { withOptional, type RcsCarousel } from '../../../../shared/rcs/edit';
import {
  RCS_AGENT_EVENTS,
  RCS_CARD_ORIENTATIONS,
  RCS_MESSAGE_SUGGESTIONS_MAX,
  RCS_RICH_CARD_SUGGESTIONS_MAX,
  RCS_TEXT_DOCUMENTED_MAX_CHARS,
  RCS_TEXT_MAX_CHARS,
  RCS_THUMBNAIL_ALIGNMENTS,
} from '../../../../shared/limits/rcs';
import { formatBytes } from '../../../../shared/limits/bytes';
import { CardFields, MediaTypeHint } from './CardFields';
import { CarouselEditor } from './CarouselEditor';
import { useDesignerStore } from './designer-store';
import { NumberField, Segmented, SelectField, TextField } from './fields';
import { SuggestionList } from './SuggestionList';

const TYPES: { value: RcsContentType; label: string }[] = [
  { value: 'text', label: 'Text' },
  { value: 'media', label: 'Media' },
  { value: 'standalone', label: 'Rich card' },
  { value: 'carousel', label: 'Carousel' },
  { value: 'agentEvent', label: 'Agent event' },
];

function Body({ content, set }: { content: RcsContent; set(next: RcsContent): void }) {
  switch (content.type) {
    case 'text':
      return (
        <TextField
          label="Message text"
          path="text"
          value={content.text}
          multiline
          rows={5}
          max={RCS_TEXT_MAX_CHARS}
          placeholder="Hi $(name), …"
          hint={`Up to ${RCS_TEXT_DOCUMENTED_MAX_CHARS} characters (the rcsMessage table); past ${RCS_TEXT_MAX_CHARS} an SMS fallback would not fit, so Relaydesk warns but still sends. $(name) placeholders are filled per recipient.`}
          onChange={(text) => set({ ...content, text })}
        />
      );
    case 'media':
      return (
        <>
          <TextField
            label="Media URL"
            path="mediaContentUrl"
            value={content.mediaContentUrl}
            placeholder="https://…/image.jpg"
            hint={<MediaTypeHint url={content.mediaContentUrl} />}
            onChange={(mediaContentUrl) => set({ ...content, mediaContentUrl })}
          />
          <NumberField
            label="File size (bytes)"
            path="fileSize"
            integer
            value={content.fileSize}
            hint={content.fileSize ? formatBytes(content.fileSize) : 'Optional'}
            onChange={(fileSize) => set(withOptional(content, 'fileSize', fileSize))}
          />
        </>
      );
    case 'standalone': {
      const card = content.richCard;
      const horizontal = card.orientation === 'HORIZONTAL';
      return (
        <>
          <div className="rcs-row">
            <SelectField
              label="Orientation"
              path="richCard.orientation"
              value={card.orientation}
              options={RCS_CARD_ORIENTATIONS}
              onChange={(orientation) => set({ ...content, richCard: { ...card, orientation } })}
            />
            <SelectField
              label="Thumbnail alignment"
              path="richCard.thumbnailAlignment"
              value={card.thumbnailAlignment}
              options={RCS_THUMBNAIL_ALIGNMENTS}
              disabled={!horizontal}
              hint={horizontal ? 'Side of the media' : 'For horizontal cards'}
              onChange={(thumbnailAlignment) => set({ ...content, richCard: { ...card, thumbnailAlignment } })}
            />
          </div>
          <CardFields path="richCard" card={card} horizontal={horizontal} onChange={(richCard) => set({ ...content, richCard })} />
          <SuggestionList
            title="Card suggestions"
            path="richCard.suggestions"
            list={card.suggestions}
            max={RCS_RICH_CARD_SUGGESTIONS_MAX}
            limitLabel="per rich card"
            onChange={(suggestions) => set({ ...content, richCard: withOptional(card, 'suggestions', suggestions) })}
          />
        </>
      );
    }
    case 'carousel':
      return <CarouselEditor carousel={content} onChange={(next: RcsCarousel) => set(next)} />;
    case 'agentEvent':
      return (
        <>
          <SelectField
            label="Event"
            path="event"
            value={content.event}
            options={RCS_AGENT_EVENTS.map((e) => ({
              value: e,
              label: e === 'IS_TYPING' ? 'IS_TYPING (typing indicator)' : 'READ (read receipt)',
            }))}
            onChange={(event) => set(event === 'IS_TYPING' ? { type: 'agentEvent', event } : { ...content, event })}
          />
          {content.event === 'READ' && (
            <TextField
              label="messageId of the message read"
              path="messageId"
              value={content.messageId ?? ''}
              mono
              onChange={(messageId) => set(withOptional(content, 'messageId', messageId))}
            />
          )}
        </>
      );
  }
}

export function ContentEditor() {
  const content = useDesignerStore((s) => s.content);
  const setContent = useDesignerStore((s) => s.setContent);
  const setType = useDesignerStore((s) => s.setType);
  return (
    <div className="rcs-editor">
      <Segmented label="Message type" value={content.type} options={TYPES} onChange={setType} />
      <Body content={content} set={setContent} />
      {content.type !== 'agentEvent' && (
        <SuggestionList
          title="Message suggestions"
          path="suggestions"
          list={content.suggestions}
          max={RCS_MESSAGE_SUGGESTIONS_MAX}
          limitLabel="per message"
          onChange={(suggestions) => setContent(withOptional(content, 'suggestions', suggestions))}
        />
      )}
    </div>
  );
}
