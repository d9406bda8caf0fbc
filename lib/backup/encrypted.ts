import * as v from 'valibot';
import { fromBase64, toBase64 } from '../base64';
import { BACKUP_LIMITS } from './limits';
import { type Checked, problemsFromIssues } from './problems';

/**
 * A backup sealed with a passphrase: a key is derived with PBKDF2-SHA-256 from the passphrase
 * and a random salt, and the whole backup file (its exact text) is encrypted with AES-GCM under
 * a random nonce. GCM's tag makes any change to the file, or a wrong passphrase, fail to open
 * instead of yielding garbage. Everything is WebCrypto, in the page: nothing leaves the machine.
 *
 * The envelope (README.md, "Encrypted backups"):
 *   {"format":"upward-backup-encrypted","version":1,
 *    "kdf":{"name":"PBKDF2","hash":"SHA-256","iterations":600000,"salt":"<16 bytes, base64>"},
 *    "cipher":{"name":"AES-GCM","iv":"<12 bytes, base64>"},
 *    "data":"<ciphertext and 16-byte tag, base64>"}
 */
export const ENCRYPTION = {
  format: 'upward-backup-encrypted',
  version: 1,
  /** OWASP's 2023 advice for PBKDF2-HMAC-SHA256. */
  iterations: 600_000,
  /** A file asking for more is refused: opening it would hold the page for minutes. */
  maxIterations: 10_000_000,
  saltBytes: 16,
  ivBytes: 12,
} as const;

/** Bound into the tag: the contents cannot be moved into an envelope of another kind or version. */
const ASSOCIATED = new TextEncoder().encode(`${ENCRYPTION.format}/${ENCRYPTION.version}`);

const base64Of = (bytes: number) =>
  v.pipe(
    v.string(),
    v.regex(/^[A-Za-z0-9+/]+={0,2}$/, 'should be base64'),
    v.check((text) => {
      try {
        return fromBase64(text).length === bytes;
      } catch {
        return false;
      }
    }, `should be ${bytes} bytes`),
  );

const envelopeSchema = v.strictObject({
  format: v.literal(ENCRYPTION.format),
  version: v.literal(ENCRYPTION.version, 'is a version of encrypted backup this Upward cannot read'),
  kdf: v.strictObject({
    name: v.literal('PBKDF2'),
    hash: v.literal('SHA-256'),
    iterations: v.pipe(
      v.number(),
      v.integer(),
      v.minValue(ENCRYPTION.iterations, `should be at least ${ENCRYPTION.iterations} (Upward never writes fewer)`),
      v.maxValue(ENCRYPTION.maxIterations, `should be at most ${ENCRYPTION.maxIterations}`),
    ),
    salt: base64Of(ENCRYPTION.saltBytes),
  }),
  cipher: v.strictObject({ name: v.literal('AES-GCM'), iv: base64Of(ENCRYPTION.ivBytes) }),
  data: v.pipe(
    v.string(),
    v.maxLength(Math.ceil((BACKUP_LIMITS.fileChars * 4) / 3) + 64, 'is too large'),
    v.regex(/^[A-Za-z0-9+/]+={0,2}$/, 'should be base64'),
  ),
});

/** Whether a file's text is an encrypted backup (read from its start, without parsing a large file). */
export function isEncryptedBackup(text: string): boolean {
  return /^\uFEFF?\s*\{\s*"format"\s*:\s*"upward-backup-encrypted"/.test(text.slice(0, 200));
}

async function deriveKey(passphrase: string, salt: Uint8Array<ArrayBuffer>, iterations: number): Promise<CryptoKey> {
  const material = await crypto.subtle.importKey('raw', new TextEncoder().encode(passphrase), 'PBKDF2', false, [
    'deriveKey',
  ]);
  return crypto.subtle.deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt, iterations },
    material,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  );
}

/** The backup file's text, sealed with the passphrase, as the envelope's text. */
export async function encryptBackup(json: string, passphrase: string): Promise<string> {
  const salt = crypto.getRandomValues(new Uint8Array(ENCRYPTION.saltBytes));
  const iv = crypto.getRandomValues(new Uint8Array(ENCRYPTION.ivBytes));
  const key = await deriveKey(passphrase, salt, ENCRYPTION.iterations);
  const data = new Uint8Array(
    await crypto.subtle.encrypt(
      { name: 'AES-GCM', iv, additionalData: ASSOCIATED },
      key,
      new TextEncoder().encode(json),
    ),
  );
  const envelope: v.InferOutput<typeof envelopeSchema> = {
    format: ENCRYPTION.format,
    version: ENCRYPTION.version,
    kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations: ENCRYPTION.iterations, salt: toBase64(salt) },
    cipher: { name: 'AES-GCM', iv: toBase64(iv) },
    data: toBase64(data),
  };
  return `${JSON.stringify(envelope, null, 2)}\n`;
}

const refuse = (message: string): Checked<never> => ({ ok: false, problems: [{ path: '', message }] });

/** The backup file's text, or why it cannot be opened. Nothing is imported here. */
export async function decryptBackup(text: string, passphrase: string): Promise<Checked<string>> {
  let raw: unknown;
  try {
    raw = JSON.parse(text.startsWith('\uFEFF') ? text.slice(1) : text);
  } catch {
    return refuse('This encrypted backup is not valid JSON: it may have been cut off or changed.');
  }
  const parsed = v.safeParse(envelopeSchema, raw);
  if (!parsed.success) return { ok: false, problems: problemsFromIssues(parsed.issues) };
  const { kdf, cipher, data } = parsed.output;
  try {
    const key = await deriveKey(passphrase, fromBase64(kdf.salt), kdf.iterations);
    const plain = await crypto.subtle.decrypt(
      { name: 'AES-GCM', iv: fromBase64(cipher.iv), additionalData: ASSOCIATED },
      key,
      fromBase64(data),
    );
    return { ok: true, value: new TextDecoder('utf-8', { fatal: true }).decode(plain) };
  } catch {
    return refuse(
      'The passphrase is not the one this backup was made with, or the file was changed after it was made. Nothing was imported.',
    );
  }
}
