//! Publication dates from a leading dateline (`WASHINGTON, March 26 -`), for articles whose
//! source gives none.

use chrono::NaiveDate;
use regex::Regex;
use std::sync::LazyLock;

/// `CITY[, Region], Month Day[, Year] -`, at the very start of the body. The city is in capitals,
/// as wire copy writes it; the dash (or a parenthesized agency name) closes the dateline.
static DATELINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?x)^\s*
        [A-Z][A-Z.'’\ -]{1,40}(?:,\ [A-Z][A-Za-z.'’\ -]{1,30})?,\s+
        (?:[A-Z][a-z]+day,?\s+)?
        (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+
        (\d{1,2})(?:,\s*(\d{4}))?
        \s*(?:\([^)]{1,30}\)\s*)?[-–—]",
    )
    .expect("the dateline pattern is valid")
});

/// A four-digit year in running text, for a dateline that gives none.
static YEAR: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\b(1[89]\d\d|20\d\d)\b").expect("the year pattern is valid"));

/// The date of a leading dateline. Without a year in it, the year is the first one the article
/// names (as for headings without a year, see the design); with none at all, there is no date.
pub fn dateline_date(body: &str) -> Option<NaiveDate> {
    let head = body.get(..body.len().min(200)).or_else(|| body.get(..))?;
    let caps = DATELINE.captures(head.trim_start())?;
    let month = match caps.get(1)?.as_str() {
        "Jan" => 1,
        "Feb" => 2,
        "Mar" => 3,
        "Apr" => 4,
        "May" => 5,
        "Jun" => 6,
        "Jul" => 7,
        "Aug" => 8,
        "Sep" => 9,
        "Oct" => 10,
        "Nov" => 11,
        _ => 12,
    };
    let day: u32 = caps.get(2)?.as_str().parse().ok()?;
    let year: i32 = match caps.get(3) {
        Some(y) => y.as_str().parse().ok()?,
        None => YEAR.captures(body)?.get(1)?.as_str().parse().ok()?,
    };
    NaiveDate::from_ymd_opt(year, month, day)
}

#[cfg(test)]
mod tests {
    use super::dateline_date;
    use chrono::NaiveDate;

    #[test]
    fn datelines_give_the_publication_date() {
        let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day);
        for (body, want) in [
            ("WASHINGTON, March 26, 2021 - The Senate voted.", d(2021, 3, 26)),
            ("NEW YORK, Oct. 3 (Reuters) - Stocks rose in 1987's busiest session.", d(1987, 10, 3)),
            ("SAN JUAN, Puerto Rico, Sept 14 — The storm hit in 2017.", d(2017, 9, 14)),
            ("LONDON, Tuesday, June 2 - Markets fell, 2015 figures showed.", d(2015, 6, 2)),
            // No year anywhere: no date rather than a guess.
            ("PARIS, May 5 - Talks resumed.", None),
            // Not a dateline.
            ("The minister said on March 26, 2021 - nothing.", None),
            ("WASHINGTON (Reuters) - No date here in 2020.", None),
            ("ROME, Feb 30, 2021 - Impossible day.", None),
        ] {
            assert_eq!(dateline_date(body), want, "{body}");
        }
    }
}
