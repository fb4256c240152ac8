// What browsers say when a file of the app could not be fetched: Chromium, Firefox, Safari, and
// Vite's own loader (a chunk's stylesheet). A redeploy that removed an old file, or a reader gone
// offline, ends here.
const LOAD_FAILURE =
  /dynamically imported module|Importing a module script failed|error loading dynamically imported module|Unable to preload CSS|Failed to fetch/iu;

/** Whether an error says that a file of the app could not be loaded (not that its code failed). */
export function isLoadFailure(error: unknown): boolean {
  return error instanceof Error && LOAD_FAILURE.test(error.message);
}
