/** "a@x.com, b@y.com" -> ["a@x.com", "b@y.com"]: how users type several values in one box. */
export function parseList(text: string): string[] {
  return text
    .split(/[,;\n]/)
    .map((part) => part.trim())
    .filter(Boolean);
}
