import {describe, expect, it} from 'vitest';
import {analyseArticle} from '../../source/ingest/analyse.js';
import {article, quotesOf} from './helpers.js';

describe('attribution', () => {
	it('"X said" and "said X", before and after the quotation', () => {
		expect(
			quotesOf(
				article(
					'Talks resume',
					'"We are ready to talk," Foreign Minister Anna Berg said on Monday.',
					'"So are we," said Peter Olsen, the opposition leader.',
					'Finance Minister Ian Cole said: "The budget is balanced."',
				),
			),
		).toEqual([
			['We are ready to talk,', 'Anna Berg'],
			['So are we,', 'Peter Olsen'],
			['The budget is balanced.', 'Ian Cole'],
		]);
	});

	it('"X told reporters", inverted verbs and a role written after the verb', () => {
		expect(
			quotesOf(
				article(
					'Strike ends',
					'"It was not easy," Mayor Lena Holt told reporters.',
					'"Whenever we asked, they refused," wrote union organiser Tom Reyes on Twitter.',
				),
			),
		).toEqual([
			['It was not easy,', 'Lena Holt'],
			['Whenever we asked, they refused,', 'Tom Reyes'],
		]);
	});

	it('"X, for his part, described … as" and split quotations', () => {
		expect(
			quotesOf(
				article(
					'Deal reached',
					'Trade Minister Karl Weber spoke first.',
					'Weber, for his part, described the agreement as "a turning point".',
					'"What matters now", Weber said, "is that both sides keep their word."',
				),
			),
		).toEqual([
			['a turning point', 'Karl Weber'],
			['What matters now', 'Karl Weber'],
			['is that both sides keep their word.', 'Karl Weber'],
		]);
	});

	it('organisations as speakers: "in a statement, the ministry said", acronyms', () => {
		expect(
			quotesOf(
				article(
					'Ceasefire holds',
					'The Syrian Democratic Forces (SDF) said on Sunday that the border was calm.',
					'In a statement, the SDF said, "We will defend our positions."',
					'In a statement, the defence ministry said the talks had been "useful".',
				),
			),
		).toEqual([
			['We will defend our positions.', 'Syrian Democratic Forces (SDF)'],
			['useful', 'Defence ministry'],
		]);
	});

	it('resolves pronouns to the most recent person of that gender in subject position', () => {
		expect(
			quotesOf(
				article(
					'Inquiry opens',
					'Prosecutor Maria Costa opened the inquiry on Tuesday after meeting Judge Paul Reed.',
					'"We will follow the evidence," she said.',
					'Speaking to Maria Costa later, Reed was cautious. "It will take months," he said.',
				),
			),
		).toEqual([
			['We will follow the evidence,', 'Maria Costa'],
			['It will take months,', 'Paul Reed'],
		]);
	});

	it('takes the speaker named last in the sentence before as the antecedent of "he"', () => {
		expect(
			quotesOf(
				article(
					'Fire',
					'President Tomasz Berg called the fire "a tragedy" while Interior Minister Mark Kowal wrote he had ordered checks. He tweeted, "We will act."',
				),
			),
		).toEqual([
			['a tragedy', 'Tomasz Berg'],
			['We will act.', 'Mark Kowal'],
		]);
	});

	it('does not take the object of a preposition as the antecedent of "he"', () => {
		expect(
			quotesOf(
				article(
					'Prince speaks',
					'Crown Prince Ahmed bin Khalid accepted responsibility for the failure on Monday.',
					'Speaking to John Miller of CBS, he said, "It happened under my watch."',
				),
			),
		).toEqual([['It happened under my watch.', 'Ahmed bin Khalid']]);
	});

	it('takes a name with an age in apposition as a person, even if its last word is a city', () => {
		expect(
			quotesOf(
				article(
					'H',
					'The attacker, identified as Tarek Amman, 20, was arrested on Sunday.',
					'Amman, who had a record, sent his friend messages. He told him on one occasion: "Strike at night."',
				),
			),
		).toEqual([['Strike at night.', 'Tarek Amman']]);
	});

	it('resolves surnames, spelled with or without diacritics, to the name first introduced', () => {
		expect(
			quotesOf(
				article(
					'Minister visits',
					'Turkish Foreign Minister Mevlüt Çavuşoğlu arrived in Athens on Monday.',
					'Cavusoglu said the visit was "long overdue".',
				),
			),
		).toEqual([['long overdue', 'Mevlüt Çavuşoğlu']]);
	});

	it('continues the speaker in a quotation that stands alone, and across an open paragraph', () => {
		expect(
			quotesOf(
				article(
					'Workers return',
					'"This was never about money," Lindqvist said. "It was about safety, about being heard.',
					'"Our members wanted management to understand that."',
					'Union leader Maria Lindqvist was speaking in Halden.',
					'"We will be back if we must."',
				),
			),
		).toEqual([
			['This was never about money,', 'Maria Lindqvist'],
			['It was about safety, about being heard.', 'Maria Lindqvist'],
			['Our members wanted management to understand that.', 'Maria Lindqvist'],
			['We will be back if we must.', 'Maria Lindqvist'],
		]);
	});

	it('"X quoted Y as saying" names Y, and "according to" names its source', () => {
		expect(
			quotesOf(
				article(
					'Navy on alert',
					'The Anadolu news agency quoted Defence Minister Hulusi Akar as saying the navy would "protect our rights".',
					'According to a statement from the president’s office, "all options remain open".',
				),
			),
		).toEqual([
			['protect our rights', 'Hulusi Akar'],
			['all options remain open', 'President'],
		]);
	});

	it('an organisation that opens a noun phrase only says where the person at its end works', () => {
		expect(
			quotesOf(
				article(
					'H',
					'According to Rutgers University political scholar Kelly Dittmar, "Women hold fewer seats."',
					'"He was brilliant," said University of California, San Diego\'s chancellor, Pradeep Khosla.',
					'According to the Interior Ministry, Ann Holt was "not involved in any way".',
				),
			),
		).toEqual([
			['Women hold fewer seats.', 'Kelly Dittmar'],
			['He was brilliant,', 'Pradeep Khosla'],
			['not involved in any way', 'Interior Ministry'],
		]);
	});

	it('"NAME of [description] ORGANISATION said" names the person', () => {
		expect(
			quotesOf(
				article(
					'H',
					'To this, Peter Iseley of worldwide victim group Ending Clergy Abuse said, "It is not enough."',
					'Jane Roe of the advocacy group Free Press Now said the law was "a step back".',
					'The Labour Party said the plan was "a disgrace".',
				),
			),
		).toEqual([
			['It is not enough.', 'Peter Iseley'],
			['a step back', 'Jane Roe'],
			['a disgrace', 'Labour Party'],
		]);
	});

	it('"read" before a quotation gives a text\'s words to its author', () => {
		expect(
			quotesOf(
				article(
					'H',
					'Mayor Ann Holt signed a decree on Monday. The decree signed by the mayor read "All parks will close."',
					'The Foreign Ministry\'s statement read: "Talks will resume."',
					'Finance Minister Tom Reyes read the report and called it "thin and late".',
				),
			),
		).toEqual([
			['All parks will close.', 'Ann Holt'],
			['Talks will resume.', 'Foreign Ministry'],
			['thin and late', 'Tom Reyes'],
		]);
	});

	it('a role noun in a headline names the person who holds the role', () => {
		expect(
			quotesOf(
				article(
					"Defences 'will not be ready', minister admits",
					'"We will not be ready by November," Environment Minister Claire Watson told parliament.',
				),
			),
		).toEqual([
			['will not be ready', 'Claire Watson'],
			['We will not be ready by November,', 'Claire Watson'],
		]);
	});
});

describe('attribution of unnamed and plural speakers', () => {
	it('names the person in apposition after an inverted verb, and keeps an unnamed spokesman unnamed', () => {
		expect(
			quotesOf(
				article('H', '"We did nothing wrong," said Smith\'s lawyer, Jane Doe.', '"It is over," said a spokesman.'),
			),
		).toEqual([
			['We did nothing wrong,', 'Jane Doe'],
			['It is over,', 'Spokesperson'],
		]);
	});

	it('names eyewitnesses, victims and passengers, and "one of" a group, as unnamed speakers', () => {
		expect(
			quotesOf(
				article(
					'H',
					'An eyewitness described for news agency AFP how the fire spread, stating, "It was over in seconds."',
					'One of the victims said the men were "cruel and cold".',
					'"We were told nothing," said one of the passengers.',
				),
			),
		).toEqual([
			['It was over in seconds.', 'Eyewitness'],
			['cruel and cold', 'One of the victims'],
			['We were told nothing,', 'One of the passengers'],
		]);
	});

	it('"the head of X" is a person, and an unnamed person can be the antecedent of "she"', () => {
		expect(
			quotesOf(
				article(
					'H',
					'Lawyer Sophie Blanc told reporters "justice was done".',
					'The head of the police\'s internal investigators told the court "Basic checks were not done." She also said "We were not called."',
					'One of the victims decided to speak publicly. She said the men showed "no remorse at all".',
				),
			),
		).toEqual([
			['justice was done', 'Sophie Blanc'],
			['Basic checks were not done.', "Head of the police's internal investigators"],
			['We were not called.', "Head of the police's internal investigators"],
			['no remorse at all', 'One of the victims'],
		]);
	});

	it('a passive verb of saying names its speaker after "by"', () => {
		expect(
			quotesOf(
				article(
					'H',
					'Mayor Ann Holt opened the bridge.',
					'The plan, which was described as "reckless" by the police, cost millions.',
					'The bridge was called "a triumph" by Holt.',
				),
			),
		).toEqual([
			['reckless', 'Police'],
			['a triumph', 'Ann Holt'],
		]);
	});

	it('reads "they" after two people as both of them', () => {
		expect(
			quotesOf(
				article('H', 'Ms Ardern and Mr Morrison met on Friday. "We agreed on a plan," they said in a joint statement.'),
			),
		).toEqual([['We agreed on a plan,', 'Ardern and Morrison']]);
	});
});

describe('quoted phrases that are not quotations', () => {
	it('drops a short phrase that nothing in its sentence attributes, and keeps attributed ones', () => {
		expect(
			quotesOf(
				article(
					"Mayor 'shocked' by attack",
					'Mayor Ann Holt said she was "shocked".',
					'Reports on the weapon vary between a knife and a "sharp tool".',
					'The PALM trial, for the Swahili phrase pamoja tulinde maisha or "together save lives," began in November.',
					'Holt called the attack "an act of barbarity".',
				),
			),
		).toEqual([
			['shocked', 'Ann Holt'],
			['shocked', 'Ann Holt'],
			['an act of barbarity', 'Ann Holt'],
		]);
	});

	it('drops a rating in a relative clause whose verb is not one of saying, and a title in apposition to a thing', () => {
		expect(
			quotesOf(
				article(
					'H',
					'"The guide was not fine," said Priya Raman, an analyst at Bernstein who rates the stock "market perform." "The faith is thin."',
					'As the buses crossed the border, the men sang the national anthem, "Shche ne vmerla Ukraina".',
					'According to the study, "the placenta may not be the barrier it was assumed to be."',
					'They released a statement which said, "We regret the decision."',
				),
			),
		).toEqual([
			['The guide was not fine,', 'Priya Raman'],
			['The faith is thin.', 'Priya Raman'],
			['the placenta may not be the barrier it was assumed to be.', 'Authors of the study'],
			// "They" are the authors just named.
			['We regret the decision.', 'Authors of the study'],
		]);
	});
});

describe('characterisations', () => {
	it('a short phrase after "VERB … as" is the words of whoever characterises, whatever the verb', () => {
		expect(
			quotesOf(
				article(
					'H',
					'Foreign Minister Ali Rezaei justified the strike on the base as "defensive" in nature.',
					'The band played hits such as "Blue Moon" and "Crazy".',
					'The plan, known as "Plan B", failed.',
				),
			),
		).toEqual([['defensive', 'Ali Rezaei']]);
	});
});

describe('names', () => {
	it('an adverb opening a sentence ("Reportedly", "Separately") is not a name, and a surname ending in -ly is', () => {
		const text = article(
			'H',
			'Reportedly, officials rejected the plan. Separately, the mayor was "furious", officials said.',
			'Maeve Donnelly spoke first. Donnelly said the book was "finished".',
		);
		const names = analyseArticle(text).entities.all.map(entity => entity.name);
		expect(names).not.toContain('Reportedly');
		expect(names).not.toContain('Separately');
		expect(quotesOf(text)).toEqual([
			['furious', 'Officials'],
			['finished', 'Maeve Donnelly'],
		]);
	});
});

describe('attribution on long and odd input', () => {
	it('handles hundreds of paragraphs whose pronouns resolve to no one', () => {
		const paragraph = '"We will win," said John Smith. She told reporters it\'s over.';
		const quotes = quotesOf(article('Long', ...Array.from({length: 300}, () => paragraph)));
		expect(quotes).toHaveLength(300);
		expect(quotes.every(([, speaker]) => speaker === 'John Smith')).toBe(true);
	});

	it('handles one very long paragraph full of quotation marks and apostrophes', () => {
		const text = article('Long', "He said \"it is fine\" and Mr. O'Neil's dog's bowl' was 'full. ".repeat(3000));
		expect(quotesOf(text).length).toBeGreaterThanOrEqual(3000);
	});
});

describe('attribution in agency and paper styles', () => {
	it('keeps abbreviated titles and initials with full stops inside the name they precede or end', () => {
		expect(
			quotesOf(
				article(
					'H',
					'"It\'s a mess," said Rep. Luis Ferrer Jr., a Texas Democrat. "People are going to get hurt."',
					'Dr. Amelia Watts, a professor of law, said: "I cannot remember a case like it."',
					'According to U.S. Attorney Bash, the attack was "an act of domestic terrorism".',
					'"We will see," John F. Kennedy Jr. told reporters.',
				),
			),
		).toEqual([
			["It's a mess,", 'Luis Ferrer Jr.'],
			['People are going to get hurt.', 'Luis Ferrer Jr.'],
			['I cannot remember a case like it.', 'Amelia Watts'],
			['an act of domestic terrorism', 'Bash'],
			['We will see,', 'John F. Kennedy Jr.'],
		]);
	});

	it('"the senator" is the senator named last, whether introduced as "Sen." or "Senator"', () => {
		expect(
			quotesOf(
				article(
					'H',
					'Sen. Margaret Hale of Kansas spoke first. Sen. Carla Mendes of Maine said she would back a short extension.',
					'"We\'ll see," the senator said.',
					'Governor Ann Lee visited on Friday. "It is fine," the governor said.',
				),
			),
		).toEqual([
			["We'll see,", 'Carla Mendes'],
			['It is fine,', 'Ann Lee'],
		]);
	});

	it("ends an unnamed speaker's noun phrase at a function word or preposition", () => {
		expect(
			quotesOf(
				article(
					'H',
					'A jury convicted him over a $40 million billing scheme that prosecutors said "bled a rural health system dry".',
				),
			),
		).toEqual([['bled a rural health system dry', 'Prosecutors']]);
	});

	it('an office or campaign that speaks for someone is an organisation, and the antecedent of "it"', () => {
		expect(
			quotesOf(
				article(
					'H',
					'According to Reuters, the talks broke down after midnight.',
					'Senate Majority Leader Chuck Schumer was not available. Schumer\'s office later released a statement. "We will keep working," it said.',
					'"Nothing has changed," said Trump\'s campaign.',
				),
			),
		).toEqual([
			['We will keep working,', "Schumer's office"],
			['Nothing has changed,', "Trump's campaign"],
		]);
	});

	it('"an X spokesperson" and "X\'s spokesman" are named like "a spokesperson for X"', () => {
		expect(
			quotesOf(
				article(
					'H',
					'A Department of Health and Social Care spokesperson said: "We are recruiting."',
					'"Never," said a Pentagon spokeswoman.',
					'Donald Trump was silent. Trump\'s spokesman said it was "fake news".',
				),
			),
		).toEqual([
			['We are recruiting.', 'Spokesperson for Department of Health and Social Care'],
			['Never,', 'Spokesperson for Pentagon'],
			['fake news', 'Spokesperson for Donald Trump'],
		]);
	});

	it('plural titles and people nouns are groups speaking together, the antecedent of "they"', () => {
		expect(
			quotesOf(
				article(
					'H',
					'Separately, the mayor was "furious", aides said.',
					'Ministers said the plan was "dead". "We will fight on," they said.',
				),
			),
		).toEqual([
			['furious', 'Aides'],
			['dead', 'Ministers'],
			['We will fight on,', 'Ministers'],
		]);
	});

	it('"a spokesperson for X" is an unnamed speaker named for X, and X keeps a role of its own', () => {
		const text = article(
			'H',
			'A spokesperson for House Speaker Tom Brandt said: "The House did its job."',
			'Asked about the deadline, Brandt told Fox News: "My phone works."',
			'"We are ready," said an aide to Chancellor Olaf Berg.',
			'A spokesperson for Bloom Trust said the charity was "committed to understanding every risk".',
		);
		expect(quotesOf(text)).toEqual([
			['The House did its job.', 'Spokesperson for Tom Brandt'],
			['My phone works.', 'Tom Brandt'],
			['We are ready,', 'Aide to Olaf Berg'],
			['committed to understanding every risk', 'Spokesperson for Bloom Trust'],
		]);
		expect(analyseArticle(text).entities.all.find(entity => entity.name === 'Tom Brandt')?.role).toBe('House Speaker');
	});

	it('"and" inside what an organisation is "of" is part of its name', () => {
		expect(
			quotesOf(
				article(
					'H',
					'In a memo, the White House Office of Management and Budget said agencies should "review and update" plans.',
					'The Ministry of Defence and Prime Minister Boris Johnson said it was "fine".',
				),
			),
		).toEqual([
			['review and update', 'White House Office of Management and Budget'],
			['fine', 'Boris Johnson'],
		]);
	});

	it('a word after a portfolio ("Home Affairs") is part of a ministry\'s name, not a surname', () => {
		expect(
			quotesOf(
				article(
					'H',
					'The Ministry of Home Affairs said in a statement that 27 bodies had been found. "Operations are continuing," it said.',
					'Home Secretary Patel said it was "a disgrace".',
				),
			),
		).toEqual([
			['Operations are continuing,', 'Ministry of Home Affairs'],
			['a disgrace', 'Patel'],
		]);
	});

	it('the subject of a verb of saying speaks whatever noun names it, with where the people are from', () => {
		expect(
			quotesOf(
				article(
					'H',
					'Analysts at Goldman Sachs wrote in a note that a shutdown would cost "no more than a tenth of a point".',
					'In a joint statement, the governors of Maryland and Virginia said they were "deeply concerned". "We will not let our neighbours go without," they said.',
					'"I\'m glad he\'s going to answer for it," said the nurse, who asked that her name not be used.',
					'"We went to the office three times," one woman said.',
					'A teacher at the destroyed school, who did not want to be named, said classes had stopped. "If the children had been there …" she said.',
					'Chief Executive Hannah Lowe said the company expected demand to recover "sometime next year".',
				),
			),
		).toEqual([
			['no more than a tenth of a point', 'Analysts at Goldman Sachs'],
			['deeply concerned', 'Governors of Maryland and Virginia'],
			['We will not let our neighbours go without,', 'Governors of Maryland and Virginia'],
			["I'm glad he's going to answer for it,", 'Nurse'],
			['We went to the office three times,', 'One woman'],
			['If the children had been there …', 'Teacher'],
			['sometime next year', 'Hannah Lowe'],
		]);
	});

	it('"the company", "the charity", "the association" are the organisation named before with that noun', () => {
		expect(
			quotesOf(
				article(
					'H',
					'Norvane Semiconductor Inc forecast weak sales. Chief Financial Officer Raj Patel said Norvane would cut 600 jobs, according to Reuters.',
					'The company said the cuts would cost $45 million. "These are difficult decisions," it said in a statement.',
					'The research was funded by the Medical Research Council and the charity Bloom Trust. In a statement, the charity said: "We welcome it."',
					'The Water Suppliers Association said its members were investing. "Companies are committed," a spokesperson for the association said.',
				),
			),
		).toEqual([
			['These are difficult decisions,', 'Norvane Semiconductor Inc'],
			['We welcome it.', 'Bloom Trust'],
			['Companies are committed,', 'Spokesperson for Water Suppliers Association'],
		]);
	});

	it('"it" can be a name of several words that is not a person\'s, which is then an organisation', () => {
		const text = article(
			'H',
			'Mid-River Health Partners, which runs three hospitals in eastern Missouri, said in a statement that it had "cooperated fully".',
			'"Our focus has always been on our patients," it said.',
		);
		expect(quotesOf(text)).toEqual([
			['cooperated fully', 'Mid-River Health Partners'],
			['Our focus has always been on our patients,', 'Mid-River Health Partners'],
		]);
		expect(analyseArticle(text).quotes[1]!.speaker?.kind).toBe('organisation');
	});

	it('"who said" is said by the person or people named just before "who"', () => {
		expect(
			quotesOf(
				article(
					'H',
					'Microplastics have been found in every placenta tested by scientists, who say the findings add to "growing concern".',
					'Senator Tom Hill met Ann Lee, who said the plan was "a disaster".',
				),
			),
		).toEqual([
			['growing concern', 'Scientists'],
			['a disaster', 'Ann Lee'],
		]);
	});

	it('a short name refers back only: a city named before an organisation that starts with it is the city', () => {
		expect(
			quotesOf(
				article(
					'A city in mourning',
					'"We are a city in mourning," Dayton said in a statement on Monday.',
					'A vigil was organised by the Dayton Justice Coalition. "Show us the tape," it said.',
				),
			),
		).toEqual([
			['We are a city in mourning,', 'Dayton'],
			['Show us the tape,', 'Dayton Justice Coalition'],
		]);
	});

	it('a dateline is not a name, and "X\'s police chief" is the holder of that role unless placed elsewhere', () => {
		expect(
			quotesOf(
				article(
					'Police chief defends response',
					'DAYTON, Ohio (AP) — Dayton\'s police chief on Monday defended her officers, telling reporters that they arrived "in under two minutes".',
					'"I understand the anger," Chief Lorna Whitaker said at a news conference.',
				),
			),
		).toEqual([
			['in under two minutes', 'Lorna Whitaker'],
			['I understand the anger,', 'Lorna Whitaker'],
		]);
		expect(
			quotesOf(
				article(
					'Council divided',
					'UNITED NATIONS — The United States ambassador, Carol Whitfield, called the vote "a disgrace".',
					'Russia\'s deputy ambassador told reporters that the text was "unacceptable".',
					'March 4 (Reuters) - Britain\'s ambassador, Edward Lang, said the council had "failed".',
				),
			),
		).toEqual([
			['a disgrace', 'Carol Whitfield'],
			['unacceptable', "Russia's deputy ambassador"],
			['failed', 'Edward Lang'],
		]);
	});

	it('a name right before a role word says whose role it is: "the Rovers manager, Gary Doyle"', () => {
		expect(
			quotesOf(
				article(
					'H',
					'Brackley City beat Eastfield Rovers 3-1 on Saturday.',
					'"It is a penalty," said the Rovers manager, Gary Doyle.',
				),
			),
		).toEqual([['It is a penalty,', 'Gary Doyle']]);
	});

	it('a name ending in a plural, with no first name, surname or role, is a team or company: "the company" finds it', () => {
		const text = article(
			'H',
			'Halvern Technologies forecast weak revenue on Tuesday. The company said the job cuts were "hard decisions".',
			'The 158 was withdrawn after its operator, Cymru Coaches, said the route did not pay. "It was not a decision we took lightly," the company said.',
			'"We go again," said Tyrell Banks, an organiser with the residents\' group.',
		);
		expect(quotesOf(text)).toEqual([
			['hard decisions', 'Halvern Technologies'],
			['It was not a decision we took lightly,', 'Cymru Coaches'],
			['We go again,', 'Tyrell Banks'],
		]);
		expect(analyseArticle(text).entities.all.find(entity => entity.name === 'Tyrell Banks')?.kind).toBe('person');
	});

	it('an organisation\'s name keeps a common word that opens the sentence and what it is "of"', () => {
		const text = article(
			'H',
			'Professional Game Match Officials Limited, which oversees referees, said it would review the incident.',
			'The shooting is being investigated by the Ohio Bureau of Criminal Investigation, which said its inquiry was "active and ongoing".',
		);
		expect(quotesOf(text)).toEqual([['active and ongoing', 'Ohio Bureau of Criminal Investigation']]);
		expect(analyseArticle(text).entities.all.map(entity => entity.name)).toContain(
			'Professional Game Match Officials Limited',
		);
	});

	it('an initialism no bracket defined stands for the organisation whose capitalised words it spells', () => {
		expect(
			quotesOf(
				article(
					'H',
					'Professional Game Match Officials Limited, which oversees referees, said it would review the incident. "The key decisions will be assessed," a PGMOL spokesperson said.',
					'The shooting is being investigated by the Ohio Bureau of Criminal Investigation. "Our inquiry is active," a BCI spokesman said.',
				),
			),
		).toEqual([
			['The key decisions will be assessed,', 'Spokesperson for Professional Game Match Officials Limited'],
			['Our inquiry is active,', 'Spokesperson for Ohio Bureau of Criminal Investigation'],
		]);
	});

	it('"the mission", "the union", "the state bureau": the organisation introduced with that noun, however long ago', () => {
		expect(
			quotesOf(
				article(
					'H',
					'The UN peacekeeping mission in Congo, MONUSCO, said its troops had reinforced positions around Sake.',
					'The union representing Dayton officers, Fraternal Order of Police Lodge 12, defended the officers. "Our members ran toward gunfire," the union said.',
					'The shooting is being investigated by the Ohio Bureau of Criminal Investigation.',
					'Residents held a vigil. Some carried candles. Others carried photographs. Nobody spoke.',
					'The mission, which has been winding down, said it was "deeply alarmed".',
					'The state bureau said its investigation was "active and ongoing".',
				),
			),
		).toEqual([
			['Our members ran toward gunfire,', 'Fraternal Order of Police Lodge'],
			['deeply alarmed', 'MONUSCO'],
			['active and ongoing', 'Ohio Bureau of Criminal Investigation'],
		]);
	});

	it('an epithet ("the Dutchman", "the Poland international", "the 67-year-old") is the last person named whom nothing contradicts', () => {
		expect(
			quotesOf(
				article(
					'H',
					'City’s manager, Pieter Vermeulen, admitted his side had been second best.',
					'"We were nervous," the Dutchman said.',
					'Wilk, whose goal was his 21st, said the dressing room was "devastated".',
					'"Sometimes football is cruel," the Poland international said.',
					'Hungary’s Elena Varga beat Spain’s Marta Ruiz in three sets. "I had to be patient," the Hungarian said.',
					'Delia Moreno, 67, waited with her neighbour, Tom Hale, 31. "Nobody came," said the 67-year-old.',
				),
			),
		).toEqual([
			['We were nervous,', 'Pieter Vermeulen'],
			['devastated', 'Wilk'],
			['Sometimes football is cruel,', 'Wilk'],
			['I had to be patient,', 'Elena Varga'],
			['Nobody came,', 'Delia Moreno'],
		]);
	});

	it('"the striker", "the lead author", "the pastor": the person named before with that role, in apposition or not', () => {
		expect(
			quotesOf(
				article(
					'H',
					'"We saw it early," said Dr. Naomi Feld, an epidemiologist at the University of Michigan and the study\'s lead author.',
					'Jamie Harlow, the 29-year-old striker, scored three. Then Tom Reyes, a pastor in the town, spoke.',
					'"A fan matters," the lead author said.',
					'"It has not sunk in," the striker said.',
					'"We lost a steeple," the pastor said.',
					'"I was scared," said the nurse, who asked not to be named.',
				),
			),
		).toEqual([
			['We saw it early,', 'Naomi Feld'],
			['A fan matters,', 'Naomi Feld'],
			['It has not sunk in,', 'Jamie Harlow'],
			['We lost a steeple,', 'Tom Reyes'],
			['I was scared,', 'Nurse'],
		]);
	});

	it('"her family", "his sister" speak for themselves, named through the pronoun; "the family" is the one before', () => {
		expect(
			quotesOf(
				article(
					'H',
					'Darlene Pruitt, the country singer, died on Tuesday. She was 81.',
					'Her family announced her death in a statement, which said she died "surrounded by the songs she loved."',
					'Liam Carter was jailed for eight years. His sister told reporters: "He is not a monster."',
					'The family said a memorial would be held next month. "Come as you are," they said.',
					'Her father and coach, Henrik Sorensen, said she had asked to practise. "That is Mia," he said.',
				),
			),
		).toEqual([
			['surrounded by the songs she loved.', "Pruitt's family"],
			['He is not a monster.', "Carter's sister"],
			['Come as you are,', "Pruitt's family"],
			['That is Mia,', 'Henrik Sorensen'],
		]);
	});

	it('in an interview transcript, "my" in an answer and "your" in a question are the one interviewed', () => {
		expect(
			quotesOf(
				article(
					'H',
					'"It\'s for eating and arguing," says Maeve Donnelly, pouring tea.',
					'Why fishermen?',
					'Because my grandfather was one. My editor kept writing "Why?" in the margin.',
					'What would your father have made of the book?',
					'He would have read the first chapter and said, "Too many adjectives."',
				),
			),
		).toEqual([
			["It's for eating and arguing,", 'Maeve Donnelly'],
			['Why?', "Donnelly's editor"],
			['Too many adjectives.', "Donnelly's father"],
		]);
		expect(
			quotesOf(
				article(
					'H',
					'"I never planned this," said Tom Reyes, the mayor.',
					'Q: Who taught you to cook?',
					'A: My mother used to say, "Never apologise for the weather."',
				),
			),
		).toEqual([
			['I never planned this,', 'Tom Reyes'],
			['Never apologise for the weather.', "Reyes's mother"],
		]);
	});

	it('a title without a name ("says MP", "by the area\'s MP", "The Prime Minister said") is the holder of that role', () => {
		expect(
			quotesOf(
				article(
					'Maternity unit closure ‘a disaster for families’, says MP',
					'The closure has been described as "a disaster for families" by the area’s MP.',
					'Westbrook’s Labour MP, Claire Hennessy, said women would face "a long ride".',
					'The Prime Minister said the plan was "sound". Prime Minister Ann Holt spoke later.',
				),
			),
		).toEqual([
			['a disaster for families', 'Claire Hennessy'],
			['a disaster for families', 'Claire Hennessy'],
			['a long ride', 'Claire Hennessy'],
			['sound', 'Ann Holt'],
		]);
	});

	it('"they" is the people a sentence opened with ("Analysts at Jefferies were …", "Midwives at the unit said …")', () => {
		expect(
			quotesOf(
				article(
					'H',
					'Investors have grown impatient with the sector.',
					'Analysts at Jefferies were more forgiving. In a note to clients, they said the spending was "the right call at the wrong moment".',
					'Midwives at the unit said in an anonymous letter to BBC Lincolnshire that staff had been "running on empty".',
					'"We love this unit and we are exhausted," they wrote.',
				),
			),
		).toEqual([
			['the right call at the wrong moment', 'Analysts at Jefferies'],
			['running on empty', 'Midwives'],
			['We love this unit and we are exhausted,', 'Midwives'],
		]);
	});

	it('a title before a name is part of the name: "Mr Pryce will …. He says" is Pryce, not the last "Mr" quoted', () => {
		expect(
			quotesOf(
				article(
					'H',
					'For Dafydd Pryce, 83, the bus was the way to the hospital.',
					'"The children love it," says the headteacher, Rhys Morgan. "It keeps them talking," Mr Morgan says.',
					'Mr Pryce will be in the car again on Friday. He says he has started learning the drivers’ life stories.',
					'"Forty minutes there," he says.',
				),
			),
		).toEqual([
			['The children love it,', 'Rhys Morgan'],
			['It keeps them talking,', 'Rhys Morgan'],
			['Forty minutes there,', 'Dafydd Pryce'],
		]);
	});

	it('"Prosecuting, X said": a participle and a comma open a clause, they name nobody', () => {
		expect(
			quotesOf(
				article(
					'H',
					'Prosecuting, Nicholas Grey said the driver was "distracted for the whole of that stretch of road".',
				),
			),
		).toEqual([['distracted for the whole of that stretch of road', 'Nicholas Grey']]);
	});

	it('words in apposition to someone\'s document are theirs: "Carter\'s reply, "…", was sent"', () => {
		expect(
			quotesOf(
				article(
					'H',
					'Prosecuting, Nicholas Grey said phone records showed that Carter\'s reply, "on my way, save me a seat", was sent at 06:41.',
				),
			),
		).toEqual([['on my way, save me a seat', 'Carter']]);
	});

	it('a hyphenated noun heads a description too: "the co-author added"', () => {
		expect(
			quotesOf(
				article(
					'H',
					'"Do that for six nights," said Dr. Arjun Mehta, a cardiologist and a co-author of the study.',
					'The researchers plan to look at alerts next.',
					'"We want to know more," the co-author added.',
				),
			),
		).toEqual([
			['Do that for six nights,', 'Arjun Mehta'],
			['We want to know more,', 'Arjun Mehta'],
		]);
	});

	it('"to the record producer Earl Combs" is no subject nor a surname of the son named later, who is male', () => {
		expect(
			quotesOf(
				article(
					'H',
					'Darlene Pruitt, the country singer, died on Tuesday.',
					'Pruitt\'s marriage to the record producer Earl Combs ended in divorce in 1984. She rarely spoke about it, telling Rolling Stone only that "some songs you live."',
					'Her son, Jesse Combs, said his mother had performed until the spring. "Mama never stopped working," he said.',
				),
			),
		).toEqual([
			['some songs you live.', 'Darlene Pruitt'],
			['Mama never stopped working,', 'Jesse Combs'],
		]);
	});

	it("a surname shared by relatives: a title's gender decides, a bare surname keeps its person, a hyphenated name is one surname", () => {
		expect(
			quotesOf(
				article(
					'H',
					'Tomas Brandvold-Lee, a sculptor, died on Friday. His daughter, Ingrid Brandvold-Lee, confirmed the death.',
					'"He carved every day," Ms. Brandvold-Lee said. "Even last week."',
					'Mr. Brandvold-Lee once said he "never finished anything."',
					'Clara Nygaard won the first set. Nygaard then faded. Her brother and coach, Piet Nygaard, watched from the stands.',
					'"I felt fresh," Nygaard said.',
				),
			),
		).toEqual([
			['He carved every day,', 'Ingrid Brandvold-Lee'],
			['Even last week.', 'Ingrid Brandvold-Lee'],
			['never finished anything.', 'Tomas Brandvold-Lee'],
			['I felt fresh,', 'Clara Nygaard'],
		]);
	});

	it('"her husband, Gareth" shares her surname, so "Mr Lloyd" is the husband and "Mrs Lloyd" the wife', () => {
		expect(
			quotesOf(
				article(
					'H',
					'Wendy Marsh, who runs the bakery with her husband, Colin, opens at six.',
					'"We never close," Mrs Marsh says.',
					'Mr Marsh, 64, disagrees. "We close on Christmas Day," he says.',
				),
			),
		).toEqual([
			['We never close,', 'Wendy Marsh'],
			['We close on Christmas Day,', 'Colin Marsh'],
		]);
	});

	it('"said Norway\'s envoy, Dame Ingrid Solheim": a name in apposition after its title', () => {
		expect(
			quotesOf(
				article('H', 'Talks stalled on Friday. "We will try again," said Norway\'s envoy, Dame Ingrid Solheim.'),
			),
		).toEqual([['We will try again,', 'Ingrid Solheim']]);
	});

	it('"and said Chile would …": a name after the verb that has its own verb is what was said about, not the speaker', () => {
		expect(
			quotesOf(
				article(
					'H',
					'Marco Ruiz, speaking after the vote, called the plan "a trap" and said Chile would block any text that allowed "foreign control".',
				),
			),
		).toEqual([
			['a trap', 'Marco Ruiz'],
			['foreign control', 'Marco Ruiz'],
		]);
	});

	it('"A porter who …, and who asked not to be named, said": the unnamed person opening the sentence speaks', () => {
		expect(
			quotesOf(
				article(
					'H',
					'Leo Brandt said the hotel had reopened.',
					'A porter who had worked there for years, and who asked not to be named because he feared for his job, said guests were "nervous but kind."',
				),
			),
		).toEqual([['nervous but kind.', 'Porter']]);
	});

	it('"His cousin, Omar Vale, was hurt too, he said": "he" is the one whose cousin it is', () => {
		expect(
			quotesOf(
				article(
					'H',
					'Sami Koller, 40, said the roof fell in at midnight.',
					'His cousin across the road, 70-year-old Omar Vale, was hurt too, he said.',
					'"Omar looked after us all," he said.',
				),
			),
		).toEqual([['Omar looked after us all,', 'Sami Koller']]);
	});

	it('"said the 30-year-old, who had beaten Lind in May": an epithet is not someone the rest of its sentence names', () => {
		expect(
			quotesOf(
				article(
					'H',
					'Anna Kovac had heard all week about Eva Lind. On Friday she beat her.',
					'"It was my day," said the 30-year-old, who had lost to Lind in May.',
				),
			),
		).toEqual([['It was my day,', 'Anna Kovac']]);
	});

	it('"the Canadian said": someone known to be Canadian comes before a nearer person whose country is not known', () => {
		expect(
			quotesOf(
				article(
					'H',
					"Rosa Pell will meet the champion, Canada's Lucy Dorn, on Sunday. Dorn had watched part of Pell's match.",
					'"She never gives up," the Canadian said.',
				),
			),
		).toEqual([['She never gives up,', 'Lucy Dorn']]);
	});

	it('"According to the survey, "…"": a study\'s or survey\'s words are its authors\'', () => {
		expect(
			quotesOf(
				article(
					'H',
					'Sleep is getting shorter. According to the survey, "most adults sleep less than they did a decade ago."',
				),
			),
		).toEqual([['most adults sleep less than they did a decade ago.', 'Authors of the survey']]);
	});

	it('"The Marion County Sheriff\'s Office posted": a title\'s Office is one organisation', () => {
		expect(
			quotesOf(article('H', 'The Marion County Sheriff\'s Office posted that the road "will stay closed overnight."')),
		).toEqual([['will stay closed overnight.', "Marion County Sheriff's Office"]]);
	});

	it('"Cllr Ravi Mohan" then "Cllr Mohan": the councillor\'s abbreviation is a title, also before a name in apposition', () => {
		expect(
			quotesOf(
				article(
					'H',
					'The board\'s chairman, Cllr Ravi Mohan, said: "We will vote next week."',
					'Cllr Mohan called the report "a fair start".',
				),
			),
		).toEqual([
			['We will vote next week.', 'Ravi Mohan'],
			['a fair start', 'Ravi Mohan'],
		]);
	});

	it('"Governor Ellen Warwick", "Ms Warwick": after a first name or an honorific, a town\'s name is a surname', () => {
		expect(
			quotesOf(article('H', 'Governor Ellen Warwick said the bridge would reopen. "It is safe," Ms Warwick said.')),
		).toEqual([['It is safe,', 'Ellen Warwick']]);
	});

	it('"Senior forecaster Ravi Shah … said … but warned": a title opening the role words before a name is not a speaker', () => {
		expect(
			quotesOf(
				article(
					'H',
					'Senior forecaster Ravi Shah, from the Reserve Bank, said prices would fall but warned of "a slow year".',
				),
			),
		).toEqual([['a slow year', 'Ravi Shah']]);
	});

	it('"the company said", "the club said": the organisation that spoke just before, though nothing introduced it with that noun', () => {
		expect(
			quotesOf(
				article(
					'H',
					'Norland Grid said 3,000 homes were without power. "Crews are on their way," the company said.',
					'Harlow Town said it had rejected the bid. The club said the player was "not for sale".',
				),
			),
		).toEqual([
			['Crews are on their way,', 'Norland Grid'],
			['not for sale', 'Harlow Town'],
		]);
	});

	it('"The supplier, Ohio-based Brightwell Cells, said": an organisation\'s name in apposition speaks', () => {
		expect(
			quotesOf(
				article(
					'H',
					'The supplier, Ohio-based Brightwell Cells, said in a statement that its batteries "passed every test".',
				),
			),
		).toEqual([['passed every test', 'Brightwell Cells']]);
	});

	it('"the airline said" is not an organisation of another kind named just before', () => {
		expect(
			quotesOf(
				article(
					'H',
					'Marsh Valley Council closed the road on Monday. The airline said flights were "running normally".',
				),
			),
		).toEqual([['running normally', 'Airline']]);
	});

	it('"the statement said", "the note said": whoever spoke of that statement or note in the sentences before', () => {
		expect(
			quotesOf(
				article(
					'H',
					'Marsh Valley Council said in a statement that the road would reopen. "Work is on schedule," the statement said.',
					'The airline said in a note to staff that pay talks would resume. "We value every pilot," the note said.',
				),
			),
		).toEqual([
			['Work is on schedule,', 'Marsh Valley Council'],
			['We value every pilot,', 'Airline'],
		]);
	});

	it('"Outside the clinic, a nurse who … said": after a fronted phrase, a person a relative clause separates from the verb speaks', () => {
		expect(
			quotesOf(
				article(
					'H',
					'Outside the clinic, a nurse who had worked all night beside a doctor and a porter said the ward was "full to the doors".',
					'"We need help," she said.',
					'On the quay, a sailor with 30 years at sea, who asked not to be named because he feared his boss, said he was "ready to quit".',
				),
			),
		).toEqual([
			['full to the doors', 'Nurse'],
			['We need help,', 'Nurse'],
			['ready to quit', 'Sailor'],
		]);
	});

	it("a single-quoted quotation left open at a paragraph's end, when the next paragraph reopens it, runs to that end and is the same speaker's", () => {
		expect(
			quotesOf(
				article(
					'H',
					"'We asked twice,' Ms Dunn said. 'Nobody came. Not the council, not the police.",
					"'So we fixed the roof ourselves.'",
				),
			),
		).toEqual([
			['We asked twice,', 'Dunn'],
			['Nobody came. Not the council, not the police.', 'Dunn'],
			['So we fixed the roof ourselves.', 'Dunn'],
		]);
	});

	it('"the South African said": a compass word before a nationality is one epithet', () => {
		expect(
			quotesOf(
				article('H', 'Coach Pieter Botha named his squad on Monday.', '"We are ready," the South African said.'),
			),
		).toEqual([['We are ready,', 'Pieter Botha']]);
	});

	it('a quoted section heading takes the speaker of the words it quotes below, not the speaker before it', () => {
		expect(
			quotesOf(
				article(
					'H',
					'"We will reopen the mill," Mayor Jo Kim said.',
					"'Nobody left the valley'",
					'Farmer Lee Tran stayed through the winter. "Nobody left the valley that year, and nobody will," Mr Tran said.',
				),
			),
		).toEqual([
			['We will reopen the mill,', 'Jo Kim'],
			['Nobody left the valley', 'Lee Tran'],
			['Nobody left the valley that year, and nobody will,', 'Lee Tran'],
		]);
	});

	it('"Quito, Ecuador (AFP) -": a news agency after a dateline\'s place is not the place\'s acronym', () => {
		expect(
			quotesOf(
				article(
					'H',
					'Quito, Ecuador (AFP) - The talks ended late on Friday. AFP reported that a deal was "very near".',
				),
			),
		).toEqual([['very near', 'AFP']]);
	});

	it('"told AFP", "warned Smith": the name after a verb that takes its listener is not an inverted speaker', () => {
		expect(
			quotesOf(
				article(
					'H',
					'Officials met late on Friday.',
					'A source close to the talks told Reuters that a deal was "very near".',
					'"We will sign on Monday," a negotiator told Reuters.',
				),
			),
		).toEqual([
			['very near', 'Source'],
			['We will sign on Monday,', 'Negotiator'],
		]);
	});

	it('"Chief Minister Ana Vik, …, did not name Lee but said": titles before a name do not make an unnamed speaker of their own', () => {
		expect(
			quotesOf(
				article(
					'H',
					'Opposition party chief Tom Lee spoke in the north.',
					'Chief Minister Ana Vik, speaking in the south, did not name Lee but said some rivals were "all talk".',
				),
			),
		).toEqual([['all talk', 'Ana Vik']]);
	});

	it('"X on Tuesday accused …": a day between the subject and the verb of saying', () => {
		expect(
			quotesOf(
				article('H', 'Union leader Rosa Mbeki on Tuesday accused the board in Leeds of "breaking every promise".'),
			),
		).toEqual([['breaking every promise', 'Rosa Mbeki']]);
	});

	it('"the former governor said" is not the governor named later, but the person the story was about just before', () => {
		expect(
			quotesOf(
				article(
					'H',
					'Opposition leader Sam Okoro on Friday attacked the budget.',
					'Speaking at a rally in the capital, the former governor said the plan was "a fraud".',
					'Governor Ada Nwosu defended it on Saturday.',
				),
			),
		).toEqual([['a fraud', 'Sam Okoro']]);
	});

	it('"the fair\'s organisers, Rose Events, said … the company said", "its fans\' group, Sur Norte, … it said": a name in apposition to an organisation noun is an organisation', () => {
		expect(
			quotesOf(
				article(
					'H',
					'In a statement, the fair\'s organisers, Rose Events, said the gates would open at noon. "We expect a record crowd," the company said.',
					"The club's main fans' group, Sur Norte, met on Monday. It was angry.",
					'"We will not be silent," it said.',
				),
			),
		).toEqual([
			['We expect a record crowd,', 'Rose Events'],
			['We will not be silent,', 'Sur Norte'],
		]);
	});

	it('"Ravi Gill KC": letters after a name end it, are not its surname and do not make an organisation of it', () => {
		expect(
			quotesOf(
				article(
					'H',
					'The victim, Tom Reed, gave evidence on Monday.',
					'Defending, Ravi Gill KC said the fine was too high. "My client is sorry," he said.',
					'"It was fair," Mr Gill said later.',
				),
			),
		).toEqual([
			['My client is sorry,', 'Ravi Gill KC'],
			['It was fair,', 'Ravi Gill KC'],
		]);
	});

	it('"a company spokesman said": the spokesperson for the organisation "the company" stands for, though named paragraphs before', () => {
		expect(
			quotesOf(
				article(
					'H',
					'Harbour Rail Ltd admitted the breach on Friday.',
					'The judge said the failings were "serious". A union official called it "overdue".',
					'Staff were relieved. Passengers were not told. The line reopened on Monday.',
					'A company spokesman said: "We will study the judgment."',
				),
			),
		).toEqual([
			['serious', 'Judge'],
			['overdue', 'Union official'],
			['We will study the judgment.', 'Spokesperson for Harbour Rail Ltd'],
		]);
	});

	it('"the Ghanaian said": a nationality the country table lacks is still an epithet for someone named before', () => {
		expect(
			quotesOf(
				article(
					'H',
					'Kwame Boateng scored twice on Saturday.',
					'Boateng, 21, said it was his best game. "I just kept running," the Ghanaian said.',
				),
			),
		).toEqual([['I just kept running,', 'Kwame Boateng']]);
	});
});
