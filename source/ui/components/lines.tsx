import {Box, Text} from 'ink';

/** Lines already fitted to the width by the view: rendered one Text each, never re-wrapped by Ink. */
export function Lines({lines, width}: {readonly lines: readonly string[]; readonly width?: number}) {
	return (
		<Box flexDirection="column" width={width} flexShrink={0}>
			{lines.map((line, index) => (
				// An empty Text has no height in Ink: a space keeps blank lines.
				// eslint-disable-next-line react/no-array-index-key
				<Text key={index} wrap="truncate-end">
					{line === '' ? ' ' : line}
				</Text>
			))}
		</Box>
	);
}
