import { migration001 } from './001-initial';
import { migration002 } from './002-ingest-state';
import { migration003 } from './003-templates';
import { migration004 } from './004-page-documents';
import type { Migration } from './migration';

/** Every migration, in order; the last version is the schema this build writes. */
export const migrations: readonly Migration[] = [
  migration001,
  migration002,
  migration003,
  migration004,
];

export const LATEST_SCHEMA_VERSION = migrations.at(-1)?.version ?? 0;
