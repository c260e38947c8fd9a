/**
 * Dates in the content are ISO strings, so they compare as text. A partial
 * date ("1994", "2027-12") names a period in which the event happened: it
 * counts as passed only once the whole period has ended.
 */

/** Whether `date` has come by `asOf`: an exact date on that day, a partial date once the whole year or month has ended. */
export function hasCome(date: string, asOf: string): boolean {
  return date.length === 10 ? date <= asOf : date < asOf.slice(0, date.length);
}
