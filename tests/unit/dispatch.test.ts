import { describe, expect, it } from 'vitest';
import { testCore } from './helpers/core';

describe('dispatch (the one door used by IPC and the WebSocket)', () => {
  it('answers a known call', async () => {
    const core = await testCore();
    const reply = await core.dispatch('app:info', undefined);
    expect(reply).toMatchObject({ ok: true, output: { name: 'Relaydesk', dataDir: core.context.dataDir } });
  });

  it('refuses an unknown call by name', async () => {
    const core = await testCore();
    expect(await core.dispatch('app:rm -rf', undefined)).toEqual({
      ok: false,
      error: { code: 'unknown_call', message: 'Unknown call app:rm -rf' },
    });
  });

  it('parses input and names what is wrong', async () => {
    const core = await testCore();
    const reply = await core.dispatch('app:setTheme', 'purple');
    expect(reply.ok).toBe(false);
    if (!reply.ok) {
      expect(reply.error.code).toBe('invalid_input');
      expect(reply.error.message).toMatch(/system|light|dark/);
    }
  });

  it('keeps settings in SQLite across cores on the same data dir', async () => {
    const core = await testCore();
    await core.dispatch('app:setTheme', 'dark');
    expect(await core.dispatch('app:getTheme', undefined)).toEqual({ ok: true, output: 'dark' });
  });

  it('turns unexpected failures into a plain message without a stack', async () => {
    const core = await testCore();
    (core.handlers as unknown as Record<string, () => never>)['app:info'] = () => {
      throw new Error('secret internals at /home/user');
    };
    // dispatch holds its own reference; build a fresh one to see the wrapper's behaviour.
    const { createDispatch } = await import('../../src/main/core/dispatch');
    const reply = await createDispatch(core.handlers)('app:info', undefined);
    expect(reply).toEqual({ ok: false, error: { code: 'internal', message: expect.not.stringContaining('secret') } });
  });
});
