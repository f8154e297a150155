import type {Briefing, Quote, QuoteSource} from '../model/schema.js';
import type {DashboardModel, SpeakerEntry} from './dashboard-model.js';
import {formatDate} from './dates.js';
import {append, hangingWrap, truncate, wrap, wrapWithUrls} from './text.js';

// A briefing merged from several articles (`briefing ingest --merge`, `briefing add --stories`): which
// article reports what, and how the outlets compare: each outlet's share of the quotes, who each quotes,
// what each has that no other does, and where they quote a statement in different words. A briefing of
// one article has none of this, and shows as it always has.

/** Whether a briefing was merged from more than one article. */
export function isMerged(briefing: Briefing): boolean {
	return (briefing.sources?.length ?? 0) > 1;
}

const labelCache = new WeakMap<Briefing, ReadonlyMap<string, string>>();

/** Each article's name as the panes show it: its outlet, numbered where one outlet has several ("Wire (2)"). */
export function sourceLabels(briefing: Briefing): ReadonlyMap<string, string> {
	let labels = labelCache.get(briefing);
	if (labels) return labels;
	const sources = briefing.sources ?? [];
	const perOutlet = new Map<string, number>();
	for (const source of sources) perOutlet.set(source.outlet, (perOutlet.get(source.outlet) ?? 0) + 1);
	const seen = new Map<string, number>();
	const made = new Map<string, string>();
	for (const source of sources) {
		const n = (seen.get(source.outlet) ?? 0) + 1;
		seen.set(source.outlet, n);
		made.set(source.id, (perOutlet.get(source.outlet) ?? 0) > 1 ? `${source.outlet} (${n})` : source.outlet);
	}
	labels = made;
	labelCache.set(briefing, labels);
	return labels;
}

/** The articles a quote is in (none for a briefing of one article). */
export function placesOf(quote: Quote): readonly QuoteSource[] {
	return quote.sources ?? [];
}

/** How many of the quotes each article carries, in the order of `sources`. */
export function outletCounts(briefing: Briefing, quotes: readonly Quote[] = briefing.quotes) {
	const labels = sourceLabels(briefing);
	const counts = new Map<string, number>();
	for (const quote of quotes)
		for (const place of new Set(placesOf(quote).map(where => where.source)))
			counts.set(place, (counts.get(place) ?? 0) + 1);
	return (briefing.sources ?? []).map(source => ({
		id: source.id,
		label: labels.get(source.id) ?? source.outlet,
		quotes: counts.get(source.id) ?? 0,
	}));
}

/** The share of voice by outlet, in one line: "By outlet  Wire 8 · Courier 5 · Review 7 of 14 quotes". */
export function outletVoiceLine(model: DashboardModel, width: number): string | undefined {
	const {briefing, theme} = model;
	if (!isMerged(briefing)) return undefined;
	const total = briefing.quotes.length;
	const shares = outletCounts(briefing).map(
		share => `${share.label} ${share.quotes}${total > 0 ? ` (${Math.round((share.quotes / total) * 100)}%)` : ''}`,
	);
	return truncate(
		`${theme.dim('By outlet ')}${shares.join(theme.dim(' · '))}${theme.dim(` of ${total} quotes`)}`,
		width,
	);
}

/** Who quotes a speaker, and how often: "quoted by Meridian Wire 3, Harbour Review 1". */
export function speakerOutlets(model: DashboardModel, entry: SpeakerEntry): string | undefined {
	if (!isMerged(model.briefing) || entry.count === 0) return undefined;
	const shares = outletCounts(model.briefing, entry.quotes).filter(share => share.quotes > 0);
	return `quoted by ${shares.map(share => `${share.label} ${share.quotes}`).join(', ')}`;
}

/** Where a quote is in each article: "Meridian Wire ¶ 2 · The Evening Courier ¶ 7". */
export function quotePlaces(briefing: Briefing, quote: Quote): string | undefined {
	const places = placesOf(quote);
	if (places.length === 0 || !isMerged(briefing)) return undefined;
	const labels = sourceLabels(briefing);
	return places
		.map(place => {
			const label = labels.get(place.source) ?? place.source;
			return place.paragraph === undefined ? label : `${label} ¶ ${place.paragraph + 1}`;
		})
		.join(' · ');
}

/** The articles that quote the statement in other words, each with its wording. */
export function otherWordings(briefing: Briefing, quote: Quote): {label: string; text: string}[] {
	const labels = sourceLabels(briefing);
	return placesOf(quote)
		.filter((place): place is QuoteSource & {text: string} => place.text !== undefined)
		.map(place => ({label: labels.get(place.source) ?? place.source, text: place.text}));
}

/** Lines under a quote saying which outlets quote it differently, and how. */
export function wordingLines(model: DashboardModel, quote: Quote, width: number, indent = '  '): string[] {
	const {theme, briefing} = model;
	const mark = theme.agreement('disagree').paint('≠');
	const lines: string[] = [];
	for (const other of otherWordings(briefing, quote))
		append(
			lines,
			hangingWrap(`${mark} ${theme.dim(`${other.label} quotes it differently:`)} “${other.text}”`, width, indent),
		);
	return lines;
}

/** What each outlet has that no other does, per article: quotes, and the speakers only it quotes. */
export function outletAdditions(briefing: Briefing, speakerName: (id: string) => string) {
	const labels = sourceLabels(briefing);
	const sources = briefing.sources ?? [];
	return sources.map(source => {
		const own = briefing.quotes.filter(quote => {
			const places = placesOf(quote);
			return places.length > 0 && places.every(place => place.source === source.id);
		});
		const all = briefing.quotes.filter(quote => placesOf(quote).some(place => place.source === source.id));
		const here = new Set<string>();
		const elsewhere = new Set<string>();
		for (const quote of briefing.quotes)
			for (const place of placesOf(quote)) (place.source === source.id ? here : elsewhere).add(quote.speakerId);
		const onlyHere = [...here].filter(id => !elsewhere.has(id)).map(id => speakerName(id));
		return {
			id: source.id,
			label: labels.get(source.id) ?? source.outlet,
			quotes: all.length,
			own: own.length,
			onlyHere,
		};
	});
}

const list = (names: readonly string[]) => new Intl.ListFormat('en', {type: 'conjunction'}).format(names);

/** The Summary pane's account of the articles: the list of them, what each adds, and what they quote differently. */
export function sourcesSummaryLines(
	model: DashboardModel,
	width: number,
	heading: (title: string) => void,
	lines: string[],
	options: {wholeUrls?: boolean} = {},
): void {
	const {briefing, theme, speakerById} = model;
	if (!isMerged(briefing)) return;
	const sources = briefing.sources ?? [];
	const labels = sourceLabels(briefing);
	const shared = briefing.quotes.filter(quote => new Set(placesOf(quote).map(place => place.source)).size > 1).length;
	const differing = briefing.quotes.filter(quote => otherWordings(briefing, quote).length > 0);
	const outlets = new Set(sources.map(source => source.outlet)).size;

	heading(`Sources · ${sources.length} articles from ${outlets} ${outlets === 1 ? 'outlet' : 'outlets'}`);
	for (const [index, source] of sources.entries()) {
		const about = [labels.get(source.id), source.byline, formatDate(source.published, 'long')].filter(Boolean);
		append(lines, hangingWrap(`${index + 1}. ${theme.bold(about.join(' · '))} — ${source.headline}`, width, '   '));
		if (source.url)
			append(
				lines,
				wrapWithUrls(`   ${source.url}`, width, {whole: options.wholeUrls, link: theme.link, style: theme.dim}),
			);
	}
	append(
		lines,
		wrap(
			theme.dim(
				`${shared} of ${briefing.quotes.length} statements are in more than one article; ${differing.length} quoted in different words.`,
			),
			width,
		),
	);

	heading('What each outlet adds');
	const name = (id: string) => speakerById.get(id)?.speaker.name ?? id;
	for (const addition of outletAdditions(briefing, name)) {
		const parts: string[] = [];
		if (addition.own === 0)
			parts.push(addition.quotes === 0 ? 'no quotes' : `no quote the others lack (it has ${addition.quotes})`);
		else
			parts.push(
				`${addition.own} of its ${addition.quotes} ${addition.quotes === 1 ? 'quote' : 'quotes'} ${addition.own === 1 ? 'is' : 'are'} in no other article`,
			);
		if (addition.onlyHere.length > 0) parts.push(`the only one to quote ${list(addition.onlyHere)}`);
		append(lines, hangingWrap(`${theme.bold(addition.label)}: ${parts.join('; ')}.`, width, ' • '));
	}

	if (differing.length > 0) {
		heading('Quoted differently');
		for (const quote of differing) {
			const first = labels.get(placesOf(quote)[0]?.source ?? '') ?? briefing.source.name;
			append(lines, hangingWrap(`${theme.bold(name(quote.speakerId))}, in ${first}: “${quote.text}”`, width, ' • '));
			append(lines, wordingLines(model, quote, width, '   '));
		}
	}
}
