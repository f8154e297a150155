import {describe, expect, it} from 'vitest';
import type {Command} from '../../source/navigation/keymap.js';
import {initialPickerState, navigatePicker, type PickerLimits, pickerCommands} from '../../source/navigation/picker.js';

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
