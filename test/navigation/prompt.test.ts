import {describe, expect, test} from 'vitest';
import {closedPrompt, editPrompt, MAX_QUERY} from '../../source/navigation/prompt.js';

const open = {...closedPrompt, open: true};

describe('a search prompt', () => {
	test('takes printable keys as text, a pasted chunk whole', () => {
		expect(editPrompt(open, 'q', {})).toEqual({prompt: {open: true, text: 'q'}, action: 'edit'});
		expect(editPrompt({open: true, text: 'non-'}, 'starters', {}).prompt.text).toBe('non-starters');
	});

	test('Backspace (delete in Ink) takes back one character, even a wide one', () => {
		expect(editPrompt({open: true, text: 'ab👍'}, '', {delete: true}).prompt.text).toBe('ab');
		expect(editPrompt({open: true, text: 'ab'}, '', {backspace: true}).prompt.text).toBe('a');
		expect(editPrompt(open, '', {delete: true}).action).toBe('none');
	});

	test('Enter submits and Esc cancels, both closing it', () => {
		expect(editPrompt({open: true, text: 'x'}, '', {return: true})).toEqual({
			prompt: {open: false, text: 'x'},
			action: 'submit',
		});
		expect(editPrompt({open: true, text: 'x'}, '', {escape: true, meta: true}).action).toBe('cancel');
	});

	test('Ctrl+U clears it; other control keys and control characters are not text', () => {
		expect(editPrompt({open: true, text: 'abc'}, 'u', {ctrl: true}).prompt.text).toBe('');
		expect(editPrompt(open, 'd', {ctrl: true}).action).toBe('none');
		expect(editPrompt(open, '', {upArrow: true}).action).toBe('none');
		expect(editPrompt(open, 'a\u001B[31mb\u0007\u202e', {}).prompt.text).toBe('a[31mb');
	});

	test('a paste of a whole article is cut to the longest query', () => {
		expect([...editPrompt(open, 'x'.repeat(5000), {}).prompt.text]).toHaveLength(MAX_QUERY);
	});
});

describe('a search prompt, key by key', () => {
	test('Esc closes it and keeps the text; Enter closes it too', () => {
		expect(editPrompt({open: true, text: 'x'}, '', {escape: true})).toEqual({
			prompt: {open: false, text: 'x'},
			action: 'cancel',
		});
	});

	test('Backspace is an edit', () => {
		expect(editPrompt({open: true, text: 'ab'}, '', {backspace: true})).toEqual({
			prompt: {open: true, text: 'a'},
			action: 'edit',
		});
	});

	test('Ctrl+U on an empty line changes nothing; a u without Ctrl is text', () => {
		expect(editPrompt({open: true, text: 'abc'}, 'u', {ctrl: true}).action).toBe('edit');
		expect(editPrompt(open, 'u', {ctrl: true})).toEqual({prompt: open, action: 'none'});
		expect(editPrompt({open: true, text: 'men'}, 'u', {})).toEqual({
			prompt: {open: true, text: 'menu'},
			action: 'edit',
		});
	});

	test('a key that is only control characters types nothing', () => {
		expect(editPrompt({open: true, text: 'a'}, '\u0007', {})).toEqual({
			prompt: {open: true, text: 'a'},
			action: 'none',
		});
	});

	test('a full prompt takes no more text', () => {
		const full = {open: true, text: 'x'.repeat(MAX_QUERY)};
		expect(editPrompt(full, 'y', {})).toEqual({prompt: full, action: 'none'});
	});
});
