import type { HtmlTagDescriptor, Plugin } from 'vite';

/** What index.html asks for early, found in the build's output by where each file came from. */
export interface PreloadPlan {
  /** Source modules (paths from the project root) whose chunks the first view imports lazily. */
  readonly modules: readonly string[];
  /** Files the first view fetches as data: source paths from the project root, or the names files
   * were emitted under. */
  readonly data: readonly string[];
}

// A chunk or an asset of Rollup's bundle, as far as this plugin reads them.
interface OutputFile {
  readonly type: 'chunk' | 'asset';
  readonly fileName: string;
  readonly isEntry?: boolean;
  readonly facadeModuleId?: string | null;
  readonly imports?: readonly string[];
  readonly originalFileNames?: readonly string[];
  /** Names given to emitted files (the world's shapes have no source file of their own). */
  readonly names?: readonly string[];
  readonly viteMetadata?: { readonly importedCss: ReadonlySet<string> };
}

/**
 * The tags that start, while the page's own script loads, what the first view will ask for next:
 * the chunks of lazily imported modules (MapLibre) with the chunks and styles they import, as
 * `modulepreload` (fetched and compiled, run only when imported), and the first view's data files as
 * `preload` fetches the app's `fetch()` then picks up (`crossorigin` matches fetch's default mode).
 */
export function preloadTags(
  bundle: Readonly<Record<string, OutputFile>>,
  plan: PreloadPlan,
  base: string,
): HtmlTagDescriptor[] {
  const files = Object.values(bundle);
  const chunkOf = (module: string) => files.find((f) => f.type === 'chunk' && f.facadeModuleId?.endsWith(module));
  const entry = files.find((f) => f.type === 'chunk' && f.isEntry === true);
  // What the entry already loads is preloaded by Vite itself.
  const loaded = new Set([entry?.fileName, ...(entry?.imports ?? [])]);
  const scripts = new Set<string>();
  const styles = new Set<string>();
  const visit = (file: OutputFile | undefined) => {
    if (!file || loaded.has(file.fileName) || scripts.has(file.fileName)) return;
    scripts.add(file.fileName);
    for (const css of file.viteMetadata?.importedCss ?? []) styles.add(css);
    for (const name of file.imports ?? []) visit(bundle[name]);
  };
  for (const module of plan.modules) {
    const chunk = chunkOf(module);
    if (!chunk) throw new Error(`preload: no chunk was built from ${module}`);
    visit(chunk);
  }
  const data = plan.data.map((source) => {
    const asset = files.find(
      (f) =>
        f.type === 'asset' &&
        [...(f.originalFileNames ?? []), ...(f.names ?? [])].some((n) => n === source || n.endsWith(`/${source}`)),
    );
    if (!asset) throw new Error(`preload: no file was built from ${source}`);
    return asset.fileName;
  });
  const link = (attrs: Record<string, string | boolean>): HtmlTagDescriptor => ({
    tag: 'link',
    attrs,
    injectTo: 'head',
  });
  return [
    ...[...scripts].map((f) => link({ rel: 'modulepreload', crossorigin: true, href: `${base}${f}` })),
    // Vite's loader adds a lazy chunk's styles as <link rel=stylesheet crossorigin>: a preload
    // without crossorigin is fetched in another credentials mode, is not used, and the style is
    // fetched twice.
    ...[...styles].map((f) => link({ rel: 'preload', as: 'style', crossorigin: true, href: `${base}${f}` })),
    ...data.map((f) => link({ rel: 'preload', as: 'fetch', crossorigin: 'anonymous', href: `${base}${f}` })),
  ];
}

/** Adds preloadTags to index.html in the build (the development server loads everything on demand). */
export function preloadPlugin(plan: () => PreloadPlan): Plugin {
  let base = './';
  return {
    name: 'first-view-preload',
    apply: 'build',
    configResolved(config) {
      base = config.base;
    },
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        return ctx.bundle ? preloadTags(ctx.bundle, plan(), base) : [];
      },
    },
  };
}
