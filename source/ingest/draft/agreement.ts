import {fold} from '../lexicon.js';
import {ACCORD_CUES, DEMAND_CUES, DISPUTE_CUES, INTENT_CUES, REFUSAL_CUES} from './words.js';

// Whether the sides agree on a topic, read from what each said on it: refusal and negation ("will not", "rejected",
// "non-starters"), demands ("must", "imperative to end") and accord ("ready to", "welcome", "dialogue"). Each
// statement takes its strongest cue (a refusal outweighs a demand, a demand an accord); a side takes the stance most
// of its statements take. The reason names each side's stance and the words it was read from; "unclear" is left only
// where no party's words carry a cue, or one party's alone do. Words that say outright the sides are at odds
// ("significant differences", "impasse"), from anyone on the topic, make it a disagreement.

export type Stance = 'refusal' | 'demand' | 'accord' | 'intent';
export type SideStatements = {sideId: string; name: string; observer: boolean; texts: readonly string[]};
export type Verdict = {agreement: 'agree' | 'partial' | 'disagree' | 'unclear'; reason?: string};

const pattern = (cues: readonly string[]) =>
	new RegExp(
		String.raw`(?<![\p{L}\p{N}])(?:${cues
			.map(cue =>
				fold(cue)
					.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
					.replace(/'/g, "['’]"),
			)
			.join('|')})(?![\p{L}\p{N}])`,
		'gu',
	);
const DISPUTE = pattern(DISPUTE_CUES);
const CUES: readonly [Stance, RegExp][] = [
	['refusal', pattern(REFUSAL_CUES)],
	['demand', pattern(DEMAND_CUES)],
	['accord', pattern(ACCORD_CUES)],
	['intent', pattern(INTENT_CUES)],
];

/** The strongest stance of a statement and the words that show it. */
export function stanceOf(text: string): {stance: Stance; cues: string[]} | undefined {
	if (stanceCache.has(text)) return stanceCache.get(text);
	const found = findStance(text);
	if (stanceCache.size >= 5_000) stanceCache.clear();
	stanceCache.set(text, found);
	return found;
}

const stanceCache = new Map<string, {stance: Stance; cues: string[]} | undefined>();

function findStance(text: string): {stance: Stance; cues: string[]} | undefined {
	const folded = fold(text);
	for (const [stance, cue] of CUES) {
		// "no plans to leave", "no guarantee", "not useful": a negated intent, demand or accord says none of them.
		const found = [...folded.matchAll(cue)]
			.filter(
				match =>
					stance === 'refusal' ||
					!/\b(?:no|not|never|nor)\s+$/.test(folded.slice(Math.max(0, match.index - 8), match.index)),
			)
			.map(match => match[0]);
		if (found.length > 0) return {stance, cues: [...new Set(found)]};
	}
	return undefined;
}

type SideStance = {name: string; stance: Stance; cues: string[]};

function sideStance(side: SideStatements): SideStance | undefined {
	const counts = new Map<Stance, {count: number; cues: string[]}>();
	for (const text of side.texts) {
		const found = stanceOf(text);
		if (!found) continue;
		const entry = counts.get(found.stance) ?? {count: 0, cues: []};
		entry.count++;
		entry.cues.push(...found.cues);
		counts.set(found.stance, entry);
	}
	let best: SideStance | undefined;
	let bestCount = 0;
	for (const stance of ['refusal', 'demand', 'accord', 'intent'] as const) {
		const entry = counts.get(stance);
		if (entry && entry.count > bestCount) {
			bestCount = entry.count;
			best = {name: side.name, stance, cues: [...new Set(entry.cues)].slice(0, 2)};
		}
	}
	return best;
}

const VERBS: Record<Stance, [string, string]> = {
	refusal: ['refuses', 'refuse'],
	demand: ['demands', 'demand'],
	accord: ['is open to it', 'are open to it'],
	intent: ['means to act', 'mean to act'],
};

function phrase(side: SideStance): string {
	const plural = /\band\b|,/.test(side.name);
	return `${side.name} ${VERBS[side.stance][plural ? 1 : 0]} (${side.cues.map(cue => `“${cue}”`).join(', ')})`;
}

/** The agreement on a topic from each side's statements on it, with the reason. */
export function decideAgreement(sides: readonly SideStatements[]): Verdict {
	const parties = sides.filter(side => !side.observer);
	// Said outright, by a party or an observer: "significant differences", "stuck in their positions".
	for (const side of sides)
		for (const text of side.texts) {
			const found = fold(text).match(DISPUTE);
			if (found && parties.length >= 1)
				return {
					agreement: 'disagree',
					reason: `${side.name} ${/\band\b|,/.test(side.name) ? 'say' : 'says'} they are at odds (“${found[0]}”)`,
				};
		}
	const stances = parties.map(sideStance).filter(stance => stance !== undefined);
	if (parties.length < 2 || stances.length < 2) return {agreement: 'unclear'};
	const reason = stances.map(phrase).join('; ');
	const kinds = new Set(stances.map(stance => stance.stance));
	// A refusal against anything another side says or wants, or two sides' demands: they disagree.
	if (kinds.has('refusal') && stances.length > 1) return {agreement: 'disagree', reason};
	if (kinds.size === 1 && kinds.has('demand')) return {agreement: 'disagree', reason};
	if (kinds.size === 1 && kinds.has('accord')) return {agreement: 'agree', reason};
	// Sides that only say what they will do have not said what they make of each other's plans.
	if (kinds.size === 1 && kinds.has('intent')) return {agreement: 'unclear'};
	return {agreement: 'partial', reason};
}

/** Verbs of refusal a reporter uses of a side: "NATO and the US have rejected key Russian demands". */
const REPORTED_REFUSAL =
	/\b(?:rejected|rejects|refused|refuses|rebuffed|rebuffing|opposed|opposes|condemned|condemns|denied|denies|dismissed|criticised|criticized|protested|protests against)\b/;

/**
 * Disagreement the article states in its own words about a topic (its sentences that hold the topic's terms): a
 * refusal verb or words that say the sides are at odds. Undefined where the article says neither.
 */
export function reportedConflict(sentences: readonly string[]): Verdict | undefined {
	for (const sentence of sentences) {
		const folded = fold(sentence);
		const found = folded.match(DISPUTE) ?? folded.match(REPORTED_REFUSAL);
		if (!found) continue;
		const shown = sentence.length > 120 ? `${sentence.slice(0, 117).replace(/\s+\S*$/, '')}…` : sentence;
		return {agreement: 'disagree', reason: `the article: “${shown.trim()}” (“${found[0]}”)`};
	}
	return undefined;
}
