import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../helpers/run-cli';
import { textPagePng } from '../../helpers/scan-fixtures';
import { corpusDir, hasCorpus, noCorpusReason } from '../../helpers/shared-corpus';
import { useTempDir } from '../../helpers/temp-dir';

const tempDir = useTempDir();

interface Extracted {
  file: string;
  sha256: string | null;
  pages: number;
  error: { code: string } | null;
  documents: {
    type: string;
    pages: number[];
    confidence: number;
    text_source: string;
    fields: Record<string, { value: unknown; page: number; bbox?: number[] }>;
  }[];
}

describe('kimberlite extract', () => {
  it('reads scans and refuses bad files without a case file', async () => {
    const dir = tempDir();
    writeFileSync(
      join(dir, 'scan.png'),
      await textPagePng(['AIR WAYBILL 176-12345675', 'Pieces 2']),
    );
    writeFileSync(join(dir, 'bad.pdf'), 'not a pdf at all');
    const r = runCli(
      ['extract', join(dir, 'scan.png'), join(dir, 'bad.pdf'), '--json', '--jobs', '1'],
      {},
      dir,
    );
    expect(r.status).toBe(1);
    const out = JSON.parse(r.stdout) as Extracted[];
    const scan = out.find((f) => f.file === 'scan.png');
    expect(scan).toMatchObject({
      pages: 1,
      error: null,
      documents: [{ pages: [1], text_source: 'ocr' }],
    });
    expect(scan?.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(scan?.documents[0]?.type).toBe('airway_bill');
    // As extraction stored it: classification confidence kept with the pages.
    expect(scan?.documents[0]?.confidence).toBeGreaterThan(0.5);
    expect(scan?.documents[0]?.fields.awb_number).toMatchObject({ value: '17612345675', page: 1 });
    expect(out.find((f) => f.file === 'bad.pdf')).toMatchObject({
      error: { code: 'unsupported_type' },
      documents: [],
    });
  });

  it.skipIf(!hasCorpus)(
    `reads a born-digital invoice from its text layer${hasCorpus ? '' : ` (skipped: ${noCorpusReason})`}`,
    () => {
      const r = runCli(['extract', join(corpusDir, 'invoices', 'AmazonWebServices.pdf'), '--json']);
      expect(r.status).toBe(0);
      const [inv] = JSON.parse(r.stdout) as Extracted[];
      expect(inv?.documents[0]).toMatchObject({ type: 'invoice', text_source: 'text_layer' });
      const number = inv?.documents[0]?.fields.invoice_number;
      expect(number?.value).toBe('42183017');
      // the box is on the page, where the number is printed (top right)
      expect(number?.bbox?.[0]).toBeGreaterThan(0.5);
      expect(number?.bbox?.[1]).toBeLessThan(0.3);
    },
  );
});
