// Generated inputs for the benchmark (and for tests that need big or broken input): a large briefing,
// and a library folder of a thousand briefings made from the bundled ones. Deterministic: the same
// seed gives byte-identical files, so figures from different runs measure the same input.
//
//   tsx scripts/bench/generate.ts large OUT.json [--seed N]
//   tsx scripts/bench/generate.ts library DIR [--count 1000] [--broken 100] [--seed N]

import {mkdirSync, readdirSync, readFileSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {fileURLToPath, pathToFileURL} from 'node:url';
import type {BriefingInput} from '../../source/model/schema.js';

/** The bundled briefings, which the library is made from. */
export const BUNDLED_DATA = fileURLToPath(new URL('../../data/', import.meta.url));

/** A small, fast, seeded PRNG (mulberry32): the same seed gives the same sequence on every machine. */
export function seededRandom(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

type Random = () => number;
const int = (random: Random, low: number, high: number) => low + Math.floor(random() * (high - low + 1));
const pick = <T>(random: Random, list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
const pad = (value: number, width: number) => String(value).padStart(width, '0');

// A news-flavoured vocabulary, so wrapped lines break like real prose (word lengths of English news text).
const NOUNS = `government ministry talks agreement ceasefire border security alliance sanctions treaty economy
	budget election parliament committee envoy delegation summit negotiations proposal demands troops region
	conflict crisis inflation exports tariffs pipeline refugees aid relief council court ruling investigation
	report statement spokesperson officials coalition opposition protesters police reforms constitution vote
	markets currency energy supplies shipments harbour province capital minister president leaders partners
	neighbours allies guarantees deadline framework roadmap observers monitors inspectors rights freedoms`
	.split(/\s+/)
	.filter(Boolean);
const VERBS = `rejected welcomed proposed demanded warned insisted announced confirmed denied signalled criticised
	accepted postponed extended suspended resumed approved blocked pledged urged questioned defended
	dismissed endorsed outlined discussed promised threatened acknowledged reaffirmed`
	.split(/\s+/)
	.filter(Boolean);
const ADJECTIVES = `new key fragile lengthy tense renewed formal bilateral regional national international
	economic military diplomatic legal humanitarian urgent gradual broad narrow binding unprecedented
	long-standing cross-border short-term far-reaching`
	.split(/\s+/)
	.filter(Boolean);
const CONNECTIVES = ['and', 'but', 'while', 'as', 'because', 'although', 'after', 'before', 'since', 'so that'];
const PLACES = [
	'Arvenia',
	'Belmora',
	'Castellan',
	'Dravia',
	'Estmark',
	'Forlenza',
	'Galvoria',
	'Høstland',
	'Ízmera',
	'Jorvik Bay',
];
const FIRST_NAMES = `Anna Boris Carmen Dmitri Elena Farid Grace Hiroshi Ingrid José Katarzyna Liam Mariam Nikos Olga
	Pedro Qin Rania Stefan Tomás Ursula Viktor Wen Xavier Yusuf Zeynep Amadou Beatriz Chidi Dagmar Emeka
	Fatima Gunnar Hana Ilse Jamal Keiko Lars Mónica Nadia Oskar Priya Rafael Sione Tariq Uma Vera Wojciech
	Yara Zoltán`
	.split(/\s+/)
	.filter(Boolean);
const LAST_NAMES = `Abara Berger Castillo Dubois Eriksen Fischer García Haddad Ivanova Jansen Kowalski Lindqvist
	Moreau Nakamura Okafor Petrova Quispe Rossi Schmidt Takahashi Umarov Varga Weber Xu Yilmaz Zhang Andersen
	Bianchi Costa Demir Esposito Fernández Gruber Horvat Iqbal Jovanović Kim Lefebvre Mensah Novak Olsen
	Popescu Quinn Rahman Santos Tanaka Usman Vasquez Wagner Zielinski`
	.split(/\s+/)
	.filter(Boolean);
const ROLES = [
	'foreign minister',
	'defence minister',
	'spokesperson',
	'ambassador',
	'senior adviser',
	'opposition leader',
	'trade negotiator',
	'analyst',
	'governor',
	'deputy prime minister',
	'mayor',
	'central bank governor',
	'envoy',
	'union leader',
	'professor of international relations',
];

function words(random: Random, count: number): string {
	const out: string[] = [];
	for (let index = 0; index < count; index++) {
		const roll = random();
		if (roll < 0.45) out.push(pick(random, NOUNS));
		else if (roll < 0.6) out.push(pick(random, VERBS));
		else if (roll < 0.75) out.push(pick(random, ADJECTIVES));
		else if (roll < 0.8) out.push(pick(random, PLACES));
		else if (roll < 0.9) out.push(pick(random, ['the', 'a', 'its', 'their', 'this', 'every']));
		else out.push(pick(random, ['of', 'on', 'in', 'with', 'for', 'over', 'against', 'to']));
	}
	return out.join(' ');
}

/** Text of about `low`..`high` characters, made of clauses; no sentence-final full stop. */
function clause(random: Random, low: number, high: number): string {
	const target = int(random, low, high);
	let text = `the ${pick(random, ADJECTIVES)} ${pick(random, NOUNS)} ${pick(random, VERBS)} ${words(random, 3)}`;
	while (text.length < target)
		text += ` ${pick(random, CONNECTIVES)} ${pick(random, NOUNS)} ${pick(random, VERBS)} ${words(random, int(random, 2, 6))}`;
	return text.length > high ? text.slice(0, text.lastIndexOf(' ', high)) || text.slice(0, high) : text;
}

const sentence = (random: Random, low: number, high: number) => {
	const text = clause(random, low, high);
	return `${text[0]!.toUpperCase()}${text.slice(1)}.`;
};

export type LargeBriefingOptions = {
	seed?: number;
	quotes?: number;
	speakers?: number;
	topics?: number;
	paragraphs?: number;
	sides?: number;
};

/**
 * A large, valid briefing (10,000 quotes from 500 speakers, 200 topics, 2,000 paragraphs by default).
 * Every quote's text appears verbatim in its paragraph; speakers are quoted unevenly (the most quoted
 * has a few hundred quotes, most a handful), as in real coverage; every topic has 2 to 4 positions
 * whose quoteIds point at quotes by speakers of that side.
 */
export function generateLargeBriefing(options: LargeBriefingOptions = {}): BriefingInput {
	const {
		seed = 20220112,
		quotes: quoteCount = 10_000,
		speakers: speakerCount = 500,
		topics: topicCount = 200,
	} = options;
	const paragraphCount = options.paragraphs ?? 2_000;
	const sideCount = Math.max(2, options.sides ?? 6);
	const random = seededRandom(seed);

	const sides = Array.from({length: sideCount}, (_, index) => {
		const observer = index === sideCount - 1;
		const place = PLACES[index % PLACES.length]!;
		return {
			id: `side-${index + 1}`,
			name: observer
				? 'Analysts and observers'
				: `Government of ${place}${index >= PLACES.length ? ` ${index + 1}` : ''}`,
			kind: observer ? ('observer' as const) : ('party' as const),
			description: sentence(random, 60, 160),
		};
	});

	const names = new Set<string>();
	const speakers = Array.from({length: speakerCount}, (_, index) => {
		let name = `${pick(random, FIRST_NAMES)} ${pick(random, LAST_NAMES)}`;
		while (names.has(name))
			name = `${pick(random, FIRST_NAMES)} ${pick(random, LAST_NAMES)}${names.size % 3 === 0 ? `-${pick(random, LAST_NAMES)}` : ''}`;
		names.add(name);
		const organisation = index % 40 === 39;
		const side = sides[index % sideCount]!;
		return {
			id: `speaker-${pad(index + 1, 3)}`,
			name: organisation ? `Ministry of ${pick(random, NOUNS)} of ${PLACES[index % PLACES.length]}` : name,
			...(random() < 0.85 ? {role: `${side.name} ${pick(random, ROLES)}`} : {}),
			sideId: side.id,
			...(organisation ? {organisation: true} : {}),
		};
	});

	// Who is quoted: every speaker at least once, the rest skewed (weights 1/rank^0.7).
	const weights = speakers.map((_, rank) => 1 / (rank + 1) ** 0.7);
	const total = weights.reduce((sum, weight) => sum + weight, 0);
	const cumulative: number[] = [];
	weights.reduce((sum, weight, index) => (cumulative[index] = sum + weight / total), 0);
	const speakerFor = (index: number): number => {
		if (index < speakerCount) return index;
		const roll = random();
		const found = cumulative.findIndex(bound => roll < bound);
		return found === -1 ? speakerCount - 1 : found;
	};

	const kinds = [
		'direct',
		'direct',
		'direct',
		'direct',
		'direct',
		'partial',
		'partial',
		'partial',
		'reported',
		'reported',
	] as const;
	const quotes = Array.from({length: quoteCount}, (_, index) => {
		const kind = pick(random, kinds);
		// Lengths as in the bundled briefings: a phrase of a few words, a sentence of one or two lines.
		const text = kind === 'partial' ? clause(random, 15, 60) : clause(random, 40, kind === 'direct' ? 180 : 150);
		return {
			id: `q-${pad(index + 1, 5)}`,
			speakerId: speakers[speakerFor(index)]!.id,
			text,
			kind,
			...(random() < 0.6 ? {context: clause(random, 20, 80)} : {}),
			paragraph: Math.min(paragraphCount - 1, Math.floor((index * paragraphCount) / quoteCount)),
		};
	});

	// Paragraphs carry their quotes' words, in order, with reporting phrases and some narration between.
	const byParagraph: (typeof quotes)[] = Array.from({length: paragraphCount}, () => []);
	for (const quote of quotes) byParagraph[quote.paragraph]!.push(quote);
	const nameOf = new Map(speakers.map(speaker => [speaker.id, speaker.name]));
	const paragraphs = byParagraph.map(inParagraph => {
		const parts: string[] = [];
		if (random() < 0.3) parts.push(sentence(random, 60, 200));
		for (const quote of inParagraph) {
			const name = nameOf.get(quote.speakerId)!;
			if (quote.kind === 'direct') parts.push(`“${quote.text},” ${name} said.`);
			else if (quote.kind === 'partial') parts.push(`${name} called it “${quote.text}” and ${clause(random, 20, 60)}.`);
			else parts.push(`${name} said ${quote.text}.`);
			if (random() < 0.15) parts.push(sentence(random, 40, 140));
		}
		if (parts.length === 0) parts.push(sentence(random, 120, 400));
		return parts.join(' ');
	});

	const quotesBySide = new Map<string, string[]>(sides.map(side => [side.id, []]));
	const sideOfSpeaker = new Map(speakers.map(speaker => [speaker.id, speaker.sideId]));
	for (const quote of quotes) quotesBySide.get(sideOfSpeaker.get(quote.speakerId)!)!.push(quote.id);

	const agreements = ['agree', 'partial', 'disagree', 'unclear'] as const;
	const topics = Array.from({length: topicCount}, (_, index) => {
		const shuffled = [...sides].sort(() => random() - 0.5);
		const positions = shuffled.slice(0, int(random, 2, Math.min(4, sideCount))).map(side => {
			const pool = quotesBySide.get(side.id)!;
			const ids = new Set<string>();
			const wanted = pool.length === 0 ? 0 : int(random, 1, 6);
			while (ids.size < Math.min(wanted, pool.length)) ids.add(pick(random, pool));
			return {sideId: side.id, summary: sentence(random, 80, 250), quoteIds: [...ids]};
		});
		const title = clause(random, 20, 60);
		return {
			id: `topic-${pad(index + 1, 3)}`,
			title: `${title[0]!.toUpperCase()}${title.slice(1)}`,
			positions,
			agreement: pick(random, agreements),
			...(random() < 0.4 ? {common: sentence(random, 40, 160)} : {}),
		};
	});

	const start = Date.UTC(2021, 0, 1);
	const day = 24 * 60 * 60 * 1000;
	return {
		schemaVersion: 3,
		id: `generated-large-${seed}`,
		headline: `${PLACES[0]} and ${PLACES[1]} talks stall as ${pick(random, NOUNS)} dispute deepens`,
		standfirst: sentence(random, 160, 240),
		source: {
			name: 'The Generated Gazette',
			url: 'https://example.com/generated/large',
			published: '2022-01-12',
			author: 'Bench Generator',
		},
		summary: Array.from({length: 12}, () => sentence(random, 120, 280)),
		keyFacts: Array.from({length: 12}, () => ({
			label: clause(random, 25, 70),
			value: `${int(random, 2, 900)},${pad(int(random, 0, 999), 3)}`,
		})),
		background: Array.from({length: 8}, () => sentence(random, 200, 500)),
		timeline: Array.from({length: 20}, (_, index) => ({
			date: new Date(start + index * 37 * day).toISOString().slice(0, 10),
			event: sentence(random, 50, 160),
		})),
		sides,
		speakers,
		quotes,
		topics,
		paragraphs,
	};
}

/** The kinds of broken file a library can hold, one per way a real folder goes wrong. */
export const BROKEN_KINDS = [
	'truncated-json',
	'not-json',
	'empty-file',
	'missing-headline',
	'wrong-type',
	'unknown-speaker',
	'duplicate-quote-id',
	'wrong-schema-version',
	'not-an-object',
	'binary',
] as const;
export type BrokenKind = (typeof BROKEN_KINDS)[number];

export type LibraryOptions = {
	/** How many briefing files (default 1,000). */
	count?: number;
	/** How many of them are broken, spread evenly and cycling through BROKEN_KINDS (default 0). */
	broken?: number;
	seed?: number;
	/** Where the source briefings come from (default: the bundled data folder). */
	from?: string;
};

export type LibraryFile = {
	readonly file: string;
	readonly id: string;
	readonly headline: string;
	readonly published: string;
	/** Set when the file is deliberately broken, saying how. */
	readonly broken?: BrokenKind;
};

/** The bundled briefings (parsed JSON, not validated), in file-name order. */
export function readBundledBriefings(folder = BUNDLED_DATA): BriefingInput[] {
	return readdirSync(folder)
		.filter(name => name.endsWith('.json') && !name.endsWith('.schema.json'))
		.sort()
		.map(name => JSON.parse(readFileSync(path.join(folder, name), 'utf8')) as BriefingInput);
}

function breakBriefing(kind: BrokenKind, briefing: BriefingInput, random: Random): string | Uint8Array {
	const json = JSON.stringify(briefing, null, '\t');
	// Broken on purpose: the copy leaves the schema's types.
	const copy = structuredClone(briefing) as unknown as Record<string, unknown>;
	const quotes = briefing.quotes;
	switch (kind) {
		case 'truncated-json':
			return json.slice(0, Math.floor(json.length * (0.2 + random() * 0.6)));
		case 'not-json':
			return '<!DOCTYPE html>\n<html><head><title>502 Bad Gateway</title></head><body>Bad Gateway</body></html>\n';
		case 'empty-file':
			return '';
		case 'missing-headline':
			delete copy['headline'];
			return JSON.stringify(copy, null, '\t');
		case 'wrong-type':
			copy['quotes'] = 'none yet';
			return JSON.stringify(copy, null, '\t');
		case 'unknown-speaker':
			copy['quotes'] = quotes.map((quote, index) => (index === 0 ? {...quote, speakerId: 'nobody-by-this-id'} : quote));
			return JSON.stringify(copy, null, '\t');
		case 'duplicate-quote-id':
			copy['quotes'] = [...quotes, ...quotes.slice(0, 1)];
			return JSON.stringify(copy, null, '\t');
		case 'wrong-schema-version':
			copy['schemaVersion'] = 99;
			return JSON.stringify(copy, null, '\t');
		case 'not-an-object':
			return JSON.stringify([copy], null, '\t');
		case 'binary':
			return Uint8Array.from({length: 512}, (_, index) =>
				index % 17 === 0 ? 0 : index % 29 === 0 ? 0x1b : int(random, 0, 255),
			);
	}
}

/**
 * Writes a library folder of `count` briefings into `folder` (created if needed): copies of the bundled
 * ones with distinct ids, headlines and dates, named `DATE-ID.json`. With `broken`, that many of them
 * are broken in the ways BROKEN_KINDS lists. Returns what it wrote, in file-name order. Writes nothing else
 * into the folder (a manifest there would be read as a briefing).
 */
export function writeLibrary(folder: string, options: LibraryOptions = {}): LibraryFile[] {
	const {count = 1_000, broken = 0, seed = 7} = options;
	const random = seededRandom(seed);
	const sources = readBundledBriefings(options.from);
	if (sources.length === 0) throw new Error(`no briefings to copy in ${options.from ?? BUNDLED_DATA}`);
	mkdirSync(folder, {recursive: true});
	// Broken files are spread evenly: with 100 of 1,000, every tenth file.
	const step = broken > 0 ? Math.max(1, Math.floor(count / Math.min(broken, count))) : 0;
	let brokenSoFar = 0;
	const written: LibraryFile[] = [];
	const firstDay = Date.UTC(2019, 0, 1);
	for (let index = 0; index < count; index++) {
		const source = sources[index % sources.length]!;
		const round = Math.floor(index / sources.length) + 1;
		const published = new Date(firstDay + Math.floor((index * 1.5 + random() * 1.5) * 86_400_000))
			.toISOString()
			.slice(0, 10);
		const briefing: BriefingInput = {
			...structuredClone(source),
			id: `${source.id}-${pad(round, 3)}`,
			headline: `Update ${round}: ${source.headline}`,
			source: {...source.source, published},
		};
		const isBroken = step > 0 && index % step === step - 1 && brokenSoFar < broken;
		const kind = isBroken ? BROKEN_KINDS[brokenSoFar++ % BROKEN_KINDS.length]! : undefined;
		const file = path.join(folder, `${published}-${briefing.id}.json`);
		writeFileSync(file, kind ? breakBriefing(kind, briefing, random) : `${JSON.stringify(briefing, null, '\t')}\n`);
		written.push({file, id: briefing.id, headline: briefing.headline, published, ...(kind ? {broken: kind} : {})});
	}
	return written.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
}

/** Writes the large briefing to `file` and returns its size in bytes. */
export function writeLargeBriefing(file: string, options: LargeBriefingOptions = {}): number {
	const text = `${JSON.stringify(generateLargeBriefing(options), null, '\t')}\n`;
	mkdirSync(path.dirname(file), {recursive: true});
	writeFileSync(file, text);
	return Buffer.byteLength(text);
}

function main(argv: string[]): void {
	const [what, target, ...rest] = argv;
	const flag = (name: string) => {
		const at = rest.indexOf(`--${name}`);
		return at === -1 ? undefined : Number(rest[at + 1]);
	};
	const seed = flag('seed');
	if (what === 'large' && target) {
		const bytes = writeLargeBriefing(target, seed === undefined ? {} : {seed});
		process.stdout.write(`${target}: ${(bytes / 1024 / 1024).toFixed(1)} MB\n`);
	} else if (what === 'library' && target) {
		const files = writeLibrary(target, {
			...(flag('count') === undefined ? {} : {count: flag('count')}),
			...(flag('broken') === undefined ? {} : {broken: flag('broken')}),
			...(seed === undefined ? {} : {seed}),
		});
		process.stdout.write(`${target}: ${files.length} briefings, ${files.filter(file => file.broken).length} broken\n`);
	} else {
		process.stderr.write(
			'usage: generate.ts large OUT.json [--seed N] | library DIR [--count N] [--broken N] [--seed N]\n',
		);
		process.exitCode = 2;
	}
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href)
	main(process.argv.slice(2));
