import { describe, expect, it } from 'vitest';
import { getIn, parseJsonText, setIn } from '../../src/renderer/src/features/compose/body-edit';
import { testBody } from '../../src/renderer/src/features/compose/test-send';

describe('form edits of the request body', () => {
  it('sets a nested field and keeps every other field as it was', () => {
    const body = { channel: 'sms', custom: { keep: 1 }, content: { type: 'text', text: 'a' } };
    const next = setIn(body, ['content', 'text'], 'b');
    expect(next).toEqual({ channel: 'sms', custom: { keep: 1 }, content: { type: 'text', text: 'b' } });
    expect(body.content.text).toBe('a');
    expect(getIn(next, ['content', 'text'])).toBe('b');
  });

  it('removes a cleared field and the empty object it leaves behind', () => {
    expect(setIn({ channel: 'sms', options: { domain: 'x' } }, ['options', 'domain'], '')).toEqual({ channel: 'sms' });
    expect(setIn({ to: [{ msisdn: ['1'] }] }, ['to', 0, 'msisdn', 0], '9')).toEqual({ to: [{ msisdn: ['9'] }] });
  });

  it('names the line and column of broken JSON and refuses non-objects', () => {
    const out = parseJsonText('{\n  "channel": "sms",\n  oops\n}');
    expect(out.ok).toBe(false);
    expect(!out.ok && out.message).toMatch(/line 3, column 3/);
    expect(parseJsonText('[1]')).toEqual({ ok: false, message: 'the request body must be a JSON object ({ ... })' });
  });
});

describe('send test to me', () => {
  const body = { channel: 'sms', to: [{ msisdn: ['447700900001', '447700900002'] }], content: { type: 'text', text: 'Hi $(name)' } };
  it('replaces the recipients with the test numbers and keeps the previewed recipient’s values', () => {
    expect(testBody(body, 'sms', { msisdn: ['+447700900999'], email: [] }, { name: 'Ana' })).toEqual({
      ...body,
      to: [{ msisdn: ['+447700900999'], substitutions: { name: 'Ana' } }],
    });
  });
  it('says where to add test addresses when there are none', () => {
    expect(testBody({ ...body, channel: 'email' }, 'email', { msisdn: ['+447700900999'], email: [] }, {})).toMatch(
      /Settings → Test recipients/,
    );
  });
});
