export { type HostOptions, type RunningHost, startHost } from './server';
export type { HostedService } from './api-routes';
