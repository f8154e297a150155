// How the terminal is divided, as a pure function of its size. The frame is always rows − 1 lines:
// in Ink 6.8 a frame as tall as the terminal clears the screen on every render (flicker, lost scrollback).

export const MIN_COLUMNS = 40;
export const MIN_ROWS = 10;

export type Layout = {
	readonly columns: number;
	readonly rows: number;
	/** Lines the frame may use. */
	readonly height: number;
	readonly tooSmall: boolean;
	/** Header lines: the headline, and the source line when there is room. */
	readonly headerLines: 1 | 2;
	readonly bodyHeight: number;
	/** Speakers beside their quotes (else above them). */
	readonly wideQuotes: boolean;
	/** Positions of the sides in columns side by side (else stacked). */
	readonly sideBySide: boolean;
	/** Width of the speaker list when it stands beside the quotes. */
	readonly listWidth: number;
};

/** The layout of a `columns` × `rows` terminal. */
export function computeLayout(columns: number, rows: number): Layout {
	const safeColumns = Math.max(1, Math.floor(columns) || 80);
	const safeRows = Math.max(1, Math.floor(rows) || 24);
	const height = Math.max(1, safeRows - 1);
	const headerLines = safeRows >= 14 ? 2 : 1;
	const chrome = headerLines + 1 /* tabs */ + 1; /* footer */
	return {
		columns: safeColumns,
		rows: safeRows,
		height,
		tooSmall: safeColumns < MIN_COLUMNS || safeRows < MIN_ROWS,
		headerLines,
		bodyHeight: Math.max(0, height - chrome),
		wideQuotes: safeColumns >= 90,
		sideBySide: safeColumns >= 80,
		listWidth: Math.max(26, Math.min(42, Math.floor(safeColumns * 0.32))),
	};
}
