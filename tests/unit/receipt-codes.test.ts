import { describe, expect, it } from 'vitest';
import { receiptCodeTable, receiptCodeText } from '../../src/shared/inbound/receipt-codes';
import { normalizePayload } from '../../src/shared/inbound/normalize';
import { NormalizedEvent } from '../../src/shared/inbound/event';
import { previewText } from '../../src/renderer/src/features/inbound/feed-format';
import { sandboxReceiptCode } from '../../src/shared/api/sandbox-rules';
import { V1_CHANNELS } from '../../src/shared/api/v1-channels';
import { V2_CHANNELS } from '../../src/shared/api/v2-schema';

// Receipt codes in words, per channel. The lists below are typed in from Webex Connect's "Channel
// Specific Status Codes" page (developer docs v6.20.0, developers.webexconnect.io/reference/
// channel-specific-status-codes), one per table, plus the codes the channels' outbound webhook
// samples send (push 7105/7404, rt 7528/7105, WhatsApp 7737): a code the app cannot word fails here.

const PAGE: Record<string, string> = {
  sms: '7500 7501 7004 7006 7101 7102 7107 7109 7201 7202 7203 7204 7205 7206 7207 7208 7209 7210 7211 7111 7280 7281 7282 7283 7284 7302 7513 7518 7607 7720 7528',
  mms:
    '7010 7144 7145 7146 7147 7148 7212 7213 7214 7215 7216 7217 7218 7219 7220 7221 7222 7223 7224 7225 7226 7227 7228 7229 7230 7231 ' +
    '7232 7233 7234 7235 7236 7237 7238 7239 7242 7243 7244 7245 7246 7247 7248 7249 7250 7251 7252 7253 7254 7255 7256 7257 7258 7259 ' +
    '7260 7261 7262 7263 7264 7265 7266 7267 7268 7269 7270 7271 7272',
  email: '7500 7501 7502 7520 7521 7522 7523 7524 7528 7535 7536 7240 7241 7553 7554 1234',
  push:
    '7500 7501 7502 7503 7504 7505 7506 7507 7508 7509 7510 7511 7512 7513 7514 7515 7516 7517 7518 7537 7538 7539 7540 7541 7542 7543 ' +
    '7544 7545 7546 7547 7548 7549 7550 7551 7560 7562 7563 7564 7565 7566 7569 7570 7571 7577 7578 7880 7881 7882 7883 7884 7885 7886 ' +
    '7887 7889 7890 7891 7892 7105 7404 7003',
  rt: '7500 7501 7502 7000 7006 7010 7011 7301 7304 7305 7307 7308 7309 7310 7311 7312 7003 7004 7034 7703 7704 7708 7706 7026 7528 7105',
  whatsapp:
    '7500 7501 7502 7200 7010 7011 7701 7703 7704 7705 7706 7707 7710 7711 7712 7713 7714 7715 7717 7721 7722 7723 7726 7727 7729 7730 ' +
    '7731 7733 7736 7802 7803 7804 7805 7808 7809 7811 7812 7813 7814 7815 7816 7819 7820 7821 7830 7832 7833 7834 7835 7836 7837 7838 ' +
    '7839 7840 7842 7845 7846 7849 7854 7860 7861 7862 7863 7865 7868 7869 7870 7871 7872 7874 7737',
  'Facebook Messenger': '7000 7006 7010 7011 7301 7303 7313 7500 7501 7502 7526 2018336 2018047',
  instagram: '7000 7307 7302 7301 7303 7006 7304 7305 7306 7011 7501 7500 7502 7010 7526 7313',
  rcs: '7000 7006 7010 7011 7301 7307 7500 7501 7502 7740 7318 7319 7320 7321 7322 7323 7324 7325 7326 7327 7328 7329 7330 7331 7334',
  voice:
    '7000 7003 7004 7127 7016 7020 7101 7102 7104 8009 7107 7108 7126 7009 7022 7005 7401 7402 7404 7406 7407 7408 7409 7410 7411 7412 ' +
    '7208 7519 1001 1003 1005 1007 2001 2002 2003 2005 2006 3000 3002 3003 1010 1002 2008 1011 1009 1012 1013 1008',
  apple: '7000 7006 7010 7011 7301 7307 7314 7316 7317 7501 7738 1001 7001 7002 7003 7004 7007 7009 7722',
  gbm: '7900 7904 7905 7906 7909 7910 7913 7914 7915 7916 7901 7902 7903 7907 7908 7911 7917 7912 7501 7500 7502 7307',
};
const COMMON = '7000 7001 7002 7003 7004 7005 7006 7007 7009 7020 7104 7108 7200 9000 9001 9002 9003 9004 9005 9006 9007 9010';

const NO_WORDING = /has no wording for/;
const NOT_OWN = /listed for|means different things|is not listed for/;
const pairs = Object.entries(PAGE).flatMap(([channel, codes]) => codes.split(' ').map((code) => [channel, code] as const));

describe('receipt codes in words, per channel', () => {
  it.each(pairs)('%s %s has words of its own channel (or common to all)', (channel, code) => {
    const words = receiptCodeText(code, channel);
    expect(words).not.toMatch(NO_WORDING);
    expect(words).not.toMatch(NOT_OWN);
    expect(words!.length).toBeGreaterThan(5);
  });

  it.each(COMMON.split(' '))('common code %s has words on any channel, and with none', (code) => {
    for (const channel of ['sms', 'twitter', undefined]) expect(receiptCodeText(code, channel)).not.toMatch(NO_WORDING);
  });

  it('a code reads as its channel means it', () => {
    expect(receiptCodeText('7703', 'rt')).toMatch(/buttons/);
    expect(receiptCodeText('7703', 'whatsapp')).toMatch(/payment issue/);
    expect(receiptCodeText('7404', 'voice')).toMatch(/^Call failed/);
    expect(receiptCodeText('7404', 'push')).toMatch(/^Push failed/);
    expect(receiptCodeText('7513', 'SMS')).not.toBe(receiptCodeText('7513', 'push'));
    expect(receiptCodeText('7241', 'email')).toMatch(/Webex Connect unsubscribe list/);
    expect(receiptCodeText('7240', 'email')).toMatch(/will not send to an address that bounced before/);
    expect(receiptCodeText('7520', 'email')).toMatch(/remove permanent bounces from the list/);
  });

  it('takes the channel in any spelling receipts and status answers use', () => {
    const rt = receiptCodeTable('rt');
    for (const name of ['RT', 'rtm', 'appmessaging', 'In-App', 'Live_Chat', 'livechat']) expect(receiptCodeTable(name), name).toBe(rt);
    const fb = receiptCodeTable('fb');
    for (const name of ['Facebook Messenger', 'facebook', 'Messenger', 'FB']) expect(receiptCodeTable(name), name).toBe(fb);
    expect(receiptCodeTable('WA')).toBe(receiptCodeTable('whatsapp'));
    expect(receiptCodeTable('Email')).toBe(receiptCodeTable('email'));
    expect(receiptCodeTable('twitter')).toBeNull();
    expect(receiptCodeTable(42)).toBeNull();
  });

  it('without a channel: one meaning everywhere is worded, several are named per channel', () => {
    expect(receiptCodeText('7241', null)).toMatch(/unsubscribe list/);
    expect(receiptCodeText('7500', undefined)).toMatch(/^Delivered/);
    const neutral = receiptCodeText('7703', 'twitter');
    expect(neutral).toMatch(/^Code 7703 means different things per channel/);
    expect(neutral).toMatch(/in-app\/live chat: Too many buttons/);
    expect(neutral).toMatch(/WhatsApp: Business eligibility/);
  });

  it("a code the channel's table lacks says which channels list it", () => {
    expect(receiptCodeText('7503', 'sms')).toMatch(/^Expired before a delivery attempt.* \(listed for push; not for SMS\)\.$/);
    expect(receiptCodeText('7703', 'sms')).toMatch(/^Code 7703 is not listed for SMS; it means different things on other channels: /);
  });

  it('an unknown code, or one named like an object property, still says it has no wording', () => {
    expect(receiptCodeText('7999', 'sms')).toMatch(/^Code 7999: .*has no wording for\.$/);
    expect(receiptCodeText('constructor', 'email')).toMatch(/^Code constructor: .*has no wording for\.$/);
    expect(receiptCodeText('toString', undefined)).toMatch(NO_WORDING);
    expect(receiptCodeText(null, 'sms')).toBeNull();
  });

  it('a receipt through the webhook normalizer shows the words for its channel in the feed', () => {
    const receipt = (deliveryChannel: string, code: string) =>
      NormalizedEvent.parse(
        normalizePayload({
          deliveryInfoNotification: {
            transid: `t-${deliveryChannel}-${code}`,
            deliveryInfo: { destination: 'ann@example.com', deliveryStatus: 'Failed', deliveryChannel, code },
          },
        }),
      );
    const email = receipt('email', '7241');
    expect(email.status?.description).toMatch(/in the Webex Connect unsubscribe list/);
    expect(previewText({ ...email, kind: 'receipt' })).toMatch(/^7241: Unsubscribed: the address is in the Webex Connect unsubscribe list/);
    // The same 7703 as a live-chat and as a WhatsApp receipt, with the receipt's own Description beside it.
    const withDescription = (deliveryChannel: string) =>
      NormalizedEvent.parse(
        normalizePayload({
          deliveryInfoNotification: {
            transid: `d-${deliveryChannel}`,
            deliveryInfo: { destination: '1', deliveryStatus: 'Failed', deliveryChannel, code: '7703', Description: 'Failed' },
          },
        }),
      );
    expect(withDescription('rt').details.codeMeaning).toMatch(/buttons/);
    expect(withDescription('whatsapp').details.codeMeaning).toMatch(/payment issue/);
  });

  it.each([...new Set([...V1_CHANNELS, ...V2_CHANNELS, 'whatsapp', 'messenger'])])(
    "the sandbox fails a %s destination with a code that channel's own table words",
    (channel) => {
      const code = sandboxReceiptCode('failed', channel);
      const words = receiptCodeText(code, channel);
      expect(words).not.toMatch(NO_WORDING);
      expect(words).not.toMatch(NOT_OWN);
      // Only channels without a table of their own (twitter, wechat) fall back to a common code.
      if (receiptCodeTable(channel) !== null) expect(code).not.toBe('7200');
    },
  );
});
