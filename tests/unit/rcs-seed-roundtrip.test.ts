import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { V2RequestShape } from '../../src/shared/api/v2-schema';
import { RcsContent } from '../../src/shared/rcs/content';
import { rcsIssues } from '../../src/shared/rcs/issues';
import { contentToJson, loadRcsPayload } from '../../src/shared/rcs/load';
import { buildRcsRequest } from '../../src/shared/rcs/request';
import { rcsDesignWarnings } from '../../src/shared/rcs/warnings';

// Every RCS sample of seed 001 (fixed as noted in fixtures/rcs-seed-001/README.md) loads into the
// designer and serializes back to the same payload.
const dir = join(import.meta.dirname, 'fixtures', 'rcs-seed-001');
const contentFixtures = readdirSync(dir).filter((f) => f.endsWith('.json') && !f.startsWith('request-'));

describe('seed 001 RCS samples round-trip through the designer', () => {
  it('has every content type of the seed as a fixture', () => {
    const types = contentFixtures.map((f) => (JSON.parse(readFileSync(join(dir, f), 'utf8')) as { type: string }).type);
    expect(new Set(types)).toEqual(new Set(['text', 'media', 'standalone', 'carousel', 'agentEvent']));
  });

  for (const file of contentFixtures) {
    it(`${file} loads, passes every rule and serializes back unchanged`, () => {
      const text = readFileSync(join(dir, file), 'utf8');
      const loaded = loadRcsPayload(text);
      if (!loaded.ok) throw new Error(JSON.stringify(loaded.problems));
      expect(RcsContent.safeParse(loaded.content).success).toBe(true);
      expect(JSON.parse(contentToJson(loaded.content))).toEqual(JSON.parse(text));
      // A second trip changes nothing either.
      const again = loadRcsPayload(contentToJson(loaded.content));
      expect(again.ok && again.content).toEqual(loaded.content);
    });
  }

  it('the full request sample loads its content and rcsOptions, and rebuilds a valid v2 request', () => {
    const request = JSON.parse(readFileSync(join(dir, 'request-standalone.json'), 'utf8')) as Record<string, unknown>;
    const loaded = loadRcsPayload(JSON.stringify(request));
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.problems));
    expect(loaded.content).toEqual(request.content);
    expect(loaded.options).toEqual({ smsFallback: true, smsSenderId: 'senderaddress', text: 'fallback text', carrierId: '41' });
    const rebuilt = buildRcsRequest({
      from: 'a_156887855308557980',
      msisdns: ['+916304451252'],
      correlationId: 'na1b2b1i1',
      content: loaded.content,
      options: loaded.options!,
      requestedReceipts: ['DELIVERED'],
    });
    expect(rebuilt.content).toEqual(request.content);
    expect(rebuilt.options).toEqual(request.options);
    expect(V2RequestShape.safeParse(rebuilt).success).toBe(true);
  });

  it('the carousel exactly as published loads: loose JSON repaired, listed choices picked, each change named', () => {
    const loaded = loadRcsPayload(readFileSync(join(dir, 'seed-loose-carousel.txt'), 'utf8'));
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.problems));
    expect(loaded.notes).toEqual([
      'removed a trailing comma',
      'width: "SMALL/MEDIUM" lists the choices; took MEDIUM (change it in the designer)',
      'cards[0].media.height: "SHORT/MEDIUM/TALL" lists the choices; took MEDIUM (change it in the designer)',
      'cards[1].media.height: "SHORT/MEDIUM/TALL" lists the choices; took MEDIUM (change it in the designer)',
    ]);
    // The sample's equal event times break no rule the vendor documents: a warning, and it can be sent as published.
    expect(rcsIssues(loaded.content)).toEqual([]);
    expect(rcsDesignWarnings(loaded.content).filter((w) => w.path === 'suggestions[4].endTime')).toEqual([
      {
        path: 'suggestions[4].endTime',
        message:
          "the event does not end after it starts: calendars may refuse it (a calendar rule; the vendor's own sample uses equal times)",
      },
    ]);
    // Once that is fixed it equals the fixture made by hand.
    const fixed = structuredClone(loaded.content) as { suggestions: { endTime?: string }[] };
    fixed.suggestions[4]!.endTime = '2017-03-14T01:00:00Z';
    expect(fixed).toEqual(JSON.parse(readFileSync(join(dir, 'carousel.json'), 'utf8')));
  });

  it('a listed choice that is not a valid choice is not guessed', () => {
    const loaded = loadRcsPayload('{"type": "carousel", "width": "SMALL/LARGE", "cards": []}');
    expect(loaded.ok || loaded.problems).toEqual([{ path: 'width', message: 'must be SMALL or MEDIUM' }]);
  });

  it('the published media and READ samples load after repairing a missing comma and an open string', () => {
    const media = loadRcsPayload(`{
    "type": "media",
    "mediaContentUrl":"https://asset.com/asset.jpg",
    "fileSize":1148279
    "suggestions": [ { "type": "reply", "displayText": "Yes", "postbackData": "usr_msg_yes" } ]
}`);
    expect(media.ok && media.content).toMatchObject({ type: 'media', fileSize: 1148279 });
    expect(media.notes).toEqual(['added a missing comma before "suggestions"']);
    const read = loadRcsPayload(`{
    "type": "agentEvent",
    "event": "READ",
    "messageId": "3682cb0f-5dae-42fe-9a75-2aea271efeff
}`);
    expect(read.ok && read.content).toEqual({ type: 'agentEvent', event: 'READ', messageId: '3682cb0f-5dae-42fe-9a75-2aea271efeff' });
  });
});
