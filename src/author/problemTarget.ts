/**
 * The id of the editor's field for a checker problem's path, so each problem links to its place:
 * `relations[2].wording.phrase` → the third relation's card, `glosses.p4a` → p4a's translation,
 * `passages.p1` → p1's "why unlinked" box, `meta.title.ur` → the Urdu title. Undefined for a path the
 * editor has no field for (the article file, a package-wide rule).
 */
export function problemTarget(path: string): string | undefined {
  const indexed = /^(entities|relations|steps)\[(\d+)\]/u.exec(path);
  if (indexed)
    return `author-${{ entities: 'entity', relations: 'relation', steps: 'step' }[indexed[1] as 'entities' | 'relations' | 'steps']}-${indexed[2] ?? ''}`;
  const gloss = /^glosses\.(p\d+[a-z]?)$/u.exec(path);
  if (gloss) return `author-gloss-${gloss[1] ?? ''}`;
  const passage = /^(?:passages|unlinked)\.(p\d+[a-z]?)$/u.exec(path);
  if (passage) return `author-unlinked-${passage[1] ?? ''}`;
  const meta = /^meta\.(title|summary|source)(?:\.(en|ur))?$/u.exec(path);
  if (meta) return `author-meta-${meta[1] ?? ''}-${meta[2] ?? 'en'}`;
  if (path === 'relations') return 'author-relations-heading';
  if (path === 'entities') return 'author-places-heading';
  return undefined;
}
