import type {Library} from '../model/library.js';
import type {Briefing} from '../model/schema.js';
import {Dashboard} from './dashboard.js';
import {KeyRouterProvider} from './hooks/use-keys.js';
import {type PickerProps, StoryPicker} from './picker.js';

export type AppProps = Omit<PickerProps, 'library'> & ({readonly briefing: Briefing} | {readonly library: Library});

/** The whole program: one briefing's dashboard, or a story picker that opens dashboards. */
export function App(props: AppProps) {
	return (
		<KeyRouterProvider>{'briefing' in props ? <Dashboard {...props} /> : <StoryPicker {...props} />}</KeyRouterProvider>
	);
}
