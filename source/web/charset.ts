// Turning a page's bytes into text: the charset from the BOM, then the Content-Type header, then a
// <meta charset> or <meta http-equiv> in the first 1024 bytes (the HTML standard's prescan), else UTF-8,
// falling back to windows-1252 when the bytes are not valid UTF-8 (as browsers do for legacy pages).
// Node's TextDecoder (full ICU) knows the WHATWG encodings: windows-1252, Shift_JIS, GB18030, EUC-KR, …

import {isUtf8} from 'node:buffer';

export type Decoded = {readonly text: string; readonly charset: string};

/** The charset a Content-Type names ("text/html; charset=Shift_JIS"), lower-cased. */
export function charsetOfContentType(contentType: string | undefined): string | undefined {
	const match = /;\s*charset\s*=\s*("?)([^";\s]+)\1/i.exec(contentType ?? '');
	return match?.[2]?.toLowerCase();
}

function bomCharset(bytes: Uint8Array): {charset: string; length: number} | undefined {
	if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return {charset: 'utf-8', length: 3};
	if (bytes[0] === 0xff && bytes[1] === 0xfe) return {charset: 'utf-16le', length: 2};
	if (bytes[0] === 0xfe && bytes[1] === 0xff) return {charset: 'utf-16be', length: 2};
	return undefined;
}

/** A charset declared in the document itself: <meta charset>, <meta http-equiv content-type>, or <?xml encoding?>. */
export function declaredCharset(bytes: Uint8Array): string | undefined {
	const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 1024)).toString('latin1');
	const xml = /^\s*<\?xml[^>]*\bencoding\s*=\s*["']([\w.:-]+)["']/i.exec(head);
	if (xml) return xml[1]!.toLowerCase();
	for (const meta of head.matchAll(/<meta\b[^>]*>/gi)) {
		const tag = meta[0];
		const direct = /\bcharset\s*=\s*["']?([\w.:-]+)/i.exec(tag);
		if (direct && !/http-equiv/i.test(tag)) return direct[1]!.toLowerCase();
		if (/http-equiv\s*=\s*["']?content-type/i.test(tag)) {
			const inContent = /content\s*=\s*["'][^"']*charset\s*=\s*([\w.:-]+)/i.exec(tag);
			if (inContent) return inContent[1]!.toLowerCase();
		}
	}
	return undefined;
}

type Decoder = {readonly encoding: string; decode(bytes: Uint8Array): string};

/**
 * Windows-1252's bytes 0x80–0x9F (curly quotes, dashes, €, …). Node 20's TextDecoder decodes "windows-1252"
 * (and its alias "iso-8859-1", as the web does) as Latin-1, leaving C1 controls where the quotes were.
 */
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

function decoder(charset: string): Decoder | undefined {
	let found: InstanceType<typeof TextDecoder>;
	try {
		found = new TextDecoder(charset);
	} catch {
		return undefined;
	}
	if (found.encoding !== 'windows-1252') return found;
	return {
		encoding: found.encoding,
		decode: bytes => found.decode(bytes).replace(/[\u0080-\u009f]/g, char => CP1252_HIGH[char.charCodeAt(0) - 0x80]!),
	};
}

/**
 * Decodes a page or feed. `headerCharset` is the Content-Type's; a BOM wins over it (as in browsers), and a
 * document's own declaration is used when the header names none or names one that does not exist.
 */
export function decodePage(bytes: Uint8Array, headerCharset?: string): Decoded {
	const bom = bomCharset(bytes);
	if (bom) {
		const text = new TextDecoder(bom.charset).decode(bytes.subarray(bom.length));
		return {text, charset: bom.charset};
	}
	const valid = isUtf8(bytes);
	for (const charset of [headerCharset, declaredCharset(bytes)]) {
		if (!charset) continue;
		// A page served as UTF-16 but declaring it in ASCII cannot be: the declaration is read as UTF-8 (HTML standard).
		const named = /^utf-?16/.test(charset) && charset !== headerCharset ? 'utf-8' : charset;
		const found = decoder(named);
		// A page that says UTF-8 but is not (a server's default header over a legacy page): try the next declaration,
		// then windows-1252, rather than fill the text with U+FFFD.
		if (found?.encoding === 'utf-8' && !valid) continue;
		if (found) return {text: found.decode(bytes), charset: found.encoding};
	}
	if (valid) return {text: new TextDecoder('utf-8').decode(bytes), charset: 'utf-8'};
	return {text: decoder('windows-1252')!.decode(bytes), charset: 'windows-1252'};
}
