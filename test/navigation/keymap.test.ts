import {describe, expect, test} from 'vitest';
import {BINDINGS, commandFor, keyHelpLines, keyPresses} from '../../source/navigation/keymap.js';

describe('commandFor', () => {
	test('maps keys to commands, Escape and Backspace (delete in Ink) to back', () => {
		expect(commandFor('', {rightArrow: true})).toBe('nextPane');
		expect(commandFor('', {tab: true, shift: true})).toBe('previousPane');
		expect(commandFor('', {tab: true})).toBe('nextPane');
		expect(commandFor('', {escape: true, meta: true})).toBe('back');
		expect(commandFor('', {delete: true})).toBe('back');
		expect(commandFor('c', {ctrl: true})).toBe('quit');
		expect(commandFor('c', {})).toBeUndefined();
		expect(commandFor('G', {shift: true})).toBe('last');
	});

	test('no key is bound to two commands', () => {
		const keys = BINDINGS.flatMap(binding => binding.match.map(match => JSON.stringify(match)));
		expect(new Set(keys).size).toBe(keys.length);
	});
});

describe('keyPresses', () => {
	test('one key stays one key press', () => {
		expect(keyPresses('j', {})).toEqual([['j', {}]]);
		expect(keyPresses('', {upArrow: true})).toEqual([['', {upArrow: true}]]);
		expect(keyPresses('G', {shift: true})).toEqual([['G', {shift: true}]]);
		expect(keyPresses('\r', {return: true})).toEqual([['\r', {return: true}]]);
	});

	test('keys read together are split again, control characters as the keys they are', () => {
		expect(keyPresses('jjj', {}).map(([input, key]) => commandFor(input, key))).toEqual(['down', 'down', 'down']);
		expect(keyPresses('j\r', {}).map(([input, key]) => commandFor(input, key))).toEqual(['down', 'open']);
		expect(keyPresses('?\u007F\u0003', {}).map(([input, key]) => commandFor(input, key))).toEqual([
			'help',
			'back',
			'quit',
		]);
		expect(keyPresses('👍q', {}).map(([input]) => input)).toEqual(['👍', 'q']);
	});

	test('a modified key is not split', () => {
		expect(keyPresses('jj', {meta: true})).toEqual([['jj', {meta: true}]]);
	});
});

describe('keyHelpLines', () => {
	test('one line a key, the descriptions lined up in one column after the widest keys', () => {
		const lines = keyHelpLines();
		expect(lines).toHaveLength(BINDINGS.length);
		const column = Math.max(...BINDINGS.map(binding => binding.keys.length)) + 2;
		BINDINGS.forEach((binding, index) => {
			expect(lines[index]!.startsWith(binding.keys)).toBe(true);
			expect(lines[index]!.slice(column)).toBe(binding.description);
			expect(lines[index]!.slice(column - 2, column)).toBe('  ');
		});
	});
});
