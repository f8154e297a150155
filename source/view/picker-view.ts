import path from 'node:path';
import type {Library, LibraryEntry} from '../model/library.js';
import {describeProblem} from '../model/problems.js';
import {sanitizeLine} from '../model/sanitize.js';
import type {PickerLimits, PickerState} from '../navigation/picker.js';
import {pickerCommands, pickerQuery} from '../navigation/picker.js';
import {foldQuery} from '../search/fold.js';
import {markMatches, styleCodes} from '../search/highlight.js';
import {footerLine, helpLines, promptLine} from './chrome-view.js';
import {formatDate} from './dates.js';
import type {FrameView} from './frame-view.js';
import type {Layout} from './layout.js';
import {centredStart, rangeLabel, scrollbar, windowOf} from './scroll.js';
import {counted, fit, hangingWrap, spread} from './text.js';
import type {Theme} from './theme.js';

/** A story in the picker: its headline, then source, date, counts and sides (or, broken, why). */
export function storyLabel(theme: Theme, entry: LibraryEntry, width: number, twoLines: boolean): string {
	if (!entry.ok) {
		const name = sanitizeLine(path.basename(entry.file));
		const first = entry.problems[0];
		const why = first ? describeProblem(first) : 'cannot be read';
		const more = entry.problems.length > 1 ? ` (+${entry.problems.length - 1} more)` : '';
		const title = `${theme.agreement('disagree').paint('✗ broken')} ${name}`;
		return twoLines
			? `${fit(title, width)}\n${fit(theme.dim(`  ${why}${more}`), width)}`
			: fit(`${title} ${theme.dim(why)}`, width);
	}
	const {summary} = entry;
	const draft = summary.draft ? `${theme.tag('DRAFT')} ` : '';
	const about = [
		summary.sources > 1 ? `${summary.sources} sources` : summary.source,
		formatDate(summary.published),
		counted(summary.speakers, 'speaker'),
		counted(summary.quotes, 'quote'),
		summary.sides.join(' v ') || undefined,
	]
		.filter(Boolean)
		.join(' · ');
	if (!twoLines) return spread(draft + theme.bold(summary.headline), theme.dim(formatDate(summary.published)), width);
	return `${fit(draft + theme.bold(summary.headline), width)}\n${fit(theme.dim(`  ${about}`), width)}`;
}

/** What an empty folder says: how to get stories into it, and where the bundled ones are. */
function emptyFolder(theme: Theme, width: number): string[] {
	return [
		theme.dim(' No briefing files (*.json) in this folder.'),
		'',
		...hangingWrap(
			`Draft one from a news article: ${theme.bold('briefing ingest ARTICLE.txt -o FOLDER/')}`,
			width,
			' ',
		),
		...hangingWrap(`See the stories that come with briefing: ${theme.bold('briefing --bundled')}`, width, ' '),
	];
}

/** The list a search narrowed the picker to: the stories found (their places in the library), best first. */
export type PickerListing = {
	readonly found: readonly number[];
	/** Stories read into the search's index so far, while a large library is still being read. */
	readonly indexed: number;
	readonly total: number;
};

/** The picker's views at one terminal size. */
export function createPickerViews(library: Library, layout: Layout, theme: Theme, hint?: string) {
	const body = layout.bodyHeight;
	const twoLines = body >= 8;
	const perItem = twoLines ? 2 : 1;
	const visible = Math.max(1, Math.floor(body / perItem));
	const width = layout.columns;
	const helpWidth = Math.max(0, width - 3);
	let help: string[] | undefined;
	const helpText = () => (help ??= helpLines(theme, helpWidth, 'picker'));

	const hit = styleCodes(theme.match);

	function limits(state: PickerState, listing?: PickerListing): PickerLimits {
		return {
			stories: listing ? listing.found.length : library.size,
			visible,
			detailLines: state.help ? helpText().length : 0,
			detailHeight: body,
		};
	}

	function frame(state: PickerState, notice?: string, listing?: PickerListing): FrameView {
		const count = listing ? listing.found.length : library.size;
		const text = pickerQuery(state);
		const query = foldQuery(text);
		const reading = listing && listing.indexed < listing.total ? `; read ${listing.indexed} of ${listing.total}` : '';
		const about = listing
			? `· ${counted(count, 'story', 'stories')} of ${library.size} match “${sanitizeLine(text.trim())}”${reading} · best first`
			: `· ${count} in ${sanitizeLine(library.folder)} · newest first`;
		const header = [fit(`${theme.bold('Stories')} ${theme.dim(about)}`, width)];
		if (layout.headerLines === 2)
			header.push(fit(theme.dim(hint ?? 'Choose a story and press Enter; Esc in a story comes back here.'), width));
		const bar = theme.dim('─'.repeat(width));
		const position = count > 0 ? `story ${state.selected + 1} of ${count}` : listing ? 'no story found' : '';
		const found = listing ? (count === 0 ? 'no story' : counted(count, 'story', 'stories')) + reading : '';
		const footer = state.search.prompt.open
			? promptLine(theme, text, found, width)
			: footerLine(theme, pickerCommands(state, limits(state, listing)), notice ?? position, width);
		if (state.help) {
			const lines = helpText();
			const {visible: shown, start} = windowOf(lines, state.helpScroll, body);
			const bars = scrollbar(lines.length, start, body, theme.dim);
			const rows = Array.from({length: body}, (_, row) => ` ${fit(shown[row] ?? '', helpWidth)} ${bars[row]}`);
			const range = lines.length > body ? rangeLabel(start, body, lines.length) : '';
			return {
				header,
				bar,
				body: {kind: 'lines', lines: rows},
				footer: footerLine(theme, pickerCommands(state, limits(state)), range, width),
			};
		}
		if (count === 0 && listing)
			return {
				header,
				bar,
				body: {
					kind: 'lines',
					lines: Array.from({length: body}, (_, row) =>
						row === 0
							? fit(theme.dim(` No story matches “${sanitizeLine(text.trim())}”. Esc shows them all again.`), width)
							: '',
					),
				},
				footer,
			};
		if (count === 0)
			return {
				header,
				bar,
				body: {
					kind: 'lines',
					lines: Array.from({length: body}, (_, row) => fit(emptyFolder(theme, width)[row] ?? '', width)),
				},
				footer,
			};
		const first = centredStart(state.selected, count, visible);
		const items = [];
		for (let index = first; index < Math.min(count, first + visible); index++) {
			const entry = library.entry(listing ? listing.found[index]! : index)!;
			const label = storyLabel(theme, entry, Math.max(0, width - 2), twoLines);
			items.push({
				key: entry.file,
				label: query === '' ? label : markMatches(label.split('\n'), query, hit.open, hit.close).join('\n'),
			});
		}
		return {
			header,
			bar,
			body: {
				kind: 'list',
				top: [],
				list: {items, selected: state.selected - first, focused: true, width, height: body},
			},
			footer,
		};
	}

	/** The story drawn at a cell of the terminal (`--mouse`), as its place in the list shown. */
	function hitAt(state: PickerState, row: number, listing?: PickerListing): number | undefined {
		const bodyRow = row - layout.headerLines - 1;
		const count = listing ? listing.found.length : library.size;
		if (state.help || bodyRow < 0 || bodyRow >= body) return undefined;
		const story = centredStart(state.selected, count, visible) + Math.floor(bodyRow / perItem);
		return story < count ? story : undefined;
	}

	return {frame, limits, hitAt};
}

export type PickerViews = ReturnType<typeof createPickerViews>;
