import { z } from 'zod';
import { RcsContentShape, type RcsContent } from './content';
import { RcsSendOptions } from './load';

/** The longest design name (UI and storage). */
export const RCS_DESIGN_NAME_MAX_CHARS = 120;
export const RCS_DESIGN_TAG_MAX_CHARS = 40;
export const RCS_DESIGN_TAGS_MAX = 20;

/**
 * A saved design: the content (which may still break a rule: work in progress is kept, and the
 * designer flags it on load) and the send options it was built with.
 */
export const RcsDesign = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  tags: z.array(z.string()),
  content: RcsContentShape.transform((c) => c as RcsContent),
  options: RcsSendOptions,
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type RcsDesign = z.output<typeof RcsDesign>;

export const RcsDesignInput = z.object({
  /** Present to overwrite that design; absent to create one. */
  id: z.string().min(1).optional(),
  name: z
    .string({ error: 'a design needs a name' })
    .trim()
    .min(1, 'a design needs a name')
    .max(RCS_DESIGN_NAME_MAX_CHARS, `at most ${RCS_DESIGN_NAME_MAX_CHARS} characters`),
  tags: z
    .array(z.string().trim().min(1, 'empty tag').max(RCS_DESIGN_TAG_MAX_CHARS, `a tag has at most ${RCS_DESIGN_TAG_MAX_CHARS} characters`))
    .max(RCS_DESIGN_TAGS_MAX, `at most ${RCS_DESIGN_TAGS_MAX} tags`)
    .default([]),
  content: RcsContentShape.transform((c) => c as RcsContent),
  options: RcsSendOptions.default({}),
});
export type RcsDesignInput = z.input<typeof RcsDesignInput>;
