import {useCallback, useReducer, useRef} from 'react';

/**
 * A reducer whose state is brought up to date at each dispatch, not at the next render. Keys typed
 * quickly can arrive before React has drawn the previous one: a handler that decides from the state
 * it last rendered ("open the selected story", "is anything left to close?") would act on a stale
 * selection. `current()` is the state after every key so far (the same function on every render); the
 * returned state is what to draw.
 */
export function useCurrentReducer<State, Action>(
	reducer: (state: State, action: Action) => State,
	initial: () => State,
): [state: State, dispatch: (action: Action) => void, current: () => State] {
	const ref = useRef<{state: State}>(undefined);
	ref.current ??= {state: initial()};
	const [, redraw] = useReducer((count: number) => count + 1, 0);
	const pending = useRef(false);
	const dispatch = (action: Action) => {
		const next = reducer(ref.current!.state, action);
		if (next === ref.current!.state) return;
		ref.current!.state = next;
		// One frame for all the keys of a turn (a paste of thousands of "j"), however many dispatches they make.
		if (pending.current) return;
		pending.current = true;
		queueMicrotask(() => {
			pending.current = false;
			redraw();
		});
	};
	// The same function on every render, so that effects can depend on it without running again.
	const current = useCallback(() => ref.current!.state, []);
	return [ref.current.state, dispatch, current];
}
