import type {Discourse} from '../attribution/discourse.js';
import type {Sentence} from '../text/sentences.js';
import type {Entity} from '../types.js';

/** The question and answer paragraphs of an interview transcript, and who is interviewed. */
export type Interview = {
	questions: Set<number>;
	answers: Map<number, Entity | undefined>;
	interviewee: () => Entity | undefined;
};

const interviews = new WeakMap<Discourse, Interview>();

/**
 * The question and answer paragraphs of an interview transcript: "Q:" and "A:", a speaker's name and a colon, or
 * (twice or more) a short question without quotation marks followed by a paragraph that answers it. The one
 * interviewed is whoever an answer's name prefix names, else the person quoted most before the first question.
 */
export function interview(discourse: Discourse): Interview {
	const known = interviews.get(discourse);
	if (known) return known;
	const article = discourse.entities.article;
	const blocks = new Map<number, Sentence[]>();
	for (const sentence of discourse.sentences)
		if (sentence.block >= 0) blocks.set(sentence.block, [...(blocks.get(sentence.block) ?? []), sentence]);
	const textOf = (block: number) => {
		const list = blocks.get(block);
		return list ? article.slice(list[0]!.start, list.at(-1)!.end) : '';
	};
	const quoted = (block: number) => (blocks.get(block) ?? []).some(sentence => sentence.quotes.length > 0);
	const questions = new Set<number>();
	const answers = new Map<number, Entity | undefined>();
	const asked: number[] = [];
	for (const block of blocks.keys()) {
		const text = textOf(block);
		if (/^Q[:.]\s/.test(text)) questions.add(block);
		else if (/^A[:.]\s/.test(text)) answers.set(block, undefined);
		else if (
			!quoted(block) &&
			/\?$/.test(text) &&
			text.split(/\s+/).length <= 25 &&
			blocks.has(block + 1) &&
			!/^["“‘']/.test(textOf(block + 1)) &&
			!/\?$/.test(textOf(block + 1))
		)
			asked.push(block);
		const prefix = /^([A-Z][\p{L}'’-]+(?: [A-Z][\p{L}'’-]+){0,2}):\s/u.exec(text);
		if (prefix) {
			const first = discourse.mentionsOf(blocks.get(block)![0]!)[0];
			const entity = first && first.start === blocks.get(block)![0]!.start ? discourse.entityOf(first) : undefined;
			if (entity?.kind === 'person') answers.set(block, entity);
		}
	}
	if (asked.length >= 2)
		for (const block of asked) {
			questions.add(block);
			answers.set(block + 1, answers.get(block + 1));
		}
	let firstQuestion = Infinity; // not Math.min(...questions): an interview can have more questions than a call takes
	for (const block of questions) firstQuestion = Math.min(firstQuestion, block);
	let interviewee: Entity | undefined;
	let counted = false;
	const mostQuoted = () => {
		if (counted) return interviewee;
		counted = true;
		const counts = new Map<Entity, number>();
		for (const sentence of discourse.sentences) {
			if (sentence.block >= firstQuestion) break;
			for (const entity of discourse.quoteSpeakers.get(sentence) ?? [])
				if (entity.kind === 'person') counts.set(entity, (counts.get(entity) ?? 0) + 1);
		}
		for (const [entity, count] of counts) if (!interviewee || count > counts.get(interviewee)!) interviewee = entity;
		return interviewee;
	};
	const found = {questions, answers, interviewee: mostQuoted};
	interviews.set(discourse, found);
	return found;
}
