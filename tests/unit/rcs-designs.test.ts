import { describe, expect, it } from 'vitest';
import { createCore } from '../../src/main/core';
import { RCS_STARTING_POINTS } from '../../src/shared/rcs/gallery';
import { testCore } from './helpers/core';
import { tempDir } from './helpers/temp-dir';
import type { Core } from '../../src/main/core';
import type { RcsDesign } from '../../src/shared/rcs/design';

type Reply = Awaited<ReturnType<Core['dispatch']>>;
function output<T>(reply: Reply): T {
  if (!reply.ok) throw new Error(reply.error.message);
  return reply.output as T;
}
const names = (reply: Reply) => output<RcsDesign[]>(reply).map((d) => d.name);

const carousel = RCS_STARTING_POINTS.find((s) => s.id === 'carousel-offers')!.content;

describe('rcs saved designs (SQLite through dispatch)', () => {
  it('saves, lists newest first, overwrites by id and deletes', async () => {
    const core = await testCore();
    const first = output<RcsDesign>(
      await core.dispatch('rcs:saveDesign', {
        name: 'Offers',
        tags: ['promo', 'promo'],
        content: carousel,
        options: { smsFallback: true, text: 'See offers' },
      }),
    );
    expect(first).toMatchObject({ name: 'Offers', tags: ['promo'], content: carousel, options: { smsFallback: true, text: 'See offers' } });
    const second = await core.dispatch('rcs:saveDesign', { name: 'Typing', content: { type: 'agentEvent', event: 'IS_TYPING' } });
    expect(second.ok).toBe(true);
    const renamed = await core.dispatch('rcs:saveDesign', { id: first.id, name: 'Offers v2', content: carousel });
    expect(output<RcsDesign>(renamed).name).toBe('Offers v2');
    const list = await core.dispatch('rcs:listDesigns', undefined);
    expect(names(list)).toEqual(['Offers v2', 'Typing']);
    expect(await core.dispatch('rcs:deleteDesign', { id: first.id })).toEqual({ ok: true, output: { id: first.id } });
    const missing = await core.dispatch('rcs:deleteDesign', { id: first.id });
    expect(missing.ok || missing.error.code).toBe('not_found');
  });

  it('keeps work in progress that breaks a limit, but refuses content of an unknown shape, naming the path', async () => {
    const core = await testCore();
    const draft = await core.dispatch('rcs:saveDesign', { name: 'Long', content: { type: 'text', text: 'x'.repeat(2000) } });
    expect(draft.ok).toBe(true);
    const bad = await core.dispatch('rcs:saveDesign', { name: 'Bad', content: { type: 'carousel', width: 'WIDE', cards: [] } });
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.error.message).toBe('content.width: must be SMALL or MEDIUM');
    const unnamed = await core.dispatch('rcs:saveDesign', { name: '  ', content: carousel });
    expect(unnamed.ok || unnamed.error.message).toBe('name: a design needs a name');
  });

  it('designs survive a restart on the same data dir', async () => {
    const dataDir = tempDir();
    const a = await createCore({ dataDir, startServices: false });
    await a.dispatch('rcs:saveDesign', { name: 'Kept', content: carousel });
    await a.close();
    const b = await createCore({ dataDir, startServices: false });
    const list = await b.dispatch('rcs:listDesigns', undefined);
    await b.close();
    expect(names(list)).toEqual(['Kept']);
  });
});
