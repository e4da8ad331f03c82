import { create } from 'zustand';
import type { RcsContent, RcsContentType } from '../../../../shared/rcs/content';
import { changeType } from '../../../../shared/rcs/edit';
import { contentToJson, loadRcsPayload, type RcsSendOptions } from '../../../../shared/rcs/load';
import type { RcsIssue } from '../../../../shared/rcs/issues';
import type { PhoneTheme } from '../../components/RcsPhonePreview';

// The design being edited: the content object (the single source of truth), the JSON view's text,
// and where it came from. Every edit goes through setContent so the JSON view follows; JSON typed
// by the user only replaces the content when it loads, so nothing accepted is ever lost.

export type EditorTab = 'design' | 'json';

interface DesignerState {
  /** False until the user picks blank, a starting point or a saved design. */
  started: boolean;
  content: RcsContent;
  options: RcsSendOptions;
  /** The template this design was saved as (templates:save), to overwrite on the next save. */
  templateId: string | null;
  /** The autosaved recent design (rcs:saveDesign) this work goes into. */
  designId: string | null;
  name: string;
  tags: string[];
  tab: EditorTab;
  previewTheme: PhoneTheme;
  jsonText: string;
  /** Why the JSON text could not be loaded (empty when it is in sync). */
  jsonProblems: RcsIssue[];
  /** What was repaired or ignored while loading pasted JSON. */
  jsonNotes: string[];
  /** Undo stack of earlier contents (most recent last). */
  past: RcsContent[];

  start(
    content: RcsContent,
    meta?: { name?: string; tags?: string[]; templateId?: string | null; designId?: string | null; options?: RcsSendOptions },
  ): void;
  setContent(next: RcsContent): void;
  /** Edits a copy of the content in place; the copy becomes the new content. */
  edit(mutate: (draft: RcsContent) => void): void;
  setType(type: RcsContentType): void;
  setOptions(patch: Partial<RcsSendOptions>): void;
  setMeta(patch: { name?: string; tags?: string[]; templateId?: string | null; designId?: string | null }): void;
  setTab(tab: EditorTab): void;
  setPreviewTheme(theme: PhoneTheme): void;
  setJsonText(text: string): void;
  undo(): void;
  close(): void;
}

const UNDO_DEPTH = 100;
const initial: RcsContent = { type: 'text', text: '' };

export const useDesignerStore = create<DesignerState>((set, get) => ({
  started: false,
  content: initial,
  options: {},
  templateId: null,
  designId: null,
  name: '',
  tags: [],
  tab: 'design',
  previewTheme: 'light',
  jsonText: contentToJson(initial),
  jsonProblems: [],
  jsonNotes: [],
  past: [],

  start: (content, meta = {}) =>
    set({
      started: true,
      content,
      options: meta.options ?? {},
      name: meta.name ?? '',
      tags: meta.tags ?? [],
      templateId: meta.templateId ?? null,
      designId: meta.designId ?? null,
      jsonText: contentToJson(content),
      jsonProblems: [],
      jsonNotes: [],
      past: [],
    }),
  setContent: (next) => {
    const { content, past } = get();
    if (next === content) return;
    set({ content: next, jsonText: contentToJson(next), jsonProblems: [], jsonNotes: [], past: [...past, content].slice(-UNDO_DEPTH) });
  },
  edit: (mutate) => {
    const draft = structuredClone(get().content);
    mutate(draft);
    get().setContent(draft);
  },
  setType: (type) => get().setContent(changeType(get().content, type)),
  setOptions: (patch) => set({ options: { ...get().options, ...patch } }),
  setMeta: (patch) => set(patch),
  setTab: (tab) => set({ tab }),
  setPreviewTheme: (previewTheme) => set({ previewTheme }),
  setJsonText: (text) => {
    const loaded = loadRcsPayload(text);
    if (!loaded.ok) {
      set({ jsonText: text, jsonProblems: loaded.problems, jsonNotes: loaded.notes });
      return;
    }
    const { content, past } = get();
    set({
      content: loaded.content,
      options: loaded.options ?? get().options,
      jsonText: text,
      jsonProblems: [],
      jsonNotes: loaded.notes,
      past: [...past, content].slice(-UNDO_DEPTH),
    });
  },
  undo: () => {
    const { past } = get();
    const previous = past[past.length - 1];
    if (!previous) return;
    set({ content: previous, jsonText: contentToJson(previous), jsonProblems: [], jsonNotes: [], past: past.slice(0, -1) });
  },
  close: () => set({ started: false }),
}));
