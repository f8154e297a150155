import type {Briefing, DraftGroup} from '../model/schema.js';
import type {Theme} from './theme.js';

// What `briefing ingest` drafted stays marked until a person reviews it: the file lists the drafted groups of
// fields in `drafted`, and each pane tags them with a dim "draft" (in brackets where there are no styles).

/** Whether a group of the briefing's fields is a machine draft not yet reviewed. */
export function isDrafted(briefing: Briefing, group: DraftGroup): boolean {
	return briefing.drafted?.includes(group) ?? false;
}

/** The tag after a heading: " draft" dimmed, " [draft]" without styles; nothing for a reviewed group. */
export function draftTag(briefing: Briefing, group: DraftGroup, theme: Theme): string {
	if (!isDrafted(briefing, group)) return '';
	return ` ${theme.mark('draft')}`;
}
