import {words} from '../vocabulary.js';

// Word lists for the draft stage (topics, agreement, camps, summary): general English news usage, not fitted to any
// one article.

const set = (list: string) => new Set(words(list));

/** Words that say nothing of what a statement is about. */
export const STOPWORDS = set(`
	a an the and or nor but so yet if then than that this these those there here it its it's he him his she her hers they
	them their theirs we us our ours i me my you your yours who whom whose which what when where why how whether
	of to in on at by for with from as into onto over under about above below after before during since until upon
	within without through across around against among between beyond toward towards via per amid despite
	is are was were be been being am has have had having do does did doing done will would shall should can could may
	might must ought
	not no never none nothing yes also just only very really quite rather even still already again ever too more most
	much many some any all each every both either neither other another such same own few several lot lots
	one ones something anything everything someone anyone everyone nobody thing things way ways
	said says say saying told tell tells added adds add stated according asked noted spoke speaking speaks
	mr mrs ms dr
	today yesterday tomorrow now later earlier last next week weeks month months year years day days time times
	monday tuesday wednesday thursday friday saturday sunday
	new first second third while though although because however meanwhile well like
	going get got make made take took give gave want wants come came see seen know think
	people percent per cent
	news agency agencies reporter reporters journalist journalists statement statements interview interviews conference
	briefing press quoted quoting comment comments remarks speech tweet television radio live broadcast
	whatever whoever whichever however back away down up out off forward around anyway ago
	let lets let's sure okay yes pretty
	night nights morning mornings evening evenings afternoon afternoons tonight weekend
	that's there's here's what's who's he's she's
`);

/** Opening words a title does not start with ("key", "further", "great"…: they rank or judge, not name). */
export const WEAK_OPENERS = set(`
	key main major further future certain various possible current recent other new
	great greatest big biggest bigger single deep deepest far full whole real true huge little strong stronger serious
	direct optimum different entire complete utter absolute sheer best better worst worse good bad
`);

/**
 * Refusal and negation: what a side will not do or accept. Matched as whole words or phrases in the statement's
 * folded text.
 */
export const REFUSAL_CUES = [
	'will not',
	"won't",
	'would not',
	'cannot',
	"can't",
	'can not',
	'do not',
	"don't",
	'does not',
	"doesn't",
	'did not',
	'not agree',
	'never',
	'no one',
	'refuse',
	'refuses',
	'refused',
	'reject',
	'rejects',
	'rejected',
	'rebuffed',
	'rebuff',
	'non-starter',
	'non-starters',
	'unacceptable',
	'oppose',
	'opposes',
	'opposed',
	'against',
	'deny',
	'denies',
	'denied',
	'condemn',
	'condemns',
	'condemned',
	'illegal',
	'unlawful',
	'null and void',
	'violation',
	'violates',
	'no right',
	'not have a veto',
	'not compromise',
	'no compromise',
	'dismissed',
	'dismisses',
	'criticised',
	'criticized',
	'slammed',
	'not enough',
	'too little',
	'too late',
	'betrayal',
	'mistake',
	// Negative judgements: what a side says is wrong with the other's act or claim.
	'ridiculous',
	'absurd',
	'illegitimate',
	'wrong',
	'unjust',
	'unfair',
	'outrageous',
	'lie',
	'lies',
	'false',
	'fake',
	'baseless',
	'groundless',
	'irresponsible',
	'provocation',
	'provocative',
	'breach',
	'stab in the back',
	'misplaced',
	'inappropriate',
	'insult',
	'interference',
	'meddling',
	'colonialist',
];

/**
 * Intent: what a side says it will do. Weaker than any other cue; against another side's refusal or criticism it is
 * the plan the other objects to ("he might rename the monument" / "criticized the move").
 */
export const INTENT_CUES = [
	'will',
	'would',
	'might',
	'going to',
	'plan',
	'plans',
	'planned',
	'intend',
	'intends',
	'pledged',
	'pledges',
	'propose',
	'proposes',
	'proposed',
	'announced',
	'announces',
	'vowed',
	'vows',
	'promised',
	'promises',
];

/** Words that say outright that the sides are at odds, whoever says them (an observer too). */
export const DISPUTE_CUES = [
	'difference',
	'differences',
	'disagree',
	'disagrees',
	'disagreed',
	'disagreement',
	'at odds',
	'impasse',
	'deadlock',
	'stalemate',
	'stuck in their positions',
	'far apart',
	'fundamental problem',
	'dispute',
	'disputes',
	'clash',
	'clashed',
	'row over',
	'standoff',
	'stand-off',
];

/** Demands: what a side wants done. */
export const DEMAND_CUES = [
	'must',
	'demand',
	'demands',
	'demanded',
	'insist',
	'insists',
	'insisted',
	'want',
	'wants',
	'wanted',
	'call for',
	'calls for',
	'called for',
	'called on',
	'calls on',
	'urge',
	'urges',
	'urged',
	'need to',
	'needs to',
	'should',
	'imperative',
	'require',
	'requires',
	'guarantees',
	'guarantee',
	'put an end',
	'end to',
	'to end',
	'halt',
	'stop',
	'withdraw',
];

/** Accord and openness: a side ready to agree, talk or go on. */
export const ACCORD_CUES = [
	'agree',
	'agrees',
	'agreed',
	'agreement on',
	'welcome',
	'welcomes',
	'welcomed',
	'support',
	'supports',
	'ready to',
	'ready for',
	'willing',
	'positive',
	'constructive',
	'open to',
	'optimism',
	'optimistic',
	'hope',
	'hopeful',
	'continue',
	'resume',
	'dialogue',
	'cooperation',
	'together',
	'common ground',
	'progress',
	'useful',
	'substantive',
	'serious',
	'further talks',
	'more talks',
	'future talks',
	'future meetings',
	'good faith',
	'praised',
	'thanked',
	// Positive judgements: what a side says is right, lawful or good.
	'legitimate',
	'lawful',
	'legal',
	'fair',
	'justified',
	'compatible',
	'success',
	'successful',
	'proud',
	'pleased',
	'grateful',
];

/** Words that put two named sides in one sentence without making them allies ("talks between X and Y"). */
export const RECIPROCAL_WORDS = set(`
	between versus vs against met meet meets meeting clash clashed clashes fought fight fighting talk talks talked
	discuss discussed negotiate negotiated negotiations relations tensions dispute row war conflict with
`);

/** Relations by birth or marriage: "Dunn's mother" speaks for the family, not for a country called "Dunn". */
export const KIN_WORDS = set(`
	family relatives parents children mother father wife husband son daughter sons daughters brother sister brothers
	sisters aunt uncle niece nephew cousin grandmother grandfather grandson granddaughter grandchildren widow widower
	fiancee fiancée fiance fiancé partner stepmother stepfather stepson stepdaughter mum mom dad
`);

/**
 * Words of a national office held in a government: a role made only of these ("Prime Minister", "Foreign Secretary")
 * names no country because, by newspaper convention, it is the one the report is written from.
 */
export const CABINET_WORDS = set(`
	prime minister ministers secretary president vice deputy chancellor premier state of for the
	foreign defence defense interior finance transport health education trade economy energy environment home culture
	labour labor agriculture security justice treasury
`);

/** The head of a government among cabinet roles. */
export const HEAD_OF_GOVERNMENT = set('prime president chancellor premier');
