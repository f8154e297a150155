import {BINDINGS, type Binding, bindingOf, type Command} from '../navigation/keymap.js';
import {PANES, type PaneId} from '../navigation/panes.js';
import type {DashboardModel} from './dashboard-model.js';
import {formatDate} from './dates.js';
import {cells, fit, spread, truncate} from './text.js';
import type {Theme} from './theme.js';

/** The headline (tagged when it is a draft) and the line about the story, styled but not fitted. */
export function headerTexts(model: DashboardModel): {headline: string; about: string} {
	const {briefing, theme, size} = model;
	const draft = briefing.draft ? `${theme.tag('DRAFT')} ` : '';
	const about = [
		briefing.source.name,
		formatDate(briefing.source.published, 'long'),
		`${size.speakers} speakers`,
		`${size.quotes} quotes`,
		`${size.topics} topics`,
	].join(' · ');
	return {headline: draft + theme.bold(briefing.headline), about: theme.dim(about)};
}

/** The headline, and (when there is room) the line about the story, each cut to one line. */
export function headerLines(model: DashboardModel, width: number, count: 1 | 2): string[] {
	const {headline, about} = headerTexts(model);
	return count === 1 ? [fit(headline, width)] : [fit(headline, width), fit(about, width)];
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
const PAIRS: Partial<Record<Command, Command>> = {nextPane: 'previousPane', down: 'up', pageDown: 'pageUp'};

function firstKey(binding: Binding): string {
	return binding.keys.split(' ')[0]!;
}

/** One footer hint, e.g. "↑↓ move" or "Enter open", from the key table. */
export function hint(command: Command): string {
	const binding = bindingOf(command);
	const pair = PAIRS[command];
	if (!pair) return `${firstKey(binding)} ${binding.short}`;
	const other = bindingOf(pair);
	const keys =
		command === 'pageDown' ? `${firstKey(other)}/${firstKey(binding)}` : `${firstKey(other)}${firstKey(binding)}`;
	return `${keys} ${binding.short}`;
}

/** The footer: the keys that work now (as many as fit), and where you are on the right. */
export function footerLine(theme: Theme, commands: readonly Command[], position: string, width: number): string {
	const room = width - (position ? cells(position) + 2 : 0);
	// Help and quit matter most: their room is kept first, the other hints fill what is left in order.
	const essential = commands.filter(command => command === 'help' || command === 'quit');
	let used = essential.reduce((sum, command) => sum + cells(hint(command)) + 2, 0);
	const shown = new Set<Command>(essential);
	for (const command of commands) {
		if (shown.has(command)) continue;
		const extra = cells(hint(command)) + 2;
		if (used + extra > room) continue;
		shown.add(command);
		used += extra;
	}
	const left = commands
		.filter(command => shown.has(command))
		.map(command => theme.dim(hint(command)))
		.join('  ');
	return position ? spread(left, theme.dim(position), width) : fit(left, width);
}

/** The help overlay's lines: every key binding, in as many columns as fit. */
export function helpLines(theme: Theme, width: number): string[] {
	const keyWidth = Math.max(...BINDINGS.map(binding => cells(binding.keys)));
	const entryWidth = keyWidth + 2 + Math.max(...BINDINGS.map(binding => cells(binding.description)));
	const columns = Math.max(1, Math.min(2, Math.floor((width + 3) / (entryWidth + 3))));
	const rows = Math.ceil(BINDINGS.length / columns);
	const columnWidth = columns === 1 ? width : Math.floor((width - 3 * (columns - 1)) / columns);
	const lines = [theme.accent('Keys'), ''];
	for (let row = 0; row < rows; row++) {
		const cellsInRow: string[] = [];
		for (let column = 0; column < columns; column++) {
			const binding = BINDINGS[column * rows + row];
			if (!binding) continue;
			cellsInRow.push(fit(`${theme.bold(fit(binding.keys, keyWidth))}  ${binding.description}`, columnWidth));
		}
		lines.push(truncate(cellsInRow.join('   '), width));
	}
	lines.push('', theme.dim(fit('Press ? or Esc to close help.', width)));
	return lines;
}
