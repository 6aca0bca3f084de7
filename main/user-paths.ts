import { homedir, userInfo } from 'node:os';
import { join } from 'node:path';

/** Where settings (recent cases) live outside Electron; KIMBERLITE_HOME overrides for tests. */
export function userSettingsDir(): string {
  if (process.env.KIMBERLITE_HOME) return process.env.KIMBERLITE_HOME;
  const base = process.env.XDG_CONFIG_HOME ?? join(homedir(), '.config');
  return join(base, 'kimberlite');
}

/** The reviewer name recorded in the audit trail: KIMBERLITE_USER, else the OS account. */
export function currentUser(): string {
  if (process.env.KIMBERLITE_USER) return process.env.KIMBERLITE_USER;
  try {
    return userInfo().username;
  } catch {
    return 'unknown';
  }
}
