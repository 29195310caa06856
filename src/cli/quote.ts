// Paths as a terminal may show them. A file name can hold a newline or an escape sequence: printed
// raw, the first splits a one-line error in two, the second reaches the terminal. Like
// `ls --quoting-style=escape`, control characters become backslash escapes (a newline is \n)
// and a backslash itself is doubled; every other character is left as it is.
const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t', '\x1b': '\\e', '\b': '\\b', '\f': '\\f', '\v': '\\v', '\\': '\\\\' };

export function quotePath(p: string): string {
  return p.replace(/[\u0000-\u001f\u007f-\u009f\\]/g, (ch) => NAMED[ch] ?? `\\x${ch.charCodeAt(0).toString(16).padStart(2, '0')}`);
}
