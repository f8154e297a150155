import type {Key} from 'ink';
import {describe, expect, it} from 'vitest';
import {splitTypeAhead} from '../../source/ui/hooks/use-keys.js';
import {commandFor} from '../../source/ui/keymap.js';

const none = {} as Key;

describe('type-ahead', () => {
	it('splits a chunk of plain keys typed ahead into key presses, in order', () => {
		const keys = splitTypeAhead('\r2jq', none);
		expect(keys.map(([input, key]) => commandFor(input, key))).toEqual(['open', 'pane2', 'down', 'quit']);
	});

	it('leaves single keys and keys with modifiers alone', () => {
		expect(splitTypeAhead('j', none)).toEqual([['j', none]]);
		const arrow = {rightArrow: true} as Key;
		expect(splitTypeAhead('', arrow)).toEqual([['', arrow]]);
	});

	it('keeps emoji and other multi-unit characters whole', () => {
		expect(splitTypeAhead('👍q', none).map(([input]) => input)).toEqual(['👍', 'q']);
	});
});
