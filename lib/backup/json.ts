import { BACKUP_LIMITS } from './limits';
import type { Checked } from './problems';

/**
 * The file's text to a JSON value, refusing what JSON.parse should never see:
 * a file too large or nested too deep (scanned first, without recursion, so
 * deep nesting cannot exhaust the stack anywhere later). A syntax error is
 * reported with its line and column, as far as the browser says where it is.
 */
export function readJson(text: string): Checked<unknown> {
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text; // editors on Windows add a BOM
  if (!body.trim()) return refuse('The file is empty.');
  if (body.length > BACKUP_LIMITS.fileChars) {
    return refuse(
      `The file is too large: ${megabytes(body.length)} MB, at most ${megabytes(BACKUP_LIMITS.fileChars)} MB.`,
    );
  }
  const tooDeep = firstTooDeep(body, BACKUP_LIMITS.depth);
  if (tooDeep !== -1) {
    return refuse(
      `The file nests brackets more than ${BACKUP_LIMITS.depth} deep (${where(body, tooDeep)}); an Upward backup never does.`,
    );
  }
  try {
    return { ok: true, value: JSON.parse(body) };
  } catch (error) {
    const at = errorPosition(body, error);
    if (at === undefined) return refuse('The file is not valid JSON.');
    if (at >= body.trimEnd().length) {
      return refuse(`The file ends too soon (${where(body, at)}): it may have been cut off while saving or copying.`);
    }
    return refuse(`The file is not valid JSON: the problem is at ${where(body, at)}.`);
  }
}

function refuse(message: string): Checked<never> {
  return { ok: false, problems: [{ path: '', message }] };
}

const megabytes = (chars: number) => Math.ceil(chars / 1_000_000).toLocaleString('en');

/** Index of the first bracket that opens deeper than `max`, or -1. Strings are skipped. */
export function firstTooDeep(text: string, max: number): number {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const char = text.charCodeAt(i);
    if (inString) {
      if (char === 0x5c /* \ */) i++;
      else if (char === 0x22 /* " */) inString = false;
    } else if (char === 0x22) inString = true;
    else if (char === 0x7b /* { */ || char === 0x5b /* [ */) {
      if (++depth > max) return i;
    } else if (char === 0x7d /* } */ || char === 0x5d /* ] */) depth--;
  }
  return -1;
}

/** Chromium says "at position N"; Firefox says "at line L column C". Unexpected end means the end. */
function errorPosition(text: string, error: unknown): number | undefined {
  const message = error instanceof Error ? error.message : String(error);
  const position = /position (\d+)/.exec(message);
  if (position) return Number(position[1]);
  const lineColumn = /line (\d+) column (\d+)/.exec(message);
  if (lineColumn) {
    let offset = 0;
    for (let line = 1; line < Number(lineColumn[1]); line++) offset = text.indexOf('\n', offset) + 1;
    return offset + Number(lineColumn[2]) - 1;
  }
  if (/end of (JSON )?(input|data)/i.test(message)) return text.length;
  return undefined;
}

/** "line 3, column 5", counted the way a text editor shows it. */
function where(text: string, index: number): string {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < index && i < text.length; i++) {
    if (text.charCodeAt(i) === 0x0a) {
      line++;
      lineStart = i + 1;
    }
  }
  return `line ${line}, column ${index - lineStart + 1}`;
}
