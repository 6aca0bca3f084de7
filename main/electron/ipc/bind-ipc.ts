import { type BrowserWindow, type IpcMainInvokeEvent, ipcMain } from 'electron';
import { CALL_CHANNEL, EVENT_CHANNEL } from '../../../preload/ipc-channels';
import type { KimberliteService } from '../../service';
import { handleCall } from './handle-call';
import type { SenderInfo } from './trusted-sender';

/** Reduces an IPC event to the plain facts isTrustedSender decides on. */
export function senderInfo(event: IpcMainInvokeEvent, win: BrowserWindow | null): SenderInfo {
  const fromAppWindow = win !== null && !win.isDestroyed() && event.sender === win.webContents;
  try {
    const frame = event.senderFrame;
    if (frame === null) return { frameUrl: null, isMainFrame: false, fromAppWindow };
    return { frameUrl: frame.url, isMainFrame: frame.parent === null, fromAppWindow };
  } catch {
    // A frame disposed mid-call throws on access; treat it as untrusted.
    return { frameUrl: null, isMainFrame: false, fromAppWindow };
  }
}

/**
 * The whole IPC surface, in one place: one invoke channel for every call, one send channel for
 * every push event. Returns an unbind function (for tests and orderly shutdown).
 */
export function bindIpc(
  service: KimberliteService,
  getWindow: () => BrowserWindow | null,
  origins: readonly string[],
): () => void {
  ipcMain.handle(CALL_CHANNEL, (event, name: unknown, payload: unknown) =>
    handleCall(service, senderInfo(event, getWindow()), origins, name, payload),
  );
  const stopForwarding = service.onAny((eventName, payload) => {
    const win = getWindow();
    if (win === null || win.isDestroyed()) return;
    win.webContents.send(EVENT_CHANNEL, eventName, payload);
  });
  return () => {
    ipcMain.removeHandler(CALL_CHANNEL);
    stopForwarding();
  };
}
