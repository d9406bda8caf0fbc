/**
 * Copies text for the user. The Clipboard API first; in a frame on a calendar page it is
 * refused (the page never delegated clipboard access to us, and should not), so then the
 * old way: select the text in a (visible, read-only) box and ask the browser to copy it.
 */
export async function copyText(text: string, fallbackBox?: HTMLTextAreaElement | null): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    if (!fallbackBox) return false;
    fallbackBox.focus();
    fallbackBox.select();
    try {
      return document.execCommand('copy');
    } catch {
      return false;
    }
  }
}
