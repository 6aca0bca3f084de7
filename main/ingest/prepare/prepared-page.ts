import type { OcrImage } from '../image/clean-for-ocr';
import type { TextLayerVerdict } from '../pdf/text-layer';
import type { Word } from '../word';

interface PageBase {
  pageNo: number;
  /** The page's own size: points for PDF pages, pixels for images. */
  width: number;
  height: number;
  /** PNG; null for a text-layer page, whose thumbnail is rendered when first shown. */
  thumbnail: Buffer | null;
}

/** One page, ready to store (text layer) or to OCR (image). */
export type PreparedPage =
  | (PageBase & { textSource: 'text_layer'; words: Word[] })
  | (PageBase & { textSource: 'ocr'; ocr: OcrImage; textLayer: TextLayerVerdict | null })
  | (PageBase & { textSource: 'none'; error: { code: string; message: string } });
