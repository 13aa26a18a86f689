import { getCollection, type CollectionEntry } from 'astro:content';

export type Lesson = CollectionEntry<'lessons'>;

/** Every lesson, in course order (frontmatter `order`, then slug so equal orders stay stable). */
export async function getLessons(): Promise<Lesson[]> {
  const lessons = await getCollection('lessons');
  return lessons.sort((a: Lesson, b: Lesson) => a.data.order - b.data.order || a.id.localeCompare(b.id));
}
