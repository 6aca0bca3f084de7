import { createContext, useContext } from 'react';
import type { KimberliteApi } from '../../preload/contract';
import { getApi } from './client';

/** Lets a test render a screen against a fake without touching window. */
export const ApiContext = createContext<KimberliteApi | null>(null);

export function useApi(): KimberliteApi {
  return useContext(ApiContext) ?? getApi();
}
