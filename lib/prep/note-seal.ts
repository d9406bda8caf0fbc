import { fromBase64, toBase64 } from '../base64';

/**
 * What the card notes of a value being typed sits in extension storage that content scripts can
 * also read (Upward's own content script reads its label tables there). So the value is sealed
 * first: AES-GCM with a key the background keeps in its own database and hands only to the card.
 * A content script, or a calendar renderer that took one over, sees ciphertext.
 */
export interface NoteSeal {
  seal(text: string): Promise<string>;
  /** The text, or null when it was not sealed with this key (or was changed). */
  open(sealed: string): Promise<string | null>;
}

/** A fresh key, as base64 of its 256 raw bits. */
export function newNoteKey(): string {
  return toBase64(crypto.getRandomValues(new Uint8Array(32)));
}

export async function noteSeal(rawKey: string): Promise<NoteSeal> {
  const key = await crypto.subtle.importKey('raw', fromBase64(rawKey), 'AES-GCM', false, ['encrypt', 'decrypt']);
  return {
    async seal(text) {
      const iv = crypto.getRandomValues(new Uint8Array(12));
      const sealed = new Uint8Array(
        await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, key, new TextEncoder().encode(text)),
      );
      const joined = new Uint8Array(iv.length + sealed.length);
      joined.set(iv);
      joined.set(sealed, iv.length);
      return toBase64(joined);
    },
    async open(sealed) {
      try {
        const bytes = fromBase64(sealed);
        const plain = await crypto.subtle.decrypt(
          { name: 'AES-GCM', iv: bytes.subarray(0, 12) },
          key,
          bytes.subarray(12),
        );
        return new TextDecoder().decode(plain);
      } catch {
        return null;
      }
    },
  };
}
