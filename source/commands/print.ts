import {statSync} from 'node:fs';
import type {Format, PrintOptions} from '../command-line.js';
import {safeJson} from '../format/json.js';
import {formatLibrary} from '../format/library.js';
import {formatMarkdown} from '../format/markdown.js';
import {formatText} from '../format/text.js';
import {Library, listLibrary} from '../model/library.js';
import {loadBriefingFile} from '../model/load.js';
import {UserError} from '../model/problems.js';
import type {Briefing} from '../model/schema.js';
import type {PaneId} from '../navigation/panes.js';

// `briefing search` formats with these, loaded with this chunk of the bundle when asked for.
export {safeJson} from '../format/json.js';
export {escapeMarkdown} from '../format/markdown.js';

/** The parts of a briefing a pane shows, for `--format json --pane …`. */
const PANE_KEYS: Record<PaneId, readonly (keyof Briefing)[]> = {
	summary: ['id', 'headline', 'standfirst', 'source', 'summary', 'keyFacts', 'background', 'timeline'],
	quotes: ['id', 'headline', 'sides', 'speakers', 'quotes'],
	positions: ['id', 'headline', 'sides', 'topics'],
	article: ['id', 'headline', 'source', 'paragraphs'],
};

/** One briefing in a format, or one pane of it. */
export function formatBriefing(briefing: Briefing, format: Format, options: {width: number; pane?: PaneId}): string {
	switch (format) {
		case 'json': {
			const data = options.pane
				? Object.fromEntries(PANE_KEYS[options.pane].map(key => [key, briefing[key]]))
				: briefing;
			return safeJson(data);
		}
		case 'markdown':
			return formatMarkdown(briefing, options.pane ? {pane: options.pane} : {});
		case 'text':
			return formatText(briefing, options);
	}
}

function isFolder(target: string): boolean {
	try {
		return statSync(target).isDirectory();
	} catch {
		return false;
	}
}

/** `briefing print`: a briefing (or a folder's list of stories) to standard output. */
export async function runPrint(options: PrintOptions): Promise<void> {
	const width = options.width ?? (process.stdout.isTTY && process.stdout.columns ? process.stdout.columns : 80);
	if (isFolder(options.file)) {
		const listed = listLibrary(options.file);
		if (!listed.ok) throw UserError.fromProblems([listed.problem]);
		process.stdout.write(formatLibrary(new Library(options.file, listed.files), options.format, width));
		return;
	}
	const result = loadBriefingFile(options.file);
	if (!result.ok) throw UserError.fromProblems(result.problems);
	process.stdout.write(
		formatBriefing(result.briefing, options.format, {width, ...(options.pane ? {pane: options.pane} : {})}),
	);
}
