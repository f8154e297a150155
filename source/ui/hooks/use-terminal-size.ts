import {useStdout} from 'ink';
import {useEffect, useState} from 'react';

export type TerminalSize = {readonly columns: number; readonly rows: number};

const sizeOf = (stdout: NodeJS.WriteStream): TerminalSize => ({columns: stdout.columns || 80, rows: stdout.rows || 24});

/** The terminal's size, updated when it is resized. `fixed` overrides it (tests). */
export function useTerminalSize(fixed?: TerminalSize): TerminalSize {
	const {stdout} = useStdout();
	const [size, setSize] = useState(() => sizeOf(stdout));
	const follows = fixed === undefined;
	useEffect(() => {
		if (!follows) return;
		const onResize = () => {
			setSize(previous => {
				const next = sizeOf(stdout);
				return next.columns === previous.columns && next.rows === previous.rows ? previous : next;
			});
		};
		stdout.on('resize', onResize);
		return () => {
			stdout.off('resize', onResize);
		};
	}, [stdout, follows]);
	return fixed ?? size;
}
