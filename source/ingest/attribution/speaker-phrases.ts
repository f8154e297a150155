import {epithetReferent} from '../coreference/epithets.js';
import {affiliationOfEntity} from '../entities/entities.js';
import {fold} from '../lexicon.js';
import {epithetOf, gapBetween, SPEAKS_FOR, speakerForBefore} from '../mentions/mentions.js';
import type {Sentence} from '../text/sentences.js';
import type {Entity, Mention} from '../types.js';
import {
	DOCUMENT_NOUNS,
	FUNCTION_WORDS,
	GENERIC_ORGANISATIONS,
	ORGANISATION_WORDS,
	OWNED_HEADS,
	PEOPLE_NOUNS,
	PREPOSITIONS,
	SPEAKER_NOUNS,
	SPEECH_VERBS,
	TITLE_WORDS,
} from '../vocabulary.js';
import type {Discourse} from './discourse.js';
import {type NounPhrase, nameAt, nounPhraseAt} from './phrases.js';

// Who a noun phrase stands for: a spokesperson for someone, someone's office, the holder of a role, or an unnamed
// source kept as its description ("a senior official").

/**
 * "Dayton's police chief", "Russia's deputy ambassador, Dmitry Volkov,": the speaker a possessive's role noun stands
 * for: a name in apposition, else whoever the phrase names (see `speakerOfPhrase`).
 */
export function ownedRole(
	discourse: Discourse,
	sentence: Sentence,
	owner: Mention,
): {entity: Entity; start: number} | undefined {
	const tokens = sentence.tokens;
	let head = -1;
	for (let index = owner.to + 1; index < tokens.length && index <= owner.to + 3; index++) {
		const token = tokens[index]!;
		if (
			token.capitalised ||
			gapBetween(sentence, tokens[index - 1], token) !== ' ' ||
			FUNCTION_WORDS.has(token.key) ||
			PREPOSITIONS.has(token.key)
		)
			break;
		if (TITLE_WORDS.has(token.key) || SPEAKER_NOUNS.has(token.key)) head = index;
	}
	if (head === -1) return undefined;
	const next = tokens[head + 1];
	if (next && /^,\s+$/.test(gapBetween(sentence, tokens[head], next))) {
		const named = nameAt(discourse, sentence, head + 1);
		const entity = named && discourse.entityOf(named);
		if (entity) return {entity, start: owner.start};
	}
	const phrase = nounPhraseAt(sentence, head, discourse.entities.article, owner.from);
	if (!phrase || DOCUMENT_NOUNS.has(phrase.head)) return undefined;
	const entity = speakerOfPhrase(discourse, sentence, phrase, tokens[head]!.start);
	return entity ? {entity, start: owner.start} : undefined;
}

/** "A spokesperson for House Speaker Tom Brandt said": the spokesperson speaks, named for the one spoken for. */
export function onBehalfOf(discourse: Discourse, sentence: Sentence, mention: Mention): Entity | undefined {
	if (mention.kind === 'pronoun' || mention.possessive) return undefined;
	const found = speakerForBefore(mention);
	const principal = found ? discourse.entityOf(mention) : undefined;
	if (!found || !principal) return undefined;
	const head = sentence.tokens[found.head]!;
	const link = sentence.tokens[found.head + 1]!;
	const entity = discourse.entities.unnamed(
		`${head.text} ${link.text} ${principal.name}`,
		sentence.tokens[found.from]!.start,
		head.key,
	);
	entity.role ??= discourse.entities.article.slice(head.start, mention.end);
	return entity;
}

/** "a Kremlin spokesman", "Trump's spokesman": the same speaker as "a spokesman for X", named so. */
export function spokespersonAfter(discourse: Discourse, sentence: Sentence, mention: Mention): Entity | undefined {
	const head = sentence.tokens[mention.to + 1];
	if (!head || head.capitalised || !SPEAKS_FOR.has(head.key) || mention.kind === 'pronoun') return undefined;
	if (gapBetween(sentence, sentence.tokens[mention.to], head) !== ' ') return undefined;
	const principal = discourse.entityOf(mention);
	if (!principal) return undefined;
	const entity = discourse.entities.unnamed(`${head.text} for ${principal.name}`, mention.start, head.key);
	entity.role ??= discourse.entities.article.slice(mention.start, head.end);
	return entity;
}

/** "NAME of|from|at [a few lower-case words] ORGANISATION": the person named before the description. */
export function personBeforeDescription(
	discourse: Discourse,
	sentence: Sentence,
	organisation: Mention,
): Entity | undefined {
	if (discourse.entityOf(organisation)?.kind === 'person') return undefined;
	const tokens = sentence.tokens;
	for (let at = organisation.from - 1; at >= 0 && organisation.from - at <= 4; at--) {
		const token = tokens[at]!;
		if (!/^ $/.test(gapBetween(sentence, token, tokens[at + 1]))) return undefined;
		if (token.key === 'of' || token.key === 'from' || token.key === 'at') {
			const person =
				at > 0 && /^ $/.test(gapBetween(sentence, tokens[at - 1], token))
					? discourse.mentionEndingAt(sentence, at - 1)
					: undefined;
			const entity = person && person.kind === 'name' ? discourse.entityOf(person) : undefined;
			return entity?.kind === 'person' ? entity : undefined;
		}
		if (/^(?:the|a|an)$/.test(token.key)) continue;
		if (
			token.capitalised ||
			FUNCTION_WORDS.has(token.key) ||
			PREPOSITIONS.has(token.key) ||
			SPEECH_VERBS.has(token.key)
		)
			return undefined;
	}
	return undefined;
}

/**
 * "Russia's deputy ambassador" is not the ambassador introduced as the United States': the owner and where the holder
 * is from agree, where both are known.
 */
function agreesWithOwner(discourse: Discourse, sentence: Sentence, phrase: NounPhrase, holder: Entity): boolean {
	const owner = discourse
		.mentionsOf(sentence)
		.find(
			mention => mention.possessive && mention.start >= phrase.start && mention.end < phrase.start + phrase.text.length,
		);
	const ownerName = owner && owner.kind !== 'pronoun' ? discourse.entityOf(owner)?.name : undefined;
	const where = affiliationOfEntity(holder);
	if (!ownerName || !where) return true;
	const [a, b] = [fold(ownerName), fold(where)];
	return a.includes(b) || b.includes(a);
}

/**
 * The speaker a noun phrase stands for: "Erdogan's office" is Erdoğan; "the minister" is the minister named earlier.
 */
export function speakerOfPhrase(
	discourse: Discourse,
	sentence: Sentence,
	phrase: NounPhrase,
	at: number,
): Entity | undefined {
	if (OWNED_HEADS.has(phrase.head)) {
		const owner = discourse
			.mentionsOf(sentence)
			.find(
				other => other.possessive && other.end <= at + phrase.head.length && other.start >= at - phrase.text.length - 1,
			);
		const entity = owner ? discourse.entityOf(owner) : undefined;
		if (entity && entity.kind !== 'place') return entity;
		// "His office said": the office of whoever "he" is there, named so ("Elijah Cummings's office").
		const pronoun = /^(his|her|its|their)\s/i.exec(phrase.text)?.[1]?.toLowerCase();
		const token = sentence.tokens.find(other => other.start === phrase.start);
		if (pronoun && token) {
			const index = sentence.tokens.indexOf(token);
			const holder = discourse.resolvePronoun({
				kind: 'pronoun',
				sentence,
				from: index,
				to: index,
				start: token.start,
				end: token.end,
				text: token.text,
				possessive: true,
				afterPreposition: false,
				pronoun: {his: 'he', her: 'she', its: 'it', their: 'they'}[pronoun]!,
			});
			if (holder && holder.kind !== 'place')
				return discourse.entities.unnamed(`${holder.name}'s ${phrase.head}`, at, phrase.head);
		}
	}
	// "a company spokesman", "a club spokeswoman": the spokesperson for the organisation that noun stands for.
	const kind =
		SPEAKS_FOR.has(phrase.head) && !phrase.complement ? /(?:^|\s)(\p{Ll}+)\s+\S+$/u.exec(phrase.text)?.[1] : undefined;
	if (kind && (GENERIC_ORGANISATIONS.has(kind) || ORGANISATION_WORDS.has(kind))) {
		// The article's organisation may have been named some paragraphs before its spokesperson.
		const organisation = discourse.organisationNamed(kind, sentence, at, 12);
		if (organisation) return discourse.entities.unnamed(`${phrase.head} for ${organisation.name}`, at, phrase.head);
	}
	if (DOCUMENT_NOUNS.has(phrase.head))
		return /^the\s/i.test(phrase.text) && !phrase.complement
			? discourse.documentAuthor(phrase.head, sentence, at)
			: undefined;
	// "the family" after "Her family", "the woman" after "One woman": the one introduced before by that noun.
	if (/^the\s+\S+$/i.test(phrase.text)) {
		const introduced = discourse.entities.introducedAs(phrase.head, at);
		if (introduced) return introduced;
	}
	// "the Poland international", "the 31-year-old", "the teenager": someone named before, of that nationality or age.
	if (/^the\s/i.test(phrase.text) && !phrase.complement) {
		const epithet = epithetOf(phrase.text.split(/\s+/).slice(1));
		const referent = epithet && epithetReferent(discourse, epithet, sentence, at);
		if (referent) return referent;
	}
	// "the association said": the organisation named before with that noun, as "the minister" is the minister named
	// before.
	if (
		/^the\s/i.test(phrase.text) &&
		!phrase.complement &&
		!TITLE_WORDS.has(phrase.head) &&
		!PEOPLE_NOUNS.has(phrase.head)
	) {
		const named = discourse.organisationNamed(phrase.head, sentence, at);
		if (named) return named;
	}
	// "the minister", and - named before - "the striker", "the lead author", "the pastor": who holds that role.
	const roleNoun =
		!TITLE_WORDS.has(phrase.head) && /^the\s/i.test(phrase.text) && /^\p{Ll}+(?:-\p{Ll}+)?$/u.test(phrase.head);
	if ((TITLE_WORDS.has(phrase.head) || roleNoun) && !/s$/.test(phrase.head)) {
		const holder = discourse.holderOfRole(phrase.head, at, roleNoun);
		// "the head of X" is the holder only if the holder's role names X too.
		const complementWord = phrase.complement?.split(/\s+/).at(-1)?.toLowerCase();
		const rolesOf = (entity: Entity) => [entity.role, ...(entity.laterRoles ?? [])].filter(role => role !== undefined);
		// "the former chief minister" is not whoever holds the office now: someone named before, whose role is not it now.
		const former = /^the\s+former\s/i.test(phrase.text);
		if (
			holder &&
			(!former || rolesOf(holder).some(role => /\bformer\b/i.test(role))) &&
			(!complementWord || rolesOf(holder).some(role => role.toLowerCase().includes(complementWord))) &&
			agreesWithOwner(discourse, sentence, phrase, holder)
		)
			return holder;
		if (former) {
			const current = new RegExp(`\\b${phrase.head}\\b`, 'i');
			const before = discourse.recentPerson(sentence);
			if (before && !rolesOf(before).some(role => current.test(role) && !/\bformer\b/i.test(role))) return before;
		}
		// "The foreign minister said" after "Mexico's Foreign Secretary Marcelo Ebrard": the same office by another name.
		const office = sameOffice(discourse, phrase, at);
		if (office) return office;
	}
	// "a spokesperson for the association": named for the association named before.
	const complementHead = phrase.complement && /^the\s+(?:\S+\s+)?(\p{Ll}+)$/u.exec(phrase.complement)?.[1];
	if (complementHead && (ORGANISATION_WORDS.has(complementHead) || GENERIC_ORGANISATIONS.has(complementHead))) {
		const named = discourse.organisationNamed(complementHead, sentence, at);
		if (named) return discourse.entities.unnamed(phrase.text.replace(phrase.complement!, named.name), at, phrase.head);
	}
	// "the administration" after "the Trump administration", "the army" after "the Iranian army": the body named before
	// with its qualifier.
	if (/^the\s+\S+$/i.test(phrase.text) && !TITLE_WORDS.has(phrase.head) && !PEOPLE_NOUNS.has(phrase.head)) {
		const qualified = qualifiedEarlier(discourse, sentence, phrase.head, at);
		if (qualified) return discourse.entities.unnamed(qualified, at, phrase.head);
	}
	return discourse.entities.unnamed(phrase.text, at, phrase.head);
}

/** The titles that name the same office in different countries: a foreign minister is a foreign secretary. */
const OFFICE_SYNONYMS: Readonly<Record<string, readonly string[]>> = {
	minister: ['secretary'],
	secretary: ['minister'],
};

/**
 * "the foreign minister": the person named before whose role is the same office under another title, qualified by the
 * same word ("Foreign Secretary").
 */
export function sameOffice(discourse: Discourse, phrase: NounPhrase, at: number): Entity | undefined {
	const words = phrase.text.toLowerCase().split(/\s+/);
	if (words.length !== 3 || words[0] !== 'the') return undefined;
	const qualifier = words[1]!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
	for (const title of OFFICE_SYNONYMS[phrase.head] ?? []) {
		const holder = discourse.holderOfRole(title, at, true);
		const roles = holder ? [holder.role, ...(holder.laterRoles ?? [])] : [];
		if (roles.some(role => role !== undefined && new RegExp(`\\b${qualifier}\\s+${title}\\b`, 'i').test(role)))
			return holder;
	}
	return undefined;
}

/**
 * The nearest earlier "Qualifier NOUN" (capitalised words or a demonym before the noun: "Trump administration",
 * "Iranian army", "Philippine government") in this sentence or the ten before, as written.
 */
function qualifiedEarlier(discourse: Discourse, sentence: Sentence, noun: string, at: number): string | undefined {
	for (let index = sentence.index; index >= Math.max(0, sentence.index - 10); index--) {
		const earlier = discourse.sentences[index]!;
		const tokens = earlier.tokens;
		for (let position = tokens.length - 1; position > 0; position--) {
			const token = tokens[position]!;
			if (token.start >= at || token.key !== noun || token.capitalised) continue;
			let from = position;
			while (
				from > 0 &&
				position - from < 3 &&
				tokens[from - 1]!.capitalised &&
				!tokens[from - 1]!.possessive &&
				gapBetween(earlier, tokens[from - 1], tokens[from]) === ' ' &&
				!FUNCTION_WORDS.has(tokens[from - 1]!.key)
			)
				from--;
			// A capital only because the sentence starts there is no qualifier ("Government sources said").
			if (from === position || (from === 0 && position - from === 1 && !discourse.mentionsOf(earlier).length)) continue;
			return discourse.entities.article.slice(tokens[from]!.start, token.end);
		}
	}
	return undefined;
}

/**
 * The person a noun phrase opened by an organisation or place ends in: "Rutgers University political scholar
 * Kelly Dittmar", "University of California, San Diego's chancellor, Pradeep Khosla". The organisation only
 * says where the person works.
 */
export function personEndingPhrase(discourse: Discourse, sentence: Sentence, start: Mention): Entity | undefined {
	const tokens = sentence.tokens;
	const mentions = discourse.mentionsOf(sentence);
	let role = false;
	for (let index = start.to + 1; index < tokens.length && index <= start.to + 8; index++) {
		const gap = gapBetween(sentence, tokens[index - 1], tokens[index]);
		if (!/^(?: |, )$/.test(gap)) return undefined;
		const mention = mentions.find(candidate => candidate.from === index);
		if (mention && mention.kind === 'name' && !mention.possessive) {
			// After a comma only as an apposition to a role: "…'s chancellor, Pradeep Khosla", not "the ministry, Ann Holt".
			const entity = discourse.entityOf(mention);
			return entity?.kind === 'person' && (gap === ' ' || role) ? entity : undefined;
		}
		if (
			mention &&
			mention.kind !== 'pronoun' &&
			(gap === ' ' || mention.possessive || discourse.entityOf(mention)?.kind === 'place')
		) {
			index = mention.to; // part of the organisation's name or a possessive: "San Diego's"
			role = false;
			continue;
		}
		const token = tokens[index]!;
		if (
			mention ||
			token.capitalised ||
			gap !== ' ' ||
			FUNCTION_WORDS.has(token.key) ||
			PREPOSITIONS.has(token.key) ||
			SPEECH_VERBS.has(token.key)
		)
			return undefined;
		role = TITLE_WORDS.has(token.key) || PEOPLE_NOUNS.has(token.key) || /(?:er|or|ist|ian|ant|ent)$/.test(token.key);
	}
	return undefined;
}
