import { describe, expect, it } from 'vitest';
import { describeMessageStatus, MessageStatusAnswer, v2StatusPath } from '../../src/shared/api/message-status';
import { SANDBOX_SERVICE_KEY } from '../../src/shared/sandbox';
import { v2Sms } from './helpers/api-requests';
import { post, testSandbox } from './helpers/sandbox';

// "Check status": GET /v2/messages/{messageId} on the sandbox answers what the vendor's status API
// answers, and agrees with the receipts the sandbox posts.

const key = { key: SANDBOX_SERVICE_KEY };

async function getStatus(
  url: string,
  headers: Record<string, string> = key,
): Promise<{ status: number; json: Record<string, unknown> | undefined }> {
  const response = await fetch(url, { headers });
  const text = await response.text();
  return { status: response.status, json: text ? (JSON.parse(text) as Record<string, unknown>) : undefined };
}

describe('sandbox GET /v2/messages/{messageId}', () => {
  it('answers a message it accepted, queued until its first receipt is due', async () => {
    const sandbox = await testSandbox({ receiptDelayMs: 60_000 });
    const body = v2Sms();
    body.priority = '2';
    const sent = await post(`${sandbox.url}/v2/messages`, body, key);
    expect(sent.status).toBe(201);
    const messageId = (sent.json as { messageId: string }).messageId;
    const answer = await getStatus(`${sandbox.url}/v2/messages/${messageId}`);
    expect(answer.status).toBe(200);
    expect(answer.json).toMatchObject({
      messageId,
      channel: 'sms',
      version: '2.0',
      toType: 'msisdn',
      priority: '2',
      callbackData: 'CallBackdata',
      notifyUrl: body.notifyUrl,
      status: 'QUEUED',
      destinations: [{ address: '919611111111', status: 'QUEUED' }],
    });
  });

  it('follows the receipt schedule: delivered, or failed for a number the sandbox fails', async () => {
    const sandbox = await testSandbox({ receiptDelayMs: 20 });
    const body = v2Sms();
    body.to = [{ msisdn: ['447700900001', '447700900013'] }];
    const messageId = ((await post(`${sandbox.url}/v2/messages`, body, key)).json as { messageId: string }).messageId;
    await expect
      .poll(async () => (await getStatus(`${sandbox.url}/v2/messages/${messageId}`)).json?.destinations, { timeout: 20_000 })
      .toMatchObject([
        { address: '447700900001', status: 'DELIVERED' },
        { address: '447700900013', status: 'FAILED' },
      ]);
    // The shared reader a client uses takes the sandbox's answer as the vendor's.
    const answer = await getStatus(sandbox.url + v2StatusPath(messageId));
    expect(MessageStatusAnswer.parse(answer.json).status).toBe('DELIVERED');
    expect(describeMessageStatus(answer.json)).toMatch(/^DELIVERED at \d{4}-\d\d-\d\dT.+ \(sms\)$/);
    expect(describeMessageStatus({ code: '7001' })).toBe('the answer names no status');
  });

  it('wants the same credentials as sending, and says when it does not know the id', async () => {
    const sandbox = await testSandbox();
    expect((await getStatus(`${sandbox.url}/v2/messages/abc`, {})).status).toBe(401);
    const unknown = await getStatus(`${sandbox.url}/v2/messages/no-such-id`);
    expect(unknown.status).toBe(404);
    expect(String(unknown.json?.message)).toContain('No message no-such-id');
  });
});
