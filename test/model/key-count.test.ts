import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {countParsedKeys, countWrittenKeys} from '../../source/model/load.js';

// Duplicate keys are looked for (slowly) only when the text writes more keys than JSON.parse kept.

describe('counting keys', () => {
	it('counts as many keys written as parsed when no key is repeated, whatever the strings hold', () => {
		const tricky = fc.constantFrom('"', '\\', '\\"', '":', '" :', ':', '\\\\"', '{"a": 1}', '\n');
		const value = fc.letrec(tie => ({
			tree: fc.oneof(
				{depthSize: 'small'},
				fc.jsonValue(),
				fc.array(tie('tree')),
				fc.dictionary(fc.string(), tie('tree')),
			),
			text: fc.array(tricky).map(parts => parts.join('')),
		}));
		fc.assert(
			fc.property(value.tree, fc.dictionary(value.text, value.text), fc.boolean(), (tree, strings, pretty) => {
				const text = JSON.stringify({tree, strings}, null, pretty ? 2 : undefined);
				expect(countWrittenKeys(text)).toBe(countParsedKeys(JSON.parse(text)));
			}),
			{seed: 7, numRuns: 3000},
		);
	});

	it('counts more keys written than parsed when a key is repeated', () => {
		const text = '{"a": 1, "b": {"c": "x\\":", "c": 2}, "a": 3}';
		expect(countWrittenKeys(text)).toBe(5);
		expect(countParsedKeys(JSON.parse(text))).toBe(3);
	});
});
