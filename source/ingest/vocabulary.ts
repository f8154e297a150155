// Word lists for the attribution rules: general English news usage, not fitted to any one article.

/** The words of a list written as text, one or more lines of words separated by spaces. */
export const words = (list: string): string[] => list.trim().split(/\s+/);
const set = (list: string) => new Set(words(list));

/** Verbs that introduce what someone said, in every form news writing uses. */
export const SPEECH_VERBS = set(`
	say says said saying tell tells told telling add adds added adding state states stated stating write writes wrote
	writing tweet tweets tweeted tweeting post posts posted posting declare declares declared declaring announce announces
	announced announcing explain explains explained explaining insist insists insisted insisting argue argues argued
	arguing claim claims claimed claiming warn warns warned warning note notes noted noting comment comments commented
	commenting remark remarks remarked remarking reply replies replied replying respond responds responded responding
	answer answers answered answering ask asks asked asking urge urges urged urging continue continues continued
	continuing conclude concludes concluded concluding describe describes described describing call calls called calling
	acknowledge acknowledges acknowledged acknowledging admit admits admitted admitting assert asserts asserted asserting
	confirm confirms confirmed confirming deny denies denied denying emphasise emphasises emphasised emphasising emphasize
	emphasizes emphasized emphasizing stress stresses stressed stressing underline underlines underlined underlining
	reaffirm reaffirms reaffirmed reaffirming repeat repeats repeated repeating reiterate reiterates reiterated
	reiterating suggest suggests suggested suggesting predict predicts predicted predicting promise promises promised
	promising pledge pledges pledged pledging vow vows vowed vowing recall recalls recalled recalling report reports
	reported reporting mention mentions mentioned observe observes observed observing testify testifies testified
	testifying complain complains complained complaining criticise criticises criticised criticising criticize criticizes
	criticized criticizing condemn condemns condemned condemning denounce denounces denounced denouncing praise praises
	praised praising welcome welcomes welcomed welcoming defend defends defended defending dismiss dismisses dismissed
	dismissing caution cautions cautioned cautioning speak speaks spoke speaking express expresses expressed expressing
	reveal reveals revealed revealing agree agrees agreed agreeing joke jokes joked joking boast boasts boasted boasting
	tout touts touted touting counter counters countered countering object objects objected objecting protest protests
	protested protesting maintain maintains maintained maintaining contend contends contended contending allege alleges
	alleged alleging accuse accuses accused accusing demand demands demanded demanding plead pleads pleaded pleading
	summarise summarises summarised summarising summarize summarizes summarized summarizing quip quips quipped concede
	concedes conceded conceding estimate estimates estimated estimating recount recounts recounted characterise
	characterises characterised characterize characterizes characterized label labels labelled labeled opine opines opined
	muse muses mused shout shouts shouted shouting exclaim exclaimed whisper whispered inform informs informed informing
	assure assures assured assuring remind reminds reminded reminding point points pointed pointing hit hits
`);

/** Speech verbs that take the listener as an object before what was said: "warned Russia it would…". */
export const OBJECT_VERBS = set(`
	tell tells told warn warns warned assure assures assured inform informs informed remind reminds reminded urge urges
	urged ask asks asked
`);

/** Speech verbs that may report speech without "that": "said Moscow would…". */
export const BARE_CLAUSE_VERBS = set(`
	say says said add adds added warn warns warned argue argues argued insist insists insisted claim claims claimed
	note notes noted caution cautions cautioned predict predicts predicted tell tells told stress stresses stressed
	suggest suggests suggested believe believes believed estimate estimates estimated explain explains explained admit
	admits admitted acknowledge acknowledges acknowledged confirm confirms confirmed announce announces announced reveal
	reveals revealed report reports reported write writes wrote tweet tweets tweeted post posts posted state states
	stated assert asserts asserted maintain maintains maintained reply replies replied respond responds responded
	complain complains complained agree agrees agreed recall recalls recalled testify testifies testified think
	thinks thought deny denies denied remark remarks remarked allege alleges alleged saying adding noting warning claiming
	arguing insisting stating explaining stressing suggesting confirming announcing indicate indicates indicated inform
	informs informed assure assures assured remind reminds reminded
`);

/**
 * Verbs that name the listener's words only with a particle, or are not speech at all with one: "called for", "called
 * on".
 */
export const NOT_SPEECH_AFTER: Readonly<Record<string, RegExp>> = {
	call: /^(?:for|on|off|in|up|back)\b/,
	calls: /^(?:for|on|off|in|up|back)\b/,
	called: /^(?:for|on|off|in|up|back)\b/,
	calling: /^(?:for|on|off|in|up|back)\b/,
	point: /^(?!out\b)/,
	points: /^(?!out\b)/,
	pointed: /^(?!out\b)/,
	pointing: /^(?!out\b)/,
	hit: /^(?!out\b)/,
	hits: /^(?!out\b)/,
	post: /^(?!on\b)/,
	posted: /^(?!on\b)/,
	report: /^(?!that\b)/,
	reports: /^(?!that\b)/,
	reported: /^(?!that\b)/,
	speak: /^(?:to|with)\b/,
	spoke: /^(?:to|with|about|of)\b/,
	speaks: /^(?:to|with|about|of)\b/,
	continue: /^(?:to|with)\b/,
	continues: /^(?:to|with)\b/,
	continued: /^(?:to|with)\b/,
	continuing: /^(?:to|with)\b/,
	agree: /^(?:to|on|with)\b/,
	agreed: /^(?:to|on|with)\b/,
	agrees: /^(?:to|on|with)\b/,
	maintain: /^(?!that\b)/,
	maintained: /^(?!that\b)/,
	maintains: /^(?!that\b)/,
	estimate: /^(?!that\b)/,
	estimated: /^(?!that\b)/,
	object: /^(?!to\b)/,
	// "the findings add to growing concern": adding to something is not saying it.
	add: /^to\b/,
	adds: /^to\b/,
	added: /^to\b/,
	adding: /^to\b/,
	counter: /^(?!that\b)/,
	// "state media said", "the official state news agency", "State Department officials": the noun's modifier.
	state: /^(?:media|television|tv|news|broadcaster|radio|agency|department)\b/,
};

/** Words between a subject and its verb that do not change who speaks: "Grushko later said". */
export const VERB_PREFIXES = set(`
	also later then again previously earlier further reportedly publicly repeatedly quickly separately simply just once
	first recently immediately originally initially subsequently has have had was is were would will did does do had been
	not never already today yesterday tonight now still since privately angrily bluntly flatly firmly openly
`);

/** Prepositions: a name right after one is rarely the subject of a sentence. */
export const PREPOSITIONS = set(`
	to with by of from for against about at on in into onto than like between among after before under over via during
	toward towards without within upon per despite including behind across through near along beyond outside inside
	around amid throughout alongside past beside
`);

/** Titles and role words: before a name they are its role ("Deputy Foreign Minister"), never part of it. */
export const TITLE_WORDS = set(`
	democrat republican president presidents minister ministers secretary general chancellor senator sen senators representative rep governor
	mayor ambassador director spokesman spokeswoman spokesperson chief chairman chairwoman chair chairperson leader
	speaker mp mep judge justice king queen prince princess crown pope bishop archbishop cardinal deputy vice foreign
	defence defense interior finance prime commissioner commander colonel col lieutenant lt captain capt sergeant sgt
	officer professor prof dr mr mrs ms miss sir lord lady dame ceo cfo coo founder cofounder analyst expert researcher
	economist correspondent reporter journalist editor lawyer attorney prosecutor official officials envoy adviser advisor
	aide head boss manager coach activist premier sheikh emir sultan president-elect former acting interim senior special
	presidential high first state undersecretary under-secretary secretary-general attorney-general governor-general
	rapporteur diplomat spokespeople negotiator executive counsel congressman congresswoman councillor councilor cllr
	legislator lawmaker minority majority whip member chairs directors administrator inspector superintendent constable
	marshal admiral brigadier major-general general-secretary chief-executive incoming outgoing then-president
	ex-president assistant associate sheriff coroner transport health education trade economy economic energy environment
	justice home culture labour labor agriculture security intelligence national regional federal
`);

/**
 * Portfolios named before a title ("Foreign Minister"): the word after one names the portfolio, not a person ("Home
 * Affairs").
 */
export const PORTFOLIO_WORDS = set(`
	foreign defence defense interior finance transport health education trade economy economic energy environment home
	culture labour labor agriculture security intelligence national regional federal
`);

/** Words that make a capitalised phrase an organisation: "Amnesty International", "Ministry of Defence". */
export const ORGANISATION_WORDS = set(`
	council ministry department party commission committee forces force army navy union agency institute university
	organisation organization office bank international association court parliament assembly congress senate house
	government administration news times post press television tv radio company group corporation corp inc ltd llc limited
	plc llp foundation fund service services police network alliance federation coalition movement front church embassy
	kremlin pentagon reuters bureau authority board centre center cabinet directorate guard guards command holdings
	airlines airways institution school college league club society trust unit brigade battalion militia observatory watch
	journal herald tribune gazette daily telegraph guardian independent broadcasting channel museum library hospital
	airport stadium parliament's
`);

/** Lower-case nouns that can stand for a speaker: "the ministry said", "a spokesman said". */
export const SPEAKER_NOUNS = set(`
	ministry government department embassy agency police army military office spokesman spokeswoman spokesperson
	official officials source sources statement report company group organisation organization committee council
	commission court union party campaign kremlin administration authorities authority prosecutors prosecutor
	lawyer lawyers analysts analyst experts expert residents resident witnesses witness protesters protester
	critics doctors researchers scientists officers opposition unions regulator regulators investigators rebels
	militants insurgents troops family families campaigners activists organisers organizers spokespeople minister
	president secretary chancellor governor mayor ambassador envoy director chief leader premier commander
	diplomats diplomat observers monitors negotiators mediators workers employees owner owners management
	victim victims survivor survivors eyewitness eyewitnesses bystander bystanders onlooker onlookers attendee attendees
	passenger passengers neighbour neighbours neighbor neighbors relative relatives
`);

/** Speaker nouns that stand for people, not organisations: "the head of …", "a witness", "one of the victims". */
export const PEOPLE_NOUNS = set(`
	spokesman spokeswoman spokesperson spokespeople official officials source sources lawyer lawyers analyst analysts
	expert experts resident residents witness witnesses protester protesters critics doctors researchers scientists
	officers investigators campaigners activists organisers organizers diplomat diplomats observers negotiators mediators
	workers employees owner owners prosecutor prosecutors victim victims survivor survivors eyewitness eyewitnesses
	bystander bystanders onlooker onlookers attendee attendees passenger passengers neighbour neighbours neighbor
	neighbors relative relatives
`);

/** Words that pick some members of a group: "one of the victims", "several of the protesters". */
export const PARTITIVE_WORDS = set('one two three four five several some many most all each none both few another any');

/** Nouns for someone known by whose they are: "her family", "his lawyer", "their spokesman", "my editor". */
export const RELATION_NOUNS = set(`
	family relatives parents children mother father wife husband son daughter sons daughters brother sister brothers
	sisters aunt uncle niece nephew cousin grandmother grandfather grandson granddaughter grandchildren widow widower
	fiancee fiancée fiance fiancé partner lawyer lawyers attorney attorneys spokesman spokeswoman spokesperson
	spokespeople editor agent publisher manager coach doctor friend friends colleague colleagues neighbour neighbor aide
	aides adviser advisers
`);

/** Relations that are several people, who speak as "they": "her family", "his lawyers". */
export const COLLECTIVE_RELATIONS = set(`
	family relatives parents children sons daughters brothers sisters grandchildren friends colleagues lawyers attorneys
	aides advisers spokespeople
`);

/** Nouns for documents: "the statement said" means whoever issued it said. */
export const DOCUMENT_NOUNS = set(`
	statement report release communique communiqué letter document memo post tweet filing ruling message reply email
	e-mail caption note notice bulletin advisory
`);

/** Possessives and pronouns that show gender in a role: "his part", "fiancée of …". */
export const FEMALE_WORDS = set(`
	she her hers herself mother wife fiancée fiancee queen princess spokeswoman chairwoman congresswoman mrs ms miss lady
	dame daughter sister widow grandmother aunt niece actress businesswoman policewoman girl woman
`);
export const MALE_WORDS = set(`
	he him his himself father husband fiancé fiance king prince spokesman chairman congressman mr sir lord son brother
	widower grandfather uncle nephew actor businessman policeman boy man
`);

/** Words common enough at the start of a sentence that a capital letter there says nothing. */
export const FUNCTION_WORDS = set(`
	the a an and but or nor so yet for in on at to of by with from as after before while when where since because though
	although if unless until during despite among between into over under about against through this that these those
	there here it its he she they we i you his her their our my your then also however meanwhile earlier later last next
	speaking asked according on instead still even only some many most several both each every all no not more other
	another such what which who whom whose how why yesterday today tonight now once again following amid under
`);

/** Demonyms to the country they point to, for sides: "Russian Deputy Foreign Minister" is with Russia. */
export const DEMONYMS: Readonly<Record<string, string>> = {
	american: 'United States',
	us: 'United States',
	'u.s': 'United States',
	usa: 'United States',
	british: 'United Kingdom',
	uk: 'United Kingdom',
	'u.k': 'United Kingdom',
	english: 'United Kingdom',
	scottish: 'United Kingdom',
	welsh: 'United Kingdom',
	russian: 'Russia',
	ukrainian: 'Ukraine',
	chinese: 'China',
	french: 'France',
	german: 'Germany',
	italian: 'Italy',
	spanish: 'Spain',
	portuguese: 'Portugal',
	greek: 'Greece',
	turkish: 'Turkey',
	cypriot: 'Cyprus',
	egyptian: 'Egypt',
	israeli: 'Israel',
	palestinian: 'Palestine',
	iranian: 'Iran',
	iraqi: 'Iraq',
	syrian: 'Syria',
	saudi: 'Saudi Arabia',
	lebanese: 'Lebanon',
	jordanian: 'Jordan',
	libyan: 'Libya',
	indian: 'India',
	pakistani: 'Pakistan',
	afghan: 'Afghanistan',
	japanese: 'Japan',
	korean: 'Korea',
	'north korean': 'North Korea',
	'south korean': 'South Korea',
	taiwanese: 'Taiwan',
	australian: 'Australia',
	canadian: 'Canada',
	mexican: 'Mexico',
	brazilian: 'Brazil',
	argentine: 'Argentina',
	argentinian: 'Argentina',
	venezuelan: 'Venezuela',
	colombian: 'Colombia',
	chilean: 'Chile',
	peruvian: 'Peru',
	cuban: 'Cuba',
	polish: 'Poland',
	hungarian: 'Hungary',
	czech: 'Czech Republic',
	slovak: 'Slovakia',
	romanian: 'Romania',
	bulgarian: 'Bulgaria',
	serbian: 'Serbia',
	croatian: 'Croatia',
	belarusian: 'Belarus',
	estonian: 'Estonia',
	latvian: 'Latvia',
	lithuanian: 'Lithuania',
	finnish: 'Finland',
	swedish: 'Sweden',
	norwegian: 'Norway',
	danish: 'Denmark',
	dutch: 'Netherlands',
	belgian: 'Belgium',
	swiss: 'Switzerland',
	austrian: 'Austria',
	irish: 'Ireland',
	nigerian: 'Nigeria',
	kenyan: 'Kenya',
	ethiopian: 'Ethiopia',
	'south african': 'South Africa',
	sudanese: 'Sudan',
	kurdish: 'Kurds',
	armenian: 'Armenia',
	azerbaijani: 'Azerbaijan',
	georgian: 'Georgia',
	kazakh: 'Kazakhstan',
	indonesian: 'Indonesia',
	thai: 'Thailand',
	vietnamese: 'Vietnam',
	filipino: 'Philippines',
	malaysian: 'Malaysia',
	european: 'European Union',
	emirati: 'United Arab Emirates',
	qatari: 'Qatar',
	yemeni: 'Yemen',
	moldovan: 'Moldova',
};

/**
 * Nationality nouns that are not the adjective: "the Dane", "the Spaniard". ("the Dutchman" is the adjective and -man.)
 */
export const NOUN_DEMONYMS: Readonly<Record<string, string>> = {
	dane: 'Denmark',
	spaniard: 'Spain',
	briton: 'United Kingdom',
	swede: 'Sweden',
	finn: 'Finland',
	pole: 'Poland',
	turk: 'Turkey',
	scot: 'United Kingdom',
	scots: 'United Kingdom',
	kiwi: 'New Zealand',
	aussie: 'Australia',
	brit: 'United Kingdom',
	yank: 'United States',
};

/** Nouns for a person by age alone, as epithets ("the teenager"), with the ages they allow. */
export const AGE_NOUNS: Readonly<Record<string, readonly [number, number]>> = {
	teenager: [13, 19],
	teen: [13, 19],
	youngster: [0, 25],
	veteran: [0, 150],
	octogenarian: [80, 89],
	nonagenarian: [90, 99],
	centenarian: [100, 150],
};

/** Seats of government that stand for a country: "the Kremlin said". */
export const SEATS_OF_POWER: Readonly<Record<string, string>> = {
	kremlin: 'Russia',
	moscow: 'Russia',
	'white house': 'United States',
	pentagon: 'United States',
	washington: 'United States',
	'state department': 'United States',
	'downing street': 'United Kingdom',
	whitehall: 'United Kingdom',
	london: 'United Kingdom',
	beijing: 'China',
	kyiv: 'Ukraine',
	kiev: 'Ukraine',
	ankara: 'Turkey',
	paris: 'France',
	berlin: 'Germany',
	tehran: 'Iran',
	élysée: 'France',
	elysee: 'France',
	'quai d’orsay': 'France',
	brussels: 'European Union',
};

/** Countries written as acronyms are places, not organisations. */
export const COUNTRY_ACRONYMS = set('US U.S USA UK U.K UAE DRC PRC ROK DPRK');

/** Work of journalists and commentators: speakers whose side is the observers'. */
export const OBSERVER_WORDS = set(`
	journalist journalists reporter reporters correspondent correspondents editor analyst analysts commentator columnist
	expert experts researcher researchers academic academics professor economist broadcaster anchor presenter
	news agency newspaper magazine channel television radio
`);

/** Titles as written abbreviated before a name: "the senator" is the person introduced as "Sen. Carla Mendes". */
export const TITLE_ABBREVIATIONS: Readonly<Record<string, readonly string[]>> = {
	senator: ['sen'],
	representative: ['rep'],
	congressman: ['rep'],
	congresswoman: ['rep'],
	governor: ['gov'],
	general: ['gen'],
	lieutenant: ['lt'],
	colonel: ['col'],
	sergeant: ['sgt'],
	captain: ['capt'],
	professor: ['prof'],
	doctor: ['dr'],
	reverend: ['rev'],
	admiral: ['adm'],
	major: ['maj'],
	commander: ['cmdr'],
	councillor: ['cllr'],
	superintendent: ['supt'],
	inspector: ['insp'],
	detective: ['det'],
};

/** Abbreviations whose full stop does not end a sentence. */
export const ABBREVIATIONS = set(`
	mr mrs ms dr st gen sen rep gov lt col sgt capt prof jr sr inc ltd co corp vs no nos jan feb mar apr jun jul aug sep
	sept oct nov dec u.s u.k u.n e.u a.m p.m i.e e.g approx est fig dept univ ave rev hon adm maj cmdr gov't
`);

/** Name particles that sit inside a name: Mohammad bin Salman, Jean-Yves Le Drian, Ursula von der Leyen. */
export const NAME_PARTICLES = set('bin ibn al el de da di du van von der den le la dos das del della abu ben');

/** Nouns that can stand for any organisation named just before: "the company", "the group". */
export const GENERIC_ORGANISATIONS = set(`
	company firm group organisation organization charity business club side agency carrier airline retailer manufacturer
	maker carmaker automaker supplier distributor operator developer insurer lender bank broadcaster publisher utility
	regulator watchdog chain startup
`);

/**
 * Of those, the nouns that say what kind of organisation: "the airline" is not the Marsh Valley Council named just
 * before.
 */
export const TYPED_ORGANISATIONS = set(`
	club side agency carrier airline retailer manufacturer maker carmaker automaker supplier distributor operator
	developer insurer lender bank broadcaster publisher utility regulator watchdog chain startup
`);

/** Role nouns that, right before an -s verb form, make it a verb: "the minister says". */
export const SPEAKER_HEADS = set(`
	president minister secretary spokesman spokeswoman spokesperson official chief leader director envoy ambassador
	chancellor senator governor mayor
`);

/** Auxiliaries of a passive: "was told", "is described". */
export const PASSIVE_BEFORE = set('was were been being is are be get got');

/** Relative pronouns that stand for the subject named before them. */
export const RELATIVE_WORDS = set('who which that');

/** Prepositions that attach a place or body to the people before them: "Analysts at Goldman Sachs", "officials in Kyiv". */
export const ATTACHING = set('of at from for in on with outside inside near across within among');

/** What someone has that speaks for them: "Erdogan's office", "the ministry's statement". */
export const OWNED_HEADS = set(
	'office statement report release letter post tweet campaign team account website communique communiqué',
);

/** Conjunctions that may come before a quotation that opens its sentence. */
export const CONJUNCTIONS = set('and but so or');

/** Works whose words are their authors': "according to the study". */
export const STUDY_NOUNS = set('study paper research survey analysis report');

/** Words that open a noun phrase naming someone unnamed: "the nurse", "one woman", "two officials". */
export const DETERMINERS =
	/^(?:the|a|an|one|another|each|every|some|several|many|few|two|three|four|five|six|seven|eight|nine|ten|\d+)$/;

/** A word that makes what follows a name a clause: "said Russia would veto". */
export const FINITE_WORD =
	/^(?:would|will|could|can|should|may|might|must|had|has|have|was|were|is|are|did|does|do|\p{Ll}+ed)$/u;

/** Cue verbs whose object is what was said: "announced its withdrawal", "denied the claims". */
export const OBJECT_CONTENT_VERBS = set(`
	announce announces announced confirm confirms confirmed deny denies denied criticise criticises criticised criticize
	criticizes criticized condemn condemns condemned welcome welcomes welcomed praise praises praised reject rejects
	rejected dismiss dismisses dismissed defend defends defended demand demands demanded propose proposes proposed
	request requests requested recommend recommends recommended question questions questioned dispute disputes disputed
	blame blames blamed accuse accuses accused acknowledge acknowledges acknowledged admit admits admitted promise
	promises promised pledge pledges pledged vow vows vowed threaten threatens threatened express expresses expressed
	claim claims claimed declare declares declared mention mentions mentioned describe describes described emphasise
	emphasises emphasised emphasize emphasizes emphasized stress stresses stressed underline underlines underlined
	order orders ordered cite cites cited identify identifies identified designate designates designated label labels
	labeled labelled characterize characterizes characterized characterise characterises characterised denounce
	denounces denounced voice voices voiced
`);

/** Object cues whose object runs on into an "as" complement: "designated the IRGC as a terrorist organisation". */
export const AS_COMPLEMENT_VERBS = set(`
	identify identifies identified designate designates designated label labels labeled labelled characterize
	characterizes characterized characterise characterises characterised
`);

/** Cues after which a subjunctive clause reports what was asked: "urged the immunity be waived". */
export const MANDATIVE_VERBS = set(`
	urge urges urged recommend recommends recommended request requests requested demand demands demanded ask asks asked
	insist insists insisted propose proposes proposed
`);

/** Cue verbs that report what someone was asked or urged to do as an infinitive: "urged voters to stay home". */
export const INFINITIVE_VERBS = set(`
	urge urges urged ask asks asked tell tells told warn warns warned call calls called advise advises advised
	encourage encourages encouraged order orders ordered instruct instructs instructed invite invites invited
	promise promises promised pledge pledges pledged vow vows vowed threaten threatens threatened agree agrees agreed
	refuse refuses refused offer offers offered
`);

/** Words before a cue verb that make it no report: "has not said", "will argue", "declined to say". */
export const UNREALISED_BEFORE = set(`
	not never n't will would could might may should must to cannot can't won't didn't doesn't don't hasn't haven't
	hadn't wouldn't couldn't refused declined
`);

/**
 * Verbs that report what a source stated only in reported speech, never as the cue of a quotation here: "Reuters
 * reported oil exports had been disrupted", "the judge ordered the accused remain in custody".
 */
export const REPORT_ONLY_VERBS = set(`
	report reports reported estimate estimates estimated order orders ordered request requests requested recommend
	recommends recommended cite cites cited confess confesses confessed believe believes believed encourage encourages
	encouraged advise advises advised invite invites invited instruct instructs instructed propose proposes proposed
	question questions questioned call calls called calling indicate indicates indicated identify identifies identified
	designate designates designated label labels labeled labelled characterize characterizes characterized characterise
	characterises characterised denounce denounces denounced voice voices voiced deem deems deemed
`);

/** Nouns a source may be described by before its verb when it has no name: "state media said", "the report said". */
export const SOURCE_NOUNS = set(`
	media report reports statement officials official sources source authorities police investigators analysts experts
	witnesses residents survey study agency government organisers organizers
`);

/** Nouns for things with names or wording of their own: a quotation after one is a title or term, not speech. */
export const NAMED_THING_NOUNS = set(`
	event question slogan motto title name term phrase word words hashtag campaign film movie book song album show series
	programme program play poem novel documentary bill act law operation project designation nickname label headline
	banner sign placard petition
`);

/** Verbs of naming: "commonly called "swine flu"", "known as "the Beast"". */
export const NAMING_VERBS = set(`
	called named dubbed titled entitled nicknamed labelled labeled branded known termed billed styled
`);
