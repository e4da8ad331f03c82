import { type TemplateInput, TestRecipients, type RequestBody } from '../../../shared/compose/model';
import type { composeCalls } from '../../../shared/contract/compose';
import { ContractError, ErrorCodes } from '../../../shared/errors';
import type { Area, CoreContext } from '../area';
import { probeAttachments } from './attachment-probe';
import { DraftRepo } from './draft-repo';
import { TemplateLibrary } from './template-library';
import { TemplateRepo } from './template-repo';

const TEST_RECIPIENTS_KEY = 'testRecipients';

export interface ComposeService {
  templates: TemplateLibrary;
}

type SaveInput = ReturnType<typeof TemplateInput.parse>;

/** The body a template stores: the whole request, or `{ channel, content }` when only content came. */
function templateBody(input: SaveInput): RequestBody {
  if (input.body) return input.body;
  return { channel: input.channel, content: input.content ?? {} };
}

// The compose area: drafts, the user's test recipients and the local template library.
export function createComposeArea(ctx: CoreContext): Area<typeof composeCalls, ComposeService> {
  const drafts = new DraftRepo(ctx.db);
  const repo = new TemplateRepo(ctx.db);
  const templates = new TemplateLibrary(repo);
  const changed = () => ctx.events.emit('templates:changed', { count: repo.count() });
  ctx.externalChanges.watch('templates', "SELECT n FROM change_counters WHERE area = 'templates'", changed);

  return {
    service: { templates },
    handlers: {
      'compose:listDrafts': () => drafts.list(),
      'compose:saveDraft': (input) => {
        const { id, ...fields } = input;
        return drafts.save(id, fields);
      },
      'compose:deleteDraft': ({ id }) => {
        if (!drafts.delete(id)) throw new ContractError(ErrorCodes.notFound, `no draft with id ${id}`, 'id');
        return { id };
      },
      'compose:getTestRecipients': () => {
        const stored = TestRecipients.safeParse(ctx.settings.get(TEST_RECIPIENTS_KEY));
        return stored.success ? stored.data : { msisdn: [], email: [] };
      },
      'compose:setTestRecipients': (input) => {
        const unique = { msisdn: [...new Set(input.msisdn)], email: [...new Set(input.email)] };
        ctx.settings.set(TEST_RECIPIENTS_KEY, unique);
        return unique;
      },
      'compose:probeAttachments': ({ urls }) => probeAttachments(urls),
      'templates:list': (query) => templates.list(query ?? {}),
      'templates:get': ({ id }) => templates.get(id),
      'templates:save': (input) => {
        const saved = templates.save(input.id, {
          name: input.name,
          channel: input.channel,
          api: input.api,
          tags: [...new Set(input.tags)],
          body: templateBody(input),
          vendorTemplateId: input.vendorTemplateId ?? null,
        });
        changed();
        return saved;
      },
      'templates:duplicate': ({ id, name }) => {
        const copy = templates.duplicate(id, name);
        changed();
        return copy;
      },
      'templates:rename': ({ id, name }) => {
        const renamed = templates.rename(id, name);
        changed();
        return renamed;
      },
      'templates:delete': ({ id }) => {
        templates.delete(id);
        changed();
        return { id };
      },
      'templates:export': ({ ids }) => templates.export(ids),
      'templates:import': ({ json }) => {
        const outcome = templates.import(json);
        if (outcome.imported.length > 0) changed();
        return outcome;
      },
    },
  };
}
