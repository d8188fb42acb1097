import { Notice } from "./notice";

/** Says what a list left out of its search or paging (see search-params.ts); nothing when all was well. */
export function ListNotice({ notice }: { notice?: string }) {
  if (!notice) return null;
  return (
    <div className="mb-4">
      <Notice tone="info" title="About this list">
        {notice}
      </Notice>
    </div>
  );
}
