// Lexicons (JSON) and the tagger weights are data beside the code; tsc does not copy them, so the build does.
import fs from 'node:fs';
fs.cpSync('src/lexicon/data', 'dist/lexicon/data', { recursive: true });
if (fs.existsSync('src/tagger/weights')) fs.cpSync('src/tagger/weights', 'dist/tagger/weights', { recursive: true });
