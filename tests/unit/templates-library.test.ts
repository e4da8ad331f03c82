import { describe, expect, it } from 'vitest';
import type { CallInput, CallName, CallOutput } from '../../src/shared/contract';
import type { Core } from '../../src/main/core';
import { testCore } from './helpers/core';

/** Calls through dispatch, as the renderer does: input parsed (defaults applied), errors thrown. */
function caller(core: Core) {
  return async <K extends CallName>(name: K, input?: CallInput<K>): Promise<CallOutput<K>> => {
    const reply = await core.dispatch(name, input);
    if (!reply.ok) throw new Error(reply.error.message);
    return reply.output as CallOutput<K>;
  };
}

async function open(options: Parameters<typeof testCore>[0] = {}) {
  const core = await testCore(options);
  const call = caller(core);
  const handlers = new Proxy({} as { [K in CallName]: (input?: CallInput<K>) => Promise<CallOutput<K>> }, {
    get: (_t, name: string) => (input: unknown) => call(name as CallName, input as never),
  });
  return { core, handlers, dispatch: core.dispatch, context: core.context, close: () => core.close() };
}

const smsBody = { channel: 'sms', from: 'ACME', content: { type: 'text', text: 'Hi $(name), spring sale' } };

describe('template library', () => {
  it('saves, lists with search by name, tag and text, and gets a template', async () => {
    const { handlers } = await open();
    const saved = await handlers['templates:save']({ name: 'Spring SMS', channel: 'sms', tags: ['promo', 'spring'], body: smsBody });
    await handlers['templates:save']({
      name: 'Receipt mail',
      channel: 'email',
      body: { channel: 'email', content: { type: 'text', subject: 'Your receipt', text: 'Thanks' } },
    });
    expect((await handlers['templates:list']()).map((t) => t.name).sort()).toEqual(['Receipt mail', 'Spring SMS']);
    expect((await handlers['templates:list']({ query: 'sale' })).map((t) => t.name)).toEqual(['Spring SMS']);
    expect((await handlers['templates:list']({ tag: 'PROMO' })).map((t) => t.name)).toEqual(['Spring SMS']);
    expect((await handlers['templates:list']({ channel: 'email' }))[0]).toMatchObject({ name: 'Receipt mail', excerpt: 'Your receipt' });
    expect(await handlers['templates:get']({ id: saved.id })).toMatchObject({
      body: smsBody,
      tags: ['promo', 'spring'],
      api: 'v2',
      vendorTemplateId: null,
    });
  });

  it('accepts RCS content alone, as the RCS designer saves it, and a vendor template id', async () => {
    const { handlers } = await open();
    const t = await handlers['templates:save']({
      name: 'Card',
      channel: 'rcs',
      content: { type: 'text', text: 'Hello' },
      vendorTemplateId: 'vendor-7',
    });
    expect(t.body).toEqual({ channel: 'rcs', content: { type: 'text', text: 'Hello' } });
    expect(t.vendorTemplateId).toBe('vendor-7');
  });

  it('refuses a duplicate name, and duplicates/renames/deletes by id', async () => {
    const { handlers } = await open();
    const a = await handlers['templates:save']({ name: 'Spring SMS', channel: 'sms', body: smsBody });
    await expect(handlers['templates:save']({ name: 'spring sms', channel: 'sms', body: smsBody })).rejects.toThrow(/already exists/);
    const copy = await handlers['templates:duplicate']({ id: a.id });
    expect(copy.name).toBe('Spring SMS (copy)');
    expect((await handlers['templates:duplicate']({ id: a.id })).name).toBe('Spring SMS (copy) 2');
    expect((await handlers['templates:rename']({ id: copy.id, name: 'Autumn SMS' })).name).toBe('Autumn SMS');
    await expect(handlers['templates:rename']({ id: copy.id, name: 'Spring SMS' })).rejects.toThrow(/already exists/);
    await handlers['templates:delete']({ id: a.id });
    await expect(handlers['templates:get']({ id: a.id })).rejects.toThrow(/no template/);
  });

  it('survives a restart: templates live in SQLite', async () => {
    const first = await open();
    await first.handlers['templates:save']({ name: 'Kept', channel: 'sms', body: smsBody });
    const dataDir = first.context.dataDir;
    await first.close();
    const second = await open({ dataDir });
    expect((await second.handlers['templates:list']()).map((t) => t.name)).toEqual(['Kept']);
  });
});

describe('template files', () => {
  it('exports and imports round trip, renaming on a clash', async () => {
    const { handlers } = await open();
    await handlers['templates:save']({ name: 'Spring SMS', channel: 'sms', tags: ['promo'], body: smsBody });
    const file = await handlers['templates:export']({});
    expect(file.count).toBe(1);
    expect(JSON.parse(file.json)).toMatchObject({ format: 'relaydesk-templates', version: 1 });
    const result = await handlers['templates:import']({ json: file.json });
    expect(result.rejected).toEqual([]);
    expect(result.imported.map((t) => t.name)).toEqual(['Spring SMS 2']);
    expect((await handlers['templates:get']({ id: result.imported[0]!.id })).body).toEqual(smsBody);
  });

  it('imports the good entries and names each bad one with the reason', async () => {
    const { handlers } = await open();
    const json = JSON.stringify({
      format: 'relaydesk-templates',
      version: 1,
      templates: [
        { name: 'Good', channel: 'sms', body: smsBody },
        { name: 'No channel', body: smsBody },
        { name: '', channel: 'fax', body: smsBody },
        'not an object',
      ],
    });
    const result = await handlers['templates:import']({ json });
    expect(result.imported.map((t) => t.name)).toEqual(['Good']);
    expect(result.rejected.map((r) => r.index)).toEqual([1, 2, 3]);
    expect(result.rejected[0]!.message).toMatch(/^templates\[1\] \("No channel"\): channel: /);
    expect(result.rejected[1]!.message).toMatch(/name: a template needs a name/);
    expect(result.rejected[1]!.message).toMatch(/channel: /);
    expect(result.rejected[2]!.message).toMatch(/^templates\[3\]: /);
  });

  it('refuses a file that is not JSON or not a templates file, importing nothing', async () => {
    const { handlers } = await open();
    await expect(handlers['templates:import']({ json: '{oops' })).rejects.toThrow(/not valid JSON/);
    await expect(handlers['templates:import']({ json: '{"format":"other","version":1,"templates":[]}' })).rejects.toThrow(
      /not a Relaydesk templates file/,
    );
    expect(await handlers['templates:list']()).toEqual([]);
  });
});

describe('drafts and test recipients', () => {
  it('autosaves a draft, replaces it by id, keeps unparsable JSON text, deletes it', async () => {
    const { handlers } = await open();
    const d = await handlers['compose:saveDraft']({
      api: 'v2',
      channel: 'sms',
      profileId: 'sandbox',
      body: smsBody,
      jsonText: null,
      templateId: null,
    });
    await handlers['compose:saveDraft']({
      id: d.id,
      api: 'v2',
      channel: 'sms',
      profileId: 'sandbox',
      body: smsBody,
      jsonText: '{"channel": "sm',
      templateId: null,
    });
    const list = await handlers['compose:listDrafts']();
    expect(list).toHaveLength(1);
    expect(list[0]!.jsonText).toBe('{"channel": "sm');
    await handlers['compose:deleteDraft']({ id: d.id });
    expect(await handlers['compose:listDrafts']()).toEqual([]);
  });

  it('stores test recipients in settings and validates them', async () => {
    const { dispatch, handlers } = await open();
    expect(await handlers['compose:getTestRecipients']()).toEqual({ msisdn: [], email: [] });
    await handlers['compose:setTestRecipients']({ msisdn: ['+447700900001', '+447700900001'], email: ['me@example.com'] });
    expect(await handlers['compose:getTestRecipients']()).toEqual({ msisdn: ['+447700900001'], email: ['me@example.com'] });
    const bad = await dispatch('compose:setTestRecipients', { msisdn: ['12ab'], email: [] });
    expect(bad).toMatchObject({ ok: false, error: { path: 'msisdn[0]' } });
  });
});
