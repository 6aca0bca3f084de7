import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { type BrowserWindow, dialog } from 'electron';
import type { DialogPort } from '../service';
import { CASE_EXTENSION, suggestedCaseFileName, withCaseExtension } from './case-file-args';

const CASE_FILTERS = [{ name: 'Kimberlite case', extensions: [CASE_EXTENSION.slice(1)] }];

/** Native save/open dialogs, filtered to .kimb and parented to our window when it exists. */
export function createDialogPort(
  getWindow: () => BrowserWindow | null,
  defaultCaseDir: string,
): DialogPort {
  return {
    async pickNewCasePath(suggestedName) {
      // The dialog opens in this folder, so make sure it exists (first run).
      await mkdir(defaultCaseDir, { recursive: true });
      const options = {
        title: 'New case',
        buttonLabel: 'Create',
        defaultPath: join(defaultCaseDir, suggestedCaseFileName(suggestedName)),
        filters: CASE_FILTERS,
        properties: ['createDirectory', 'showOverwriteConfirmation'] as const,
      };
      const win = getWindow();
      const result = win
        ? await dialog.showSaveDialog(win, { ...options, properties: [...options.properties] })
        : await dialog.showSaveDialog({ ...options, properties: [...options.properties] });
      if (result.canceled || result.filePath === '') return null;
      return withCaseExtension(result.filePath);
    },
    async pickExistingCasePath() {
      await mkdir(defaultCaseDir, { recursive: true });
      const options = {
        title: 'Open case',
        defaultPath: defaultCaseDir,
        filters: CASE_FILTERS,
        properties: ['openFile' as const],
      };
      const win = getWindow();
      const result = win
        ? await dialog.showOpenDialog(win, options)
        : await dialog.showOpenDialog(options);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    async pickDocuments() {
      const options = {
        title: 'Add documents',
        buttonLabel: 'Add',
        filters: [
          {
            name: 'Documents and scans',
            extensions: ['pdf', 'png', 'jpg', 'jpeg', 'tif', 'tiff', 'webp'],
          },
          { name: 'All files', extensions: ['*'] },
        ],
        properties: ['openFile' as const, 'openDirectory' as const, 'multiSelections' as const],
      };
      const win = getWindow();
      const result = win
        ? await dialog.showOpenDialog(win, options)
        : await dialog.showOpenDialog(options);
      return result.canceled ? [] : result.filePaths;
    },
  };
}
