import { describe, expect, it } from 'vitest';
import { countDestinations, destinationGroups } from '../../src/shared/api/destinations';
import { utf8Bytes } from '../../src/shared/api/formats';
import { detectApi } from '../../src/shared/api/api-version';
import { validateRequest } from '../../src/shared/api/validate';
import { v1AppMessaging, v1Ott, v1Push, v1Rt, v1Sms, v1SmsFull, v1Voice } from './helpers/api-requests';

function errorsOf(body: unknown): string[] {
  const result = validateRequest('v1', body);
  return result.ok ? [] : result.errors.map((e) => (e.path ? `${e.path}: ${e.message}` : e.message));
}

function expectError(body: unknown, pattern: RegExp): void {
  const errors = errorsOf(body);
  expect(
    errors.some((line) => pattern.test(line)),
    `expected ${pattern} in ${JSON.stringify(errors)}`,
  ).toBe(true);
}

describe('v1 request validation', () => {
  it("accepts a complete request of every channel (the seeds' own samples, unmodified: api-seed-samples.test.ts)", () => {
    const samples = [
      v1Sms(),
      v1SmsFull(),
      v1Voice(),
      v1Push(),
      v1AppMessaging(),
      v1Rt(),
      v1Ott('fb'),
      v1Ott('twitter'),
      v1Ott('wa'),
      v1Ott('wechat'),
    ];
    for (const sample of samples) expect(errorsOf(sample), sample.deliverychannel).toEqual([]);
    expect(detectApi(v1Sms())).toBe('v1');
    expect(detectApi({ hello: 1 })).toBeUndefined();
  });

  it('names the missing mandatory fields', () => {
    expect(errorsOf({})).toEqual([
      'deliverychannel: must be one of sms, voice, push, rt, appmessaging, fb, twitter, wa, wechat (or the vendor\'s spellings "whatsapp", "Messenger")',
      'channels: the channels object is required (e.g. {"sms": {...}})',
      'destination: an array of destinations is required',
    ]);
  });

  it('wants the block of the chosen channel unless a template is used', () => {
    const body = v1Sms();
    body.channels = { voice: { callflowid: 'x' } };
    expect(errorsOf(body)).toContain('channels.sms: required for deliverychannel "sms" (or use message.template)');
    body.message = { template: 'T1' };
    expect(errorsOf(body)).toEqual([]);
    const wa = v1Ott('wa');
    wa.channels['OTT-Messaging'] = {};
    expect(errorsOf(wa)).toContain('channels.OTT-Messaging.wa: required for deliverychannel "wa" (or use message.template)');
  });

  it('checks sms type, hex body for binary, text bytes', () => {
    expectError(
      { ...v1Sms(), channels: { sms: { type: '5', text: 'x' } } },
      /^channels\.sms\.type: must be 1 \(text\), 2 \(flash\), 3 \(binary\) or 4 \(unicode\)/,
    );
    expect(errorsOf({ ...v1Sms(), channels: { sms: { type: '3' } } })).toContain(
      'channels.sms.body: required for type 3 (binary): hexadecimal content',
    );
    expectError({ ...v1Sms(), channels: { sms: { type: 3, body: '0G12' } } }, /^channels\.sms\.body: not hexadecimal/);
    expect(errorsOf({ ...v1Sms(), channels: { sms: { type: 3, body: '0A1bFF' } } })).toEqual([]);
    expectError({ ...v1Sms(), channels: { sms: { type: '4', text: '€'.repeat(342) } } }, /^channels\.sms\.text: longer than 1024 bytes/);
    expect(errorsOf({ ...v1Sms(), channels: { sms: { type: '1' } } })).toContain('channels.sms.text: the message text is required');
  });

  it('wants callflowid or promptid for voice', () => {
    expect(errorsOf({ ...v1Voice(), channels: { voice: { cli: '4412' } } })).toContain(
      'channels.voice.callflowid: either callflowid or promptid is required (promptid wins when both are sent)',
    );
    expect(errorsOf({ ...v1Voice(), channels: { voice: { promptid: 77 } } })).toEqual([]);
  });

  it('checks push platforms, android priority, interactive actions', () => {
    expect(errorsOf({ ...v1Push(), channels: { push: { pushref: 'x' } } })).toContain(
      'channels.push: at least one platform block is required (ios, android, windows or web)',
    );
    const push = v1Push();
    push.channels.push.android.priority = 6;
    push.channels.push.ios.text = 'x'.repeat(4097);
    push.channels.push.web.platorm_types = ['opera'];
    push.channels.push.interactive.actions[0] = { pos: 1, action: 'OPEN_URL' };
    const errors = errorsOf(push);
    expect(errors).toContain('channels.push.android.priority: priority from 1 to 5');
    expect(errors).toContain('channels.push.ios.text: longer than 4096 bytes');
    expect(errors).toContain('channels.push.web.platorm_types[0]: one of chrome, safari, firefox');
    expect(errors).toContain('channels.push.interactive.actions[0].value: required for action OPEN_URL');
  });

  it('checks app messaging: message text, thread fields, attachments, notification, categories', () => {
    const app = v1AppMessaging();
    delete app.channels.appmessaging.thread_title;
    app.channels.appmessaging.message.attachment = { contentType: 'video', file: 'https://example.com/v.mp4' };
    app.channels.appmessaging.notification.title = '';
    app.channels.appmessaging.notification.interactive.category = 'TRIPLE_YES_NO_MAYBE';
    app.channels.appmessaging.notification.windows_extras.notificationaction = { action: 'DEEPLINK' };
    const errors = errorsOf(app);
    expect(errors).toContain('channels.appmessaging.thread_title: required with message');
    expect(errors).toContain('channels.appmessaging.message.attachment.preview: required for a video (base64 JPEG preview)');
    expect(errors).toContain('channels.appmessaging.message.attachment.duration: required for video (seconds)');
    expect(errors).toContain('channels.appmessaging.notification.title: the notification title: must not be empty');
    expect(errors).toContain(
      'channels.appmessaging.notification.interactive.category: not a known category (SINGLE_* or DOUBLE_*, see the v1 docs)',
    );
    expect(errors).toContain('channels.appmessaging.notification.windows_extras.notificationaction.value: required for action DEEPLINK');

    const rt = v1Rt();
    rt.channels.appmessaging.interactive.actions.push({ pos: 2, action: 'DISMISS' });
    rt.channels.appmessaging.attachments = [{ contentType: 'location', latitude: '51.5' }];
    const rtErrors = errorsOf(rt);
    expect(rtErrors).toContain('channels.appmessaging.interactive.actions: SINGLE_OPEN has 1 choice: at most 1 action');
    expect(rtErrors).toContain('channels.appmessaging.attachments[0].longitude: required for a location');
    delete rt.channels.appmessaging.text;
    expect(errorsOf(rt)).toContain('channels.appmessaging.message: message.text is required (or text in the flat rt shape)');
  });

  it('checks OTT blocks', () => {
    const fb = v1Ott('fb');
    fb.channels['OTT-Messaging'].fb.attachment.payload.elements[0].buttons[0] = { type: 'web_url', title: 'Open' };
    expect(errorsOf(fb)).toContain(
      'channels.OTT-Messaging.fb.attachment.payload.elements[0].buttons[0].url: required for a web_url button',
    );
    const tw = v1Ott('twitter');
    tw.channels['OTT-Messaging'].twitter.text = 'x'.repeat(141);
    expect(errorsOf(tw)).toContain('channels.OTT-Messaging.twitter.text: longer than 140 bytes');
    const wechat = v1Ott('wechat');
    wechat.channels['OTT-Messaging'].wechat = {};
    expect(errorsOf(wechat)).toContain('channels.OTT-Messaging.wechat: text or attachment is required (text wins when both are sent)');
  });

  it('checks destination kinds per channel and MSISDN format', () => {
    const sms = v1Sms();
    sms.destination = [{ msisdn: ['447700900001', '+44 7700'] }, { psid: ['x'] }, { correlationid: 'only' }, 'nope'];
    const errors = errorsOf(sms);
    expect(errors).toContain('destination[0].msisdn[1]: not an MSISDN (international digits, 7-15, optional +)');
    expect(errors).toContain('destination[1].psid: not a destination for sms (use msisdn or customerid)');
    expect(errors).toContain('destination[2]: no destination ids: add "msisdn" or "customerid" with an array of ids');
    expect(errors.some((e) => e.startsWith('destination[3]'))).toBe(true);
    const push = v1Push();
    push.destination = [{ firefox_pushid: ['nokey'] }];
    expect(errorsOf(push)).toContain('destination[0].firefox_pushid[0]: not a Firefox push id (pushid@key)');
  });

  it('caps destinations at 1000 over the whole array', () => {
    const sms = v1Sms();
    sms.destination = [
      { msisdn: Array.from({ length: 500 }, (_, i) => `4477009${String(i).padStart(5, '0')}`) },
      { customerid: Array.from({ length: 501 }, (_, i) => `c${i}`) },
    ];
    const result = validateRequest('v1', sms);
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.errors[0]).toEqual({
        path: 'destination',
        message: '1001 destinations: at most 1000 per request',
        rule: 'max_destinations',
      });
    expect(countDestinations('v1', sms)).toBe(1001);
    expect(destinationGroups('v1', sms).map((g) => [g.kind, g.addresses.length])).toEqual([
      ['msisdn', 500],
      ['customerid', 501],
    ]);
  });

  it('limits correlationid to 50 UTF-8 bytes, at the top and per destination', () => {
    expect(utf8Bytes('é€𝄞a')).toBe(2 + 3 + 4 + 1);
    expect(errorsOf({ ...v1Sms(), correlationid: 'x'.repeat(50) })).toEqual([]);
    expect(errorsOf({ ...v1Sms(), correlationid: 'é'.repeat(26) })).toContain('correlationid: longer than 50 bytes (UTF-8)');
    const sms = v1Sms();
    sms.destination[0].correlationid = '€'.repeat(17);
    expect(errorsOf(sms)).toContain('destination[0].correlationid: longer than 50 bytes (UTF-8)');
  });

  it('checks priority, expiry, notifyurl, template and smartlinks', () => {
    const body = { ...v1Sms(), priority: '9', expiry: 'soon', notifyurl: 'ftp://x', message: { parameters: {} } };
    const errors = errorsOf(body);
    // Seed 003: an invalid priority falls back to the client's configured one, so it is sent.
    expect(errors.some((e) => e.startsWith('priority'))).toBe(false);
    expect(validateRequest('v1', body).warnings.map((w) => w.path + ': ' + w.message)).toContain(
      'priority: "9" is not a priority (1 low, 2 medium, 3 high): the API uses the priority configured for the client instead (seed 003, priority)',
    );
    expect(errors.some((e) => e.startsWith('expiry: not a date-time'))).toBe(true);
    expect(errors).toContain('notifyurl: not an http(s) URL');
    expect(errors).toContain('message.template: template: the template ID is required');
    const voice = v1Voice();
    voice.channels.smartlinks = [{ linkid: 1 }];
    expect(errorsOf(voice)).toContain('channels.smartlinks: smartlinks work only with SMS, RT and OTT channels, not voice');
    const sms = v1SmsFull();
    sms.channels.smartlinks = [{ validity: 5 }];
    expect(errorsOf(sms)).toContain('channels.smartlinks[0].linkid: linkid: the smartlink id (a number) is required');
  });
});
