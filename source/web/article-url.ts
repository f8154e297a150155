// One article, however its link is written: the key by which drafts, feeds and merges know an article again.

/** A URL as a key for "the same article": without tracking parameters (utm_…, fbclid, gclid) and fragment. */
export function sameArticle(url: string): string {
	try {
		const parsed = new URL(url);
		parsed.hash = '';
		for (const name of [...parsed.searchParams.keys()])
			if (/^(?:utm_\w+|fbclid|gclid|mc_cid|mc_eid|ocid|cmpid)$/i.test(name)) parsed.searchParams.delete(name);
		return parsed.href;
	} catch {
		return url;
	}
}
