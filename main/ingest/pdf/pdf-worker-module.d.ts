// pdf.js's worker half, loaded for its side effect (globalThis.pdfjsWorker); it ships no types.
declare module 'pdfjs-dist/legacy/build/pdf.worker.mjs';
