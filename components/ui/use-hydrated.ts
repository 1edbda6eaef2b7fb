"use client";

import { useSyncExternalStore } from "react";

const never = () => () => {};

/**
 * False while the server renders and while the page hydrates, true from the first render after it:
 * for parts drawn only in the browser (the dashboards' big tables, from compact rows).
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    never,
    () => true,
    () => false,
  );
}
