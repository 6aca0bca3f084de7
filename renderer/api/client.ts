// The renderer's only door to the service: the preload bridge under Electron, the HTTP
// bridge under `kimberlite serve`. Both have the type KimberliteApi, so screens cannot tell.
import type { FilePathsBridge, KimberliteApi } from '../../preload/contract';
import { createHttpApi } from './http-bridge';

declare global {
  interface Window {
    kimberlite?: KimberliteApi;
    kimberliteFiles?: FilePathsBridge;
  }
}

let api: KimberliteApi | null = null;

export function getApi(): KimberliteApi {
  api ??= window.kimberlite ?? createHttpApi();
  return api;
}

/** Unit tests hand in a fake (api/fake-client.ts). */
export function setApiForTests(fake: KimberliteApi): void {
  api = fake;
}

export type { KimberliteApi };

/** The paths of dropped files and folders, in the desktop app only (null elsewhere). */
export function droppedPaths(data: DataTransfer): string[] | null {
  const bridge = window.kimberliteFiles;
  if (!bridge) return null;
  return [...data.files].map((f) => bridge.pathOf(f)).filter((p) => p.length > 0);
}
