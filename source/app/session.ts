import path from 'node:path';
import type {Library} from '../model/library.js';
import type {LoadResult} from '../model/load.js';
import {describeProblem} from '../model/problems.js';
import {sanitizeLine} from '../model/sanitize.js';
import type {Briefing} from '../model/schema.js';
import {
	atTopLevel,
	clampTo,
	clickOn,
	type NavState,
	navigate,
	type StartAt,
	scrollDetail,
	startState,
	typeInSearch,
} from '../navigation/dashboard.js';
import {type Command, commandFor, type KeyState} from '../navigation/keymap.js';
import {PANE_IDS} from '../navigation/panes.js';
import {
	initialPickerState,
	navigatePicker,
	type PickerState,
	pickerQuery,
	typeInPickerSearch,
} from '../navigation/picker.js';
import {loadSearchEngine, StoryIndex} from '../search/library-index.js';
import {buildDashboardModel, type DashboardModel, type StorySize} from '../view/dashboard-model.js';
import {createFrameViews, type FrameView, type FrameViews} from '../view/frame-view.js';
import {computeLayout, type Layout} from '../view/layout.js';
import {createPickerViews, type PickerListing, type PickerViews} from '../view/picker-view.js';
import {citation} from '../view/quotes-view.js';
import {counted, fit} from '../view/text.js';
import type {Theme} from '../view/theme.js';
import type {MouseEvent} from './keys.js';

// The running program, whatever draws it: which screen is up (a story's dashboard, or the story
// picker), where the user is on it, and the views of it at the terminal's size. Key presses go in,
// frames come out, and whoever draws is told when the frame changes. Before Ink has loaded, the
// program draws these frames itself (see commands/open.tsx); Ink then draws the same session.

export type Size = {readonly columns: number; readonly rows: number};

export type Opening =
	| {
			readonly briefing: Briefing;
			readonly initial?: StartAt;
			readonly storySize?: StorySize;
			/** The file the briefing was read from: what `r` reads again. */
			readonly file?: string;
	  }
	| {readonly library: Library; readonly initial?: StartAt; readonly hint?: string};

export type SessionOptions = {
	readonly theme: Theme;
	readonly styled: boolean;
	readonly size: Size;
	/** Opens a story's source (`o`); resolves with what to tell the user. Without it, `o` does nothing. */
	readonly openSource?: (url: string) => Promise<string>;
	/**
	 * Puts a quote with its attribution on the clipboard (`y`); returns what to tell the user. Without it, the
	 * footer shows what would have been copied.
	 */
	readonly copy?: (text: string) => string;
	/**
	 * Makes the picker's search index. Without it, MiniSearch is loaded when `/` is first pressed in the picker (not
	 * at start-up), and the index made then.
	 */
	readonly storyIndex?: (files: readonly string[]) => StoryIndex;
	/** Reads and checks a briefing file (`r` on a story opened from a file); without it, `r` there says it cannot. */
	readonly load?: (file: string) => LoadResult;
};

/** Lines a turn of the mouse wheel scrolls. */
const WHEEL_LINES = 3;

/** Libraries this small are read into the search index at once, the first time `/` is pressed in the picker. */
const INDEX_AT_ONCE_MS = 40;

/** What the terminal shows now: a frame, or the message that it is too small for one. */
export type Shown =
	| {readonly kind: 'frame'; readonly view: FrameView}
	| {readonly kind: 'tooSmall'; readonly size: Size};

type Story = {
	readonly briefing: Briefing;
	readonly nav: NavState;
	/** The picker's selection it was opened from; undefined when the program opened on this story. */
	readonly fromPicker?: number;
	/** Where `r` reads the story again from: its file, or its place in the library. */
	readonly file?: string;
	readonly libraryIndex?: number;
};

export class Session {
	readonly theme: Theme;
	readonly styled: boolean;
	private readonly opening: Opening;
	private readonly library: Library | undefined;
	private readonly initial: StartAt | undefined;
	private currentSize: Size;
	private layout: Layout;
	private story: Story | undefined;
	private picker: PickerState = initialPickerState;
	private notice: string | undefined;
	/** What `o` did, shown in the story's footer until the next key. */
	private storyNotice: string | undefined;
	private readonly openSource: SessionOptions['openSource'];
	private readonly copyText: SessionOptions['copy'];
	/** The picker's search index, made the first time `/` is pressed there. */
	private storyIndex: StoryIndex | undefined;
	private readonly makeStoryIndex: SessionOptions['storyIndex'];
	private readonly load: SessionOptions['load'];
	private loadingIndex = false;
	private listing: {text: string; indexed: number; listing: PickerListing | undefined} | undefined;
	private quitting = false;
	/** Bumped at every change: what `useSyncExternalStore` compares. */
	private revision = 0;
	private readonly listeners = new Set<() => void>();
	private models = new WeakMap<Briefing, DashboardModel>();
	/** What `warmStep` has prepared, per set of views. */
	private readonly warmed = new WeakMap<FrameViews, Set<string>>();
	private storyViews = new WeakMap<Briefing, {layout: Layout; views: FrameViews}>();
	private pickerViews: {layout: Layout; views: PickerViews} | undefined;
	/** A large briefing opened from a preview: the story's size, until the whole briefing replaces it. */
	private preview: {readonly briefing: Briefing; readonly size: StorySize} | undefined;

	constructor(opening: Opening, options: SessionOptions) {
		this.theme = options.theme;
		this.styled = options.styled;
		this.currentSize = options.size;
		this.layout = computeLayout(options.size.columns, options.size.rows);
		this.opening = opening;
		this.openSource = options.openSource;
		this.copyText = options.copy;
		this.makeStoryIndex = options.storyIndex;
		this.load = options.load;
		this.initial = opening.initial;
		if ('library' in opening) this.library = opening.library;
		else {
			if (opening.storySize) this.preview = {briefing: opening.briefing, size: opening.storySize};
			this.story = {
				briefing: opening.briefing,
				nav: startState(this.modelOf(opening.briefing), opening.initial),
				...(opening.file === undefined ? {} : {file: opening.file}),
			};
		}
	}

	/** The terminal's size the frames are made for. */
	get size(): Size {
		return this.currentSize;
	}

	/** Whether the story picker is up (not a story). */
	get showsPicker(): boolean {
		return this.story === undefined;
	}

	/** Whether the user has asked to quit. */
	get quit(): boolean {
		return this.quitting;
	}

	/** A number that changes whenever what is shown may have changed. */
	get version(): number {
		return this.revision;
	}

	/** Calls `listener` after every change; returns the function that stops it. */
	subscribe = (listener: () => void): (() => void) => {
		this.listeners.add(listener);
		return () => this.listeners.delete(listener);
	};

	/** What to draw now. */
	shown(): Shown {
		if (this.layout.tooSmall) return {kind: 'tooSmall', size: this.currentSize};
		if (this.story) {
			const view = this.viewsOf(this.story.briefing).frame(this.story.nav);
			const notice = this.storyNotice;
			return {
				kind: 'frame',
				view: notice ? {...view, footer: fit(this.theme.dim(notice), this.currentSize.columns)} : view,
			};
		}
		return {kind: 'frame', view: this.pickerViewsNow().frame(this.picker, this.notice, this.pickerListing())};
	}

	/**
	 * One key press, as Ink's useInput reports it. While a search prompt is open, keys are text (Ctrl+C still
	 * quits); else the key table says which command a key is.
	 */
	press(input: string, key: KeyState): void {
		if (this.quitting) return;
		const command = commandFor(input, key);
		const typing = this.story ? this.story.nav.search.prompt.open : this.picker.search.prompt.open && !this.picker.help;
		if (!typing) {
			if (command) this.command(command);
			return;
		}
		if (command === 'quit' && key.ctrl) this.command('quit');
		else if (this.story) this.typeInStory(this.story, input, key);
		else this.typeInPicker(input, key, command);
	}

	/** One command, from a key or elsewhere. */
	command(command: Command): void {
		if (this.quitting) return;
		if (command === 'quit') {
			this.quitting = true;
			this.changed();
			return;
		}
		if (this.story) this.storyCommand(this.story, command);
		else this.pickerCommand(command);
	}

	/**
	 * A mouse report (`--mouse`): the wheel scrolls what scrolls (in the picker, the selection), a click selects a tab,
	 * a speaker, a topic or a story, and a click on what is already selected opens it, as Enter does.
	 */
	mouse(event: MouseEvent): void {
		if (this.quitting || this.layout.tooSmall) return;
		const typing = this.story ? this.story.nav.search.prompt.open : this.picker.search.prompt.open;
		if (typing || event.kind === 'release' || (event.kind === 'press' && event.button !== 0)) return;
		const lines = event.kind === 'wheelUp' ? -WHEEL_LINES : WHEEL_LINES;
		if (this.story) {
			const story = this.story;
			const views = this.viewsOf(story.briefing);
			let nav = story.nav;
			if (event.kind === 'press') {
				const target = views.hitAt(nav, event.column, event.row);
				if (!target) return;
				const again =
					('speaker' in target &&
						nav.pane === 'quotes' &&
						nav.quotes.focus === 'speakers' &&
						nav.quotes.speaker === target.speaker) ||
					('topic' in target &&
						nav.pane === 'positions' &&
						nav.positions.focus === 'topics' &&
						nav.positions.topic === target.topic);
				if (again) {
					this.command('open');
					return;
				}
				nav = clickOn(nav, target);
			} else nav = scrollDetail(nav, lines, views.limits(nav));
			if (nav === story.nav) return;
			this.storyNotice = undefined;
			this.story = {...story, nav};
			this.changed();
			return;
		}
		const listing = this.pickerListing();
		if (event.kind === 'press') {
			const story = this.pickerViewsNow().hitAt(this.picker, event.row, listing);
			if (story === undefined) return;
			if (story === this.picker.selected && !this.picker.help) {
				this.command('open');
				return;
			}
			this.picker = {...this.picker, selected: story};
		} else {
			const count = listing ? listing.found.length : this.library!.size;
			const selected = Math.max(0, Math.min(count - 1, this.picker.selected + Math.sign(lines)));
			if (selected === this.picker.selected) return;
			this.picker = {...this.picker, selected};
		}
		this.changed();
	}

	/** The terminal's new size: the views are made again for it. */
	resize(size: Size): void {
		if (size.columns === this.currentSize.columns && size.rows === this.currentSize.rows) return;
		this.currentSize = size;
		this.layout = computeLayout(size.columns, size.rows);
		this.changed();
	}

	/**
	 * A session of its own in this one's state, sharing what has been computed: for drawing the other
	 * panes once where nobody sees them (so that drawing them later is as quick as drawing them again).
	 */
	copy(): Session {
		// A copy opens nothing: it is only drawn.
		const copy = new Session(this.opening, {theme: this.theme, styled: this.styled, size: this.currentSize});
		copy.story = this.story;
		copy.picker = this.picker;
		copy.preview = this.preview;
		copy.models = this.models;
		copy.storyViews = this.storyViews;
		copy.pickerViews = this.pickerViews;
		return copy;
	}

	/** Computes now what the other panes of the story will show, while nobody is typing. */
	warm(): void {
		if (this.story && !this.layout.tooSmall) this.viewsOf(this.story.briefing).warm(this.story.nav);
	}

	/**
	 * Prepares, while nobody types, one more thing the next key may show: first the story's other panes,
	 * then what is one key away from where the user is (the next and previous speaker or topic). A large
	 * briefing's panes take long enough that a key should not wait for all of them at once. Returns
	 * whether it prepared anything (call it again until it does not).
	 */
	warmStep(): boolean {
		// The picker's search reads a large library a few stories at a time, the list narrowing as it goes.
		if (!this.story && this.storyIndex && !this.storyIndex.complete) {
			this.storyIndex.indexSome();
			if (pickerQuery(this.picker).trim() !== '') this.changed();
			return true;
		}
		if (!this.story || this.layout.tooSmall) return false;
		const {nav} = this.story;
		const views = this.viewsOf(this.story.briefing);
		// With the search prompt open, what it looks through comes first.
		if (nav.search.prompt.open && views.warmSearch()) return true;
		const warmed = this.warmed.get(views) ?? new Set<string>([`pane:${nav.pane}`]);
		this.warmed.set(views, warmed);
		const pane = PANE_IDS.find(id => !warmed.has(`pane:${id}`));
		if (pane !== undefined) {
			views.warmPane(nav, pane);
			warmed.add(`pane:${pane}`);
			return true;
		}
		for (const command of ['down', 'up'] as const) {
			const next = navigate(nav, command, views.limits(nav));
			const key = JSON.stringify([next.pane, next.quotes, next.positions, next.help]);
			if (next === nav || warmed.has(key)) continue;
			warmed.add(key);
			views.frame(next);
			return true;
		}
		return false;
	}

	/** The whole briefing, once a previewed one has been checked in full: the same story, every pane. */
	complete(briefing: Briefing): void {
		if (!this.story) return;
		this.story = {...this.story, briefing};
		this.changed();
	}

	private typeInStory(story: Story, input: string, key: KeyState): void {
		const nav = typeInSearch(story.nav, input, key, this.viewsOf(story.briefing).limits(story.nav));
		if (nav === story.nav) return;
		this.storyNotice = undefined;
		this.story = {...story, nav};
		this.changed();
	}

	private typeInPicker(input: string, key: KeyState, command: Command | undefined): void {
		const hadNotice = this.notice !== undefined;
		this.notice = undefined;
		const picker = typeInPickerSearch(this.picker, input, key, this.pickerLimits(), command);
		if (picker === this.picker && !hadNotice) return;
		this.picker = picker;
		this.changed();
	}

	/** The picker's search index, made (its module loaded first, where it was not given) and read in part. */
	private startIndex(library: Library): void {
		const begin = (make: (files: readonly string[]) => StoryIndex) => {
			this.storyIndex = make(library.files);
			this.storyIndex.indexSome(INDEX_AT_ONCE_MS);
		};
		if (this.makeStoryIndex) begin(this.makeStoryIndex);
		else if (!this.loadingIndex) {
			this.loadingIndex = true;
			void loadSearchEngine().then(() => {
				begin(files => new StoryIndex(files));
				this.changed();
			});
		}
	}

	/** The list the picker's search has narrowed to, or undefined for the whole list. */
	private pickerListing(): PickerListing | undefined {
		const text = pickerQuery(this.picker);
		const index = this.storyIndex;
		if (!index || text.trim() === '') return undefined;
		if (this.listing?.text !== text || this.listing.indexed !== index.indexed)
			this.listing = {
				text,
				indexed: index.indexed,
				listing: {found: index.find(text), indexed: index.indexed, total: index.size},
			};
		return this.listing.listing;
	}

	private pickerLimits() {
		return this.pickerViewsNow().limits(this.picker, this.pickerListing());
	}

	/** `y`: the selected quote with its attribution, to the clipboard (or, without one, to the footer). */
	private copyQuote(story: Story): void {
		const quote = this.viewsOf(story.briefing).selectedQuote(story.nav);
		if (!quote) this.storyNotice = 'y copies a quote: choose one in Quotes (Enter) or open a topic in Positions';
		else {
			const text = citation(this.modelOf(story.briefing), quote);
			this.storyNotice = this.copyText
				? this.copyText(text)
				: `not copied (no clipboard here); select it with the mouse: ${text}`;
		}
		this.changed();
	}

	/** `r`: the story read again from its file, the place in it kept; a file that no longer loads changes nothing. */
	private reload(story: Story): void {
		let result: LoadResult | undefined;
		if (story.libraryIndex !== undefined && this.library) result = this.library.open(story.libraryIndex);
		else if (story.file !== undefined && this.load) result = this.load(story.file);
		if (!result) this.storyNotice = 'nothing to reload: this story was not read from a file';
		else if (!result.ok) {
			const first = result.problems[0];
			this.storyNotice = `not reloaded, the file no longer loads: ${first ? describeProblem(first) : 'unreadable'}`;
		} else {
			const {briefing} = result;
			if (this.preview?.briefing === story.briefing) this.preview = undefined;
			const model = this.modelOf(briefing);
			const nav = clampTo(story.nav, {
				speakers: model.speakers.length,
				quotesOf: speaker => model.speakers[speaker]?.count ?? 0,
				topics: model.topics.length,
				paragraphs: briefing.paragraphs.length,
			});
			this.story = {...story, briefing, nav};
			const {size} = model;
			this.storyNotice = `reloaded: ${[counted(size.speakers, 'speaker'), counted(size.quotes, 'quote'), counted(size.topics, 'topic')].join(', ')}`;
		}
		this.changed();
	}

	private storyCommand(story: Story, command: Command): void {
		if (this.storyNotice !== undefined) {
			this.storyNotice = undefined;
			this.changed();
		}
		if (command === 'copy' || command === 'reload') {
			if (command === 'copy') this.copyQuote(story);
			else this.reload(story);
			return;
		}
		if (command === 'openSource') {
			const {url} = story.briefing.source;
			if (url && this.openSource)
				void this.openSource(url).then(message => {
					if (this.story !== story) return;
					this.storyNotice = message;
					this.changed();
				});
			return;
		}
		if (command === 'back' && story.fromPicker !== undefined && atTopLevel(story.nav)) {
			this.story = undefined;
			this.picker = {...this.picker, selected: story.fromPicker};
			this.changed();
			return;
		}
		const nav = navigate(story.nav, command, this.viewsOf(story.briefing).limits(story.nav));
		if (nav === story.nav) return;
		this.story = {...story, nav};
		this.changed();
	}

	private pickerCommand(command: Command): void {
		const library = this.library!;
		const hadNotice = this.notice !== undefined;
		this.notice = undefined;
		if (command === 'search' && !this.picker.help && !this.storyIndex) this.startIndex(library);
		if (command === 'open' && !this.picker.help) {
			const selected = this.picker.selected;
			const listing = this.pickerListing();
			const index = listing ? listing.found[selected] : selected;
			const result = index === undefined ? undefined : library.open(index);
			if (result?.ok) {
				const nav = startState(this.modelOf(result.briefing), this.initial);
				this.story = {briefing: result.briefing, nav, fromPicker: selected, libraryIndex: index!};
				this.changed();
			} else if (result) {
				const file = sanitizeLine(shorterPath(library.files[index!] ?? ''));
				this.notice = `cannot open ${path.basename(file)}: \`briefing validate ${file}\` shows why`;
				this.changed();
			} else if (hadNotice) this.changed();
			return;
		}
		const picker = navigatePicker(this.picker, command, this.pickerLimits());
		if (picker === this.picker && !hadNotice) return;
		this.picker = picker;
		this.changed();
	}

	/** What the panes of a story show, derived once per story. */
	private modelOf(briefing: Briefing): DashboardModel {
		let model = this.models.get(briefing);
		if (!model) {
			model = buildDashboardModel(briefing, this.theme);
			// A preview (a large briefing not yet checked in full) has no speakers or quotes yet, only their number.
			if (this.preview?.briefing === briefing) model = {...model, size: this.preview.size};
			this.models.set(briefing, model);
		}
		return model;
	}

	/** A story's views at the current size, made once per story and size. */
	private viewsOf(briefing: Briefing): FrameViews {
		const made = this.storyViews.get(briefing);
		if (made?.layout === this.layout) return made.views;
		const canLeave = this.library !== undefined;
		const views = createFrameViews(this.modelOf(briefing), this.layout, this.styled, canLeave);
		this.storyViews.set(briefing, {layout: this.layout, views});
		return views;
	}

	private pickerViewsNow(): PickerViews {
		if (!this.pickerViews || this.pickerViews.layout !== this.layout)
			this.pickerViews = {
				layout: this.layout,
				views: createPickerViews(
					this.library!,
					this.layout,
					this.theme,
					'hint' in this.opening ? this.opening.hint : undefined,
				),
			};
		return this.pickerViews.views;
	}

	private changed(): void {
		this.revision++;
		for (const listener of [...this.listeners]) listener();
	}
}

/** A file's path as the user can type it from here: relative to the working folder when that is shorter. */
function shorterPath(file: string): string {
	const relative = path.relative(process.cwd(), file);
	return relative.length < file.length ? relative : file;
}
