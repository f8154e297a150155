import {useApp} from 'ink';
import {useEffect, useMemo, useState} from 'react';
import type {Briefing} from '../model/schema.js';
import {type NavState, navigate, type StartAt, startState} from '../navigation/dashboard.js';
import {type Command, commandFor} from '../navigation/keymap.js';
import {buildDashboardModel} from '../view/dashboard-model.js';
import {createFrameViews} from '../view/frame-view.js';
import {computeLayout} from '../view/layout.js';
import {fit} from '../view/text.js';
import type {Theme} from '../view/theme.js';
import {openInBrowser} from '../web/browser.js';
import {Frame, TooSmall} from './components/frame.js';
import {useCurrentReducer} from './hooks/use-current-reducer.js';
import {useKeys} from './hooks/use-keys.js';
import {type TerminalSize, useTerminalSize} from './hooks/use-terminal-size.js';

export type DashboardProps = {
	readonly briefing: Briefing;
	readonly theme: Theme;
	/** Whether the terminal shows styles (inverse, bold): without them the active tab is bracketed. */
	readonly styled: boolean;
	/** Where to start: a pane, and in the Quotes pane a speaker (by id). */
	readonly initial?: StartAt;
	/** Called when the user goes back (Esc at the top level), for the story picker; without it Esc does nothing there. */
	readonly onBack?: () => void;
	/** A fixed size instead of the terminal's (tests). */
	readonly size?: TerminalSize;
};

/** One briefing as a keyboard-driven dashboard. */
export function Dashboard({briefing, theme, styled, initial, onBack, size}: DashboardProps) {
	const {exit} = useApp();
	const {columns, rows} = useTerminalSize(size);
	const layout = useMemo(() => computeLayout(columns, rows), [columns, rows]);
	const model = useMemo(() => buildDashboardModel(briefing, theme), [briefing, theme]);
	const views = useMemo(() => createFrameViews(model, layout, styled), [model, layout, styled]);
	// The reducer reads the current view's limits (the handler below is the latest render's).
	const [state, dispatch, current] = useCurrentReducer(
		(now: NavState, command: Command) => navigate(now, command, views.limits(now)),
		() => startState(model, initial),
	);

	// Right after the first frame (and after a resize), prepare the other panes while nobody is typing:
	// only when the views are new (`current` is the same function on every render), as warming again on
	// every key would be wasted work.
	useEffect(() => {
		const timer = setImmediate(() => views.warm(current()));
		return () => clearImmediate(timer);
	}, [views, current]);

	// What `o` did, shown in the footer until the next key.
	const [notice, setNotice] = useState<string>();

	useKeys((input, key) => {
		const command = commandFor(input, key);
		if (!command) return;
		setNotice(undefined);
		if (command === 'openSource') void openInBrowser(briefing.source.url).then(setNotice);
		else if (command === 'quit') exit();
		else if (command === 'back' && onBack && atTopLevel(current())) onBack();
		else dispatch(command);
	});

	if (layout.tooSmall) return <TooSmall columns={columns} rows={rows} />;
	const view = views.frame(state);
	return (
		<Frame view={notice ? {...view, footer: fit(theme.dim(notice), columns)} : view} theme={theme} width={columns} />
	);
}

/** Esc here has nothing left to close inside the dashboard. */
function atTopLevel(state: NavState): boolean {
	if (state.help) return false;
	if (state.pane === 'quotes') return state.quotes.focus === 'speakers';
	if (state.pane === 'positions') return state.positions.focus === 'topics';
	return true;
}
