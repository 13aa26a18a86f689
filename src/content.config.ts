import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

/** The frontmatter every lesson declares; a lesson that breaks it fails the build with the field's name. */
export const lessonSchema = z.object({
  title: z.string().min(1).describe('The lesson title, shown in the header, the lesson list and the browser tab.'),
  description: z.string().min(1).describe('One sentence on what the learner will do; shown on the lesson card and as the page description.'),
  order: z.number().int().describe('Position in the course; lessons are listed and navigated in ascending order.'),
  outline: z.number().int().min(1).max(14).describe('The course outline item (1–14, see DESIGN.md) this lesson teaches.'),
  exercise: z
    .string()
    .regex(/^[a-z0-9][a-z0-9-]*$/, 'an exercise is a folder name in kebab-case, e.g. "first-handler"')
    .optional()
    .describe('Folder name of the exercise inside the lesson folder; when set, the page shows its sandbox beside the prose.'),
  runtime: z
    .enum(['auto', 'builtin', 'webcontainer'])
    .optional()
    .describe(
      'Where the sandbox runs: "webcontainer" asks for full Node.js and npm in a WebContainer (where the page is cross-origin isolated and the browser supports it; otherwise the built-in runtime, with a notice), "builtin" keeps the built-in runtime, "auto" (the default) follows the site setting. The learner\'s choice and ?runtime= override it.',
    ),
  duration: z
    .string()
    .regex(/^\d+\s?(min|h)$/, 'a duration looks like "20 min" or "1 h"')
    .optional()
    .describe('Rough time to complete, e.g. "20 min".'),
});

export type LessonFrontmatter = z.infer<typeof lessonSchema>;

const lessons = defineCollection({
  // One folder per lesson: content/lessons/NN-slug/index.mdx. The folder name is the lesson's id and URL slug.
  loader: glob({
    pattern: '*/index.mdx',
    base: './content/lessons',
    generateId: ({ entry }) => entry.split('/')[0]!,
  }),
  schema: lessonSchema,
});

export const collections = { lessons };
