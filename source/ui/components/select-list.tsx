import {Box, Text} from 'ink';
import SelectInput from 'ink-select-input';
import {markedLabel} from '../../view/frame-text.js';
import type {ListView} from '../../view/frame-view.js';
import type {Theme} from '../../view/theme.js';

/** ink-select-input's own mark would follow its own selection; the mark is part of each label instead. */
const NoIndicator = () => null;
const Item = ({label}: {readonly label: string; readonly isSelected?: boolean}) => <Text>{label}</Text>;

/**
 * A list (speakers, stories) drawn by ink-select-input. The navigation reducers own the selection, so
 * the one key table drives it (with g/G and PgUp/PgDn, and without the list's own digit keys clashing
 * with 1/2/3): the list is never focused for input, and each label carries the selection mark the view
 * gives it. Only the labels that change are drawn again when the selection moves.
 */
export function SelectList({list, theme}: {readonly list: ListView; readonly theme: Theme}) {
	const items = list.items.map((item, index) => ({
		key: item.key,
		label: markedLabel(theme, list, index),
		value: item.key,
	}));
	return (
		<Box flexDirection="column" width={list.width} height={list.height} flexShrink={0}>
			<SelectInput items={items} isFocused={false} indicatorComponent={NoIndicator} itemComponent={Item} />
		</Box>
	);
}
