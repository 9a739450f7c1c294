/**
 * Fluent's motion hooks ask matchMedia, which jsdom does not have. Imported by the
 * component tests (jsdom per file), before anything renders.
 */
if (typeof window !== "undefined" && !window.matchMedia) {
  window.matchMedia = (q: string) =>
    ({
      matches: false,
      media: q,
      addEventListener() {},
      removeEventListener() {},
      addListener() {},
      removeListener() {},
      onchange: null,
      dispatchEvent: () => false,
    }) as unknown as MediaQueryList;
}
