import {describe, expect, it} from 'vitest';
import type {Command, KeyState} from '../../source/navigation/keymap.js';
import {
	initialPickerState,
	navigatePicker,
	type PickerLimits,
	type PickerState,
	pickerCommands,
	typeInPickerSearch,
} from '../../source/navigation/picker.js';

const limits: PickerLimits = {stories: 30, visible: 8, detailLines: 0, detailHeight: 20};
const run = (commands: Command[]) =>
	commands.reduce((state, command) => navigatePicker(state, command, limits), initialPickerState);

describe('the story picker', () => {
	it('moves through stories, by one and by page, clamped at both ends', () => {
		expect(run(['down', 'down']).selected).toBe(2);
		expect(run(['up']).selected).toBe(0);
		expect(run(['pageDown']).selected).toBe(8);
		expect(run(['pageDown', 'pageUp']).selected).toBe(0);
		expect(run(['last']).selected).toBe(29);
		expect(run(['last', 'down']).selected).toBe(29);
		expect(run(['last', 'first']).selected).toBe(0);
	});

	it('leaves opening to the caller and ignores pane keys', () => {
		expect(run(['down', 'open', 'nextPane', 'pane3'])).toEqual({...initialPickerState, selected: 1});
	});

	it('opens and closes help, and quits', () => {
		expect(run(['help']).help).toBe(true);
		expect(run(['help', 'back']).help).toBe(false);
		expect(run(['quit']).quit).toBe(true);
	});

	it('offers paging only when the stories do not fit on one screen', () => {
		expect(pickerCommands(initialPickerState, limits)).toContain('pageDown');
		expect(pickerCommands(initialPickerState, {...limits, stories: 3})).not.toContain('pageDown');
		expect(pickerCommands(initialPickerState, {...limits, stories: 0})).toEqual(['search', 'help', 'quit']);
	});
});

describe('the story picker’s search', () => {
	const type = (state: PickerState, input: string, key: KeyState = {}, command?: Command) =>
		typeInPickerSearch(state, input, key, limits, command);
	/** The query typed key by key from the third story, then Enter, and a story of the narrowed list selected. */
	const searched = (query: string, selected: number) => {
		const typed = [...query].reduce((state, character) => type(state, character), run(['down', 'down', 'search']));
		return {...type(typed, '', {return: true}), selected};
	};

	it('/ opens the prompt with the query searched for before, to edit it', () => {
		expect(run(['search']).search).toEqual({prompt: {open: true, text: ''}, query: '', before: 0});
		const again = navigatePicker(searched('nato', 1), 'search', limits);
		expect(again.search).toEqual({prompt: {open: true, text: 'nato'}, query: 'nato', before: 2});
	});

	it('each key typed narrows the list afresh, the best match first', () => {
		const typing = type(run(['down', 'down', 'search']), 'n');
		expect(typing).toMatchObject({selected: 0, search: {prompt: {open: true, text: 'n'}, query: '', before: 2}});
	});

	it('Enter keeps the list narrowed; Esc then gives back the whole list and the story selected before', () => {
		const narrowed = searched('nato', 1);
		expect(narrowed).toMatchObject({selected: 1, search: {prompt: {open: false}, query: 'nato'}});
		expect(navigatePicker(narrowed, 'back', limits)).toEqual({...initialPickerState, selected: 2});
	});

	it('Esc without a search does nothing', () => {
		const state = run(['down', 'down']);
		expect(navigatePicker(state, 'back', limits)).toBe(state);
	});

	it('Esc while typing, or Enter on nothing but spaces, gives the whole list back', () => {
		const typing = type(type(run(['down', 'down', 'search']), 'n'), 'a');
		expect(type(typing, '', {escape: true})).toEqual({...initialPickerState, selected: 2});
		const spaces = type(run(['down', 'down', 'search']), '  ');
		expect(type(spaces, '', {return: true})).toEqual({...initialPickerState, selected: 2});
	});

	it('keys that are not text leave the prompt as it is', () => {
		const typing = type(run(['search']), 'n');
		expect(type(typing, 'd', {ctrl: true})).toBe(typing);
	});

	it('↑↓ and the page keys still move among the stories found; j and k are text', () => {
		const typing = type(run(['search']), 'n');
		expect(type(typing, '', {downArrow: true}, 'down')).toMatchObject({selected: 1, search: {prompt: {text: 'n'}}});
		expect(type(typing, '', {pageDown: true}, 'pageDown').selected).toBe(8);
		expect(type(typing, 'j', {}, 'down')).toMatchObject({selected: 0, search: {prompt: {text: 'nj'}}});
	});
});

describe('the story picker: more keys', () => {
	it('Ctrl+D and Ctrl+U move half a screen of stories', () => {
		expect(run(['halfPageDown']).selected).toBe(4);
		expect(run(['halfPageDown', 'halfPageDown', 'halfPageUp']).selected).toBe(4);
	});

	it('while help is open, the movement keys scroll the help, not the list', () => {
		const tall = {...limits, detailLines: 40};
		const state = navigatePicker(navigatePicker(initialPickerState, 'help', tall), 'down', tall);
		expect(state).toMatchObject({selected: 0, help: true, helpScroll: 1});
	});
});

describe('the story picker’s footer', () => {
	it('offers down only with more than one story, and the page keys only with more than a screenful', () => {
		expect(pickerCommands(initialPickerState, {...limits, stories: 1})).toEqual(['open', 'search', 'help', 'quit']);
		expect(pickerCommands(initialPickerState, {...limits, stories: 2})).toEqual([
			'down',
			'open',
			'search',
			'help',
			'quit',
		]);
		expect(pickerCommands(initialPickerState, {...limits, stories: 8})).not.toContain('pageDown');
		expect(pickerCommands(initialPickerState, {...limits, stories: 9})).toContain('pageDown');
	});

	it('offers Esc back to the whole list after a search', () => {
		const narrowed = {...initialPickerState, search: {...initialPickerState.search, query: 'nato'}};
		expect(pickerCommands(narrowed, limits)).toContain('back');
		expect(pickerCommands(initialPickerState, limits)).not.toContain('back');
	});

	it('with help open: down only when the help is taller than the screen, then Esc and quit', () => {
		const help = {...initialPickerState, help: true};
		expect(pickerCommands(help, {...limits, detailLines: 21})).toEqual(['down', 'back', 'quit']);
		expect(pickerCommands(help, {...limits, detailLines: 20})).toEqual(['back', 'quit']);
	});
});
