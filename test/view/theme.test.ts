import {Chalk} from 'chalk';
import {describe, expect, it} from 'vitest';
import type {Side} from '../../source/model/schema.js';
import {colorWanted, createTheme, PARTY_COLORS} from '../../source/view/theme.js';

const chalk = new Chalk({level: 1});
const NONE = createTheme({level: 0, color: false});
const STYLES = createTheme({level: 1, color: false});
const COLOUR = createTheme({level: 1, color: true});

describe('the theme', () => {
	it('NO_COLOR with any value turns colour off', () => {
		expect(colorWanted({})).toBe(true);
		expect(colorWanted({NO_COLOR: ''})).toBe(true);
		expect(colorWanted({NO_COLOR: '1'})).toBe(false);
	});

	it('colour is used only where the terminal has styles and colour is wanted', () => {
		expect([NONE.color, STYLES.color, COLOUR.color]).toEqual([false, false, true]);
	});

	it('a tag is in inverse video, or in brackets without styles', () => {
		expect(STYLES.tag('DRAFT')).toBe(chalk.inverse(' DRAFT '));
		expect(NONE.tag('DRAFT')).toBe('[DRAFT]');
	});

	it('the accent is bold cyan, or bold without colour', () => {
		expect(COLOUR.accent('Quotes')).toBe(chalk.cyan.bold('Quotes'));
		expect(STYLES.accent('Quotes')).toBe(chalk.bold('Quotes'));
	});

	it('quoted words in a paragraph: on yellow, in inverse video without colour, in brackets without styles', () => {
		expect(COLOUR.highlight('veto')).toBe(chalk.black.bgYellow('veto'));
		expect(STYLES.highlight('veto')).toBe(chalk.inverse('veto'));
		expect(NONE.highlight('veto')).toBe('[veto]');
	});

	it('a search match is in inverse video, and unmarked without styles', () => {
		expect(STYLES.match('veto')).toBe(chalk.inverse('veto'));
		expect(NONE.match('veto')).toBe('veto');
	});

	it('a quote in the article is in its side’s colour, bold without colour, plain without styles', () => {
		const red = (text: string) => chalk.red(text);
		expect(COLOUR.inArticle(red, 'words')).toBe(chalk.red('words'));
		expect(STYLES.inArticle(red, 'words')).toBe(chalk.bold('words'));
		expect(NONE.inArticle(red, 'words')).toBe('words');
	});

	it('only web addresses become hyperlinks, and only where the terminal takes them', () => {
		const linking = createTheme({level: 1, color: false, hyperlinks: true});
		expect(linking.link('https://a.test/x', 'a.test')).toBe(
			'\u001B]8;;https://a.test/x\u001B\\a.test\u001B]8;;\u001B\\',
		);
		expect(linking.link('file:///etc/passwd', 'f')).toBe('f');
		expect(linking.link('https://a.test/x y', 'f')).toBe('f');
		expect(STYLES.link('https://a.test/x', 'a.test')).toBe('a.test');
	});

	it('agreement: a symbol and a word, in green, yellow or red; unclear uncoloured', () => {
		const painted = (agreement: 'agree' | 'partial' | 'disagree' | 'unclear') => {
			const {symbol, label, paint} = COLOUR.agreement(agreement);
			return [symbol, label, paint('x')];
		};
		expect(painted('agree')).toEqual(['✓', 'agree', chalk.green('x')]);
		expect(painted('partial')).toEqual(['≈', 'partial', chalk.yellow('x')]);
		expect(painted('disagree')).toEqual(['✗', 'disagree', chalk.red('x')]);
		expect(painted('unclear')).toEqual(['?', 'unclear', 'x']);
		expect(STYLES.agreement('agree').paint('x')).toBe('x');
	});

	it('sides: parties in turn through the party colours, observers in gray, each with its own fill pattern', () => {
		const sides: Side[] = [
			{id: 'nato', name: 'NATO'},
			{id: 'press', name: 'Reporters', kind: 'observer'},
			{id: 'russia', name: 'Russia'},
		];
		const styles = COLOUR.sides(sides);
		expect([...styles.keys()]).toEqual(['nato', 'press', 'russia']);
		expect(styles.get('nato')).toMatchObject({id: 'nato', name: 'NATO', observer: false, pattern: '█'});
		expect(styles.get('press')).toMatchObject({observer: true, pattern: '▓'});
		expect(styles.get('russia')?.pattern).toBe('▒');
		expect(styles.get('nato')?.paint('x')).toBe(chalk[PARTY_COLORS[0]!]('x'));
		expect(styles.get('press')?.paint('x')).toBe(chalk.gray('x'));
		expect(styles.get('russia')?.paint('x')).toBe(chalk[PARTY_COLORS[1]!]('x'));
		expect(STYLES.sides(sides).get('nato')?.paint('x')).toBe('x');
	});

	it('more parties than colours: the colours come round again, the patterns too', () => {
		const many: Side[] = Array.from({length: 7}, (_, index) => ({id: `s${index}`, name: `Side ${index}`}));
		const styles = COLOUR.sides(many);
		expect(styles.get('s6')?.paint('x')).toBe(chalk[PARTY_COLORS[0]!]('x'));
		expect(styles.get('s6')?.pattern).toBe('█');
	});

	it('a quote’s kind is dimmed; bold, dim, italic and inverse are the terminal’s', () => {
		expect(STYLES.kind('reported')).toBe(chalk.dim('reported'));
		expect(STYLES.quoted('w')).toBe(chalk.bold('w'));
		expect([STYLES.bold('w'), STYLES.dim('w'), STYLES.italic('w'), STYLES.inverse('w')]).toEqual([
			chalk.bold('w'),
			chalk.dim('w'),
			chalk.italic('w'),
			chalk.inverse('w'),
		]);
		expect(NONE.bold('w')).toBe('w');
	});
});
