const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const MONTHS_LONG = [
	'January',
	'February',
	'March',
	'April',
	'May',
	'June',
	'July',
	'August',
	'September',
	'October',
	'November',
	'December',
];

/** Shown where a story's publication date would be when the article does not state one. */
export const UNKNOWN_DATE = 'date unknown';

/**
 * "2022-01-12" → "12 Jan 2022", "2019-07" → "Jul 2019", "2002" → "2002" (long: "12 January 2022"); no date:
 * "date unknown".
 */
export function formatDate(date: string | undefined, style: 'short' | 'long' = 'short'): string {
	if (date === undefined) return UNKNOWN_DATE;
	const [year, month, day] = date.split('-');
	const names = style === 'long' ? MONTHS_LONG : MONTHS;
	const monthName = month ? names[Number(month) - 1] : undefined;
	if (!monthName) return year ?? date;
	return day ? `${Number(day)} ${monthName} ${year}` : `${monthName} ${year}`;
}
