import { describe, expect, it } from 'vitest';
import type { EventName } from '../../src/shared/contract';
import { createCore } from '../../src/main/core';
import { createInboundArea } from '../../src/main/core/inbound/area';
import type { InboundEventRow } from '../../src/shared/inbound/event';
import { postJson, secretStore } from './fixtures/inbound-harness';
import { testCore } from './helpers/core';

// The CLI writes to the same database while the console is open. Its writes push nothing to
// the console's core, so that core looks for them (data_version, then each area's fingerprint)
// and pushes the events its views already follow.

describe('changes made by another process', () => {
  it('reach an open console as the events its views follow, and nothing when nothing changed', async () => {
    const app = await testCore({ startServices: true, listenPort: 0, sandboxPort: 0 });
    const seen: { name: EventName; payload: unknown }[] = [];
    app.events.subscribe((name, payload) => seen.push({ name, payload }));
    const names = () => seen.map((e) => e.name).filter((n) => n !== 'app:status' && n !== 'sandbox:entry');

    // Another process on the same data directory, as `relaydesk ...` would be.
    const other = await createCore({ dataDir: app.context.dataDir, startServices: false });
    try {
      app.context.externalChanges.check();
      expect(names()).toEqual([]);

      const created = await other.dispatch('profiles:create', { name: 'From the CLI', region: 'eu', serviceId: 'svc-1', authMode: 'key' });
      expect(created.ok, JSON.stringify(created)).toBe(true);
      app.context.externalChanges.check();
      expect(names()).toEqual(['profiles:changed']);
      const pushed = seen.find((e) => e.name === 'profiles:changed')!.payload as { name: string }[];
      expect(pushed.map((p) => p.name)).toContain('From the CLI');

      // Added and removed again between two looks: the list the console holds may show it.
      seen.length = 0;
      const brief = await other.dispatch('profiles:create', { name: 'Brief', region: 'eu', serviceId: 'svc-2', authMode: 'key' });
      expect(brief.ok).toBe(true);
      expect((await other.dispatch('profiles:delete', { id: (brief as { output: { id: string } }).output.id })).ok).toBe(true);
      app.context.externalChanges.check();
      expect(names()).toEqual(['profiles:changed']);

      seen.length = 0;
      const saved = await other.dispatch('templates:save', {
        name: 'CLI template',
        channel: 'sms',
        apiVersion: 'v1',
        body: { deliverychannel: 'sms', message: 'hi', destination: [{ msisdn: ['447700900123'] }] },
      });
      expect(saved.ok, JSON.stringify(saved)).toBe(true);
      app.context.externalChanges.check();
      expect(names()).toEqual(['templates:changed']);

      // `relaydesk send`: queued by the other process, then sent by whichever runs the outbox.
      seen.length = 0;
      const queued = await other.dispatch('outbound:send', {
        profileId: 'sandbox',
        body: {
          deliverychannel: 'sms',
          channels: { sms: { text: 'From the CLI', type: '1' } },
          destination: [{ msisdn: ['447700900123'] }],
        },
      });
      expect(queued.ok, JSON.stringify(queued)).toBe(true);
      app.context.externalChanges.check();
      expect(names()).toContain('outbound:changed');
    } finally {
      await other.close();
    }
  });

  it('webhooks stored by another listener reach the console once; its own are not pushed again', async () => {
    const app = await testCore({ startServices: true, listenPort: 0, sandboxPort: 0 });
    const pushed: InboundEventRow[] = [];
    app.events.subscribe((name, payload) => {
      if (name === 'inbound:received') pushed.push(...(payload as { events: InboundEventRow[] }).events);
    });
    // `relaydesk listen` in a terminal: another core and listener on the same data directory.
    const other = await createCore({ dataDir: app.context.dataDir, startServices: false });
    const otherInbound = createInboundArea(other.context, secretStore());
    await otherInbound.start!();
    const sms = (text: string, tid: string) => ({ channel: 'SMS', oa: '441157070619', da: '918886661353', message: text, tid });
    try {
      const own = await postJson(`${app.context.status.get().listener.url}/webhooks`, sms('to the app', 'own-1'));
      expect(own.status).toBe(200);
      for (const [i, text] of ['from the terminal', 'and another'].entries()) {
        expect((await postJson(`${otherInbound.listener()!.url}/webhooks`, sms(text, `other-${i}`))).status).toBe(200);
      }
      const again = await postJson(`${app.context.status.get().listener.url}/webhooks`, sms('to the app again', 'own-2'));
      expect(again.status).toBe(200);

      app.context.externalChanges.check();
      expect(pushed.map((e) => e.text)).toEqual(['to the app', 'to the app again', 'from the terminal', 'and another']);
      // Nothing new: a second look pushes nothing.
      await postJson(`${otherInbound.listener()!.url}/webhooks`, sms('from the terminal', 'other-0'));
      app.context.externalChanges.check();
      expect(pushed).toHaveLength(4);
    } finally {
      await otherInbound.stop!();
      await other.close();
    }
  });
});
