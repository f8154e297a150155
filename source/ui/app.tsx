import {useApp, useInput} from 'ink';
import {useEffect, useState, useSyncExternalStore} from 'react';
import {type Opening, Session} from '../app/session.js';
import {keyPresses} from '../navigation/keymap.js';
import type {Theme} from '../view/theme.js';
import {Frame, TooSmall} from './components/frame.js';
import {type TerminalSize, useTerminalSize} from './hooks/use-terminal-size.js';

// Ink draws a session: the program's state lives outside React (app/session.ts), and these
// components only render its current frame. The program itself feeds the session its keys and the
// terminal's size (commands/open.tsx); an App made from a briefing or a library instead makes its own
// session and reads the keys through Ink (tests, and anyone embedding the dashboard).

export type OwnSessionProps = Opening & {
	readonly theme: Theme;
	readonly styled: boolean;
	/** A fixed size instead of the terminal's (tests). */
	readonly size?: TerminalSize;
};

export type AppProps = {readonly session: Session} | OwnSessionProps;

/** The whole program: one briefing's dashboard, or a story picker that opens dashboards. */
export function App(props: AppProps) {
	return 'session' in props ? <SessionView session={props.session} /> : <OwnSession {...props} />;
}

/** A session of its own, its keys read through Ink's useInput and its size from Ink's stdout. */
function OwnSession({theme, styled, size: fixed, ...opening}: OwnSessionProps) {
	const size = useTerminalSize(fixed);
	const [session] = useState(() => new Session(opening, {theme, styled, size}));
	useEffect(() => session.resize(size), [session, size]);
	// Right after the first frame, prepare the other panes while nobody is typing.
	useEffect(() => {
		const timer = setImmediate(() => session.warm());
		return () => clearImmediate(timer);
	}, [session]);
	useInput((input, key) => {
		// Keys typed faster than a frame is drawn arrive together: each is a key press of its own.
		for (const [text, state] of keyPresses(input, key)) session.press(text, state);
	});
	return <SessionView session={session} />;
}

/** The session's current frame, drawn again whenever it changes; quitting ends the Ink app. */
function SessionView({session}: {readonly session: Session}) {
	const {exit} = useApp();
	useSyncExternalStore(session.subscribe, () => session.version);
	useEffect(() => {
		if (session.quit) exit();
	});
	const shown = session.shown();
	if (shown.kind === 'tooSmall') return <TooSmall columns={shown.size.columns} rows={shown.size.rows} />;
	return <Frame view={shown.view} theme={session.theme} width={session.size.columns} />;
}
