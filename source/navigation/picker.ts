import {helpNavigate, listTarget, type NavLimits, select} from './dashboard.js';
import type {Command} from './keymap.js';

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
	switch (command) {
		case 'pageUp':
			return {...state, selected: select(state.selected - limits.visible, limits.stories)};
		case 'pageDown':
			return {...state, selected: select(state.selected + limits.visible, limits.stories)};
		default: {
			const selected = listTarget(command, state.selected, limits.stories);
			return selected === undefined ? state : {...state, selected};
		}
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
