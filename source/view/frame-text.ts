import type {FrameView, ListView} from './frame-view.js';
import type {Layout} from './layout.js';
import {MIN_COLUMNS, MIN_ROWS} from './layout.js';
import {fit, wrap} from './text.js';
import type {Theme} from './theme.js';

// A frame as plain lines of text, the same the Ink components draw from the same view. The program
// writes it to the terminal before Ink has even loaded (see commands/open.tsx), so the first frame
// appears as soon as the briefing is read; Ink then draws the identical frame over it.

/** The mark before a list item: the selection, brighter while the list has the keys. */
export function selectionMark(theme: Theme, list: ListView, selected: boolean): string {
	if (!selected) return '  ';
	return list.focused ? theme.accent('› ') : theme.dim('› ');
}

/** An item's label behind its mark (on the first of its lines; the others are indented to match). */
export function markedLabel(theme: Theme, list: ListView, index: number): string {
	const mark = selectionMark(theme, list, index === list.selected);
	return list.items[index]!.label.split('\n')
		.map((line, row) => (row === 0 ? mark : '  ') + line)
		.join('\n');
}

/** A list's rows: each item's lines behind its mark, padded to the list's height. */
export function listRows(theme: Theme, list: ListView): string[] {
	const rows = list.items.flatMap((_, index) => markedLabel(theme, list, index).split('\n'));
	return Array.from({length: list.height}, (_, row) => fit(rows[row] ?? '', list.width));
}

function bodyLines(view: FrameView, theme: Theme): string[] {
	const {body} = view;
	switch (body.kind) {
		case 'lines':
			return [...body.lines];
		case 'list':
			return [...body.top, ...listRows(theme, body.list)];
		case 'speakers': {
			const list = listRows(theme, body.list);
			if (!body.beside) return [...body.top, ...list, body.between, ...body.detail];
			const height = Math.max(list.length, body.detail.length);
			const rows = Array.from({length: height}, (_, row) =>
				row < body.detail.length
					? `${list[row] ?? ' '.repeat(body.list.width)}${body.between}${body.detail[row]}`
					: (list[row] ?? ''),
			);
			return [...body.top, ...rows];
		}
	}
}

/** Every line of a frame, top to bottom. */
export function frameLines(view: FrameView, theme: Theme): string[] {
	return [...view.header, view.bar, ...bodyLines(view, theme), view.footer];
}

/** What a terminal below the minimum size shows instead of a frame. */
export function tooSmallLines(layout: Pick<Layout, 'columns' | 'rows'>): string[] {
	const {columns, rows} = layout;
	const lines = [
		`terminal too small (need ${MIN_COLUMNS} x ${MIN_ROWS})`,
		`now ${columns} x ${rows}; enlarge it, or press q to quit`,
	];
	// Wrapped, not cut: on the narrowest terminals the size needed is the part that matters.
	return lines.flatMap(line => wrap(line, columns)).slice(0, Math.max(1, rows - 1));
}
