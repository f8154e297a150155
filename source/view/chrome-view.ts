import {BINDINGS, type Binding, bindingOf, type Command} from '../navigation/keymap.js';
import {PANES, type PaneId} from '../navigation/panes.js';
import type {DashboardModel} from './dashboard-model.js';
import {formatDate} from './dates.js';
import {cells, counted, fit, hangingWrap, spread, truncate, truncatePlain} from './text.js';
import type {Theme} from './theme.js';

/** The headline (tagged when it is a draft) and the line about the story, styled but not fitted. */
export function headerTexts(model: DashboardModel): {headline: string; about: string} {
	const {briefing, theme, size} = model;
	const draft = briefing.draft ? `${theme.tag('DRAFT')} ` : '';
	const about = [
		briefing.source.name,
		formatDate(briefing.source.published, 'long'),
		counted(size.speakers, 'speaker'),
		counted(size.quotes, 'quote'),
		counted(size.topics, 'topic'),
	].join(' · ');
	return {headline: draft + theme.bold(briefing.headline), about: theme.dim(about)};
}

/**
 * The headline, and (when there is room) the line about the story, each cut to one line. With a `trail`, the
 * first line is a breadcrumb of where the user is: "Stories › headline › Quotes › Wendy Sherman" (Stories when the
 * story was opened from the picker); the headline is what is shortened to make room.
 */
export function headerLines(
	model: DashboardModel,
	width: number,
	count: 1 | 2,
	trail: readonly string[] = [],
	fromStories = false,
): string[] {
	const {headline, about} = headerTexts(model);
	const first =
		trail.length === 0 && !fromStories ? fit(headline, width) : breadcrumb(model, trail, fromStories, width);
	return count === 1 ? [first] : [first, fit(about, width)];
}

/**
 * The breadcrumb line: the headline shortened first, then the end of the trail, to fit `width`. It is drawn at
 * every key: the parts are cut as plain text, then styled (cutting styled text costs a key a few milliseconds).
 */
function breadcrumb(model: DashboardModel, trail: readonly string[], fromStories: boolean, width: number): string {
	const {theme, briefing} = model;
	const draft = briefing.draft ? `${theme.tag('DRAFT')} ` : '';
	const before = fromStories ? 'Stories › ' : '';
	let after = trail.map(crumb => ` › ${crumb}`).join('');
	const fixed = cells(before) + cells(draft);
	// The headline keeps at least half the line (or 24 cells); the trail is cut before it goes below that.
	const least = Math.min(cells(briefing.headline), Math.max(24, Math.floor(width / 2)));
	const room = width - fixed - least;
	if (cells(after) > room) after = truncatePlain(after, Math.max(0, room));
	const headline = truncatePlain(briefing.headline, Math.max(0, width - fixed - cells(after)));
	const dimmed = (text: string) => text.replaceAll(' › ', theme.dim(' › '));
	return fit(theme.dim(before) + draft + theme.bold(headline) + dimmed(after), width);
}

/** The search prompt on the footer line: "/" and what is typed, a cursor, and what it finds on the right. */
export function promptLine(theme: Theme, text: string, found: string, width: number): string {
	const right = theme.dim(found);
	const room = Math.max(1, width - (found ? cells(found) + 2 : 0));
	const cursor = theme.color || theme.inverse(' ') !== ' ' ? theme.inverse(' ') : '_';
	let typed = text;
	// A query longer than the line shows its end, where the typing is.
	while (typed !== '' && cells(`/${typed}`) + 1 > room) typed = [...typed].slice(1).join('');
	const prompt = `/${typed}${cursor}`;
	return found ? spread(prompt, right, width) : fit(prompt, width);
}

/** The tab strip: every pane by number and name, the active one marked in words as well as style. */
export function tabLine(theme: Theme, active: PaneId, width: number, styled: boolean): string {
	const tabs = PANES.map((pane, index) => {
		const label = `${index + 1} ${pane.title}`;
		if (pane.id !== active) return theme.dim(` ${label} `);
		// Brackets mark it even where inverse video does not show (NO_COLOR captures, screen readers).
		return styled ? theme.inverse(theme.bold(`[${label}]`)) : `[${label}]`;
	});
	return fit(tabs.join(' '), width);
}

/** Commands shown together in the footer under one label: "←→ pane", "↑↓ move". */
const PAIRS: Partial<Record<Command, Command>> = {
	nextPane: 'previousPane',
	down: 'up',
	pageDown: 'pageUp',
	nextMatch: 'previousMatch',
	nextTopic: 'previousTopic',
};

function firstKey(binding: Binding): string {
	return binding.keys.split(' ')[0]!;
}

/** One footer hint, e.g. "↑↓ move" or "Enter open", from the key table. */
export function hint(command: Command, compact = false): string {
	const binding = bindingOf(command);
	const pair = PAIRS[command];
	// Where the footer is short of room, Enter is written as the key's symbol.
	if (compact && command === 'open') return `↵ ${binding.short}`;
	if (!pair) return `${firstKey(binding)} ${binding.short}`;
	const other = bindingOf(pair);
	const keys =
		command === 'pageDown'
			? `${firstKey(other)}/${firstKey(binding)}`
			: command === 'nextMatch'
				? `${firstKey(binding)}/${firstKey(other)}`
				: command === 'nextTopic'
					? `${firstKey(other)}/${firstKey(binding)}`
					: `${firstKey(other)}${firstKey(binding)}`;
	return `${keys} ${binding.short}`;
}

/** The hints a footer keeps however narrow it is: how to open, go back, get help and quit. */
const ESSENTIAL: ReadonlySet<Command> = new Set(['open', 'back', 'help', 'quit']);

/**
 * The footer: the keys that work now (as many as fit), and where you are (or a notice) on the right.
 * What matters most is kept first: opening, going back, help and quit (Enter written ↵ where room is
 * short); then the right-hand text (in a shorter form, cut, or left out where not even a few cells of
 * it fit); then the other keys, in order.
 */
export function footerLine(theme: Theme, commands: readonly Command[], position: string, width: number): string {
	// Hints are joined by two spaces, and two more keep them from the right-hand text.
	const essentials = commands.filter(command => ESSENTIAL.has(command));
	const widthOf = (shown: readonly Command[], compact: boolean) =>
		shown.reduce((sum, command, index) => sum + cells(hint(command, compact)) + (index > 0 ? 2 : 0), 0);
	const compact = position !== '' && widthOf(essentials, false) + 2 + cells(position) > width;
	const shown: Command[] = [];
	let right = '';
	const room = () => width - (right ? cells(right) + 2 : 0);
	const add = (wanted: (command: Command) => boolean, always = false): void => {
		for (const command of commands) {
			if (shown.includes(command) || !wanted(command)) continue;
			const next = commands.filter(other => shown.includes(other) || other === command);
			if (!always && widthOf(next, compact) > room()) continue;
			shown.push(command);
		}
	};
	add(command => ESSENTIAL.has(command), true);
	const left = width - widthOf(shown, compact) - (shown.length > 0 ? 2 : 0);
	// Shorter forms of where you are: "quote 2 of 10" → "quote 2/10" → "2/10".
	const short = position.replace(/(\d) of (\d)/g, '$1/$2');
	const bare = short.replace(/\b[a-z]+ (?=\d+\/)/g, '');
	// Each form, then without its middle parts: "topic 1 of 7 · 1–18 of 32" without the quote between.
	const ends = (form: string) => {
		const parts = form.split(' · ');
		return parts.length > 2 ? `${parts[0]} · ${parts.at(-1)}` : '';
	};
	const forms = [position, ends(position), short, ends(short), bare, ends(bare)];
	right = forms.find(form => form && cells(form) <= left) ?? (position && left >= 12 ? truncate(position, left) : '');
	add(() => true);
	const hints = commands
		.filter(command => shown.includes(command))
		.map(command => theme.dim(hint(command, compact)))
		.join('  ');
	return right ? spread(hints, theme.dim(right), width) : fit(hints, width);
}

/** Where help is asked for: its keys are the ones that do something there. */
export type HelpPlace = 'dashboard' | 'picker';

/**
 * The help overlay's lines: the keys of the place it is opened in, in as many columns as fit; in the
 * dashboard, then what its symbols mean.
 */
export function helpLines(theme: Theme, width: number, place: HelpPlace = 'dashboard'): string[] {
	const entries = BINDINGS.flatMap(binding => {
		const description = place === 'picker' ? binding.inPicker : binding.description;
		return description === undefined ? [] : [{keys: binding.keys, description}];
	});
	const keyWidth = Math.max(...entries.map(entry => cells(entry.keys)));
	const entryWidth = keyWidth + 2 + Math.max(...entries.map(entry => cells(entry.description)));
	const columns = Math.max(1, Math.min(2, Math.floor((width + 3) / (entryWidth + 3))));
	const rows = Math.ceil(entries.length / columns);
	const columnWidth = columns === 1 ? width : Math.floor((width - 3 * (columns - 1)) / columns);
	const lines = [theme.accent(place === 'picker' ? 'Keys in the story picker' : 'Keys'), ''];
	for (let row = 0; row < rows; row++) {
		const cellsInRow: string[] = [];
		for (let column = 0; column < columns; column++) {
			const entry = entries[column * rows + row];
			if (!entry) continue;
			cellsInRow.push(fit(`${theme.bold(fit(entry.keys, keyWidth))}  ${entry.description}`, columnWidth));
		}
		lines.push(truncate(cellsInRow.join('   '), width));
	}
	if (place === 'dashboard') lines.push('', theme.accent('Symbols'), '', ...symbolLines(theme, width));
	lines.push('', theme.dim(fit('Press ? or Esc to close help.', width)));
	return lines;
}

/** What the dashboard's marks mean, each on its line(s). */
function symbolLines(theme: Theme, width: number): string[] {
	const kinds = ['agree', 'partial', 'disagree', 'unclear'] as const;
	const agreement = kinds.map(kind => theme.agreement(kind).paint(theme.agreement(kind).symbol)).join(' ');
	const entries: [string, string][] = [
		[agreement, `${kinds.join(', ')}: whether the sides agree on a topic (Positions)`],
		['direct', 'a quoted sentence'],
		['partial', 'a quoted phrase inside the reporter’s sentence'],
		[
			'mixed',
			`reported speech carrying the speaker’s own words, which keep their marks: ${theme.italic('said talks were')} ${theme.quoted('“serious”')}`,
		],
		['reported', 'reported speech: what was said, in the reporter’s words'],
		['¶ 3 of 30', 'the paragraph of the article a quote comes from'],
		['█ ▓ ▒ ░', 'each side’s share of the quotes (Quotes)'],
		['▌', 'the selected quote'],
	];
	const markWidth = Math.max(...entries.map(([mark]) => cells(mark)));
	return entries.flatMap(([mark, meaning]) => hangingWrap(meaning, width, `${fit(mark, markWidth)}  `));
}
