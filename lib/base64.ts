/** Bytes as base64 and back, in pieces a multiple of 3 bytes long (one call for a long value would overflow the argument list). */
export function toBase64(bytes: Uint8Array): string {
  let text = '';
  for (let at = 0; at < bytes.length; at += 3 * 8192)
    text += btoa(String.fromCharCode(...bytes.subarray(at, at + 3 * 8192)));
  return text;
}

/** Throws on text that is not base64. */
export function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  return Uint8Array.from(atob(text), (char) => char.charCodeAt(0));
}
