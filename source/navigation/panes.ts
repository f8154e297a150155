// The dashboard's panes, in tab order. Everything that names a pane reads this list: the tab strip,
// the number keys and pane switching, `--pane` on the command line, and `print --pane`.

export const PANES = [
	{id: 'summary', title: 'Summary'},
	{id: 'quotes', title: 'Quotes'},
	{id: 'positions', title: 'Positions'},
	{id: 'article', title: 'Article'},
] as const;

export type PaneId = (typeof PANES)[number]['id'];

export const PANE_IDS: readonly PaneId[] = PANES.map(pane => pane.id);

/** A pane's title, as the tab strip and the breadcrumb name it. */
export const paneTitle = (pane: PaneId): string => PANES.find(entry => entry.id === pane)!.title;

/** The command of a pane's number key: `pane1` opens the first pane. */
export type PaneCommand = `pane${number}`;

/** The command of the pane at `index` (from 0). */
export const paneCommand = (index: number): PaneCommand => `pane${index + 1}`;

/** The pane a command opens, if it is a pane's number key. */
export function paneOf(command: string): PaneId | undefined {
	// Stryker disable next-line Regex: `\d` for `\d+` is the same with fewer than 10 panes (pane10 is none either way)
	const number = /^pane(\d+)$/.exec(command)?.[1];
	// Stryker disable next-line ConditionalExpression: without the test, PANES[NaN]?.id is undefined just the same
	return number === undefined ? undefined : PANES[Number(number) - 1]?.id;
}
