// Kept in step with package.json by tests/unit/app-version.test.ts.
export const APP_NAME = 'Kimberlite';
export const APP_VERSION = '0.1.0';
