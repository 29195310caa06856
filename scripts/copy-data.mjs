// Lexicons are JSON data beside the code; tsc does not copy them, so the build does.
import fs from 'node:fs';
fs.cpSync('src/lexicon/data', 'dist/lexicon/data', { recursive: true });
