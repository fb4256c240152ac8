/** A place's two names as the map shows them: the Urdu shaped by the browser (lang="ur", right to
 * left, in Nastaliq) above our English. Used by labels and edge markers alike. */
export function PlaceName({ ur, en }: { readonly ur: string; readonly en: string }) {
  return (
    <>
      <span className="ur" lang="ur" dir="rtl">
        {ur}
      </span>
      <span className="en">{en}</span>
    </>
  );
}
