import type SharpModule from 'sharp';

type Sharp = typeof SharpModule;

let loaded: Promise<Sharp> | undefined;
let singleThreaded = false;

/**
 * sharp (libvips), loaded when an image is first handled rather than with the module: a
 * reader thread that only reads text layers never needs it, and loading it cost about a
 * tenth of a second of every reader's start-up (and the CLI's).
 */
export function loadSharp(): Promise<Sharp> {
  loaded ??= import('sharp').then(({ default: sharp }) => {
    if (singleThreaded) {
      sharp.concurrency(1);
      sharp.cache(false);
    }
    return sharp;
  });
  return loaded;
}

/**
 * One libvips thread and no operation cache in this thread, whenever sharp is loaded: for
 * reader threads, since the pool of them already uses every core. Call before loadSharp.
 */
export function useSharpSingleThreaded(): void {
  singleThreaded = true;
}
