// Writes source/ingest/lexicon-data.json from compromise's lexicon (npm run lexicon). A test fails
// when it is stale. Importing compromise costs about half a second, which `briefing ingest` would pay
// on every run only to read this word list; the list itself loads in a few milliseconds.
import {writeFileSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import {lexiconData} from './lexicon-source.js';

const target = fileURLToPath(new URL('../source/ingest/lexicon-data.json', import.meta.url));
writeFileSync(target, `${JSON.stringify(lexiconData())}\n`);
console.log(`wrote ${target}`);
