import { describe, expect, it } from 'vitest';
import { buildPreviewReport, formatPreviewReport } from '../../src/shared/compose/preview-report';
import { previewAll } from '../../src/shared/compose/preview';
import { listRecipients } from '../../src/shared/compose/recipients';
import { personalise } from '../../src/shared/outbound/personalise';
import { v1AppMessaging, v1Ott, v1Push, v1Rt, v1Voice, v2Email } from './helpers/api-requests';

// The v1 preview shows what each recipient really gets on every channel, not an empty SMS bubble.

function texts(body: unknown): string[] {
  const [first] = previewAll(body);
  return (first?.message?.parts ?? []).map((part) => `${part.label}: ${part.text.text}`);
}

describe('v1 preview beyond SMS', () => {
  it('shows push text per platform, with every push id kind as a recipient (firefox_pushid too)', () => {
    const push = v1Push();
    push.message = { template: 'T', parameters: { name: 'Ana' } };
    push.channels.push.android.text = 'Hi $(name) on Android';
    const recipients = listRecipients(push).map((r) => `${r.kind}:${r.address}`);
    expect(recipients).toEqual(['android_pushid:abc', 'firefox_pushid:id@key', 'customerid:c1']);
    expect(texts(push)).toEqual(['Android: Hi Ana on Android', 'iOS: iOS text', 'Web title: Title', 'Web: Web text']);
    expect(previewAll(push)[0]!.message!.parts[0]!.characters).toBe('Hi Ana on Android'.length);
    expect(previewAll(push)[0]!.sms).toBeUndefined();
  });

  it('shows app messages in both documented shapes, with their notification and thread', () => {
    expect(texts(v1AppMessaging())).toEqual([
      'Message: RTM_message',
      'Notification title: notification_title',
      'Notification text: notification_text',
    ]);
    expect(previewAll(v1AppMessaging())[0]!.message!.details).toContainEqual({ label: 'Thread', value: 'thread_title' });
    expect(texts(v1Rt())).toEqual(['Message: Hello']);
  });

  it('shows OTT messages where each channel keeps them, and the voice call flow', () => {
    expect(texts(v1Ott('wa'))).toEqual(['Message: Hello on WhatsApp']);
    expect(texts(v1Ott('twitter'))).toEqual(['Direct message: Hello on Twitter']);
    expect(texts(v1Ott('wechat'))).toEqual(['Message: Hello']);
    expect(texts(v1Ott('fb'))).toEqual(['Message: Hi', 'Card 1 title: Bubble', 'Card 1 subtitle: Sub']);
    const wa = v1Ott('wa');
    wa.deliverychannel = 'whatsapp';
    wa.channels['OTT-Messaging'].wa = { type: 'text', text: { body: 'Typed body' } };
    expect(texts(wa)).toEqual(['Message: Typed body']);
    expect(previewAll(v1Voice())[0]!.message!.details).toEqual([
      { label: 'Runs call flow', value: 'CF1' },
      { label: 'Caller ID', value: '441234567890' },
    ]);
  });

  it('flags a Twitter DM over its 140 bytes after substitution', () => {
    const twitter = v1Ott('twitter');
    twitter.channels['OTT-Messaging'].twitter.text = 'é'.repeat(71);
    expect(previewAll(twitter)[0]!.problems.map((p) => p.message)).toEqual([
      'user-1: 142 bytes (UTF-8) after substitution; the limit is 140',
    ]);
  });

  it('the CLI report and the stored per-recipient text carry the real content', () => {
    const report = buildPreviewReport(v1Ott('wa'));
    expect(report.recipients[0]!.text).toBe('Message: Hello on WhatsApp');
    expect(report.recipients[0]!.characters).toBe('Hello on WhatsApp'.length);
    expect(personalise('v1', v1Push()).map((r) => r.text)).toEqual(['Android text', 'Android text', 'Android text']);
  });

  it('the CLI report lists warnings apart from errors, and a warned request is still OK to send', () => {
    const wa = v1Ott('wa');
    wa.priority = 'urgent';
    const report = buildPreviewReport(wa);
    expect(report.errors).toEqual([]);
    expect(report.ok).toBe(true);
    const text = formatPreviewReport(report);
    expect(text).toContain('Warnings (the request is sent as it is):');
    expect(text).toContain('priority: "urgent" is not a priority (1 low, 2 medium, 3 high)');
    expect(text).toContain('OK: every recipient gets a complete message within the limits.');
  });

  it('shows email cc and bcc, from the top level or from options', () => {
    const email = v2Email();
    email.bcc = ['audit@example.com'];
    const preview = previewAll(email)[0]!.email!;
    expect(preview.cc).toEqual(['boss@example.com']);
    expect(preview.bcc).toEqual(['audit@example.com']);
    delete email.cc;
    delete email.bcc;
    email.options.cc = ['opt@example.com'];
    expect(previewAll(email)[0]!.email!.cc).toEqual(['opt@example.com']);
  });
});
