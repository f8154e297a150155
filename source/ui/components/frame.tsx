import {Box, Text} from 'ink';
import {tooSmallLines} from '../../view/frame-text.js';
import type {FrameView} from '../../view/frame-view.js';
import type {Theme} from '../../view/theme.js';
import {Lines} from './lines.js';
import {SelectList} from './select-list.js';

/** A frame (dashboard or picker): header, bar, body and footer, exactly as the view computed them. */
export function Frame({view, theme, width}: {readonly view: FrameView; readonly theme: Theme; readonly width: number}) {
	const {body} = view;
	return (
		<Box flexDirection="column" width={width}>
			<Lines lines={view.header} />
			<Text wrap="truncate-end">{view.bar}</Text>
			{body.kind === 'lines' ? (
				<Lines lines={body.lines} />
			) : body.kind === 'list' ? (
				<>
					<Lines lines={body.top} />
					<SelectList list={body.list} theme={theme} />
				</>
			) : (
				<>
					<Lines lines={body.top} />
					{body.beside ? (
						<Box flexDirection="row">
							<SelectList list={body.list} theme={theme} />
							<Lines lines={body.detail.map(() => body.between)} />
							<Lines lines={body.detail} width={body.detailWidth} />
						</Box>
					) : (
						<>
							<SelectList list={body.list} theme={theme} />
							<Text wrap="truncate-end">{body.between}</Text>
							<Lines lines={body.detail} />
						</>
					)}
				</>
			)}
			<Text wrap="truncate-end">{view.footer}</Text>
		</Box>
	);
}

/** Shown instead of the dashboard when the terminal cannot hold it. */
export function TooSmall({columns, rows}: {readonly columns: number; readonly rows: number}) {
	return <Lines lines={tooSmallLines({columns, rows})} />;
}
