import {STATUS_CODES} from 'node:http';
import {UserError} from '../model/problems.js';
import {sanitizeLine} from '../model/sanitize.js';
import {formatBytes} from '../model/text-file.js';
import {briefingVersion} from './version.js';

// Fetching a page or a feed with Node's own fetch: redirects followed by hand (at most five, a loop
// named as one), one deadline for the whole exchange, the body read up to a cap, and every failure
// turned into one line a user can act on: "URL: connection refused", "URL: HTTP 404 Not Found".

export const DEFAULT_TIMEOUT_MS = 15_000;
export const MAX_REDIRECTS = 5;
export const MAX_BODY_BYTES = 10 * 1024 * 1024;

export type FetchOptions = {
	readonly timeoutMs?: number;
	readonly maxBytes?: number;
	/** What the caller hopes for, for the Accept header: a page or a feed (default: either). */
	readonly accept?: string;
};

export type Fetched = {
	/** The URL asked for, and the one the content came from after redirects. */
	readonly requested: string;
	readonly url: string;
	readonly contentType: string | undefined;
	readonly bytes: Uint8Array;
	/** When the last response arrived (ISO 8601, UTC). */
	readonly retrieved: string;
};

const ACCEPT =
	'text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/feed+json,application/xml;q=0.9,text/plain;q=0.8,*/*;q=0.5';

/** `URL: cause`, with the URL made safe to print. */
export function webError(url: string, cause: string): UserError {
	return new UserError(`${showUrl(url)}: ${cause}`);
}

/** A URL as it may be printed: sanitised, and cut when absurdly long. */
export function showUrl(url: string): string {
	const clean = sanitizeLine(url);
	return clean.length > 200 ? `${clean.slice(0, 199)}…` : clean;
}

/** Whether a string is an http(s) URL (the only kind briefing fetches). */
export function isWebUrl(text: string): boolean {
	return /^https?:\/\//i.test(text) && URL.canParse(text);
}

const MEDIA = [
	[/^application\/pdf\b/, 'a PDF document'],
	[/^image\//, 'an image'],
	[/^audio\//, 'an audio file'],
	[/^video\//, 'a video'],
	[/^font\//, 'a font'],
	[/^application\/(?:zip|gzip|x-tar|x-7z-compressed|vnd\.rar|x-rar-compressed)\b/, 'an archive'],
	[/^application\/(?:msword|vnd\.openxmlformats|vnd\.ms-|vnd\.oasis)/, 'an office document'],
	[/^application\/octet-stream\b/, 'binary data'],
	[/^application\/(?:javascript|wasm)\b|^text\/(?:javascript|css)\b/, 'a script or style sheet'],
] as const;

/** Why a content type cannot be an article or a feed, or undefined when it may be one. */
export function unreadableContent(contentType: string | undefined, bytes: Uint8Array): string | undefined {
	const start = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 8)).toString('latin1');
	const sniffed = start.startsWith('%PDF-')
		? 'a PDF document'
		: start.startsWith('\x89PNG') || start.startsWith('GIF8') || start.startsWith('\xff\xd8\xff')
			? 'an image'
			: start.startsWith('PK\x03\x04')
				? 'an archive'
				: undefined;
	const type = (contentType ?? '').split(';')[0]!.trim().toLowerCase();
	const named = MEDIA.find(([pattern]) => pattern.test(type))?.[1];
	const what = sniffed ?? named;
	if (!what) return undefined;
	return `is ${what}${type ? ` (${sanitizeLine(type)})` : ''}, not a web page or a feed`;
}

/** What a network error means, in words. */
export function describeNetworkError(error: unknown, timeoutMs: number): string {
	const name = (error as {name?: string} | undefined)?.name;
	if (name === 'TimeoutError' || name === 'AbortError') return `timed out after ${formatSeconds(timeoutMs)}`;
	const cause = (error as {cause?: {code?: string; message?: string}} | undefined)?.cause;
	const code = cause?.code ?? (error as {code?: string} | undefined)?.code;
	switch (code) {
		case 'ENOTFOUND':
		case 'EAI_AGAIN':
		case 'EAI_NONAME':
		case 'EAI_FAIL':
			return 'cannot find the host (DNS lookup failed)';
		case 'ECONNREFUSED':
			return 'connection refused';
		case 'ECONNRESET':
		case 'UND_ERR_SOCKET':
			return 'the connection was closed by the server';
		case 'EHOSTUNREACH':
		case 'ENETUNREACH':
			return 'the host cannot be reached (no route)';
		case 'ETIMEDOUT':
		case 'UND_ERR_CONNECT_TIMEOUT':
		case 'UND_ERR_HEADERS_TIMEOUT':
		case 'UND_ERR_BODY_TIMEOUT':
			return `timed out after ${formatSeconds(timeoutMs)}`;
		case 'UND_ERR_INVALID_ARG':
			return 'not a URL that can be fetched';
		default:
			break;
	}
	if (code && /CERT|SSL|TLS|SELF_SIGNED/.test(code)) return `TLS error (${code})`;
	const message = cause?.message ?? (error instanceof Error ? error.message : String(error));
	return `cannot be fetched (${sanitizeLine(message) || 'network error'})`;
}

function formatSeconds(ms: number): string {
	return ms % 1000 === 0 ? `${ms / 1000} s` : `${(ms / 1000).toFixed(1)} s`;
}

async function readCapped(response: Response, url: string, maxBytes: number): Promise<Uint8Array> {
	const declared = Number(response.headers.get('content-length'));
	if (Number.isFinite(declared) && declared > maxBytes)
		throw webError(url, `the page is too large (${formatBytes(declared)}; the limit is ${formatBytes(maxBytes)})`);
	if (!response.body) return new Uint8Array();
	const chunks: Uint8Array[] = [];
	let size = 0;
	const reader = response.body.getReader();
	for (;;) {
		const {done, value} = await reader.read();
		if (done) break;
		size += value.byteLength;
		if (size > maxBytes) {
			await reader.cancel().catch(() => undefined);
			throw webError(url, `the page is too large (more than ${formatBytes(maxBytes)}, the limit)`);
		}
		chunks.push(value);
	}
	return Buffer.concat(chunks);
}

/**
 * GETs an http(s) URL. Resolves with the body of a 2xx response; anything else (a network failure, a
 * timeout, a redirect loop, an HTTP error, a body over the cap, a PDF or image) throws a UserError
 * whose message is one line naming the URL and the cause.
 */
export async function fetchPage(url: string, options: FetchOptions = {}): Promise<Fetched> {
	const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
	const maxBytes = options.maxBytes ?? MAX_BODY_BYTES;
	if (!isWebUrl(url)) throw webError(url, 'not an http(s) URL');
	const signal = AbortSignal.timeout(timeoutMs);
	const seen = new Set<string>();
	let current = new URL(url).href;
	for (let redirects = 0; ; redirects++) {
		seen.add(current);
		let response: Response;
		try {
			response = await fetch(current, {
				redirect: 'manual',
				signal,
				headers: {'user-agent': userAgent(), accept: options.accept ?? ACCEPT, 'accept-language': 'en;q=0.9, *;q=0.5'},
			});
		} catch (error) {
			throw webError(url, describeNetworkError(error, timeoutMs));
		}
		if (response.status >= 300 && response.status < 400 && response.headers.has('location')) {
			await response.body?.cancel().catch(() => undefined);
			const location = response.headers.get('location')!;
			let next: URL;
			try {
				next = new URL(location, current);
			} catch {
				throw webError(url, `redirected to an address that is not a URL (${sanitizeLine(location).slice(0, 80)})`);
			}
			if (next.protocol !== 'http:' && next.protocol !== 'https:')
				throw webError(url, `redirected to a ${sanitizeLine(next.protocol)} address; only http(s) is fetched`);
			if (seen.has(next.href)) throw webError(url, `redirect loop (${showUrl(next.href)} again)`);
			if (redirects >= MAX_REDIRECTS) throw webError(url, `too many redirects (more than ${MAX_REDIRECTS})`);
			current = next.href;
			continue;
		}
		if (response.status < 200 || response.status >= 300) {
			await response.body?.cancel().catch(() => undefined);
			const text = sanitizeLine(response.statusText) || STATUS_CODES[response.status] || 'error';
			throw webError(url, `HTTP ${response.status} ${text}`);
		}
		let bytes: Uint8Array;
		try {
			bytes = await readCapped(response, url, maxBytes);
		} catch (error) {
			if (error instanceof UserError) throw error;
			throw webError(url, describeNetworkError(error, timeoutMs));
		}
		const contentType = response.headers.get('content-type') ?? undefined;
		const unreadable = unreadableContent(contentType, bytes);
		if (unreadable) throw webError(url, unreadable);
		return {requested: url, url: current, contentType, bytes, retrieved: new Date().toISOString()};
	}
}

/** The User-Agent: briefing, its version, and what it is. */
export function userAgent(): string {
	return `briefing/${briefingVersion()} (terminal news-briefing dashboard; Node.js ${process.versions.node})`;
}
