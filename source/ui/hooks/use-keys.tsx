import {useInput} from 'ink';
import {createContext, type ReactNode, useContext, useRef} from 'react';
import {type KeyState, keyPresses} from '../../navigation/keymap.js';

// Key presses reach the screen on top (the picker, or the story opened from it) through one
// subscription made when the app mounts. Subscribing per screen in an effect would leave a gap
// after each switch: React may not run a new screen's effects until the next input arrives, so
// the first key typed after opening a story would go to the old screen's handler.

type Handler = (input: string, key: KeyState) => void;

const KeyRouter = createContext<{current: Handler | undefined} | undefined>(undefined);

/** Owns the one input subscription; the innermost component rendered with `useKeys` gets the keys. */
export function KeyRouterProvider({children}: {readonly children: ReactNode}) {
	const handler = useRef<Handler | undefined>(undefined);
	const queue = useRef<Array<readonly [string, KeyState]>>([]);
	const drain = () => {
		const pressed = queue.current.shift();
		if (pressed) handler.current?.(...pressed);
		// One key per turn: a key may open a story, and the next must go to the story once it has rendered.
		if (queue.current.length > 0) setImmediate(drain);
	};
	useInput((input, key) => {
		// Keys typed ahead (while the program starts or a story opens) arrive as one chunk.
		const keys = keyPresses(input, key);
		const idle = queue.current.length === 0;
		if (idle && keys.length === 1) {
			handler.current?.(...keys[0]!);
			return;
		}
		queue.current.push(...keys);
		if (idle) drain();
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
