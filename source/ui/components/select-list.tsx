import {Box, Text} from 'ink';
import SelectInput from 'ink-select-input';
import {useMemo} from 'react';
import type {Theme} from '../theme.js';
import {selectionMark} from '../view/frame-text.js';
import type {ListView} from '../view/frame-view.js';

/**
 * A list (speakers, stories) drawn by ink-select-input. The navigation reducers own the selection, so
 * the one key table drives it (with g/G and PgUp/PgDn, and without the list's own digit keys clashing
 * with 1/2/3): the list is never focused for input, and is re-keyed whenever the selection or window moves.
 */
export function SelectList({list, theme}: {readonly list: ListView; readonly theme: Theme}) {
	const components = useMemo(() => {
		const Indicator = ({isSelected}: {readonly isSelected?: boolean}) => <Text>{selectionMark(theme, list, Boolean(isSelected))}</Text>;
		const Item = ({label}: {readonly label: string; readonly isSelected?: boolean}) => <Text wrap="truncate-end">{label}</Text>;
		return {Indicator, Item};
	}, [theme, list.focused]);
	const items = list.items.map(item => ({key: item.key, label: item.label, value: item.key}));
	return (
		<Box flexDirection="column" width={list.width} height={list.height} flexShrink={0} overflow="hidden">
			<SelectInput
				key={`${list.items[0]?.key ?? ''}:${list.selected}`}
				items={items}
				initialIndex={Math.max(0, list.selected)}
				isFocused={false}
				indicatorComponent={components.Indicator}
				itemComponent={components.Item}
			/>
		</Box>
	);
}
