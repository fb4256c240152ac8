import type { Story } from '../../src/story/types.ts';

/** What a package holds, in a few lines for the terminal: passages, what the gazetteer found,
 * relations, and the lines no relation cites (work left, or passages listed as unlinked). */
export function storySummary(story: Story): string[] {
  const lines = story.article.split('\n').length;
  const counts = new Map<string, number>();
  for (const m of story.mentions) counts.set(m.entity, (counts.get(m.entity) ?? 0) + 1);
  const found = story.entities.map((e) => `${e.id} ${String(counts.get(e.id) ?? 0)}`).join(', ');
  const alleged = story.relations.filter((r) => r.alleged).length;
  const cited = new Set(story.relations.flatMap((r) => [...r.evidence, ...r.context]));
  const uncited = story.passages.filter((p) => !cited.has(p.id));
  const unlinked = new Set(story.unlinked.map((u) => u.passage));
  const uncitedText = uncited.map(
    (p) =>
      `${String(p.line)}${p.id.endsWith(String(p.line)) ? '' : ` (${p.id})`}${unlinked.has(p.id) ? ', listed as unlinked' : ''}`,
  );
  return [
    `title: ${story.meta.title.en}${story.meta.fixture ? ' (test fixture, not news)' : ''}`,
    `passages: ${String(story.passages.length)} on ${String(lines)} lines`,
    `entities found by the gazetteer (mentions): ${found}`,
    `relations: ${String(story.relations.length)} (${String(story.relations.length - alleged)} stated, ${String(alleged)} alleged)`,
    `lines no relation cites: ${uncited.length === 0 ? 'none' : uncitedText.join('; ')}`,
    `glosses: ${String(Object.keys(story.glosses).length)} of ${String(story.passages.length)} passages; map views: ${String(story.map.views.length)}; steps: ${String(story.steps.length)}`,
  ];
}
