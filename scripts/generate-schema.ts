// Writes data/briefing.schema.json from the zod schema (npm run schema). A test fails when it is stale.
import {writeFileSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import {briefingJsonSchema} from '../source/model/json-schema.js';

const target = fileURLToPath(new URL('../data/briefing.schema.json', import.meta.url));
writeFileSync(target, briefingJsonSchema());
console.log(`wrote ${target}`);
