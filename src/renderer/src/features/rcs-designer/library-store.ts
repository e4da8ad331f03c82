import { create } from 'zustand';
import type { TemplateSummary } from '../../../../shared/compose/model';
import type { RcsDesign } from '../../../../shared/rcs/design';
import { loadRcsPayload } from '../../../../shared/rcs/load';
import { api } from '../../api';
import { errorMessage } from '../../api-errors';
import { useDesignerStore } from './designer-store';

// Where designs come from and go: recent designs (autosaved by the rcs area, so closing the app
// loses nothing) and RCS templates in the shared template library (templates:save / templates:get).

interface LibraryState {
  recent: RcsDesign[];
  templates: TemplateSummary[];
  loading: boolean;
  error: string | null;
  notice: string | null;
  saving: boolean;
  load(): Promise<void>;
  openDesign(design: RcsDesign): void;
  openTemplate(id: string): Promise<void>;
  deleteDesign(id: string): Promise<void>;
  /** Saves the current design as a template of the shared library. */
  saveTemplate(name: string, tags: string[], asNew: boolean): Promise<boolean>;
  autosave(): Promise<void>;
}

/** Counts "open template" clicks, so an answer to an older click is dropped. */
let templateOpens = 0;

export const useLibraryStore = create<LibraryState>((set, get) => ({
  recent: [],
  templates: [],
  loading: false,
  error: null,
  notice: null,
  saving: false,
  load: async () => {
    set({ loading: true });
    const [recent, templates] = await Promise.allSettled([api['rcs:listDesigns'](), api['templates:list']({ channel: 'rcs' })]);
    set({
      loading: false,
      recent: recent.status === 'fulfilled' ? recent.value : [],
      templates: templates.status === 'fulfilled' ? templates.value : [],
      error: recent.status === 'rejected' ? `Could not list recent designs: ${errorMessage(recent.reason)}` : null,
    });
  },
  openDesign: (design) =>
    useDesignerStore
      .getState()
      .start(design.content, { name: design.name, tags: design.tags, designId: design.id, options: design.options }),
  openTemplate: async (id) => {
    const mine = ++templateOpens;
    const before = useDesignerStore.getState().content;
    // The template answers later: the newest click wins, and work the user started or edited
    // meanwhile (a starting point, a recent design) is not replaced by it.
    const superseded = () => mine !== templateOpens || useDesignerStore.getState().content !== before;
    try {
      const template = await api['templates:get']({ id });
      if (superseded()) return;
      const loaded = loadRcsPayload(JSON.stringify(template.body));
      if (!loaded.ok) {
        set({
          error: `Template "${template.name}" cannot be opened here: ${loaded.problems.map((p) => `${p.path}: ${p.message}`).join('; ')}`,
        });
        return;
      }
      useDesignerStore.getState().start(loaded.content, {
        name: template.name,
        tags: template.tags,
        templateId: template.id,
        ...(loaded.options ? { options: loaded.options } : {}),
      });
      set({ error: null });
    } catch (error) {
      if (!superseded()) set({ error: `Could not open the template: ${errorMessage(error)}` });
    }
  },
  deleteDesign: async (id) => {
    try {
      await api['rcs:deleteDesign']({ id });
      set({ recent: get().recent.filter((d) => d.id !== id) });
    } catch (error) {
      set({ error: errorMessage(error) });
    }
  },
  saveTemplate: async (name, tags, asNew) => {
    const d = useDesignerStore.getState();
    set({ saving: true, error: null, notice: null });
    try {
      const body: Record<string, unknown> = { channel: 'rcs', content: d.content };
      if (d.options.smsFallback) body.options = d.options;
      const template = await api['templates:save']({
        ...(d.templateId && !asNew ? { id: d.templateId } : {}),
        name,
        channel: 'rcs',
        api: 'v2',
        tags,
        body,
      });
      d.setMeta({ templateId: template.id, name: template.name, tags: template.tags });
      set({ saving: false, notice: `Saved as template "${template.name}".` });
      return true;
    } catch (error) {
      set({ saving: false, error: `Could not save the template: ${errorMessage(error)}` });
      return false;
    }
  },
  autosave: async () => {
    const d = useDesignerStore.getState();
    if (!d.started) return;
    try {
      const design = await api['rcs:saveDesign']({
        ...(d.designId ? { id: d.designId } : {}),
        name: d.name.trim() || 'Untitled design',
        tags: d.tags,
        content: d.content,
        options: d.options,
      });
      if (!useDesignerStore.getState().designId) useDesignerStore.getState().setMeta({ designId: design.id });
    } catch (error) {
      // A deleted recent design: start a fresh one next time rather than failing every keystroke.
      if (d.designId) useDesignerStore.getState().setMeta({ designId: null });
      set({ error: `Autosave failed: ${errorMessage(error)}` });
    }
  },
}));
