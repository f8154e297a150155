import {useInput} from 'ink';
import {createContext, type ReactNode, useContext, useRef} from 'react';
import {type Command, commandFor, type KeyState, keyPresses} from '../../navigation/keymap.js';

// Key presses reach the screen on top (the picker, or the story opened from it) through one
// subscription made when the app mounts. Subscribing per screen in an effect would leave a gap
// after each switch: React may not run a new screen's effects until the next input arrives, so
// the first key typed after opening a story would go to the old screen's handler.

type Handler = (input: string, key: KeyState) => void;
type Press = readonly [string, KeyState];

const KeyRouter = createContext<{current: Handler | undefined} | undefined>(undefined);

/** Keys that may change which screen is on top: the next key must wait until that screen has rendered. */
const SWITCHES: ReadonlySet<Command | undefined> = new Set(['open', 'back']);

/** Ctrl+Z: raw mode delivers it as a key; it does what the terminal does with it otherwise, if a session handles it. */
function suspend(): void {
	if (process.listenerCount('SIGTSTP') > 0) process.kill(process.pid, 'SIGTSTP');
}

/** Owns the one input subscription; the innermost component rendered with `useKeys` gets the keys. */
export function KeyRouterProvider({children}: {readonly children: ReactNode}) {
	const handler = useRef<Handler | undefined>(undefined);
	const queue = useRef<Press[]>([]);
	const drain = () => {
		// Keys up to the next that may switch screens, in one turn: React draws them as one frame, so a paste of
		// thousands of keys takes a moment, not a frame each.
		let taken = 0;
		for (const pressed of queue.current) {
			taken++;
			handler.current?.(...pressed);
			if (SWITCHES.has(commandFor(...pressed))) break;
		}
		queue.current.splice(0, taken);
		if (queue.current.length > 0) setImmediate(drain);
	};
	useInput((input, key) => {
		// Keys typed ahead (while the program starts or a story opens) arrive as one chunk.
		const keys: Press[] = [];
		for (const pressed of keyPresses(input, key)) {
			const command = commandFor(...pressed);
			// Quitting goes before everything typed ahead of it (a paste of thousands of keys, then Ctrl+C).
			if (command === 'quit') {
				queue.current.length = 0;
				handler.current?.(...pressed);
				return;
			}
			if (command === 'suspend') suspend();
			else keys.push(pressed);
		}
		const idle = queue.current.length === 0;
		if (idle && keys.length === 1) {
			handler.current?.(...keys[0]!);
			return;
		}
		for (const pressed of keys) queue.current.push(pressed);
		if (idle && keys.length > 0) drain();
	});
	return <KeyRouter.Provider value={handler}>{children}</KeyRouter.Provider>;
}

/** Sends key presses to `handler` while this is the innermost component rendered that asks for them. */
export function useKeys(handler: Handler): void {
	const router = useContext(KeyRouter);
	// Outside a router (a component rendered on its own, in tests), subscribe directly.
	useInput(
		(input, key) => {
			for (const pressed of keyPresses(input, key)) handler(...pressed);
		},
		{isActive: router === undefined},
	);
	// Set during render, not in an effect, so the screen that just rendered gets the very next key.
	if (router) router.current = handler;
}
