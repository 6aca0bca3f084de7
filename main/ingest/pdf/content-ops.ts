/**
 * An operand: a number, a name (with its slash), or null for anything else (a string, or a
 * value inside an array or dictionary, whose brackets are dropped).
 */
export type Operand = number | string | null;

/** One operator of a page's content stream with the operands before it. */
export interface ContentOp {
  op: string;
  operands: Operand[];
}

const WHITESPACE = /[\0\t\n\f\r ]/;
const DELIMITER = /[\0\t\n\f\r ()<>[\]{}/%]/;
const NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)$/;
const OPERATOR = /^(?:[A-Za-z'"]{1,3}\*?|d[01])$/;
const KEYWORDS = new Set(['true', 'false', 'null']);

/** Index just past the literal string opening at `start`, or -1 when it never closes. */
function endOfString(content: string, start: number): number {
  let depth = 0;
  for (let i = start; i < content.length; i++) {
    const ch = content[i];
    if (ch === '\\') i += 1;
    else if (ch === '(') depth += 1;
    else if (ch === ')' && --depth === 0) return i + 1;
  }
  return -1;
}

/**
 * The operators of a content stream, or null when it cannot be read simply (an inline image,
 * an unclosed string, a token that is no PDF token): a reader for telling what a scanned page
 * draws, which leaves any other page to pdf.js.
 */
export function contentOps(content: string): ContentOp[] | null {
  const ops: ContentOp[] = [];
  let operands: Operand[] = [];
  let i = 0;
  while (i < content.length) {
    const ch = content.charAt(i);
    if (WHITESPACE.test(ch)) i += 1;
    else if (ch === '%') {
      while (i < content.length && !/[\r\n]/.test(content.charAt(i))) i += 1;
    } else if (ch === '(') {
      const end = endOfString(content, i);
      if (end < 0) return null;
      operands.push(null);
      i = end;
    } else if (content.startsWith('<<', i) || content.startsWith('>>', i)) i += 2;
    else if (ch === '<') {
      const end = content.indexOf('>', i);
      if (end < 0 || !/^<[0-9A-Fa-f\0\t\n\f\r ]*>$/.test(content.slice(i, end + 1))) return null;
      operands.push(null);
      i = end + 1;
    } else if (ch === '[' || ch === ']') i += 1;
    else {
      let end = i + 1;
      while (end < content.length && !DELIMITER.test(content.charAt(end))) end += 1;
      const token = content.slice(i, end);
      i = end;
      if (ch === '/') operands.push(token);
      else if (NUMBER.test(token)) operands.push(Number(token));
      else if (KEYWORDS.has(token)) operands.push(null);
      else if (OPERATOR.test(token) && token !== 'BI') {
        ops.push({ op: token, operands });
        operands = [];
      } else return null;
    }
  }
  return operands.length ? null : ops;
}
