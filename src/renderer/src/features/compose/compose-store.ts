import { create } from 'zustand';
import { ComposeChannel, type Draft } from '../../../../shared/compose/model';
import type { ApiVersion } from '../../../../shared/api/api-version';
import type { ComposeState, Snapshot } from './compose-state';
import type { JsonObject } from '../../../../shared/compose/recipients';
import { detectApi } from '../../../../shared/api/api-version';
import { isRecord } from '../../../../shared/is-record';
import type { Profile } from '../../../../shared/profiles/profile';
import { SANDBOX_PROFILE_ID } from '../../../../shared/sandbox';
import { api } from '../../api';
import { errorMessage } from '../../api-errors';
import { parseJsonText, prettyJson, setIn } from './body-edit';
import { withDefaults as fillDefaults } from './body-defaults';
import { starterBody } from './starter-bodies';
import { forgetParkedDraft, park, setParkedDraftId, unpark } from './workspaces';

export type { ComposeState } from './compose-state';

const HISTORY_LIMIT = 200;
/** Edits closer together than this are one undo step (typing a word is one step, not five). */
const COALESCE_MS = 700;
const AUTOSAVE_MS = 500;

let lastPushAt = 0;
/** Set once something (a draft, a template, History) is open, so init() never replaces it. */
let opened = false;
let lastPushKey = '';
let saveTimer: ReturnType<typeof setTimeout> | undefined;

function channelOf(body: JsonObject, fallback: ComposeChannel): ComposeChannel {
  const parsed = ComposeChannel.safeParse(detectApi(body) === 'v1' ? body.deliverychannel : body.channel);
  return parsed.success ? parsed.data : fallback;
}

export const useComposeStore = create<ComposeState>((set, get) => {
  const snapshot = (): Snapshot => ({ body: get().body, jsonText: get().jsonText });

  /** Typing in one field (or the JSON) within COALESCE_MS of the last keystroke extends the same step. */
  const pushHistory = (key: string | null) => {
    const now = Date.now();
    if (key !== null && key === lastPushKey && now - lastPushAt < COALESCE_MS && get().past.length > 0) {
      lastPushAt = now;
      return;
    }
    lastPushAt = now;
    lastPushKey = key ?? '';
    set((s) => ({ past: [...s.past, snapshot()].slice(-HISTORY_LIMIT), future: [] }));
  };

  const scheduleSave = () => {
    set({ saving: 'pending' });
    clearTimeout(saveTimer);
    saveTimer = setTimeout(() => {
      saveTimer = undefined;
      void save();
    }, AUTOSAVE_MS);
  };

  /** Edits waiting for the autosave timer are saved now, before other work replaces them. */
  const flushSave = () => {
    if (saveTimer === undefined) return;
    clearTimeout(saveTimer);
    saveTimer = undefined;
    void save();
  };

  // Saves go one at a time, each of the work as it was when it was asked for: a save that started
  // while the first save of a new draft was on its way carried no id yet and created a second draft
  // of the same work. The ids learnt per session fill that gap.
  let lastSave: Promise<void> | null = null;
  const idBySession = new Map<number, string>();
  const save = (): Promise<void> => {
    const s = get();
    const run = lastSave ? lastSave.then(() => saveWork(s)) : saveWork(s);
    lastSave = run;
    void run.finally(() => {
      if (lastSave === run) lastSave = null;
    });
    return run;
  };

  const saveWork = async (s: ComposeState) => {
    const id = s.draftId ?? (get().session === s.session ? get().draftId : idBySession.get(s.session));
    try {
      const draft = await api['compose:saveDraft']({
        ...(id ? { id } : {}),
        api: s.api,
        channel: s.channel,
        profileId: s.profileId,
        body: s.body,
        jsonText: s.jsonError ? s.jsonText : null,
        templateId: s.templateId,
      });
      idBySession.set(s.session, draft.id);
      const drafts = [draft, ...get().drafts.filter((d) => d.id !== draft.id)];
      // The work may have been parked or replaced while the save was on its way.
      if (get().session === s.session) set({ draftId: draft.id, saving: 'saved', saveError: null, drafts });
      else {
        setParkedDraftId(s.session, draft.id);
        set({ drafts });
      }
    } catch (error) {
      if (get().session === s.session) set({ saving: 'error', saveError: errorMessage(error) });
    }
  };

  const withDefaults = (body: JsonObject, apiVersion: ApiVersion, channel: ComposeChannel): JsonObject => {
    const s = get();
    return fillDefaults(
      body,
      apiVersion,
      channel,
      s.profiles.find((p) => p.id === s.profileId),
      s.listenerUrl,
    );
  };

  const applyBody = (body: JsonObject) => {
    const apiVersion = detectApi(body, 'v2');
    set((s) => ({
      body,
      jsonText: prettyJson(body),
      jsonError: null,
      api: apiVersion,
      channel: channelOf(body, s.channel),
      pristine: false,
      switchedFrom: null,
    }));
    scheduleSave();
  };

  /** Another piece of work replaces what is open: its own session, no undo history, the preview at recipient 1. */
  const openWork = (
    work: Pick<ComposeState, 'draftId' | 'templateId' | 'api' | 'channel' | 'body' | 'pristine'> &
      Partial<Pick<ComposeState, 'jsonText' | 'jsonError' | 'saving' | 'profileId'>>,
  ) => {
    opened = true;
    flushSave();
    set((s) => ({
      ...work,
      jsonText: work.jsonText ?? prettyJson(work.body),
      jsonError: work.jsonError ?? null,
      past: [],
      future: [],
      recipientIndex: 0,
      session: s.session + 1,
      switchedFrom: null,
    }));
  };

  return {
    draftId: null,
    templateId: null,
    api: 'v2',
    channel: 'sms',
    profileId: SANDBOX_PROFILE_ID,
    body: starterBody('v2', 'sms'),
    jsonText: prettyJson(starterBody('v2', 'sms')),
    jsonError: null,
    past: [],
    future: [],
    drafts: [],
    profiles: [],
    listenerUrl: null,
    saving: 'idle',
    saveError: null,
    recipientIndex: 0,
    session: 0,
    pristine: true,
    switchedFrom: null,

    init: async () => {
      const [drafts, profiles, status] = await Promise.all([
        api['compose:listDrafts']().catch(() => [] as Draft[]),
        api['profiles:list']().catch(() => [] as Profile[]),
        api['app:status']().catch(() => null),
      ]);
      const fallback = profiles.find((p) => p.isDefault)?.id ?? profiles[0]?.id ?? SANDBOX_PROFILE_ID;
      // Drafts saved while the list was on its way are newer than it: they stay, first.
      set((s) => ({ drafts: [...s.drafts, ...drafts.filter((d) => !s.drafts.some((saved) => saved.id === d.id))], profiles }));
      get().setListenerUrl(status?.listener.url ?? null);
      // Pick up where the user left off: the latest draft, else a fresh SMS.
      const latest = drafts[0];
      if (opened) return;
      if (latest) get().openDraft(latest);
      else {
        opened = true;
        set({ profileId: fallback });
        const body = withDefaults(starterBody('v2', 'sms'), 'v2', 'sms');
        set({ body, jsonText: prettyJson(body) });
      }
    },

    setListenerUrl: (url) => {
      set({ listenerUrl: url });
      // A body opened before the URL was known (a click before init finished) and not edited yet gets it now.
      const s = get();
      if (!opened || s.draftId !== null || s.past.length > 0) return;
      const body = withDefaults(s.body, s.api, s.channel);
      if (body !== s.body) set({ body, jsonText: prettyJson(body) });
    },

    newDraft: (apiVersion, channel) => {
      const body = withDefaults(starterBody(apiVersion, channel), apiVersion, channel);
      // Saved on the first edit, so trying channels does not litter Drafts with empty starters.
      openWork({ draftId: null, templateId: null, api: apiVersion, channel, body, saving: 'idle', pristine: true });
    },

    switchChannel: (apiVersion, channel) => {
      const s = get();
      if (s.api === apiVersion && s.channel === channel) return;
      opened = true;
      flushSave();
      park({
        session: s.session,
        draftId: s.draftId,
        templateId: s.templateId,
        api: s.api,
        channel: s.channel,
        body: s.body,
        jsonText: s.jsonText,
        jsonError: s.jsonError,
        past: s.past,
        future: s.future,
        recipientIndex: s.recipientIndex,
        pristine: s.pristine,
      });
      const back = unpark(apiVersion, channel);
      if (back) {
        set({ ...back, saving: back.draftId ? 'saved' : 'idle', switchedFrom: null });
        return;
      }
      get().newDraft(apiVersion, channel);
      set({ switchedFrom: { api: s.api, channel: s.channel } });
    },

    openBody: (body, meta = {}) => {
      const apiVersion = detectApi(body, 'v2');
      const channel = channelOf(body, 'sms');
      const filled = withDefaults(body, apiVersion, channel);
      openWork({ draftId: null, templateId: meta.templateId ?? null, api: apiVersion, channel, body: filled, pristine: false });
      scheduleSave();
    },

    openDraft: (draft) => {
      const parsed = draft.jsonText === null ? null : parseJsonText(draft.jsonText);
      openWork({
        draftId: draft.id,
        templateId: draft.templateId,
        api: draft.api,
        channel: draft.channel,
        profileId: draft.profileId ?? get().profileId,
        body: draft.body,
        jsonText: draft.jsonText ?? prettyJson(draft.body),
        jsonError: parsed && !parsed.ok ? parsed.message : null,
        saving: 'saved',
        pristine: false,
      });
    },

    deleteDraft: async (id) => {
      await api['compose:deleteDraft']({ id });
      forgetParkedDraft(id);
      for (const [session, saved] of idBySession) if (saved === id) idBySession.delete(session);
      set((s) => ({ drafts: s.drafts.filter((d) => d.id !== id), ...(s.draftId === id ? { draftId: null } : {}) }));
    },

    setField: (path, value, options = {}) => {
      pushHistory(options.step ? null : JSON.stringify(path));
      applyBody(setIn(get().body, path, value));
    },

    replaceBody: (body) => {
      pushHistory(null);
      applyBody(body);
    },

    setJsonText: (text) => {
      pushHistory('json');
      const parsed = parseJsonText(text);
      if (parsed.ok) {
        const apiVersion = detectApi(parsed.body, 'v2');
        set((s) => ({
          jsonText: text,
          jsonError: null,
          body: parsed.body,
          api: apiVersion,
          channel: channelOf(parsed.body, s.channel),
          pristine: false,
          switchedFrom: null,
        }));
      } else set({ jsonText: text, jsonError: parsed.message, pristine: false, switchedFrom: null });
      scheduleSave();
    },

    setProfile: (id) => {
      set({ profileId: id });
      const s = get();
      const profile = s.profiles.find((p) => p.id === id);
      const sender = (profile?.senders as Record<string, string | undefined> | undefined)?.[s.channel];
      if (sender && s.api === 'v2' && isRecord(s.body)) get().setField(['from'], sender);
      else scheduleSave();
    },

    setRecipientIndex: (index) => set({ recipientIndex: Math.max(0, index) }),

    undo: () => {
      const s = get();
      const previous = s.past.at(-1);
      if (!previous) {
        if (s.switchedFrom) get().switchChannel(s.switchedFrom.api, s.switchedFrom.channel);
        return;
      }
      lastPushAt = 0;
      const parsed = parseJsonText(previous.jsonText);
      set({
        past: s.past.slice(0, -1),
        future: [snapshot(), ...s.future],
        body: previous.body,
        jsonText: previous.jsonText,
        jsonError: parsed.ok ? null : parsed.message,
        api: detectApi(previous.body, 'v2'),
        channel: channelOf(previous.body, s.channel),
      });
      scheduleSave();
    },

    redo: () => {
      const s = get();
      const next = s.future[0];
      if (!next) return;
      lastPushAt = 0;
      const parsed = parseJsonText(next.jsonText);
      set({
        past: [...s.past, snapshot()],
        future: s.future.slice(1),
        body: next.body,
        jsonText: next.jsonText,
        jsonError: parsed.ok ? null : parsed.message,
        api: detectApi(next.body, 'v2'),
        channel: channelOf(next.body, s.channel),
      });
      scheduleSave();
    },
  };
});

// Profiles and the listener can change while Compose is open (Settings, the status bar).
api.on('profiles:changed', (profiles) => useComposeStore.setState({ profiles }));
api.on('app:status', (status) => useComposeStore.getState().setListenerUrl(status.listener.url));
