import {existsSync} from 'node:fs';
import path from 'node:path';
import type {AddOptions} from '../command-line.js';
import {safeJson} from '../format/json.js';
import {mergeBriefings} from '../merge/merge.js';
import {groupStories, type StoryItem, storyItemsOf} from '../merge/stories.js';
import {slugOf} from '../merge/words.js';
import {briefingFilesIn} from '../model/library.js';
import {loadBriefingFile} from '../model/load.js';
import {UserError} from '../model/problems.js';
import {sanitizeLine} from '../model/sanitize.js';
import type {Briefing} from '../model/schema.js';
import {sameArticle} from '../web/article-url.js';
import {type IngestIo, prepareOutputFolder, writeAtomically} from './ingest.js';
import {type DraftedArticle, draftAll} from './ingest-merge.js';

// `briefing add FEED... --stories`: the feeds' articles drafted, grouped into stories with the stories
// already in the library (source/merge/stories.ts), and each story written as one briefing merged from its
// articles: a new story as a new file (named from its headline, never over another), a story the library
// has already (by its articles) updated in place with the articles it did not have. An article whose URL
// the library has is not fetched again (unless --force).

const processIo: IngestIo = {stdout: process.stdout, stderr: process.stderr, stdin: process.stdin};

type Story = {readonly file: string; readonly briefing: Briefing};

/**
 * The stories of the library that load and are machine drafts (a reviewed story is never rewritten), and the
 * addresses of every article in any of them.
 */
function libraryStories(folder: string): {stories: Story[]; urls: Set<string>} {
	const stories: Story[] = [];
	const urls = new Set<string>();
	let files: string[] = [];
	try {
		files = briefingFilesIn(folder);
	} catch {
		// A library that cannot be listed has no stories to update; writing to it reports why.
	}
	for (const file of files) {
		const loaded = loadBriefingFile(file);
		if (!loaded.ok) continue;
		if (loaded.briefing.draft) stories.push({file, briefing: loaded.briefing});
		if (loaded.briefing.source.url) urls.add(sameArticle(loaded.briefing.source.url));
		for (const source of loaded.briefing.sources ?? []) if (source.url) urls.add(sameArticle(source.url));
	}
	return {stories, urls};
}

/** A file name in `folder` for a story, from its headline, not taken by another file. */
function freeName(folder: string, headline: string, taken: Set<string>): string {
	const stem = slugOf(headline, 'story');
	for (let n = 1; ; n++) {
		const name = `${n === 1 ? stem : `${stem}-${n}`}.json`;
		if (taken.has(name.toLowerCase()) || existsSync(path.join(folder, name))) continue;
		taken.add(name.toLowerCase());
		return path.join(folder, name);
	}
}

const byDate = (a: DraftedArticle, b: DraftedArticle) =>
	(a.briefing.source.published ?? a.feedDate ?? '9999').localeCompare(
		b.briefing.source.published ?? b.feedDate ?? '9999',
	);

/** `briefing add SOURCE... --stories`: returns the exit code. */
export async function runAddStories(options: AddOptions, io: IngestIo = processIo): Promise<number> {
	const folder = options.library;
	prepareOutputFolder(folder);
	const {stories, urls} = libraryStories(folder);
	const known = (list: readonly string[]) => !options.force && list.some(url => urls.has(sameArticle(url)));
	const {drafted, failed, skipped} = await draftAll(options, io, known);
	const fresh = drafted.filter(item => !known(item.article.urls));
	if (fresh.length === 0) {
		if (failed > 0 && skipped === 0) throw new UserError('nothing to add: no article could be drafted');
		io.stderr.write(
			`nothing new to add to ${sanitizeLine(folder)}${skipped > 0 ? ` (${skipped} ${skipped === 1 ? 'article' : 'articles'} already there)` : ''}\n`,
		);
		return failed > 0 ? 1 : 0;
	}

	// The library's stories and the new articles, grouped together; a library story's articles stay one story.
	const items: StoryItem[] = [];
	const owner: ({story: Story} | {article: DraftedArticle})[] = [];
	const together: number[][] = [];
	for (const story of stories) {
		const start = items.length;
		for (const item of storyItemsOf(story.briefing)) {
			items.push(item);
			owner.push({story});
		}
		together.push(Array.from({length: items.length - start}, (_, index) => start + index));
	}
	for (const article of fresh) {
		items.push(...storyItemsOf(article.briefing, article.feedDate).slice(0, 1));
		owner.push({article});
	}
	const groups = groupStories(items, {together});

	let created = 0;
	let updated = 0;
	const taken = new Set<string>();
	let problems = failed;
	for (const group of groups) {
		const articles = group.flatMap(index => {
			const who = owner[index]!;
			return 'article' in who ? [who.article] : [];
		});
		if (articles.length === 0) continue;
		articles.sort(byDate);
		const story = group.map(index => owner[index]!).find((who): who is {story: Story} => 'story' in who)?.story;
		try {
			if (story) {
				const {briefing} = mergeBriefings([
					{briefing: story.briefing, name: path.basename(story.file)},
					...articles.map(article => ({briefing: article.briefing, name: article.name})),
				]);
				writeAtomically(story.file, safeJson(briefing), true);
				updated++;
				io.stderr.write(
					`${sanitizeLine(path.basename(story.file))}: updated with ${articles.length} more ${articles.length === 1 ? 'article' : 'articles'} (${briefing.sources?.length ?? 1} in all)\n`,
				);
				continue;
			}
			const briefing =
				articles.length === 1
					? articles[0]!.briefing
					: mergeBriefings(articles.map(article => ({briefing: article.briefing, name: article.name}))).briefing;
			const file = freeName(folder, briefing.headline, taken);
			writeAtomically(file, safeJson(briefing), false);
			created++;
			io.stderr.write(
				`${sanitizeLine(path.basename(file))}: a new story of ${articles.length} ${articles.length === 1 ? 'article' : 'articles'}\n`,
			);
		} catch (error) {
			problems++;
			const message = error instanceof Error ? error.message : String(error);
			io.stderr.write(`${sanitizeLine(articles[0]!.name)}: ${sanitizeLine(message)}\n`);
		}
	}
	const parts = [
		`added ${fresh.length} ${fresh.length === 1 ? 'article' : 'articles'} into ${sanitizeLine(folder)}: ${created} new ${created === 1 ? 'story' : 'stories'}, ${updated} updated`,
	];
	if (skipped > 0) parts.push(`${skipped} already there, skipped (--force drafts them again)`);
	if (failed > 0) parts.push(`${failed} failed (above)`);
	io.stderr.write(`${parts.join('; ')}\n`);
	if (problems === 0) io.stderr.write('open your library with `briefing`\n');
	return problems > 0 ? 1 : 0;
}
