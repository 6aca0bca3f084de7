// The only two IPC channels, shared by main/electron and the preload. Every call goes through
// one channel so main checks the sender in exactly one place.
export const CALL_CHANNEL = 'kimberlite:call';
export const EVENT_CHANNEL = 'kimberlite:event';
