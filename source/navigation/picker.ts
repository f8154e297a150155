import {halfPage, helpNavigate, listTarget, type NavLimits, select} from './dashboard.js';
import type {Command, KeyState} from './keymap.js';
import {closedPrompt, editPrompt, type Prompt} from './prompt.js';

// The story picker's state and how commands move it: a pure reducer like the dashboard's.
// Opening a story needs I/O, so 'open' is left to the caller (see app/session.ts).

export type PickerSearch = {
	/** The `/` prompt: open while the query is typed; the list narrows as it is. */
	readonly prompt: Prompt;
	/** The query the list is narrowed to once the prompt is closed with Enter ('' : the whole list). */
	readonly query: string;
	/** The story selected before the search, selected again when Esc restores the list. */
	readonly before: number;
};

export type PickerState = {
	/** The selected story, in the list as shown (narrowed by a search, or whole). */
	readonly selected: number;
	readonly help: boolean;
	readonly helpScroll: number;
	readonly quit: boolean;
	readonly search: PickerSearch;
};

export type PickerLimits = Pick<NavLimits, 'detailLines' | 'detailHeight'> & {
	/** Stories in the list as shown. */
	readonly stories: number;
	/** Stories on one screen, for PgUp/PgDn. */
	readonly visible: number;
};

export const initialPickerState: PickerState = {
	selected: 0,
	help: false,
	helpScroll: 0,
	quit: false,
	search: {prompt: closedPrompt, query: '', before: 0},
};

/** The text the list is narrowed by: what is being typed, else what was searched for. */
export function pickerQuery(state: PickerState): string {
	return state.search.prompt.open ? state.search.prompt.text : state.search.query;
}

/** The whole list again, with the story selected before the search. */
function restore(state: PickerState): PickerState {
	return {...state, selected: state.search.before, search: {prompt: closedPrompt, query: '', before: 0}};
}

/** The picker's state after a command ('open' is the caller's to handle). */
export function navigatePicker(state: PickerState, command: Command, limits: PickerLimits): PickerState {
	if (command === 'quit') return {...state, quit: true};
	if (command === 'help') return {...state, help: !state.help, helpScroll: 0};
	if (state.help) return helpNavigate(state, command, limits);
	const jump = (step: number) => ({...state, selected: select(state.selected + step, limits.stories)});
	switch (command) {
		case 'search': {
			const before = state.search.query === '' ? state.selected : state.search.before;
			return {...state, search: {prompt: {open: true, text: state.search.query}, query: state.search.query, before}};
		}
		// Esc after a search: the whole list again.
		case 'back':
			return state.search.query === '' ? state : restore(state);
		case 'pageUp':
			return jump(-limits.visible);
		case 'pageDown':
			return jump(limits.visible);
		case 'halfPageUp':
			return jump(-halfPage({detailHeight: limits.visible}));
		case 'halfPageDown':
			return jump(halfPage({detailHeight: limits.visible}));
		default: {
			const selected = listTarget(command, state.selected, limits.stories);
			return selected === undefined ? state : {...state, selected};
		}
	}
}

/** Moving keys that still move the selection while the search prompt is open (as in fzf). */
const MOVES_WHILE_TYPING: ReadonlySet<Command> = new Set(['up', 'down', 'pageUp', 'pageDown']);

/**
 * A key typed while the picker's search prompt is open: text narrows the list (the best match selected),
 * Enter keeps it narrowed, Esc restores the whole list; ↑↓ and the page keys move among the stories found.
 */
export function typeInPickerSearch(
	state: PickerState,
	input: string,
	key: KeyState,
	limits: PickerLimits,
	command: Command | undefined,
): PickerState {
	// The key table binds ↑↓ and the page keys to moving commands only, so either half of the test implies the other.
	// Stryker disable next-line LogicalOperator,ConditionalExpression: equivalent, as above
	if (command && MOVES_WHILE_TYPING.has(command) && (key.upArrow || key.downArrow || key.pageUp || key.pageDown))
		return navigatePicker(state, command, limits);
	const {prompt, action} = editPrompt(state.search.prompt, input, key);
	switch (action) {
		case 'none':
			return state;
		case 'edit':
			return {...state, selected: 0, search: {...state.search, prompt}};
		case 'cancel':
			return restore(state);
		case 'submit':
			return prompt.text.trim() === ''
				? restore(state)
				: {...state, search: {...state.search, prompt, query: prompt.text}};
	}
}

/** The commands that do something in the picker now: the footer shows these. */
export function pickerCommands(state: PickerState, limits: PickerLimits): Command[] {
	if (state.help) return limits.detailLines > limits.detailHeight ? ['down', 'back', 'quit'] : ['back', 'quit'];
	const list: Command[] = [];
	if (limits.stories > 1) list.push('down');
	if (limits.stories > limits.visible) list.push('pageDown');
	if (limits.stories > 0) list.push('open');
	list.push('search');
	if (state.search.query !== '') list.push('back');
	return [...list, 'help', 'quit'];
}
