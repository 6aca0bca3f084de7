// The renderer's only door to the service: the preload bridge under Electron, the HTTP
// bridge under `kimberlite serve`. Both have the type KimberliteApi, so screens cannot tell.
import type { KimberliteApi } from '../../preload/contract';
import { createHttpApi } from './http-bridge';

declare global {
  interface Window {
    kimberlite?: KimberliteApi;
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
