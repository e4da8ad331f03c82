import { describe, expect, it } from 'vitest';
import type { ApiVersion } from '../../src/shared/api/api-version';
import { validateRequest } from '../../src/shared/api/validate';
import { NOW, v1Ott, v1Push, v1Rt, v1Sms, v2Email, v2Rcs, v2Sms } from './helpers/api-requests';

// Fields the vendor's current developer documentation publishes beyond the seeds: each is accepted
// with its documented type (no error, no "unknown field" warning), and a value of the wrong type
// is named. Sources are listed in docs/decisions/api-validation-errors-and-warnings.md.

function check(api: ApiVersion, body: unknown): { errors: string[]; warnings: string[] } {
  const result = validateRequest(api, body, { now: NOW });
  const line = (e: { path: string; message: string }) => `${e.path}: ${e.message}`;
  return { errors: result.ok ? [] : result.errors.map(line), warnings: result.warnings.map(line) };
}

function expectClean(api: ApiVersion, body: unknown): void {
  const { errors, warnings } = check(api, body);
  expect(errors).toEqual([]);
  expect(warnings.filter((w) => w.includes('not a field Relaydesk knows'))).toEqual([]);
}

describe('v2 fields of the current docs', () => {
  it('SMS: notifyUrlAuthId, contactPolicy, batchId, options tag1/tag2/allowFallbackURL, trackClicks as string or boolean', () => {
    const sms = v2Sms();
    Object.assign(sms, {
      notifyUrlAuthId: 'TNPXXXT09U',
      batchId: 'batch-7',
      contactPolicy: { contactPolicyGroup: 'G1', channelCheckConsent: true, channelApplyFrequencyCap: 'true' },
    });
    Object.assign(sms.options, { tag1: 'spring', tag2: 'promo', allowFallbackURL: 'false', trackClicks: true });
    expectClean('v2', sms);
    expect(check('v2', { ...sms, notifyUrlAuthId: 5 }).errors).toContain('notifyUrlAuthId: the notify URL authentication id, a string');
    expect(check('v2', { ...sms, contactPolicy: { channelCheckConsent: 'maybe' } }).errors).toContain(
      'contactPolicy.channelCheckConsent: use true or false',
    );
  });

  it('email: multipleToRecipients, encoding, attachment cid and mimetype, template.subject', () => {
    const email = v2Email();
    email.multipleToRecipients = true;
    email.content.encoding = 'UTF-8';
    email.content.attachments = [{ mimetype: 'image/png', name: 'logo.png', mediaUrl: 'https://example.com/logo.png', cid: 'logo' }];
    expectClean('v2', email);
    const templated = v2Email();
    delete templated.content;
    templated.template = { id: 'T-9', subject: 'Your offer' };
    expectClean('v2', templated);
    expect(check('v2', { ...email, multipleToRecipients: 'yes' }).errors).toContain('multipleToRecipients: use true or false');
    email.content.attachments = [{ name: 'logo.png', mediaUrl: 'https://example.com/logo.png' }];
    expect(check('v2', email).errors).toContain('content.attachments[0].mimeType: a MIME type is required (e.g. image/png)');
  });

  it('RCS: richCard.thumbnail and a numeric carrierId', () => {
    const rcs = v2Rcs();
    rcs.content.richCard.thumbnail = 'https://example.com/thumb.jpg';
    rcs.options.carrierId = 41;
    expectClean('v2', rcs);
  });

  it('keeps a field nobody documents, warns about it by path, and never refuses it', () => {
    const sms = v2Sms();
    sms.futureField = { x: 1 };
    sms.content.richness = 'high';
    const { errors, warnings } = check('v2', sms);
    expect(errors).toEqual([]);
    expect(warnings).toContain('futureField: not a field Relaydesk knows for a v2 request: it is sent as it is, unchecked');
    expect(warnings).toContain('content.richness: not a field Relaydesk knows for a v2 request: it is sent as it is, unchecked');
    const result = validateRequest('v2', sms, { now: NOW });
    expect(result.ok && (result.request as Record<string, unknown>).futureField).toEqual({ x: 1 });
  });
});

describe('v1 fields of the current docs', () => {
  it('WhatsApp as the WhatsApp page sends it: deliverychannel "whatsapp", appid, waid, typed text, options', () => {
    const wa = {
      appid: 'a_1234',
      deliverychannel: 'whatsapp',
      channels: { 'OTT-Messaging': { wa: { type: 'text', preview_url: 'true', text: { body: 'Hello' } } } },
      destination: [{ waid: ['447700900001'] }],
      options: { ttl: 60 },
      notifyurlAuthId: 'TNPBXKT09U',
    };
    expectClean('v1', wa);
    expect(check('v1', { ...wa, deliverychannel: 'WhatsApp' }).errors).toEqual([]);
    expect(check('v1', { ...wa, destination: [{ waid: ['12ab'] }] }).errors).toContain(
      'destination[0].waid[0]: not an MSISDN (international digits, 7-15, optional +)',
    );
  });

  it('Messenger: the "Messenger" spelling, sender_action, quick replies and media/list templates', () => {
    const fb = v1Ott('fb');
    fb.deliverychannel = 'Messenger';
    fb.channels['OTT-Messaging'].fb = { sender_action: 'typing_on' };
    expectClean('v1', fb);
    fb.channels['OTT-Messaging'].fb = { text: 'Pick one', quick_replies: [{ content_type: 'text', title: 'Red', payload: 'RED' }] };
    expectClean('v1', fb);
    fb.channels['OTT-Messaging'].fb = {
      attachment: { type: 'template', payload: { template_type: 'media', elements: [{ title: 'Clip' }] } },
    };
    expectClean('v1', fb);
    fb.channels['OTT-Messaging'].fb = { sender_action: 'dance' };
    expect(check('v1', fb).errors).toContain('channels.OTT-Messaging.fb.sender_action: one of typing_on, typing_off, mark_seen');
  });

  it('app messaging: thread_id, quickreplies and userid destinations; push: both spellings of platform_types', () => {
    const rt = v1Rt();
    Object.assign(rt.channels.appmessaging, { thread_id: 't-1', quickreplies: [{ title: 'Yes' }] });
    rt.destination = [{ userid: ['user-42'] }];
    expectClean('v1', rt);
    const push = v1Push();
    push.channels.push.web.platform_types = push.channels.push.web.platorm_types;
    delete push.channels.push.web.platorm_types;
    expectClean('v1', push);
    expectClean('v1', { ...v1Sms(), appid: 'a_1' });
  });
});
