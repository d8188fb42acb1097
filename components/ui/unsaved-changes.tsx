"use client";

import { useEffect } from "react";

export const UNSAVED_QUESTION = "You have changes that are not saved. Leave this page and lose them?";

/**
 * Asks before a page with unsaved typing is left: by a link (the browser's own question would not
 * come, since the portal moves between pages without loading them), by reload, close or address.
 * Forms opt in with data-warn-unsaved; sending the form counts as saving it.
 */
export function UnsavedChangesWarning() {
  useEffect(() => {
    const changed = new Set<HTMLFormElement>();
    const guardedForm = (target: EventTarget | null) =>
      target instanceof Element ? target.closest<HTMLFormElement>("form[data-warn-unsaved]") : null;
    const hasChanges = () => {
      for (const form of changed) if (!form.isConnected) changed.delete(form);
      return changed.size > 0;
    };
    const onEdit = (event: Event) => {
      const form = guardedForm(event.target);
      if (form) changed.add(form);
    };
    const onSubmit = (event: Event) => {
      const form = guardedForm(event.target);
      if (form) changed.delete(form);
    };
    const onClick = (event: MouseEvent) => {
      if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      const link = event.target instanceof Element ? event.target.closest("a[href]") : null;
      if (!(link instanceof HTMLAnchorElement) || link.target === "_blank" || link.hasAttribute("download")) return;
      const isSamePage = link.pathname === window.location.pathname && link.search === window.location.search;
      if (isSamePage || !hasChanges()) return;
      if (window.confirm(UNSAVED_QUESTION)) changed.clear();
      else {
        event.preventDefault();
        event.stopPropagation();
      }
    };
    const onLeave = (event: BeforeUnloadEvent) => {
      if (hasChanges()) event.preventDefault();
    };
    // Capturing on window runs before the page's own link handling.
    window.addEventListener("input", onEdit, true);
    window.addEventListener("change", onEdit, true);
    window.addEventListener("submit", onSubmit, true);
    window.addEventListener("click", onClick, true);
    window.addEventListener("beforeunload", onLeave);
    return () => {
      window.removeEventListener("input", onEdit, true);
      window.removeEventListener("change", onEdit, true);
      window.removeEventListener("submit", onSubmit, true);
      window.removeEventListener("click", onClick, true);
      window.removeEventListener("beforeunload", onLeave);
    };
  }, []);
  return null;
}
