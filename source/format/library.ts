import path from 'node:path';
import type {Format} from '../command-line.js';
import type {Library} from '../model/library.js';
import {describeProblem, formatProblem} from '../model/problems.js';
import {sanitizeLine} from '../model/sanitize.js';
import {formatDate} from '../view/dates.js';
import {append, counted, hangingWrap} from '../view/text.js';
import {safeJson} from './json.js';
import {escapeMarkdown} from './markdown.js';

/** A story folder as a list, for pipes: what the picker shows, in text, markdown or JSON. */
export function formatLibrary(library: Library, format: Format, width: number): string {
	const entries = library.files.map((_, index) => library.entry(index)!);
	if (format === 'json')
		return safeJson(
			entries.map(entry =>
				entry.ok
					? {file: entry.file, ok: true, ...entry.summary}
					: {file: entry.file, ok: false, problems: entry.problems.map(formatProblem)},
			),
		);
	const lines: string[] = [];
	const folder = sanitizeLine(library.folder);
	if (format === 'markdown') lines.push(`# Stories in ${escapeMarkdown(folder)}`, '');
	else lines.push(`${entries.length} ${entries.length === 1 ? 'story' : 'stories'} in ${folder}`);
	for (const entry of entries) {
		const name = sanitizeLine(path.basename(entry.file));
		if (!entry.ok) {
			const problems = entry.problems.map(problem => describeProblem(problem));
			if (format === 'markdown') lines.push(`- **broken:** \`${name}\`: ${escapeMarkdown(problems.join('; '))}`);
			else lines.push('', `✗ broken: ${name}`, ...problems.flatMap(problem => hangingWrap(problem, width, '  ')));
			continue;
		}
		const {summary} = entry;
		const about = [
			summary.source,
			formatDate(summary.published, 'long'),
			counted(summary.speakers, 'speaker'),
			counted(summary.quotes, 'quote'),
			summary.sides.join(' v '),
			name,
		]
			.filter(Boolean)
			.join(' · ');
		if (format === 'markdown')
			lines.push(
				`- **${escapeMarkdown(summary.headline)}**${summary.draft ? ' (draft)' : ''}  \n  ${escapeMarkdown(about)}`,
			);
		else {
			lines.push('');
			append(lines, hangingWrap(`${summary.draft ? '[DRAFT] ' : ''}${summary.headline}`, width, ''));
			append(lines, hangingWrap(about, width, '  '));
		}
	}
	return `${lines.join('\n')}\n`;
}
