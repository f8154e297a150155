import path from 'node:path';
import {useApp} from 'ink';
import {useMemo, useState} from 'react';
import type {Library} from '../model/library.js';
import {sanitizeLine} from '../model/sanitize.js';
import type {Briefing} from '../model/schema.js';
import {type Command, commandFor} from '../navigation/keymap.js';
import {initialPickerState, navigatePicker, type PickerState} from '../navigation/picker.js';
import {computeLayout} from '../view/layout.js';
import {createPickerViews} from '../view/picker-view.js';
import type {Theme} from '../view/theme.js';
import {Frame, TooSmall} from './components/frame.js';
import {Dashboard, type DashboardProps} from './dashboard.js';
import {useCurrentReducer} from './hooks/use-current-reducer.js';
import {useKeys} from './hooks/use-keys.js';
import {type TerminalSize, useTerminalSize} from './hooks/use-terminal-size.js';

export type PickerProps = {
	readonly library: Library;
	readonly theme: Theme;
	readonly styled: boolean;
	/** Where each story opens: a pane, and in the Quotes pane a speaker. */
	readonly initial?: DashboardProps['initial'];
	/** A fixed size instead of the terminal's (tests). */
	readonly size?: TerminalSize;
	/** The second header line instead of the usual one (what this folder is: the user's library, the bundled stories). */
	readonly hint?: string;
};

/** The stories of a folder to choose from; Enter opens one as a dashboard, and Esc there comes back. */
export function StoryPicker({library, theme, styled, initial, size, hint}: PickerProps) {
	const {exit} = useApp();
	const {columns, rows} = useTerminalSize(size);
	const layout = useMemo(() => computeLayout(columns, rows), [columns, rows]);
	const views = useMemo(() => createPickerViews(library, layout, theme, hint), [library, layout, theme, hint]);
	const [state, dispatch, current] = useCurrentReducer(
		(now: PickerState, command: Command) => navigatePicker(now, command, views.limits(now)),
		() => initialPickerState,
	);
	const [story, setStory] = useState<{briefing: Briefing; index: number}>();
	const [notice, setNotice] = useState<string>();

	useKeys((input, key) => {
		const command = commandFor(input, key);
		if (!command) return;
		setNotice(undefined);
		if (command === 'quit') exit();
		else if (command === 'open' && !current().help) {
			const {selected} = current();
			const result = library.open(selected);
			if (result?.ok) setStory({briefing: result.briefing, index: selected});
			else if (result)
				setNotice(`cannot open ${sanitizeLine(path.basename(library.files[selected] ?? ''))}: it has problems`);
		} else dispatch(command);
	});

	if (story)
		return (
			<Dashboard
				key={story.index}
				briefing={story.briefing}
				theme={theme}
				styled={styled}
				{...(initial ? {initial} : {})}
				{...(size ? {size} : {})}
				onBack={() => setStory(undefined)}
			/>
		);
	if (layout.tooSmall) return <TooSmall columns={columns} rows={rows} />;
	return <Frame view={views.frame(state, notice)} theme={theme} width={columns} />;
}
