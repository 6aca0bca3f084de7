import { ErrorCode, type Result } from '../../../preload/contract';
import type { KimberliteService } from '../../service';
import { type SenderInfo, isTrustedSender } from './trusted-sender';

/** Not (yet) in the contract's ErrorCode table, which another part of the app owns. */
export const FORBIDDEN = 'forbidden';

/**
 * The body of the one `kimberlite:call` IPC handler, free of Electron so it is unit-tested
 * under Node: sender check first, then the service, which parses the payload against the
 * contract and answers errors as data. Nothing here throws across the IPC border.
 */
export async function handleCall(
  service: Pick<KimberliteService, 'dispatch'>,
  sender: SenderInfo,
  origins: readonly string[],
  name: unknown,
  payload: unknown,
): Promise<Result<unknown>> {
  if (!isTrustedSender(sender, origins)) {
    return {
      ok: false,
      error: { code: FORBIDDEN, message: 'This window is not allowed to call Kimberlite.' },
    };
  }
  try {
    return await service.dispatch(name, payload);
  } catch {
    // dispatch() promises never to throw; if it ever does, the renderer still gets data.
    return { ok: false, error: { code: ErrorCode.internal, message: 'Internal error.' } };
  }
}
