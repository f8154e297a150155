import {PANES, type PaneCommand, paneCommand} from './panes.js';

// The one table of keys. The reducer acts on commands; the help overlay, the footer and
// `briefing --help` are all generated from this table, so they cannot disagree with the keys.

export type Command =
	| 'nextPane'
	| 'previousPane'
	| PaneCommand
	| 'up'
	| 'down'
	| 'pageUp'
	| 'pageDown'
	| 'halfPageUp'
	| 'halfPageDown'
	| 'first'
	| 'last'
	| 'nextTopic'
	| 'previousTopic'
	| 'open'
	| 'back'
	| 'search'
	| 'nextMatch'
	| 'previousMatch'
	| 'copy'
	| 'reload'
	| 'openSource'
	| 'help'
	| 'suspend'
	| 'quit';

/** The subset of Ink's key object the table reads (Ink's Key has these fields). */
export type KeyState = {
	upArrow?: boolean;
	downArrow?: boolean;
	leftArrow?: boolean;
	rightArrow?: boolean;
	pageUp?: boolean;
	pageDown?: boolean;
	home?: boolean;
	end?: boolean;
	return?: boolean;
	escape?: boolean;
	backspace?: boolean;
	delete?: boolean;
	tab?: boolean;
	shift?: boolean;
	ctrl?: boolean;
	meta?: boolean;
};

type SpecialKey = Exclude<keyof KeyState, 'shift' | 'ctrl' | 'meta'>;

type KeyMatch = {special: SpecialKey; shift?: boolean} | {input: string; ctrl?: boolean};

export type Binding = {
	readonly command: Command;
	/** How the keys are written in help, e.g. "← h". */
	readonly keys: string;
	/** What the command does, in a few words. */
	readonly description: string;
	/** A shorter label for the footer. */
	readonly short: string;
	/** What the command does in the story picker, where it does something there (help shows only those). */
	readonly inPicker?: string;
	readonly match: readonly KeyMatch[];
};

export const BINDINGS: readonly Binding[] = [
	{
		command: 'nextPane',
		keys: '→ l Tab',
		short: 'pane',
		description: 'next pane',
		match: [{special: 'rightArrow'}, {input: 'l'}, {special: 'tab', shift: false}],
	},
	{
		command: 'previousPane',
		keys: '← h S-Tab',
		short: 'pane',
		description: 'previous pane',
		match: [{special: 'leftArrow'}, {input: 'h'}, {special: 'tab', shift: true}],
	},
	...PANES.map(
		(pane, index): Binding => ({
			command: paneCommand(index),
			keys: String(index + 1),
			short: pane.id,
			description: `${pane.title} pane`,
			match: [{input: String(index + 1)}],
		}),
	),
	{
		command: 'up',
		keys: '↑ k',
		short: 'move',
		description: 'move up',
		inPicker: 'the story above',
		match: [{special: 'upArrow'}, {input: 'k'}],
	},
	{
		command: 'down',
		keys: '↓ j',
		short: 'move',
		description: 'move down',
		inPicker: 'the story below',
		match: [{special: 'downArrow'}, {input: 'j'}],
	},
	{
		command: 'pageUp',
		keys: 'PgUp b',
		short: 'scroll',
		description: 'scroll the detail up a page',
		inPicker: 'a page of stories up',
		match: [{special: 'pageUp'}, {input: 'b'}],
	},
	{
		command: 'pageDown',
		keys: 'PgDn Space',
		short: 'scroll',
		description: 'scroll the detail down a page',
		inPicker: 'a page of stories down',
		match: [{special: 'pageDown'}, {input: ' '}],
	},
	{
		command: 'halfPageUp',
		keys: 'Ctrl+U',
		short: '½ page',
		description: 'scroll up half a page',
		inPicker: 'half a page of stories up',
		match: [{input: 'u', ctrl: true}],
	},
	{
		command: 'halfPageDown',
		keys: 'Ctrl+D',
		short: '½ page',
		description: 'scroll down half a page',
		inPicker: 'half a page of stories down',
		match: [{input: 'd', ctrl: true}],
	},
	{
		command: 'first',
		keys: 'g Home',
		short: 'first',
		description: 'go to the first item',
		inPicker: 'the first story',
		match: [{input: 'g'}, {special: 'home'}],
	},
	{
		command: 'last',
		keys: 'G End',
		short: 'last',
		description: 'go to the last item',
		inPicker: 'the last story',
		match: [{input: 'G'}, {special: 'end'}],
	},
	{
		command: 'previousTopic',
		keys: '[',
		short: 'topic',
		description: 'previous topic (Positions)',
		match: [{input: '['}],
	},
	{
		command: 'nextTopic',
		keys: ']',
		short: 'topic',
		description: 'next topic (Positions)',
		match: [{input: ']'}],
	},
	{
		command: 'open',
		keys: 'Enter',
		short: 'open',
		description: 'open the selected item',
		inPicker: 'open the selected story',
		match: [{special: 'return'}],
	},
	{
		command: 'back',
		keys: 'Esc ⌫',
		short: 'back',
		description: 'go back',
		inPicker: 'close help, or show every story after a search; in a story, back to the stories',
		// Ink reports Backspace as `delete` on most terminals, and Escape as `escape` (with `meta`).
		match: [{special: 'escape'}, {special: 'backspace'}, {special: 'delete'}],
	},
	{
		command: 'search',
		keys: '/',
		short: 'search',
		description: 'search (Enter: to the first match)',
		inPicker: 'narrow the stories as you type',
		match: [{input: '/'}],
	},
	{
		command: 'nextMatch',
		keys: 'n',
		short: 'match',
		description: 'next match (on to the next pane)',
		match: [{input: 'n'}],
	},
	{
		command: 'previousMatch',
		keys: 'N',
		short: 'match',
		description: 'previous match',
		match: [{input: 'N'}],
	},
	{
		command: 'copy',
		keys: 'y',
		short: 'copy',
		description: 'copy the selected quote, attributed',
		match: [{input: 'y'}],
	},
	{
		command: 'reload',
		keys: 'r',
		short: 'reload',
		description: 'reload the story from its file',
		match: [{input: 'r'}],
	},
	{
		command: 'openSource',
		keys: 'o',
		short: 'source',
		description: "open the story's source (browser)",
		match: [{input: 'o'}],
	},
	{
		command: 'help',
		keys: '?',
		short: 'help',
		description: 'show or hide this help',
		inPicker: 'show or hide this help',
		match: [{input: '?'}],
	},
	{
		command: 'suspend',
		keys: 'Ctrl+Z',
		short: 'suspend',
		description: 'suspend (fg in the shell resumes)',
		inPicker: 'suspend (fg in the shell resumes)',
		match: [{input: 'z', ctrl: true}],
	},
	{
		command: 'quit',
		keys: 'q Ctrl+C',
		short: 'quit',
		description: 'quit',
		inPicker: 'quit',
		match: [{input: 'q'}, {input: 'c', ctrl: true}],
	},
];

function matches(match: KeyMatch, input: string, key: KeyState): boolean {
	if ('special' in match) {
		if (!key[match.special]) return false;
		return match.shift === undefined || Boolean(key.shift) === match.shift;
	}
	if (Boolean(key.ctrl) !== Boolean(match.ctrl)) return false;
	return input === match.input;
}

/** The command a key press stands for, if any. */
export function commandFor(input: string, key: KeyState): Command | undefined {
	return BINDINGS.find(binding => binding.match.some(match => matches(match, input, key)))?.command;
}

/** Control characters that can arrive inside a run of typed text, as the keys they are. */
const TYPED_CONTROLS: Readonly<Record<string, readonly [string, KeyState]>> = {
	'\r': ['', {return: true}],
	'\t': ['', {tab: true}],
	'\u007F': ['', {delete: true}],
	'\b': ['', {backspace: true}],
	'\u0003': ['c', {ctrl: true}],
	'\u001A': ['z', {ctrl: true}],
};

/**
 * The key presses in one input event. Ink hands over everything read at once as one string, so keys
 * typed faster than a frame is drawn (a held "j", "j" then Enter) arrive together: split them again.
 */
export function keyPresses(input: string, key: KeyState): (readonly [string, KeyState])[] {
	if (input.length <= 1 || key.ctrl || key.meta) return [[input, key]];
	return [...input].map(character => TYPED_CONTROLS[character] ?? [character, {}]);
}

/** The binding of a command (every command has exactly one). */
export function bindingOf(command: Command): Binding {
	return BINDINGS.find(binding => binding.command === command)!;
}

/** Lines for `briefing --help`: keys, then what they do. */
export function keyHelpLines(): string[] {
	const width = Math.max(...BINDINGS.map(binding => binding.keys.length));
	return BINDINGS.map(binding => `${binding.keys.padEnd(width)}  ${binding.description}`);
}
