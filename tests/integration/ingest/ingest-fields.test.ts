import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { repoRoot, runCli } from '../../helpers/run-cli';
import { useTempDir } from '../../helpers/temp-dir';

const tempDir = useTempDir();
const samples = join(repoRoot, 'resources', 'samples');

interface TruthDoc {
  file: string;
  type: string;
  render: string;
  fields: Record<string, unknown>;
}

describe('ingest stores extracted fields', () => {
  it('classifies born-digital demo documents and stores their key fields with boxes', () => {
    const truth = JSON.parse(readFileSync(join(samples, 'truth.json'), 'utf8')) as {
      shipments: { documents: TruthDoc[] }[];
    };
    const docs = (truth.shipments[0]?.documents ?? []).filter(
      (d) => d.render === 'born-digital' && ['kp_certificate', 'invoice'].includes(d.type),
    );
    expect(docs.length).toBeGreaterThan(0);
    const kimb = join(tempDir(), 'f.kimb');
    expect(runCli(['case', 'create', kimb]).status).toBe(0);
    const run = runCli(['ingest', kimb, ...docs.map((d) => join(samples, d.file))]);
    expect(run.status, run.stderr).toBe(0);

    const db = new Database(kimb, { readonly: true });
    const field = db.prepare(
      `SELECT f.value_json, f.x0, f.y1, p.doc_type FROM fields f
         JOIN documents d ON d.id = f.document_id
         JOIN pages p ON p.document_id = d.id AND p.page_no = f.page_no
        WHERE d.file_name = ? AND f.name = ?`,
    );
    for (const d of docs) {
      const key =
        d.type === 'kp_certificate'
          ? ['certificate_number', 'carats']
          : ['invoice_number', 'total_amount'];
      for (const name of key) {
        const row = field.get(d.file, name) as
          | { value_json: string; x0: number | null; y1: number | null; doc_type: string }
          | undefined;
        expect(row, `${d.file} ${name}`).toBeDefined();
        expect(row?.doc_type).toBe(d.type);
        expect(JSON.parse(row?.value_json ?? 'null')).toEqual(d.fields[name]);
        expect(row?.x0).not.toBeNull();
      }
    }
    db.close();
  });
});
