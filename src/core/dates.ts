// RFC 850 (Sunday, 06-Nov-94 08:49:37 GMT) and asctime (Sun Nov  6 08:49:37 1994), the two
// obsolete HTTP date formats, captured so they can be rewritten as an IMF-fixdate.
const RFC_850 =
  /^(Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day, (\d\d)-([A-Z][a-z]{2})-(\d\d) (\d\d:\d\d:\d\d) GMT$/;
const ASCTIME = /^([A-Z][a-z]{2}) ([A-Z][a-z]{2}) ([ \d]\d) (\d\d:\d\d:\d\d) (\d{4})$/;

/**
 * An HTTP date in one of the three formats HTTP allows (RFC 9110, section 5.6.7) as epoch
 * milliseconds; `NaN` for anything else.
 */
export function parseHttpDate(text: string, now = Date.now()): number {
  let fixdate = text;
  const rfc850 = RFC_850.exec(text);
  const asctime = ASCTIME.exec(text);
  if (rfc850) {
    const [, day = '', date, month, year, time] = rfc850;
    // A two-digit year is in the century that puts it at most 50 years ahead of now.
    const thisYear = new Date(now).getUTCFullYear();
    let fullYear = thisYear - (thisYear % 100) + Number(year);
    if (fullYear > thisYear + 50) fullYear -= 100;
    fixdate = `${day.slice(0, 3)}, ${date} ${month} ${fullYear} ${time} GMT`;
  } else if (asctime) {
    const [, day, month, date = '', time, year] = asctime;
    fixdate = `${day}, ${date.replace(' ', '0')} ${month} ${year} ${time} GMT`;
  }
  // An IMF-fixdate is exactly what toUTCString() writes: one that does not come back the same
  // (a wrong day name, 31 Feb, 25:00, another zone, extra text) is not a date.
  const time = Date.parse(fixdate);
  return new Date(time).toUTCString() === fixdate ? time : Number.NaN;
}
