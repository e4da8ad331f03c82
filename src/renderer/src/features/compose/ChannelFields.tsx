import { v1ChannelBlockPath, v1ChannelOf, type V1Channel } from '../../../../shared/api/v1-channels';
import { useComposeStore } from './compose-store';
import { getIn } from './body-edit';
import { CheckField, ListField, SelectField, TextField } from './FormFields';

/** The message itself, per channel. Anything the form has no field for stays editable in JSON. */
export function SmsFields() {
  return (
    <>
      <SelectField
        label="Type"
        path={['content', 'type']}
        options={[
          { value: 'text', label: 'text (GSM-7)' },
          { value: 'unicode', label: 'unicode (UCS-2)' },
        ]}
      />
      <TextField
        label="Message"
        path={['content', 'text']}
        multiline
        rows={6}
        placeholder="Hi $(name), ..."
        hint="Use $(variable) for values per recipient."
      />
      <fieldset className="options">
        <legend>SMS options</legend>
        <CheckField label="Shorten links" path={['options', 'shortenLinks']} />
        <CheckField label="Track clicks" path={['options', 'trackClicks']} hint="Needs shortened links" />
        <TextField label="Short-link domain" path={['options', 'domain']} placeholder="https://me.example" />
      </fieldset>
    </>
  );
}

export function EmailFields() {
  return (
    <>
      <SelectField
        label="Type"
        path={['content', 'type']}
        options={[
          { value: 'html', label: 'html' },
          { value: 'text', label: 'text' },
        ]}
      />
      <TextField label="Subject" path={['content', 'subject']} />
      <TextField label="From name" path={['options', 'fromName']} placeholder="Brand Name" />
      <TextField label="Reply-to" path={['content', 'replyTo']} placeholder="support@example.com" />
      <CopiesFields />
      <TextField
        label="HTML"
        path={['content', 'html']}
        multiline
        rows={10}
        mono
        hint="Mark a link no-track-connect to keep it out of click tracking; $(unsubscribe) is filled in by the vendor."
      />
      <TextField label="Text part" path={['content', 'text']} multiline rows={4} />
      <fieldset className="options">
        <legend>Email options</legend>
        <CheckField label="Track clicks" path={['options', 'trackClicks']} />
        <CheckField label="Track opens" path={['options', 'trackOpens']} />
      </fieldset>
    </>
  );
}

/**
 * Cc and Bcc, lists of addresses at the request's top level (the current email API page and seed
 * 001's sample); a body that keeps them under `options` is edited there.
 */
function CopiesFields() {
  const underOptions = (body: unknown, key: string) => getIn(body, [key]) === undefined && getIn(body, ['options', key]) !== undefined;
  const ccInOptions = useComposeStore((s) => underOptions(s.body, 'cc'));
  const bccInOptions = useComposeStore((s) => underOptions(s.body, 'bcc'));
  return (
    <>
      <ListField
        label="Cc"
        path={ccInOptions ? ['options', 'cc'] : ['cc']}
        placeholder="team@example.com, boss@example.com"
        hint="Copied on every email; without multipleToRecipients, each address in To gets its own email with all of these."
      />
      <ListField label="Bcc" path={bccInOptions ? ['options', 'bcc'] : ['bcc']} placeholder="archive@example.com" />
    </>
  );
}

export function RcsFields() {
  const type = useComposeStore((s) => getIn(s.body, ['content', 'type']));
  const fallback = useComposeStore((s) => getIn(s.body, ['options', 'smsFallback']));
  return (
    <>
      <SelectField
        label="Content type"
        path={['content', 'type']}
        options={['text', 'media', 'standalone', 'carousel', 'agentEvent'].map((v) => ({ value: v, label: v }))}
      />
      {type === 'text' && <TextField label="Text" path={['content', 'text']} multiline rows={5} />}
      {type === 'media' && <TextField label="Media URL" path={['content', 'mediaContentUrl']} placeholder="https://…/image.jpg" />}
      {type === 'standalone' && (
        <>
          <TextField label="Card title" path={['content', 'richCard', 'title']} />
          <TextField label="Card description" path={['content', 'richCard', 'description']} multiline rows={3} />
          <TextField label="Card media URL" path={['content', 'richCard', 'media', 'url']} />
        </>
      )}
      {(type === 'carousel' || type === 'standalone') && (
        <p className="field-hint">
          Cards and suggestions: edit them in the JSON tab, or design them in the RCS Designer and save as a template.
        </p>
      )}
      <fieldset className="options">
        <legend>RCS options</legend>
        <CheckField label="SMS fallback" path={['options', 'smsFallback']} hint="Send an SMS when RCS fails" />
        {(fallback === true || fallback === 'true') && (
          <>
            <TextField label="Fallback sender ID" path={['options', 'smsSenderId']} />
            <TextField label="Fallback text" path={['options', 'text']} multiline rows={3} />
          </>
        )}
        <TextField label="Carrier ID" path={['options', 'carrierId']} />
      </fieldset>
    </>
  );
}

/** The chosen v1 channel's own fields, at their documented paths; everything else through the JSON editor. */
function V1ChannelText({ channel }: { channel: V1Channel }) {
  const block = ['channels', ...v1ChannelBlockPath(channel)];
  switch (channel) {
    case 'voice':
      return (
        <>
          <TextField
            label="Call flow ID"
            path={[...block, 'callflowid']}
            hint="Either a call flow or a prompt; the prompt wins when both are set."
          />
          <TextField label="Prompt ID" path={[...block, 'promptid']} />
          <TextField label="Caller ID (CLI)" path={[...block, 'cli']} />
        </>
      );
    case 'push':
      return (
        <>
          <TextField label="Android text" path={[...block, 'android', 'text']} multiline rows={3} />
          <TextField label="iOS text" path={[...block, 'ios', 'text']} multiline rows={3} />
        </>
      );
    case 'appmessaging':
      return (
        <>
          <TextField label="Message text" path={[...block, 'message', 'text']} multiline rows={6} />
          <TextField label="Thread title" path={[...block, 'thread_title']} />
        </>
      );
    default:
      return <TextField label="Message text" path={[...block, 'text']} multiline rows={6} />;
  }
}

export function V1Fields() {
  const selected = useComposeStore((s) => s.channel);
  const channel = v1ChannelOf(selected) ?? 'sms';
  return (
    <>
      {channel === 'sms' && (
        <SelectField
          label="Type"
          path={['channels', 'sms', 'type']}
          options={[
            { value: '1', label: '1: text' },
            { value: '2', label: '2: flash' },
            { value: '4', label: '4: unicode' },
          ]}
        />
      )}
      <V1ChannelText channel={channel} />
      {channel === 'sms' && <TextField label="Sender ID" path={['channels', 'sms', 'senderid']} />}
      <TextField
        label="Template ID"
        path={['message', 'template']}
        hint="A template kept in Webex Connect; its parameters go in the JSON tab."
      />
      <p className="field-hint">Other v1 fields (push extras, interactive categories, smart links…) are edited in the JSON tab.</p>
    </>
  );
}
