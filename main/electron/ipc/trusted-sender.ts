import { isTrustedOrigin } from '../security/app-origin';

/** What main knows about the frame behind an IPC message, reduced to plain data. */
export interface SenderInfo {
  /** The sending frame's URL; null when the frame is gone or was navigated away. */
  frameUrl: string | null;
  /** True only for the top-level frame: iframes never talk to the service. */
  isMainFrame: boolean;
  /** True when the message came from the webContents of our one window. */
  fromAppWindow: boolean;
}

/**
 * Every IPC message must come from the main frame of our own window, currently showing our
 * origin. Anything else (a subframe, a stale frame, another webContents, a navigated page)
 * is refused before its payload is even looked at.
 */
export function isTrustedSender(sender: SenderInfo, origins: readonly string[]): boolean {
  if (!sender.fromAppWindow || !sender.isMainFrame || sender.frameUrl === null) return false;
  return isTrustedOrigin(sender.frameUrl, origins);
}
