import {Box, Text} from 'ink';

/**
 * Lines already fitted to the width by the view, drawn as one Text: Ink re-wraps a text only when its
 * widest line is wider than the box, which these never are. One node instead of one per line keeps
 * React and Yoga's work per frame small.
 */
export function Lines({lines, width}: {readonly lines: readonly string[]; readonly width?: number}) {
	if (lines.length === 0) return null;
	return (
		<Box width={width} height={lines.length} flexShrink={0}>
			<Text>{lines.join('\n')}</Text>
		</Box>
	);
}
