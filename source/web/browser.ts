import {spawn as nodeSpawn} from 'node:child_process';

// Opening a story's source in the user's browser: $BROWSER, else the desktop's opener (xdg-open, open,
// rundll32), with the URL as one argument: never through a shell, and only for http(s) URLs.

export type Opener = {readonly command: string; readonly args: readonly string[]};

/** The program and arguments that open `url` on this platform, or a reason it cannot be opened. */
export function openerFor(
	url: string | undefined,
	platform: NodeJS.Platform = process.platform,
	env: NodeJS.ProcessEnv = process.env,
): Opener | {readonly problem: string} {
	if (!url) return {problem: 'this story has no source URL'};
	let parsed: URL;
	try {
		parsed = new URL(url);
	} catch {
		return {problem: 'the source URL is not a URL'};
	}
	if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return {problem: 'only http(s) URLs are opened'};
	const href = parsed.href;
	// $BROWSER names a program (the convention of Debian's sensible-browser and Python's webbrowser), not a shell line.
	const browser = env['BROWSER']?.split(':')[0]?.trim();
	if (browser) return {command: browser, args: [href]};
	if (platform === 'darwin') return {command: 'open', args: [href]};
	if (platform === 'win32') return {command: 'rundll32', args: ['url.dll,FileProtocolHandler', href]};
	return {command: 'xdg-open', args: [href]};
}

type Spawn = (
	command: string,
	args: readonly string[],
	options: object,
) => {
	once(event: 'spawn' | 'error', listener: (error?: NodeJS.ErrnoException) => void): unknown;
	unref(): void;
};

/** Starts the browser on `url`, detached and silent; resolves with what to tell the user. */
export function openInBrowser(url: string | undefined, spawn: Spawn = nodeSpawn as unknown as Spawn): Promise<string> {
	const opener = openerFor(url);
	if ('problem' in opener) return Promise.resolve(`cannot open the source: ${opener.problem}`);
	return new Promise(resolve => {
		let child: ReturnType<Spawn>;
		try {
			child = spawn(opener.command, opener.args, {detached: true, stdio: 'ignore', shell: false});
		} catch {
			resolve(`cannot open the source: ${opener.command} could not be started`);
			return;
		}
		child.once('spawn', () => resolve('opening the source in your browser'));
		child.once('error', error =>
			resolve(
				error?.code === 'ENOENT'
					? `cannot open the source: no ${opener.command} here (set $BROWSER)`
					: `cannot open the source: ${opener.command} failed`,
			),
		);
		child.unref();
	});
}
