import type { PrepareEvent } from './prepare-pages';

/**
 * The events of one file, read one ahead of the caller: once the page count or a page read
 * from its text layer has been handed over, the next page is read while the caller stores
 * that one, instead of after it asks (each born-digital page waited a round trip through the
 * main thread). A page for OCR is not followed ahead: the caller paces OCR pages, so page
 * images never pile up.
 */
export class ReadAhead {
  private ahead: Promise<IteratorResult<PrepareEvent>> | null = null;

  constructor(private readonly events: AsyncGenerator<PrepareEvent>) {}

  /** The next event: the one already being read, or a new read. */
  next(): Promise<IteratorResult<PrepareEvent>> {
    const pending = this.ahead ?? this.events.next();
    this.ahead = null;
    return pending;
  }

  /** Called once `event` is handed over: reads on, unless it was a page for OCR. */
  handedOver(event: PrepareEvent): void {
    if (event.kind === 'page' && event.page.textSource === 'ocr') return;
    const ahead = this.events.next();
    // A failure is the caller's when it asks for the event; until then it is not unhandled.
    ahead.catch(() => undefined);
    this.ahead = ahead;
  }
}
