import type {KeyState} from './keymap.js';

// A line of text typed at a prompt (the `/` of search, in the dashboard and the picker): while it is
// open, printable keys are text, not commands. A pure reducer like the others: a key in, the prompt and
// what the key meant out. Pasted text arrives as many characters at once and is taken whole.

export type Prompt = {readonly open: boolean; readonly text: string};

export const closedPrompt: Prompt = {open: false, text: ''};

/** What a key did to an open prompt: changed its text, asked for the search (Enter), or closed it (Esc). */
export type PromptAction = 'edit' | 'submit' | 'cancel' | 'none';

/** The longest query kept: a paste of a whole article is cut here. */
export const MAX_QUERY = 200;

/** Characters that are never text: controls, and the invisible and bidi characters the sanitiser drops. */
const NOT_TEXT =
	/[\u0000-\u001f\u007f-\u009f\u00ad\u061c\u180e\u200b\u200e\u200f\u2028\u2029\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb]/g;

/** The prompt after a key, and what the key meant. Keys that are neither text nor editing do nothing ('none'). */
export function editPrompt(prompt: Prompt, input: string, key: KeyState): {prompt: Prompt; action: PromptAction} {
	if (key.escape) return {prompt: {...prompt, open: false}, action: 'cancel'};
	if (key.return) return {prompt: {...prompt, open: false}, action: 'submit'};
	if (key.backspace || key.delete) {
		if (prompt.text === '') return {prompt, action: 'none'};
		const characters = [...prompt.text];
		return {prompt: {...prompt, text: characters.slice(0, -1).join('')}, action: 'edit'};
	}
	// Ctrl+U clears the line, as in a shell.
	if (key.ctrl && input === 'u') return {prompt: {...prompt, text: ''}, action: prompt.text ? 'edit' : 'none'};
	if (key.ctrl || key.meta || key.tab || key.upArrow || key.downArrow || key.pageUp || key.pageDown)
		return {prompt, action: 'none'};
	const typed = input.replace(NOT_TEXT, '');
	// Stryker disable next-line ConditionalExpression: without it the text is unchanged, so 'none' all the same
	if (typed === '') return {prompt, action: 'none'};
	const text = [...(prompt.text + typed)].slice(0, MAX_QUERY).join('');
	return text === prompt.text ? {prompt, action: 'none'} : {prompt: {...prompt, text}, action: 'edit'};
}
