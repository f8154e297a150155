import path from 'node:path';
import {useApp} from 'ink';
import {useMemo, useState} from 'react';
import type {Library} from '../model/library.js';
import {sanitizeLine} from '../model/sanitize.js';
import type {Briefing} from '../model/schema.js';
import {Frame, TooSmall} from './components/frame.js';
import {Dashboard, type DashboardProps} from './dashboard.js';
import {useCurrentReducer} from './hooks/use-current-reducer.js';
import {KeyRouterProvider, useKeys} from './hooks/use-keys.js';
import {type TerminalSize, useTerminalSize} from './hooks/use-terminal-size.js';
import {type Command, commandFor} from './keymap.js';
import {computeLayout} from './layout.js';
import {initialPickerState, navigatePicker, type PickerState} from './picker-navigation.js';
import type {Theme} from './theme.js';
import {createPickerViews} from './view/picker-view.js';

type Common = {
	readonly theme: Theme;
	readonly styled: boolean;
	readonly initial?: DashboardProps['initial'];
	readonly size?: TerminalSize;
};

export type AppProps = Common & ({readonly briefing: Briefing} | {readonly library: Library});

/** The whole program: one briefing's dashboard, or a story picker that opens dashboards. */
export function App(props: AppProps) {
	return (
		<KeyRouterProvider>{'briefing' in props ? <Dashboard {...props} /> : <StoryPicker {...props} />}</KeyRouterProvider>
	);
}

function StoryPicker({library, theme, styled, initial, size}: Common & {readonly library: Library}) {
	const {exit} = useApp();
	const {columns, rows} = useTerminalSize(size);
	const layout = useMemo(() => computeLayout(columns, rows), [columns, rows]);
	const views = useMemo(() => createPickerViews(library, layout, theme), [library, layout, theme]);
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
