/**
 * Case files can be named before the window can show the result (argv at launch, macOS
 * `open-file` before `ready`). Requests are held until `ready()`, then opened in order;
 * afterwards they open at once. Only the last one matters to the user, but each is tried so
 * every failure is reported.
 */
export function createDeferredOpener(open: (path: string) => Promise<void>): {
  request(path: string): void;
  ready(): void;
} {
  let isReady = false;
  const pending: string[] = [];
  const run = (path: string) => {
    open(path).catch((err: unknown) => {
      console.error(`Could not open ${path}:`, err);
    });
  };
  return {
    request(path) {
      if (isReady) run(path);
      else pending.push(path);
    },
    ready() {
      if (isReady) return;
      isReady = true;
      for (const path of pending.splice(0)) run(path);
    },
  };
}
