import {type Key, useInput} from 'ink';
import {createContext, type ReactNode, useContext, useRef} from 'react';

// Key presses reach the screen on top (the picker, or the story opened from it) through one
// subscription made when the app mounts. Subscribing per screen in an effect would leave a gap
// after each switch: React may not run a new screen's effects until the next input arrives, so
// the first key typed after opening a story would go to the old screen's handler.

type Handler = (input: string, key: Key) => void;

const KeyRouter = createContext<{current: Handler | undefined} | undefined>(undefined);

const PLAIN: Key = {
	upArrow: false,
	downArrow: false,
	leftArrow: false,
	rightArrow: false,
	pageDown: false,
	pageUp: false,
	home: false,
	end: false,
	return: false,
	escape: false,
	ctrl: false,
	shift: false,
	tab: false,
	backspace: false,
	delete: false,
	meta: false,
	super: false,
	hyper: false,
	capsLock: false,
	numLock: false,
};

/**
 * Keys typed ahead (while the program starts or opens a story) reach Ink as one chunk, which it
 * reports as a single paste. Split such a chunk of plain keys back into key presses.
 */
export function splitTypeAhead(input: string, key: Key): Array<[string, Key]> {
	const plain = Object.values(key).every(value => !value);
	if (!plain || [...input].length <= 1) return [[input, key]];
	return [...input].map(character => {
		if (character === '\r') return ['', {...PLAIN, return: true}];
		if (character === '\t') return ['', {...PLAIN, tab: true}];
		if (character === '\u007F' || character === '\b') return ['', {...PLAIN, delete: true}];
		return [character, {...PLAIN, shift: /[A-Z]/.test(character)}];
	});
}

/** Owns the one input subscription; the innermost component rendered with `useKeys` gets the keys. */
export function KeyRouterProvider({children}: {readonly children: ReactNode}) {
	const handler = useRef<Handler | undefined>(undefined);
	const queue = useRef<Array<[string, Key]>>([]);
	useInput((input, key) => {
		const keys = splitTypeAhead(input, key);
		const [first, ...rest] = keys;
		if (first) handler.current?.(...first);
		if (rest.length === 0) return;
		// One key per turn: a key may open a story, and the next must go to the story once it has rendered.
		const draining = queue.current.length > 0;
		queue.current.push(...rest);
		if (draining) return;
		const next = () => {
			const pressed = queue.current.shift();
			if (pressed) handler.current?.(...pressed);
			if (queue.current.length > 0) setImmediate(next);
		};
		setImmediate(next);
	});
	return <KeyRouter.Provider value={handler}>{children}</KeyRouter.Provider>;
}

/** Sends key presses to `handler` while this is the innermost component rendered that asks for them. */
export function useKeys(handler: Handler): void {
	const router = useContext(KeyRouter);
	// Outside a router (a component rendered on its own, in tests), subscribe directly.
	useInput(handler, {isActive: router === undefined});
	// Set during render, not in an effect, so the screen that just rendered gets the very next key.
	if (router) router.current = handler;
}
