import type { Plugin } from 'vite';
import { buildStory, type StoryPackage } from '../src/story/model.ts';
import { TAGLINE } from '../src/app/tagline.ts';
import { messagesFor } from '../src/i18n/messages.ts';

const UR = messagesFor('ur');
const EN = messagesFor('en');
import { DEFAULT_STORY } from '../src/story/package/defaultStory.ts';
import { openDataPaths, storyToCsv, storyToJson } from '../src/story/openData.ts';
import { checkStoryFolder, listStorySlugs } from './lib/storyFiles.ts';
import { worldGeography } from './lib/worldGeography.ts';

/** Every package, checked; throws one message listing every error of every package. */
export function checkedPackages(): StoryPackage[] {
  const geography = worldGeography();
  const out: StoryPackage[] = [];
  const report: string[] = [];
  for (const slug of listStorySlugs()) {
    const { problems, pkg } = checkStoryFolder(slug, geography);
    const errors = problems.filter((p) => p.severity === 'error');
    if (pkg) out.push(pkg);
    else report.push(`stories/${slug}:`, ...errors.map((p) => `  ${p.path}: ${p.message}`));
  }
  if (report.length > 0) throw new Error(`story packages with errors (run npm run story:check):\n${report.join('\n')}`);
  if (!out.some((p) => p.slug === DEFAULT_STORY))
    throw new Error(`the default story "${DEFAULT_STORY}" has no package under stories/`);
  return out;
}

const escapeHtml = (text: string) => text.replace(/[&<>"]/gu, (c) => `&#${c.charCodeAt(0)};`);

/**
 * The build's side of story packages: it refuses to build when any package has an error (the same
 * checker as `npm run story:check`, with the world's shapes), writes each story's open data (the
 * default story's at data/, others at data/<slug>/), serves the same files in development, and puts
 * the default story's title and summary into index.html for the first paint and for link previews.
 */
export function storiesPlugin(): Plugin {
  let packages: StoryPackage[] = [];
  const files = () =>
    packages.flatMap((pkg) => {
      const story = buildStory(pkg);
      const paths = openDataPaths(pkg.slug);
      return [
        { fileName: paths.json, type: 'application/json; charset=utf-8', source: () => storyToJson(story) },
        { fileName: paths.csv, type: 'text/csv; charset=utf-8', source: () => storyToCsv(story) },
      ];
    });
  return {
    name: 'story-packages',
    buildStart() {
      packages = checkedPackages();
    },
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const path = (req.url?.split('?')[0] ?? '').replace(/^\//u, '');
        // Packages are read again on each request, so an edited package shows at once.
        if (!path.startsWith('data/')) return next();
        packages = checkedPackages();
        const file = files().find((f) => f.fileName === path);
        if (!file) return next();
        res.setHeader('Content-Type', file.type);
        res.end(file.source());
      });
    },
    generateBundle() {
      for (const f of files()) this.emitFile({ type: 'asset', fileName: f.fileName, source: f.source() });
    },
    transformIndexHtml(html) {
      const pkg = (packages.length > 0 ? packages : checkedPackages()).find((p) => p.slug === DEFAULT_STORY);
      if (!pkg) return html;
      const { title, summary } = pkg.source.meta;
      return (
        html
          .replace('%STORY_TITLE%', escapeHtml(`${title.en}: a story map`))
          .replaceAll('%STORY_SUMMARY%', escapeHtml(summary.en))
          .replace('%STORY_SLUG%', escapeHtml(pkg.slug))
          .replace('%STORY_HEADING%', escapeHtml(title.en))
          .replace('%TAGLINE%', escapeHtml(TAGLINE))
          // The Urdu shell, for a reader whose language is Urdu (boot.js chooses).
          .replace('%STORY_HEADING_UR%', escapeHtml(title.ur))
          .replace('%STORY_SUMMARY_UR%', escapeHtml(summary.ur))
          .replace('%TAGLINE_UR%', escapeHtml(UR.app.tagline))
          .replace('%DRAWING_UR%', escapeHtml(UR.map.drawing))
          .replace('%SANDBOXED%', escapeHtml(EN.app.sandboxed))
          .replace('%SANDBOXED_UR%', escapeHtml(UR.app.sandboxed))
      );
    },
  };
}

/** Every character the packages may draw in Nastaliq: their articles and every text of theirs. */
export function packagesText(): string {
  return checkedPackages()
    .map((p) => p.article + JSON.stringify(p.source))
    .join('');
}
