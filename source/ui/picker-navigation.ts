import type {Command} from './keymap.js';
import {helpNavigate, type NavLimits, page, select} from './navigation.js';

// The story picker's state and how commands move it: a pure reducer like the dashboard's.
// Opening a story needs I/O, so 'open' is left to the caller (see app.tsx).

export type PickerState = {
	readonly selected: number;
	readonly help: boolean;
	readonly helpScroll: number;
	readonly quit: boolean;
};

export type PickerLimits = Pick<NavLimits, 'detailLines' | 'detailHeight'> & {
	readonly stories: number;
	/** Stories on one screen, for PgUp/PgDn. */
	readonly visible: number;
};

export const initialPickerState: PickerState = {selected: 0, help: false, helpScroll: 0, quit: false};

/** The picker's state after a command ('open' is the caller's to handle). */
export function navigatePicker(state: PickerState, command: Command, limits: PickerLimits): PickerState {
	if (command === 'quit') return {...state, quit: true};
	if (command === 'help') return {...state, help: !state.help, helpScroll: 0};
	if (state.help) return helpNavigate(state, command, limits);
	const move = (target: number) => ({...state, selected: select(target, limits.stories)});
	switch (command) {
		case 'up':
			return move(state.selected - 1);
		case 'down':
			return move(state.selected + 1);
		case 'pageUp':
			return move(state.selected - page({detailHeight: limits.visible + 1}));
		case 'pageDown':
			return move(state.selected + page({detailHeight: limits.visible + 1}));
		case 'first':
			return move(0);
		case 'last':
			return move(limits.stories - 1);
		default:
			return state;
	}
}

/** The commands that do something in the picker now: the footer shows these. */
export function pickerCommands(state: PickerState, limits: PickerLimits): Command[] {
	if (state.help) return limits.detailLines > limits.detailHeight ? ['down', 'back', 'quit'] : ['back', 'quit'];
	const list: Command[] = [];
	if (limits.stories > 1) list.push('down');
	if (limits.stories > limits.visible) list.push('pageDown');
	if (limits.stories > 0) list.push('open');
	return [...list, 'help', 'quit'];
}
