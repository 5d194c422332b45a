import { z } from 'zod';

/**
 * What `export-template --format md` writes into HTML comments (invisible where the Markdown is rendered) so that
 * importing the file gives the same template back: keys, kinds and probes, and whatever of a text the visible line
 * cannot carry exactly. Hand-written checklists have none; the importer then guesses as usual.
 *
 *     ## Deployment day <!-- deploy-checklist {"phase":{"key":"deployment-day","kind":"day"}} -->
 *     - [ ] Health endpoint returns 200 <!-- deploy-checklist {"item":{"key":"health","probe":{…}}} -->
 */
export const ANNOTATION_MARK = 'deploy-checklist';

const ZNullableText = z.string().nullable();

export const ZAnnotation = z
  .object({
    /** Template-level settings the Markdown has no place for (check-ins, endpoints, the rollback settings …). */
    template: z.record(z.string(), z.unknown()),
    phase: z.object({ key: z.string(), kind: z.string(), title: z.string().optional() }),
    /** A heading that is only a section (`section`), the sign-off sheet (`sign-off`) or a note to readers (`info`). */
    heading: z.enum(['section', 'sign-off', 'info']),
    item: z.object({
      key: z.string(),
      text: z.string().optional(),
      required: z.boolean().optional(),
      /** `null`: the item has none, although the headings or nesting above it would give it one. */
      section: ZNullableText.optional(),
      parent: ZNullableText.optional(),
      detail: ZNullableText.optional(),
      probe: z.unknown().optional(),
    }),
    role: z.record(z.string(), z.unknown()),
  })
  .partial();
export type Annotation = z.infer<typeof ZAnnotation>;

const COMMENT = new RegExp(`<!--\\s*${ANNOTATION_MARK}\\s+(\\{[\\s\\S]*\\})\\s*-->`);

/** One HTML comment; `--` and `<`/`>` inside values are escaped so the comment cannot end early. */
export function writeAnnotation(annotation: Annotation): string {
  const json = JSON.stringify(annotation).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/--/g, '-\\u002d');
  return `<!-- ${ANNOTATION_MARK} ${json} -->`;
}

/** The annotation in a piece of inline or block HTML; undefined when there is none or it cannot be read. */
export function readAnnotation(html: string): Annotation | undefined {
  const json = COMMENT.exec(html)?.[1];
  if (!json) return undefined;
  try {
    const parsed = ZAnnotation.safeParse(JSON.parse(json));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}
