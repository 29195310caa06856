// The build starts from an empty dist/, so that a file removed from src/ is not packed.
import fs from 'node:fs';
fs.rmSync('dist', { recursive: true, force: true });
