import type {Discourse} from '../attribution/discourse.js';
import {nameAt} from '../attribution/phrases.js';
import {gapBetween} from '../mentions/mentions.js';
import type {Entity, Mention} from '../types.js';
import {interview} from './interview.js';

// Relations: "her family", "his lawyer", "my editor" are someone's relation, found through the owner.

/**
 * "Her family" is the family of whoever "she" would be at that point; "my editor" the editor of who is speaking. A
 * relation named in apposition ("Her father and coach, Henrik Sorensen,") or earlier ("His daughter, Adaeze …" then
 * "His daughter, a cellist,") is that person.
 */
export function relativeOf(discourse: Discourse, mention: Mention): Entity | undefined {
	const sentence = mention.sentence;
	const tokens = sentence.tokens;
	let next = mention.to + 1;
	if (
		tokens[next]?.key === 'and' &&
		tokens[next + 2] &&
		gapBetween(sentence, tokens[next + 1], tokens[next + 2]).startsWith(',')
	)
		next += 2;
	if (tokens[next] && /^,\s+$/.test(gapBetween(sentence, tokens[next - 1], tokens[next]))) {
		const named = nameAt(discourse, sentence, next);
		const entity = named && discourse.entityOf(named);
		if (entity?.kind === 'person') return entity;
	}
	const relation = tokens[mention.to]!;
	const holder = discourse.holderOfRole(relation.key, mention.start, true);
	if (holder) return holder;
	const pronoun = {his: 'he', her: 'she', their: 'they'}[mention.owner!];
	const owner = pronoun
		? discourse.resolvePronoun({...mention, kind: 'pronoun', pronoun})
		: firstPerson(discourse, mention);
	if (!owner) return undefined;
	return discourse.entities.relative(owner, relation.key, mention.start);
}

/** Who "my" (in an answer) or "your" (in a question) of an interview transcript is: the one interviewed. */
function firstPerson(discourse: Discourse, mention: Mention): Entity | undefined {
	const transcript = interview(discourse);
	const block = mention.sentence.block;
	if (mention.owner === 'your') return transcript.questions.has(block) ? transcript.interviewee() : undefined;
	return transcript.answers.has(block) ? (transcript.answers.get(block) ?? transcript.interviewee()) : undefined;
}
