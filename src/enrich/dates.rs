//! Date tagging: timeline headings, date expressions in running text, year inference, and the
//! event date of every passage.
//!
//! This module owns the whole path from text to [`DateSpan`]/[`DateMention`]: a byte-level
//! tokenizer, a hand-written grammar over its tokens (one scan of the text, no regex pass per
//! paragraph), resolution of underspecified expressions against the article, and the choice of
//! one event date per passage. It does not set the article's publication date (ingest reads
//! datelines and metadata), and it does no I/O.
//!
//! How an expression without a year gets one (see issue 3):
//! - A timeline heading takes the year that puts it nearest the previous dated passage of the
//!   article, else the publication date, else the first explicit year in the article: a
//!   `December:` after `Early January:` of 2022 is December 2021.
//! - Running text is placed near the publication date when there is one (news), else near the
//!   heading in force or the last date before it (a timeline read as narrative), else in the
//!   first explicit year. Among the candidate years around that anchor it takes the nearest, a
//!   candidate against the clause's tense counting `AGAINST_TENSE_DAYS` (240) farther. The tense is
//!   the nearest cue before the expression in its sentence (else after it): `will`, `would`,
//!   `scheduled`, `due`, `expects`, or a directly preceding `until`/`by`/`effective`/`payable`
//!   look ahead; `was`, `said`, other past forms and `since` look back; with no cue, reported
//!   news looks back. Weekdays follow the tense strictly: `on Friday` is the last Friday (or
//!   the publication day itself), `will meet on Friday` the next.
//! - Expressions relative to the publication date (`yesterday`, `last week`, `two days ago`)
//!   are dropped when there is no publication date: nothing anchors them.
//!
//! A passage's event date is its own heading's, else the heading above it (inherited until the
//! next date heading; a label that is no date changes nothing), else the first date of its text
//! that is not in a subordinate or participial clause, else none. A dateline is a mention but
//! never the event date; the publication date never is.

use crate::model::{DateMention, DateSource, DateSpan, Passage, Precision};
use chrono::{Datelike, Days, NaiveDate, Weekday};

/// The dates found for one passage.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct PassageDates {
    /// The event date of the passage (heading, inherited heading, or its own text).
    pub date: Option<DateSpan>,
    /// Every date expression in the passage's label and text, normalized.
    pub mentions: Vec<DateMention>,
}

/// Dates every passage of one article, in order. `published` anchors relative expressions
/// and year inference.
pub fn tag_dates(published: Option<NaiveDate>, passages: &[Passage]) -> Vec<PassageDates> {
    let mut article = ArticleState {
        dct: published,
        prev: None,
        heading: None,
        first_year: FirstYear::Unknown,
        quarter_context: false,
        last_year: None,
    };
    let mut toks = Vec::new();
    let mut out = Vec::with_capacity(passages.len());
    for passage in passages {
        out.push(article.tag_passage(passages, passage, &mut toks));
    }
    out
}

// ---------------------------------------------------------------------------------------------
// Article state and passage dating

/// The first explicit year of the article, computed only when some expression needs it.
#[derive(Clone, Copy)]
enum FirstYear {
    Unknown,
    Known(Option<i32>),
}

struct ArticleState {
    dct: Option<NaiveDate>,
    /// The last event date of the article: what a year-less heading is placed near.
    prev: Option<(NaiveDate, NaiveDate)>,
    /// The heading in force, inherited by passages without one of their own.
    heading: Option<DateSpan>,
    first_year: FirstYear,
    /// Whether the article has spoken of quarters: then `a year earlier` means the same
    /// quarter a year before (earnings reports), not the year before.
    quarter_context: bool,
    /// The last year the article named explicitly.
    last_year: Option<i32>,
}

/// A resolved span before it becomes a model type.
#[derive(Debug, Clone, PartialEq)]
struct Span {
    start: NaiveDate,
    end: NaiveDate,
    precision: Precision,
    label: String,
}

impl Span {
    fn to_date_span(&self, source: DateSource) -> DateSpan {
        DateSpan {
            start: self.start,
            end: self.end,
            precision: self.precision,
            label: self.label.clone(),
            source: Some(source),
        }
    }

    fn to_mention(&self, text: &str, offset: Option<usize>) -> DateMention {
        DateMention {
            text: text.to_string(),
            start: self.start,
            end: self.end,
            precision: self.precision,
            label: self.label.clone(),
            offset,
        }
    }
}

/// A mention found in running text, with what the event-date choice needs to know.
struct Found {
    span: Span,
    start: usize,
    end: usize,
    subordinate: bool,
    dateline: bool,
}

impl ArticleState {
    fn first_year(&mut self, passages: &[Passage]) -> Option<i32> {
        if let FirstYear::Known(y) = self.first_year {
            return y;
        }
        let mut toks = Vec::new();
        let mut found = None;
        'outer: for p in passages {
            for text in p.label.iter().map(String::as_str).chain([p.text.as_str()]) {
                tokenize(text, &mut toks);
                let parser = Parser { text, toks: &toks };
                let mut i = 0;
                while i < toks.len() {
                    if let Some((end, expr)) = parser.parse_at(i) {
                        if let Some(y) = expr.explicit_year() {
                            found = Some(y);
                            break 'outer;
                        }
                        i = end.max(i + 1);
                    } else {
                        i += 1;
                    }
                }
            }
        }
        self.first_year = FirstYear::Known(found);
        found
    }

    fn tag_passage(
        &mut self,
        passages: &[Passage],
        passage: &Passage,
        toks: &mut Vec<Tok>,
    ) -> PassageDates {
        let mut mentions = Vec::new();
        // The label decides first: a date heading resets inheritance, anything else is text.
        let mut own_heading: Option<(Span, String)> = None;
        if let Some(label) = passage.label.as_deref() {
            tokenize(label, toks);
            let parser = Parser { text: label, toks };
            if let Some(expr) = parser.parse_whole() {
                let anchor = match self.prev {
                    Some(p) => Anchor::Near(p),
                    None => match self.dct {
                        Some(d) => Anchor::Near((d, d)),
                        None => Anchor::Year(self.first_year(passages)),
                    },
                };
                let ctx = Ctx {
                    dct: self.dct,
                    anchor,
                    bias: Bias::Nearest,
                    quarter_context: self.quarter_context,
                    last_year: self.last_year,
                };
                if let Some(span) = resolve(&expr, &ctx) {
                    own_heading = Some((span, label.trim().to_string()));
                }
            }
        }
        let led = own_heading
            .as_ref()
            .is_some_and(|(_, l)| passage.text.trim_start().starts_with(l.as_str()));
        if let Some((span, label)) = &own_heading {
            self.heading = Some(span.to_date_span(DateSource::Inherited));
            self.prev = Some((span.start, span.end));
            if !led {
                mentions.push(span.to_mention(label, None));
            }
        }

        // Running text: anchored on the publication date, else on the heading in force.
        let anchor = match (self.dct, &self.heading, self.prev) {
            (Some(d), _, _) => Anchor::Near((d, d)),
            (None, Some(h), _) => Anchor::Near((h.start, h.end)),
            (None, None, Some(p)) => Anchor::Near(p),
            (None, None, None) => Anchor::Year(None),
        };
        let found = self.scan_text(passages, &passage.text, anchor, toks);
        let lead_offset = passage.text.len() - passage.text.trim_start().len();
        let heading_found = found.iter().any(|f| f.start == lead_offset);
        if let (true, false, Some((span, label))) = (led, heading_found, &own_heading) {
            mentions.push(span.to_mention(label, Some(lead_offset)));
        }
        for f in &found {
            let text = passage.text.get(f.start..f.end).unwrap_or("");
            // The heading leading the paragraph was resolved against the timeline above; the
            // same words read as running text must not get a different year.
            match &own_heading {
                Some((span, _)) if led && f.start == lead_offset => {
                    mentions.push(span.to_mention(text, Some(f.start)));
                }
                _ => mentions.push(f.span.to_mention(text, Some(f.start))),
            }
        }

        let date = if let Some((span, _)) = &own_heading {
            Some(span.to_date_span(DateSource::Heading))
        } else if let Some(h) = &self.heading {
            Some(h.clone())
        } else {
            let main = found
                .iter()
                .find(|f| !f.subordinate && !f.dateline)
                .or_else(|| found.iter().find(|f| !f.dateline));
            main.map(|f| {
                self.prev = Some((f.span.start, f.span.end));
                f.span.to_date_span(DateSource::Text)
            })
        };
        PassageDates { date, mentions }
    }

    fn scan_text(
        &mut self,
        passages: &[Passage],
        text: &str,
        mut anchor: Anchor,
        toks: &mut Vec<Tok>,
    ) -> Vec<Found> {
        let mut found = Vec::new();
        if !might_have_date(text) {
            return found;
        }
        tokenize(text, toks);
        let parser = Parser { text, toks };
        let mut i = 0;
        while i < toks.len() {
            if !toks[i].lex.can_start() {
                i += 1;
                continue;
            }
            let Some((end, expr)) = parser.parse_at(i) else {
                i += 1;
                continue;
            };
            if parser.not_a_date(i, end) {
                i = end;
                continue;
            }
            if matches!(anchor, Anchor::Year(None)) && expr.explicit_year().is_none() {
                anchor = Anchor::Year(self.first_year(passages));
            }
            let ctx = Ctx {
                dct: self.dct,
                anchor,
                bias: if parser.possessive(end) {
                    // `Wednesday's ruling` names something that has happened.
                    Bias::Past
                } else {
                    parser.tense_bias(i, end)
                },
                quarter_context: self.quarter_context,
                last_year: self.last_year,
            };
            if let Some(span) = resolve(&expr, &ctx) {
                if span.precision == Precision::Quarter {
                    self.quarter_context = true;
                }
                // `the previous year` counts from the last year spoken of, however it was said.
                self.last_year = Some(expr.explicit_year().unwrap_or(span.start.year()));
                let (s, e) = (toks[i].s, toks[end - 1].e);
                found.push(Found {
                    span,
                    start: s,
                    end: e,
                    subordinate: parser.is_subordinate(i),
                    dateline: parser.is_dateline(i, end),
                });
            }
            i = end;
        }
        found
    }
}

/// A cheap test that skips paragraphs without a date: every expression the grammar knows has a
/// digit or a word beginning with one of these letter pairs (months, weekdays, seasons, units,
/// `today`…, decade words, holidays). Conservative: it may let dateless text through, never the
/// reverse.
fn might_have_date(text: &str) -> bool {
    let b = text.as_bytes();
    let mut prev_alpha = false;
    for (i, &c) in b.iter().enumerate() {
        if c.is_ascii_digit() {
            return true;
        }
        let alpha = c.is_ascii_alphabetic();
        if alpha && !prev_alpha {
            let c0 = c.to_ascii_lowercase();
            let c1 = b.get(i + 1).map_or(0, |c| c.to_ascii_lowercase());
            if matches!(
                (c0, c1),
                (b'a', b'p' | b'u')
                    | (b'c', b'h')
                    | (b'd', b'a' | b'e')
                    | (b'e', b'i')
                    | (b'f', b'a' | b'e' | b'i' | b'o' | b'r')
                    | (b'j', b'a' | b'u')
                    | (b'm', b'a' | b'o')
                    | (b'n', b'i' | b'o')
                    | (b'o', b'c')
                    | (b'p', b'e')
                    | (b'q', b'u')
                    | (b's', b'a' | b'e' | b'i' | b'p' | b'u')
                    | (b't', b'h' | b'o' | b'u' | b'w')
                    | (b'w', b'e' | b'i')
                    | (b'y', b'e')
            ) {
                return true;
            }
        }
        prev_alpha = alpha;
    }
    false
}

// ---------------------------------------------------------------------------------------------
// Tokens

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Unit {
    Day,
    Week,
    Weekend,
    Month,
    Year,
    Quarter,
    Period,
    Decade,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Lex {
    Other,
    /// Digits only; the token length tells how many.
    Num(u32),
    /// `16th`, `2nd`.
    OrdNum(u32),
    /// `1990s`, `90s`.
    DecadeNum(u32),
    /// `Q3`.
    QNum(u32),
    Month(u32),
    Weekday(Weekday),
    /// 0 spring, 1 summer, 2 fall/autumn, 3 winter.
    Season(u32),
    Today,
    Yesterday,
    Tomorrow,
    Tonight,
    Unit(Unit),
    Last,
    Next,
    This,
    Past,
    Coming,
    Earlier,
    Later,
    Ago,
    Early,
    Mid,
    Late,
    End,
    Beginning,
    Middle,
    Half,
    Ordinal(u32),
    NumWord(u32),
    A,
    The,
    That,
    Of,
    Fiscal,
    Latest,
    Current,
    DayPart,
    Night,
    DecadeWord(u32),
    Christmas,
    Thanksgiving,
    /// Spelled years, as broadcast transcripts write them: `nineteen ninety-six`.
    Nineteen,
    Tens(u32),
    Thousand,
    Punct(u8),
}

impl Lex {
    /// Whether an expression can begin at a token of this kind; everything else is skipped
    /// without trying the grammar.
    fn can_start(self) -> bool {
        !matches!(
            self,
            Lex::Other
                | Lex::Punct(_)
                | Lex::Of
                | Lex::Ago
                | Lex::Half
                | Lex::DayPart
                | Lex::Night
                | Lex::Unit(Unit::Day | Unit::Week | Unit::Weekend | Unit::Month | Unit::Decade)
        )
    }
}

#[derive(Debug, Clone, Copy)]
struct Tok {
    s: usize,
    e: usize,
    lex: Lex,
    /// Starts with an uppercase letter.
    cap: bool,
    /// Preceded by whitespace (or text start).
    sp: bool,
}

fn tokenize(text: &str, toks: &mut Vec<Tok>) {
    toks.clear();
    let b = text.as_bytes();
    let mut i = 0;
    let mut sp = true;
    while i < b.len() {
        let c = b[i];
        if c.is_ascii_alphanumeric() {
            let s = i;
            while i < b.len() && b[i].is_ascii_alphanumeric() {
                i += 1;
            }
            let lex = classify(&b[s..i]);
            toks.push(Tok { s, e: i, lex, cap: c.is_ascii_uppercase(), sp });
            sp = false;
        } else if c.is_ascii_whitespace() {
            sp = true;
            i += 1;
        } else if c < 0x80 {
            toks.push(Tok { s: i, e: i + 1, lex: Lex::Punct(c), cap: false, sp });
            sp = false;
            i += 1;
        } else {
            // A multi-byte character: keep the token on its char boundaries.
            let len = match c {
                0xF0..=0xFF => 4,
                0xE0..=0xEF => 3,
                _ => 2,
            };
            let e = (i + len).min(b.len());
            let p = match &b[i..e] {
                [0xE2, 0x80, 0x99] | [0xE2, 0x80, 0x98] => b'\'',
                [0xE2, 0x80, 0x93] | [0xE2, 0x80, 0x94] => b'|',
                [0xC2, 0xA0] => {
                    sp = true;
                    i = e;
                    continue;
                }
                _ => b'#',
            };
            toks.push(Tok { s: i, e, lex: Lex::Punct(p), cap: false, sp });
            sp = false;
            i = e;
        }
    }
}

fn classify(w: &[u8]) -> Lex {
    if w.len() > 12 {
        return Lex::Other;
    }
    let mut buf = [0u8; 12];
    for (d, s) in buf.iter_mut().zip(w) {
        *d = s.to_ascii_lowercase();
    }
    let w = &buf[..w.len().min(buf.len())];
    if w[0].is_ascii_digit() {
        let nd = w.iter().take_while(|c| c.is_ascii_digit()).count();
        if nd > 9 {
            return Lex::Other;
        }
        let n = w[..nd].iter().fold(0u32, |a, &c| a * 10 + u32::from(c - b'0'));
        return match &w[nd..] {
            b"" => Lex::Num(n),
            b"st" | b"nd" | b"rd" | b"th" if (1..=31).contains(&n) => Lex::OrdNum(n),
            b"s" if (nd == 4 || nd == 2) && n % 10 == 0 => Lex::DecadeNum(n),
            _ => Lex::Other,
        };
    }
    use Lex::*;
    match w {
        b"january" | b"jan" => Month(1),
        b"february" | b"feb" => Month(2),
        b"march" | b"mar" => Month(3),
        b"april" | b"apr" => Month(4),
        b"may" => Month(5),
        b"june" | b"jun" => Month(6),
        b"july" | b"jul" => Month(7),
        b"august" | b"aug" => Month(8),
        b"september" | b"sept" | b"sep" => Month(9),
        b"october" | b"oct" => Month(10),
        b"november" | b"nov" => Month(11),
        b"december" | b"dec" => Month(12),
        b"monday" => Weekday(chrono::Weekday::Mon),
        b"tuesday" => Weekday(chrono::Weekday::Tue),
        b"wednesday" => Weekday(chrono::Weekday::Wed),
        b"thursday" => Weekday(chrono::Weekday::Thu),
        b"friday" => Weekday(chrono::Weekday::Fri),
        b"saturday" => Weekday(chrono::Weekday::Sat),
        b"sunday" => Weekday(chrono::Weekday::Sun),
        b"spring" => Season(0),
        b"summer" => Season(1),
        b"fall" | b"autumn" => Season(2),
        b"winter" => Season(3),
        b"today" => Today,
        b"yesterday" => Yesterday,
        b"tomorrow" => Tomorrow,
        b"tonight" => Tonight,
        b"day" | b"days" => Unit(self::Unit::Day),
        b"week" | b"weeks" => Unit(self::Unit::Week),
        b"weekend" => Unit(self::Unit::Weekend),
        b"month" | b"months" => Unit(self::Unit::Month),
        b"year" | b"years" => Unit(self::Unit::Year),
        b"quarter" | b"quarters" => Unit(self::Unit::Quarter),
        b"period" => Unit(self::Unit::Period),
        b"decade" => Unit(self::Unit::Decade),
        b"last" => Last,
        b"next" => Next,
        b"this" => This,
        b"past" => Past,
        b"coming" => Coming,
        b"earlier" => Earlier,
        b"later" => Later,
        b"ago" => Ago,
        b"early" => Early,
        b"mid" => Mid,
        b"late" => Late,
        b"end" => End,
        b"beginning" | b"start" => Beginning,
        b"middle" => Middle,
        b"half" => Half,
        b"first" => Ordinal(1),
        b"second" => Ordinal(2),
        b"third" => Ordinal(3),
        b"fourth" => Ordinal(4),
        b"one" => NumWord(1),
        b"two" => NumWord(2),
        b"three" => NumWord(3),
        b"four" => NumWord(4),
        b"five" => NumWord(5),
        b"six" => NumWord(6),
        b"seven" => NumWord(7),
        b"eight" => NumWord(8),
        b"nine" => NumWord(9),
        b"ten" => NumWord(10),
        b"eleven" => NumWord(11),
        b"twelve" => NumWord(12),
        b"nineteen" => Nineteen,
        b"twenty" => Tens(20),
        b"thirty" => Tens(30),
        b"forty" => Tens(40),
        b"fifty" => Tens(50),
        b"sixty" => Tens(60),
        b"seventy" => Tens(70),
        b"eighty" => Tens(80),
        b"ninety" => Tens(90),
        b"thousand" => Thousand,
        b"a" | b"an" => A,
        b"the" => The,
        b"that" => That,
        b"of" => Of,
        b"fiscal" => Fiscal,
        b"latest" => Latest,
        b"current" => Current,
        b"morning" | b"afternoon" | b"evening" => DayPart,
        b"night" => Night,
        b"twenties" => DecadeWord(2),
        b"thirties" => DecadeWord(3),
        b"forties" => DecadeWord(4),
        b"fifties" => DecadeWord(5),
        b"sixties" => DecadeWord(6),
        b"seventies" => DecadeWord(7),
        b"eighties" => DecadeWord(8),
        b"nineties" => DecadeWord(9),
        b"christmas" => Christmas,
        b"thanksgiving" => Thanksgiving,
        b"q1" => QNum(1),
        b"q2" => QNum(2),
        b"q3" => QNum(3),
        b"q4" => QNum(4),
        _ => Other,
    }
}

// ---------------------------------------------------------------------------------------------
// Grammar

/// Which part of a month, year or decade an expression names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Part {
    Whole,
    Early,
    Mid,
    Late,
    FirstHalf,
    SecondHalf,
}

/// A recognized expression before its missing fields are filled in.
#[derive(Debug, Clone, PartialEq)]
enum Expr {
    Day {
        y: Option<i32>,
        m: u32,
        d: u32,
    },
    Month {
        y: Option<i32>,
        m: u32,
        part: Part,
    },
    /// A month in the year before/of/after the publication date: `June last year`.
    MonthOfRelYear {
        m: u32,
        rel: i32,
    },
    /// `last May`, `this September`, `next March`.
    MonthRel {
        m: u32,
        rel: i32,
    },
    /// `last Oct. 23`.
    DayRel {
        m: u32,
        d: u32,
        rel: i32,
    },
    Year {
        y: i32,
        part: Part,
    },
    Decade {
        y: i32,
        part: Part,
    },
    Season {
        y: Option<i32>,
        s: u32,
        rel: Option<i32>,
    },
    Quarter {
        y: Option<i32>,
        q: u32,
    },
    Weekday {
        wd: Weekday,
        rel: i32,
    },
    RelDay(i64),
    RelWeek(i64),
    RelMonth(i64, Part),
    RelYear(i64, Part),
    RelQuarter(i64),
    /// `the quarter`, `the latest period`: the quarter the article is about.
    CtxQuarter,
    /// `this year's third quarter`; without a number (`last year's quarter`), the quarter the
    /// article is about in that year.
    QuarterOfRelYear {
        q: Option<u32>,
        rel: i32,
    },
    /// `the 1988 period`: the quarter the article is about in that year, or the year.
    PeriodOfYear(i32),
    /// `the week of March 6`.
    WeekOf {
        y: Option<i32>,
        m: u32,
        d: u32,
    },
    /// `that year` (0), `the following year` (1), `the year before` (-1): counted from the
    /// last year the article named.
    ThatYear(i32),
    /// `year-end`: the end of the year of publication, or of the year before after `since`.
    YearEnd {
        since: bool,
    },
    /// `a year earlier`, `year-ago`: a year before the quarter the article is about, or before
    /// the publication year.
    YearAgo,
    Holiday {
        christmas: bool,
        y: Option<i32>,
    },
}

impl Expr {
    fn explicit_year(&self) -> Option<i32> {
        match *self {
            Expr::Day { y, .. }
            | Expr::Month { y, .. }
            | Expr::Season { y, .. }
            | Expr::Quarter { y, .. }
            | Expr::Holiday { y, .. } => y,
            Expr::Year { y, .. } => Some(y),
            _ => None,
        }
    }
}

struct Parser<'a> {
    text: &'a str,
    toks: &'a [Tok],
}

const NONE_TOK: Tok = Tok { s: 0, e: 0, lex: Lex::Other, cap: false, sp: true };

impl Parser<'_> {
    fn tok(&self, i: usize) -> Tok {
        self.toks.get(i).copied().unwrap_or(NONE_TOK)
    }

    fn lex(&self, i: usize) -> Lex {
        self.tok(i).lex
    }

    fn prev_lex(&self, i: usize) -> Lex {
        if i == 0 {
            Lex::Other
        } else {
            self.lex(i - 1)
        }
    }

    fn word(&self, i: usize) -> &str {
        self.toks.get(i).and_then(|t| self.text.get(t.s..t.e)).unwrap_or("")
    }

    fn is_punct(&self, i: usize, c: u8) -> bool {
        self.lex(i) == Lex::Punct(c)
    }

    /// Punctuation glued to the previous token (`Feb.`, `mid-`, `2/24`).
    fn glued(&self, i: usize, c: u8) -> bool {
        self.is_punct(i, c) && !self.tok(i).sp
    }

    /// A label is a heading only if all of it is one date expression.
    fn parse_whole(&self) -> Option<Expr> {
        let mut n = self.toks.len();
        while n > 0 && matches!(self.lex(n - 1), Lex::Punct(b'.' | b':' | b',')) {
            n -= 1;
        }
        let (end, expr) = self.parse_at(0)?;
        (end == n).then_some(expr)
    }

    fn year_at(&self, i: usize) -> Option<i32> {
        match self.lex(i) {
            Lex::Num(n) if (1000..=2199).contains(&n) && self.tok(i).e - self.tok(i).s == 4 => {
                i32::try_from(n).ok()
            }
            _ => None,
        }
    }

    /// A year in digits or spelled out (`nineteen ninety-six`, `two thousand`), with its end.
    fn year_any(&self, i: usize) -> Option<(i32, usize)> {
        if let Some(y) = self.year_at(i) {
            return Some((y, i + 1));
        }
        match (self.lex(i), self.lex(i + 1)) {
            (Lex::Nineteen, Lex::Tens(t)) => {
                let (unit, e) = match (self.lex(i + 2), self.lex(i + 3)) {
                    (Lex::Punct(b'-'), Lex::NumWord(u)) if u < 10 => (u, i + 4),
                    _ => (0, i + 2),
                };
                Some((1900 + (t + unit) as i32, e))
            }
            (Lex::NumWord(2), Lex::Thousand) => match self.lex(i + 2) {
                Lex::NumWord(u) if u < 10 => Some((2000 + u as i32, i + 3)),
                _ => Some((2000, i + 2)),
            },
            _ => None,
        }
    }

    fn day_at(&self, i: usize) -> Option<u32> {
        let t = self.tok(i);
        match t.lex {
            Lex::Num(n) if (1..=31).contains(&n) && t.e - t.s <= 2 => Some(n),
            Lex::OrdNum(n) => Some(n),
            _ => None,
        }
    }

    /// A month name at `i`, with the end of its optional abbreviation dot.
    fn month_at(&self, i: usize) -> Option<(u32, usize)> {
        let Lex::Month(m) = self.lex(i) else {
            return None;
        };
        if !self.tok(i).cap {
            return None;
        }
        // Only an abbreviation takes a dot; after `June` it ends the sentence.
        let abbr = self.tok(i).e - self.tok(i).s <= 4 && !matches!(m, 5..=7);
        let j = if abbr && self.glued(i + 1, b'.') { i + 2 } else { i + 1 };
        Some((m, j))
    }

    /// `last`/`this`/`next` (and `this past`, `the coming`) as an offset, with where it ends.
    fn rel_at(&self, i: usize) -> Option<(i32, usize)> {
        match (self.lex(i), self.lex(i + 1)) {
            // `this past spring` is the latest one; the others read it as `last`.
            (Lex::This, Lex::Past) => Some((-2, i + 2)),
            (Lex::Last | Lex::Past, _) => Some((-1, i + 1)),
            (Lex::This | Lex::Current, _) => Some((0, i + 1)),
            (Lex::Next | Lex::Coming, _) => Some((1, i + 1)),
            (Lex::The, Lex::Coming) => Some((1, i + 2)),
            _ => None,
        }
    }

    /// Numbers written as digits or words, for `two days ago`.
    fn count_at(&self, i: usize) -> Option<i64> {
        match self.lex(i) {
            Lex::Num(n) if n <= 500 => Some(i64::from(n)),
            Lex::NumWord(n) => Some(i64::from(n)),
            Lex::A => Some(1),
            _ => None,
        }
    }

    fn parse_at(&self, i: usize) -> Option<(usize, Expr)> {
        match self.lex(i) {
            Lex::Month(_) => self.month_led(i),
            Lex::Num(_) | Lex::OrdNum(_) => self.num_led(i),
            Lex::NumWord(_) | Lex::A => self.ago(i),
            Lex::Weekday(wd) => {
                if !self.tok(i).cap {
                    return None;
                }
                // `Friday, Oct. 13` is one expression, and the date is the precise part.
                let j = if self.is_punct(i + 1, b',') { i + 2 } else { i + 1 };
                if let Some((e, x @ Expr::Day { .. })) =
                    self.month_led(j).or_else(|| self.num_led(j))
                {
                    return Some((e, x));
                }
                Some((self.day_part_end(i + 1), Expr::Weekday { wd, rel: 0 }))
            }
            Lex::Today => Some((self.day_part_end(i + 1), Expr::RelDay(0))),
            Lex::Tonight => Some((i + 1, Expr::RelDay(0))),
            Lex::Yesterday => Some((self.day_part_end(i + 1), Expr::RelDay(-1))),
            Lex::Tomorrow => Some((self.day_part_end(i + 1), Expr::RelDay(1))),
            Lex::Last | Lex::This | Lex::Next | Lex::Past | Lex::Coming | Lex::Current => {
                self.rel_led(i)
            }
            Lex::Earlier | Lex::Later => {
                // `earlier this month`, `Earlier Sunday`.
                match self.lex(i + 1) {
                    Lex::That if self.word(i + 2) == "year" => Some((i + 3, Expr::ThatYear(0))),
                    Lex::Weekday(wd) if self.tok(i + 1).cap => {
                        Some((i + 2, Expr::Weekday { wd, rel: 0 }))
                    }
                    Lex::Today => Some((i + 2, Expr::RelDay(0))),
                    Lex::This | Lex::Last | Lex::Next => self.rel_led(i + 1),
                    _ => None,
                }
            }
            Lex::Early | Lex::Mid | Lex::Late | Lex::End | Lex::Beginning | Lex::Middle => {
                self.part_led(i)
            }
            Lex::Ordinal(_) => self.ordinal_led(i, None),
            Lex::QNum(q) => {
                let y = self.year_at(i + 1);
                Some((i + 1 + usize::from(y.is_some()), Expr::Quarter { y, q }))
            }
            Lex::The => self.the_led(i),
            Lex::Fiscal => {
                if let Some(y) = self.year_at(i + 1) {
                    if let Lex::Ordinal(_) = self.lex(i + 2) {
                        return self.ordinal_led(i + 2, Some(y));
                    }
                    return Some((i + 2, Expr::Year { y, part: Part::Whole }));
                }
                if let Lex::Ordinal(_) = self.lex(i + 1) {
                    return self.ordinal_led(i + 1, None);
                }
                None
            }
            Lex::DecadeNum(n) if n >= 1000 => {
                Some((i + 1, Expr::Decade { y: n as i32, part: Part::Whole }))
            }
            Lex::Punct(b'\'') => match self.lex(i + 1) {
                // `'90s` written with an apostrophe is a decade, never an age.
                Lex::DecadeNum(n) if n < 100 && !self.tok(i + 1).sp => {
                    Some((i + 2, Expr::Decade { y: 1900 + n as i32, part: Part::Whole }))
                }
                _ => None,
            },
            Lex::Season(_) => self.season_at(i, None),
            Lex::Nineteen => {
                let (y, e) = self.year_any(i)?;
                Some((e, Expr::Year { y, part: Part::Whole }))
            }
            Lex::Unit(Unit::Year) => self.year_ago_compound(i).or_else(|| self.year_end(i)),
            Lex::That if self.word(i + 1) == "year" => Some((i + 2, Expr::ThatYear(0))),
            Lex::Christmas | Lex::Thanksgiving => {
                if !self.tok(i).cap {
                    return None;
                }
                let christmas = self.lex(i) == Lex::Christmas;
                let mut j = i + 1;
                if matches!(self.lex(j), Lex::Unit(Unit::Day)) && self.tok(j).cap {
                    j += 1;
                }
                let y = self.year_at(j);
                if y.is_some() {
                    j += 1;
                }
                Some((j, Expr::Holiday { christmas, y }))
            }
            _ => None,
        }
    }

    /// Extends a day expression over `morning`, `night`… (`Friday night`).
    fn day_part_end(&self, j: usize) -> usize {
        if matches!(self.lex(j), Lex::DayPart | Lex::Night) {
            j + 1
        } else {
            j
        }
    }

    fn month_led(&self, i: usize) -> Option<(usize, Expr)> {
        let (m, j) = self.month_at(i)?;
        // `June 16, 2021`, `June 16th`, `Feb 24 2022`
        if let Some(d) = self.day_at(j) {
            if self.year_at(j).is_none() {
                let mut k = j + 1;
                let comma = self.is_punct(k, b',');
                if comma {
                    k += 1;
                }
                if let Some(y) = self.year_at(k) {
                    return Some((k + 1, Expr::Day { y: Some(y), m, d }));
                }
                // A day must not be the start of a number (`May 1,000`).
                if !self.is_punct(j + 1, b',') || self.tok(j + 2).sp {
                    return Some((j + 1, Expr::Day { y: None, m, d }));
                }
            }
        }
        // `November 2021`, `August, 1988`, `May of 1998`
        let k = if matches!(self.lex(j), Lex::Of) || self.is_punct(j, b',') { j + 1 } else { j };
        if let Some((y, e)) = self.year_any(k).filter(|_| self.lex(k) != Lex::NumWord(2)) {
            return Some((e, Expr::Month { y: Some(y), m, part: Part::Whole }));
        }
        // `June last year`, `January this year`
        if let (Some((rel, k)), Lex::Unit(Unit::Year)) = (self.rel_at(j), self.lex(j + 1)) {
            if k == j + 1 {
                return Some((k + 1, Expr::MonthOfRelYear { m, rel }));
            }
        }
        if j > i + 1 || self.tok(i).e - self.tok(i).s < 5 && !matches!(m, 5..=7) {
            // Abbreviations alone (`Dec.`, `Jan` as in Jan Kavan) are too often something else.
            return None;
        }
        if !self.bare_month_ok(i, m) {
            return None;
        }
        Some((j, Expr::Month { y: None, m, part: Part::Whole }))
    }

    /// Bare month names: `May` and `March` are also words, so they need a date-like neighbour.
    fn bare_month_ok(&self, i: usize, m: u32) -> bool {
        if self.lex(i + 1) == Lex::Punct(b'\'') && self.word(i + 2).eq_ignore_ascii_case("s") {
            return true;
        }
        let strong_prev = i > 0
            && matches!(
                self.word(i - 1).to_ascii_lowercase().as_str(),
                "in" | "since"
                    | "until"
                    | "till"
                    | "by"
                    | "through"
                    | "during"
                    | "from"
                    | "to"
                    | "before"
                    | "after"
                    | "of"
                    | "early"
                    | "mid"
                    | "late"
                    | "for"
                    | "last"
                    | "next"
                    | "this"
                    | "and"
                    | "or"
                    | "between"
                    | "in-"
            );
        if m == 5 || m == 3 {
            return strong_prev;
        }
        true
    }

    fn num_led(&self, i: usize) -> Option<(usize, Expr)> {
        let t = self.tok(i);
        // `24 February 2022`, `7 December`
        if let Some(d) = self.day_at(i) {
            let j = if self.word(i + 1).eq_ignore_ascii_case("of") { i + 2 } else { i + 1 };
            if let Some((m, k)) = self.month_at(j) {
                if let Some(y) = self.year_at(k) {
                    return Some((k + 1, Expr::Day { y: Some(y), m, d }));
                }
                if self.lex(k) == Lex::Punct(b',') {
                    if let Some(y) = self.year_at(k + 1) {
                        return Some((k + 2, Expr::Day { y: Some(y), m, d }));
                    }
                }
                return Some((k, Expr::Day { y: None, m, d }));
            }
        }
        let Lex::Num(n) = t.lex else {
            return None;
        };
        // `2/24/2022`, `2022-02-24`
        for sep in [b'/', b'-'] {
            if self.glued(i + 1, sep)
                && !self.tok(i + 2).sp
                && self.glued(i + 3, sep)
                && !self.tok(i + 4).sp
            {
                if let (Lex::Num(a), Lex::Num(b)) = (self.lex(i + 2), self.lex(i + 4)) {
                    let len4 = self.tok(i + 4).e - self.tok(i + 4).s;
                    let len0 = t.e - t.s;
                    let ymd = if sep == b'-' && len0 == 4 {
                        Some((n as i32, a, b))
                    } else if sep == b'/' && (len4 == 4 || len4 == 2) {
                        let y = if len4 == 2 {
                            if b < 50 {
                                2000 + b
                            } else {
                                1900 + b
                            }
                        } else {
                            b
                        };
                        // Month first as in American news, unless the first field cannot be one.
                        if n > 12 {
                            Some((y as i32, a, n))
                        } else {
                            Some((y as i32, n, a))
                        }
                    } else {
                        None
                    };
                    if let Some((y, m, d)) = ymd {
                        if NaiveDate::from_ymd_opt(y, m, d).is_some() {
                            return Some((i + 5, Expr::Day { y: Some(y), m, d }));
                        }
                    }
                }
            }
        }
        if let Some(ago) = self.ago(i) {
            return Some(ago);
        }
        let y = self.year_at(i)?;
        if !self.year_context_ok(i) {
            return None;
        }
        if let Some(e) = self.decade_apostrophe(i) {
            return Some((e, Expr::Decade { y, part: Part::Whole }));
        }
        // `the 1988 second quarter`
        if let Lex::Ordinal(_) = self.lex(i + 1) {
            if let Some(r) = self.ordinal_led(i + 1, Some(y)) {
                return Some(r);
            }
        }
        Some((i + 1, Expr::Year { y, part: Part::Whole }))
    }

    /// `1970's` written with an apostrophe: the end of the decade expression.
    fn decade_apostrophe(&self, i: usize) -> Option<usize> {
        let y = self.year_at(i)?;
        (y % 10 == 0 && self.glued(i + 1, b'\'') && self.word(i + 2) == "s" && !self.tok(i + 2).sp)
            .then_some(i + 3)
    }

    /// A four-digit number is a year unless its neighbours make it a quantity or an address.
    fn year_context_ok(&self, i: usize) -> bool {
        let t = self.tok(i);
        let y = match t.lex {
            Lex::Num(n) => n,
            _ => return false,
        };
        if !(1800..=2100).contains(&y) {
            return false;
        }
        if y < 1900
            && !matches!(
                self.word(i.wrapping_sub(1)),
                "in" | "since"
                    | "of"
                    | "from"
                    | "until"
                    | "to"
                    | "before"
                    | "after"
                    | "between"
                    | "and"
                    | "during"
                    | "In"
                    | "Since"
            )
        {
            // `CYBER 1809`: before 1900 a bare number is a year only after a preposition.
            return false;
        }
        if i > 0 {
            let p = self.tok(i - 1);
            if matches!(p.lex, Lex::Punct(b'$' | b'#' | b'.' | b',' | b'-' | b'/')) && !t.sp {
                // `post-1959` is a year; `2-1990` and `$1990` are not.
                let word_dash = p.lex == Lex::Punct(b'-')
                    && i >= 2
                    && !p.sp
                    && self.word(i - 2).bytes().all(|c| c.is_ascii_alphabetic());
                if !word_dash {
                    return false;
                }
            }
            if matches!(p.lex, Lex::Num(_)) {
                return false;
            }
            let pw = self.word(i - 1).to_ascii_lowercase();
            if matches!(
                pw.as_str(),
                "about"
                    | "some"
                    | "nearly"
                    | "than"
                    | "over"
                    | "almost"
                    | "approximately"
                    | "no"
                    | "number"
                    | "room"
                    | "flight"
                    | "model"
                    | "route"
                    | "dlrs"
                    | "usd"
            ) {
                return false;
            }
        }
        let n = self.tok(i + 1);
        if matches!(n.lex, Lex::Punct(b'%' | b'/')) {
            return false;
        }
        if matches!(n.lex, Lex::Punct(b'.' | b',' | b'-')) && !self.tok(i + 2).sp {
            if let Lex::Num(_) = self.lex(i + 2) {
                return false;
            }
        }
        let nw = self.word(i + 1).to_ascii_lowercase();
        !matches!(
            nw.as_str(),
            "percent"
                | "pct"
                | "million"
                | "billion"
                | "people"
                | "shares"
                | "tons"
                | "tonnes"
                | "barrels"
                | "troops"
                | "soldiers"
                | "dollars"
                | "dlrs"
                | "feet"
                | "meters"
                | "miles"
                | "km"
                | "cars"
                | "units"
                | "points"
                | "workers"
                | "jobs"
                | "acres"
                | "hours"
                | "kilometers"
                | "yards"
                | "pounds"
                | "am"
                | "pm"
                | "gmt"
                | "hrs"
                | "cents"
                | "francs"
                | "marks"
                | "yen"
                | "lire"
                | "stg"
                | "employees"
                | "members"
                | "vehicles"
                | "votes"
                | "delegates"
                | "lines"
        )
    }

    /// `two days ago`, `a year earlier`, `six weeks ago`.
    fn ago(&self, i: usize) -> Option<(usize, Expr)> {
        let n = self.count_at(i)?;
        let Lex::Unit(u) = self.lex(i + 1) else {
            return None;
        };
        // `a year earlier` is relative to the quarter or year under discussion; other counts
        // `earlier` (as `ago`) are relative to publication.
        match self.lex(i + 2) {
            Lex::Ago => {}
            // `a day earlier` counts from the story's last date, which only `a year earlier`
            // in business news reliably shares with the publication date.
            Lex::Earlier if matches!(u, Unit::Year | Unit::Quarter) => {}
            _ => return None,
        }
        let e = i + 3;
        let expr = match u {
            Unit::Day => Expr::RelDay(-n),
            Unit::Week => Expr::RelWeek(-n),
            Unit::Month => Expr::RelMonth(-n, Part::Whole),
            Unit::Year if n == 1 => Expr::YearAgo,
            Unit::Year => Expr::RelYear(-n, Part::Whole),
            Unit::Quarter => Expr::RelQuarter(-n),
            Unit::Decade => Expr::RelYear(-10 * n, Part::Whole),
            _ => return None,
        };
        Some((e, expr))
    }

    fn rel_led(&self, i: usize) -> Option<(usize, Expr)> {
        // `last night`, `this morning`
        match (self.lex(i), self.lex(i + 1)) {
            (Lex::Last, Lex::Night) => return Some((i + 2, Expr::RelDay(-1))),
            (Lex::This, Lex::DayPart) => return Some((i + 2, Expr::RelDay(0))),
            _ => {}
        }
        let (rel, j) = self.rel_at(i)?;
        let bare_past = self.lex(i) == Lex::Past;
        let unit_ok = |u: Unit| {
            // `coming months` is a stretch, not a date; `This Week` mid-sentence is a title.
            !(self.word(j).ends_with('s')
                || bare_past && u != Unit::Year
                || self.tok(j).cap && i > 0)
        };
        match self.lex(j) {
            Lex::Unit(Unit::Year)
                if unit_ok(Unit::Year)
                    && self.is_punct(j + 1, b'\'')
                    && self.word(j + 2) == "s" =>
            {
                // `this year's third quarter`, `last year's quarter`
                let k = j + 3;
                match (self.lex(k), self.lex(k + 1), self.lex(k + 2)) {
                    (Lex::Ordinal(q), Lex::Unit(Unit::Quarter), _) => {
                        Some((k + 2, Expr::QuarterOfRelYear { q: Some(q), rel: rel.max(-1) }))
                    }
                    (Lex::Ordinal(q), Lex::Punct(b'-'), Lex::Unit(Unit::Quarter)) => {
                        Some((k + 3, Expr::QuarterOfRelYear { q: Some(q), rel }))
                    }
                    (Lex::Unit(Unit::Quarter | Unit::Period), _, _) => {
                        Some((k + 1, Expr::QuarterOfRelYear { q: None, rel }))
                    }
                    _ => Some((j + 1, Expr::RelYear(i64::from(rel), Part::Whole))),
                }
            }
            Lex::Unit(u) if unit_ok(u) => {
                let rel = i64::from(rel.max(-1));
                let e = j + 1;
                Some(match u {
                    Unit::Week => (e, Expr::RelWeek(rel)),
                    Unit::Weekend => (e, Expr::RelWeek(rel)),
                    Unit::Month => (e, Expr::RelMonth(rel, Part::Whole)),
                    Unit::Year => (e, Expr::RelYear(rel, Part::Whole)),
                    Unit::Quarter => (e, Expr::RelQuarter(rel)),
                    _ => return None,
                })
            }
            Lex::Weekday(wd) if self.tok(j).cap && !bare_past => {
                Some((self.day_part_end(j + 1), Expr::Weekday { wd, rel }))
            }
            Lex::Month(m) if self.tok(j).cap && !bare_past => {
                // `last Oct. 23`
                if let Some((e, Expr::Day { y: None, m, d })) = self.month_led(j) {
                    return Some((e, Expr::DayRel { m, d, rel }));
                }
                Some((j + 1, Expr::MonthRel { m, rel }))
            }
            Lex::Season(_) if !bare_past => self.season_at(j, Some(rel)),
            _ => None,
        }
    }

    /// `early`, `mid-`, `late`, `end of`, `beginning of`, `middle of`, then what they modify.
    fn part_led(&self, i: usize) -> Option<(usize, Expr)> {
        let (part, mut j) = match self.lex(i) {
            Lex::Early => (Part::Early, i + 1),
            Lex::Mid => (Part::Mid, i + 1),
            Lex::Late => (Part::Late, i + 1),
            Lex::End | Lex::Beginning | Lex::Middle => {
                if self.lex(i + 1) != Lex::Of {
                    return None;
                }
                let p = match self.lex(i) {
                    Lex::End => Part::Late,
                    Lex::Beginning => Part::Early,
                    _ => Part::Mid,
                };
                (p, i + 2)
            }
            _ => return None,
        };
        if self.glued(j, b'-') {
            j += 1;
        }
        let has_the = self.lex(j) == Lex::The;
        if has_the {
            j += 1;
        }
        match self.lex(j) {
            Lex::Month(_) if !has_the => {
                let (e, expr) = self.month_led(j).or_else(|| {
                    // `mid-May`: the part word makes a bare May safe.
                    let (m, k) = self.month_at(j)?;
                    Some((k, Expr::Month { y: None, m, part: Part::Whole }))
                })?;
                match expr {
                    Expr::Month { y, m, .. } => Some((e, Expr::Month { y, m, part })),
                    Expr::MonthOfRelYear { .. } | Expr::Day { .. } => Some((e, expr)),
                    _ => None,
                }
            }
            Lex::Num(_) => {
                let y = self.year_at(j)?;
                if let Some(e) = self.decade_apostrophe(j) {
                    return Some((e, Expr::Decade { y, part }));
                }
                Some((j + 1, Expr::Year { y, part }))
            }
            Lex::DecadeNum(n) if n >= 1000 => Some((j + 1, Expr::Decade { y: n as i32, part })),
            Lex::Punct(b'\'') => match self.parse_at(j)? {
                (e, Expr::Decade { y, .. }) => Some((e, Expr::Decade { y, part })),
                _ => None,
            },
            Lex::DecadeNum(n) if has_the && n < 100 => {
                Some((j + 1, Expr::Decade { y: 1900 + n as i32, part }))
            }
            Lex::Last | Lex::This | Lex::Next => match self.rel_led(j)? {
                (e, Expr::RelYear(r, _)) => Some((e, Expr::RelYear(r, part))),
                (e, Expr::RelMonth(r, _)) => Some((e, Expr::RelMonth(r, part))),
                (e, expr @ (Expr::RelWeek(_) | Expr::RelDay(_) | Expr::Weekday { .. })) => {
                    Some((e, expr))
                }
                (e, expr @ Expr::Season { .. }) => Some((e, expr)),
                _ => None,
            },
            Lex::Unit(Unit::Month | Unit::Year | Unit::Week) if has_the => {
                // `the end of the month`: the month of publication.
                match self.lex(j) {
                    Lex::Unit(Unit::Month) => Some((j + 1, Expr::RelMonth(0, part))),
                    Lex::Unit(Unit::Year) => Some((j + 1, Expr::RelYear(0, part))),
                    _ => Some((j + 1, Expr::RelWeek(0))),
                }
            }
            Lex::Yesterday | Lex::Today | Lex::Tomorrow | Lex::Weekday(_) if !has_the => {
                self.parse_at(j)
            }
            Lex::Season(_) => self.season_at(j, None),
            _ => None,
        }
    }

    /// `third quarter`, `third-quarter`, `first half of 2021`; `year` is one given before.
    fn ordinal_led(&self, i: usize, year: Option<i32>) -> Option<(usize, Expr)> {
        let Lex::Ordinal(q) = self.lex(i) else {
            return None;
        };
        let mut j = i + 1;
        if self.glued(j, b'-') {
            j += 1;
        }
        match self.lex(j) {
            Lex::Unit(Unit::Quarter) if !self.word(j).ends_with('s') => {
                let mut e = j + 1;
                let mut y = year;
                if y.is_none() {
                    // `third quarter of 1989`, `fourth quarter 1986`
                    let k = match (self.lex(e), self.lex(e + 1)) {
                        (Lex::Of, Lex::Fiscal) => e + 2,
                        (Lex::Of, _) => e + 1,
                        _ => e,
                    };
                    if let Some(yy) = self.year_at(k) {
                        y = Some(yy);
                        e = k + 1;
                    }
                }
                Some((e, Expr::Quarter { y, q }))
            }
            Lex::Half if q <= 2 => {
                let part = if q == 1 { Part::FirstHalf } else { Part::SecondHalf };
                if self.lex(j + 1) != Lex::Of {
                    return year.map(|y| (j + 1, Expr::Year { y, part }));
                }
                let k = if self.lex(j + 2) == Lex::Fiscal { j + 3 } else { j + 2 };
                if let Some(y) = self.year_at(k) {
                    return Some((k + 1, Expr::Year { y, part }));
                }
                match self.month_led(k)? {
                    (e, Expr::Month { y, m, .. }) => Some((e, Expr::Month { y, m, part })),
                    _ => None,
                }
            }
            _ => None,
        }
    }

    /// Expressions that begin with `the`; the article is part of the text only where it
    /// carries meaning (`the quarter`, `the 1990s`).
    fn the_led(&self, i: usize) -> Option<(usize, Expr)> {
        let j = i + 1;
        match self.lex(j) {
            Lex::Unit(Unit::Quarter) => Some((j + 1, Expr::CtxQuarter)),
            Lex::Latest => match self.lex(j + 1) {
                Lex::Unit(Unit::Quarter | Unit::Period) => Some((j + 2, Expr::CtxQuarter)),
                _ => None,
            },
            Lex::Current | Lex::Fiscal | Lex::Other
                if matches!(self.word(j), "full" | "fiscal" | "current") =>
            {
                // `the full year`, `the current fiscal year`: the year of publication.
                let mut k = j + 1;
                if self.lex(k) == Lex::Fiscal {
                    k += 1;
                }
                match self.lex(k) {
                    Lex::Unit(Unit::Year) if !self.word(k).ends_with('s') => {
                        Some((k + 1, Expr::RelYear(0, Part::Whole)))
                    }
                    Lex::Unit(Unit::Quarter) if self.lex(j) == Lex::Current => {
                        Some((k + 1, Expr::RelQuarter(0)))
                    }
                    Lex::Ordinal(_) => self.ordinal_led(k, None),
                    _ => None,
                }
            }
            Lex::Past if self.lex(j + 1) == Lex::Unit(Unit::Year) => {
                Some((j + 2, Expr::RelYear(-1, Part::Whole)))
            }
            Lex::Unit(Unit::Week) if self.word(j) == "week" && self.lex(j + 1) == Lex::Of => {
                // `the week of March 6`
                match self.month_led(j + 2)? {
                    (e, Expr::Day { y, m, d }) => Some((e, Expr::WeekOf { y, m, d })),
                    _ => None,
                }
            }
            Lex::Unit(Unit::Year) if self.year_any(j + 1).is_some() => {
                // `the year two thousand`
                let (y, e) = self.year_any(j + 1)?;
                Some((e, Expr::Year { y, part: Part::Whole }))
            }
            Lex::Other
                if matches!(self.word(j), "following" | "previous")
                    && self.lex(j + 1) == Lex::Unit(Unit::Year)
                    && self.word(j + 1) == "year" =>
            {
                let off = if self.word(j) == "following" { 1 } else { -1 };
                Some((j + 2, Expr::ThatYear(off)))
            }
            Lex::Unit(Unit::Year) if self.word(j) == "year" && self.word(j + 1) == "before" => {
                Some((j + 2, Expr::ThatYear(-1)))
            }
            Lex::Unit(Unit::Year) => self.year_ago_compound(j).or_else(|| {
                // `for the year`, `of the year`: the year of publication, in business news.
                let before = if i > 0 { self.word(i - 1) } else { "" };
                let after = self.lex(j + 1);
                (matches!(before, "for" | "of" | "during" | "For")
                    && !self.word(j).ends_with('s')
                    && !matches!(
                        after,
                        Lex::Num(_) | Lex::Ago | Lex::Earlier | Lex::Later | Lex::Punct(b'-')
                    )
                    && !matches!(
                        self.word(j + 1),
                        "before" | "after" | "that" | "when" | "ended" | "ending"
                    ))
                .then_some((j + 1, Expr::RelYear(0, Part::Whole)))
            }),
            Lex::DecadeNum(n) if n < 100 => {
                Some((j + 1, Expr::Decade { y: 1900 + n as i32, part: Part::Whole }))
            }
            Lex::DecadeNum(_) => {
                let (e, expr) = self.parse_at(j)?;
                Some((e, expr))
            }
            Lex::DecadeWord(d) => {
                Some((j + 1, Expr::Decade { y: 1900 + 10 * d as i32, part: Part::Whole }))
            }
            Lex::End | Lex::Beginning | Lex::Middle | Lex::Early | Lex::Late | Lex::Mid => {
                self.part_led(j)
            }
            Lex::Ordinal(_) => self.ordinal_led(j, None),
            Lex::Num(_) => {
                // `the 1988 second quarter`, `the 1988 period`
                let y = self.year_at(j)?;
                if let Lex::Ordinal(_) = self.lex(j + 1) {
                    return self.ordinal_led(j + 1, Some(y));
                }
                if matches!(self.lex(j + 1), Lex::Unit(Unit::Period | Unit::Quarter)) {
                    return Some((j + 2, Expr::PeriodOfYear(y)));
                }
                None
            }
            Lex::Season(_) => self.season_at(j, None),
            _ => None,
        }
    }

    /// `year-earlier`, `year-ago`, optionally `quarter`/`period`/`results` after.
    fn year_ago_compound(&self, j: usize) -> Option<(usize, Expr)> {
        if !(self.glued(j + 1, b'-')
            && !self.tok(j + 2).sp
            && matches!(self.lex(j + 2), Lex::Ago | Lex::Earlier))
        {
            return None;
        }
        let e = match (self.lex(j + 3), self.lex(j + 4), self.lex(j + 5)) {
            (Lex::Unit(Unit::Quarter | Unit::Period), _, _) => j + 4,
            // `the year-ago third quarter`
            (Lex::Ordinal(_), Lex::Unit(Unit::Quarter), _) => j + 5,
            (Lex::Ordinal(_), Lex::Punct(b'-'), Lex::Unit(Unit::Quarter)) => j + 6,
            _ => j + 3,
        };
        Some((e, Expr::YearAgo))
    }

    /// `year-end`, `year end`, `year's end`.
    fn year_end(&self, i: usize) -> Option<(usize, Expr)> {
        if self.word(i) != "year" {
            return None;
        }
        let e = match (self.lex(i + 1), self.lex(i + 2), self.lex(i + 3)) {
            (Lex::Punct(b'-'), Lex::End, _) if !self.tok(i + 2).sp => i + 3,
            (Lex::End, _, _) => i + 2,
            (Lex::Punct(b'\''), Lex::Other, Lex::End) if self.word(i + 2) == "s" => i + 4,
            _ => return None,
        };
        let since = i > 0 && self.word(i - 1) == "since";
        Some((e, Expr::YearEnd { since }))
    }

    /// Season names: `spring` and `fall` are common words, so a bare season needs a
    /// determiner, a relative word or a year beside it.
    fn season_at(&self, i: usize, rel: Option<i32>) -> Option<(usize, Expr)> {
        let Lex::Season(s) = self.lex(i) else {
            return None;
        };
        let mut j = i + 1;
        let mut y = None;
        if let Some(yy) = self.year_at(j) {
            y = Some(yy);
            j += 1;
        } else if self.lex(j) == Lex::Of {
            if let Some((yy, e)) = self.year_any(j + 1) {
                y = Some(yy);
                j = e;
            } else {
                // `the fall of the Berlin Wall`
                return None;
            }
        }
        if y.is_none() && rel.is_none() {
            let p = self.prev_lex(i);
            let pp = if i >= 2 { self.word(i - 2) } else { "" };
            let ok = match p {
                Lex::Early | Lex::Late | Lex::Mid => true,
                Lex::The => matches!(
                    pp.to_ascii_lowercase().as_str(),
                    "in" | "during"
                        | "by"
                        | "until"
                        | "over"
                        | "through"
                        | "since"
                        | "for"
                        | "into"
                ),
                Lex::Other => {
                    s != 0 && s != 2 && i > 0 && self.word(i - 1).eq_ignore_ascii_case("in")
                }
                _ => false,
            };
            if !ok {
                return None;
            }
        }
        Some((j, Expr::Season { y, s, rel }))
    }

    /// Expressions the grammar accepts that the context shows are no date of an event:
    /// recurrences (`each July`), generic `today's world` and `of tomorrow`, `Today` in a
    /// programme's name.
    fn not_a_date(&self, i: usize, end: usize) -> bool {
        let prev = if i > 0 { self.word(i - 1) } else { "" };
        if matches!(prev, "each" | "every" | "Each" | "Every") {
            return true;
        }
        match self.lex(i) {
            Lex::Today if self.possessive(end) => {
                let next = self.tok(end + 2);
                return next.lex == Lex::Other
                    && !next.cap
                    && !matches!(
                        self.word(end + 2),
                        "meeting"
                            | "vote"
                            | "session"
                            | "talks"
                            | "announcement"
                            | "decision"
                            | "ruling"
                            | "game"
                            | "election"
                            | "report"
                            | "rally"
                            | "hearing"
                            | "edition"
                            | "editions"
                            | "statement"
                            | "speech"
                            | "match"
                    );
            }
            Lex::Today | Lex::Tomorrow if prev == "of" => return true,
            // Mid-sentence, a capital `Today` or `This Morning` names a programme.
            Lex::Today | Lex::This | Lex::Tonight | Lex::Yesterday | Lex::Tomorrow
                if self.tok(i).cap && i > 0 && !self.sentence_break(i - 1) =>
            {
                return !matches!(
                    self.lex(i - 1),
                    Lex::Punct(b'"' | b'(' | b'\'' | b'#' | b'`' | b'-' | b'|' | b':')
                )
            }
            _ => {}
        }
        false
    }

    /// A dateline (`WASHINGTON, Aug. 11 (Reuters) -`): only capitals and commas before, a
    /// bracket or dash after. It is a date expression, but it dates the dispatch, not the
    /// events, so it never becomes the passage's event date.
    fn is_dateline(&self, i: usize, end: usize) -> bool {
        i > 0
            && matches!(self.lex(end), Lex::Punct(b'(' | b'-' | b'|' | b'_'))
            && self.toks[..i].iter().all(|t| match t.lex {
                Lex::Punct(c) => matches!(c, b',' | b'.' | b'/' | b'-'),
                _ => self
                    .text
                    .get(t.s..t.e)
                    .is_some_and(|w| w.bytes().all(|c| !c.is_ascii_lowercase())),
            })
    }

    /// Whether the expression ending before `end` is a possessive (`Wednesday's`).
    fn possessive(&self, end: usize) -> bool {
        self.is_punct(end, b'\'') && self.word(end + 1) == "s"
    }

    /// Reported news looks back; the nearest tense cue before the expression (else after it,
    /// within the sentence) can turn that toward the future.
    fn tense_bias(&self, start: usize, end: usize) -> Bias {
        // The preposition right before the expression is the strongest cue of all.
        match self.word(start.wrapping_sub(1)) {
            "until" | "till" | "by" | "through" | "effective" | "payable" | "Until" | "By" => {
                return Bias::Future
            }
            "since" | "Since" => return Bias::Past,
            _ => {}
        }
        let mut k = start;
        while k > 0 {
            k -= 1;
            if self.sentence_break(k) {
                break;
            }
            if let Some(b) = self.tense_cue(k) {
                return b;
            }
        }
        let mut k = end;
        while k < self.toks.len() && !self.sentence_break(k) {
            if let Some(b) = self.tense_cue(k) {
                return b;
            }
            k += 1;
        }
        Bias::Past
    }

    fn sentence_break(&self, k: usize) -> bool {
        match self.lex(k) {
            Lex::Punct(b'!' | b'?' | b';') => true,
            Lex::Punct(b'.') => {
                // `Mr.`, `Inc.`, `P.`, `Corp.`, `U.S.` before a capital do not end a sentence.
                let prev = if k > 0 { self.word(k - 1) } else { "" };
                let abbrev = prev.len() == 1
                    || prev.len() <= 3
                        && prev.bytes().next().is_some_and(|c| c.is_ascii_uppercase())
                    || matches!(prev, "Corp" | "Calif" | "Sept" | "Gov" | "Sen" | "Rep" | "Gen");
                k + 1 >= self.toks.len() || (self.tok(k + 1).cap && !abbrev)
            }
            _ => false,
        }
    }

    /// The tense a word at `k` signals, if any.
    fn tense_cue(&self, k: usize) -> Option<Bias> {
        let t = self.tok(k);
        if t.e - t.s < 2 || t.e - t.s > 12 || t.lex != Lex::Other && t.lex != Lex::Next {
            return match t.lex {
                Lex::Next | Lex::Tomorrow | Lex::Coming => Some(Bias::Future),
                Lex::Last | Lex::Ago | Lex::Yesterday => Some(Bias::Past),
                _ => None,
            };
        }
        let w = self.word(k);
        let mut buf = [0u8; 12];
        for (d, s) in buf.iter_mut().zip(w.bytes()) {
            *d = s.to_ascii_lowercase();
        }
        let w = &buf[..w.len().min(buf.len())];
        match w {
            b"set" if !matches!(self.word(k + 1), "to" | "for") => None,
            b"will" | b"shall" | b"ll" | b"would" | b"scheduled" | b"schedule" | b"due"
            | b"expected" | b"expects" | b"expect" | b"plans" | b"planning" | b"upcoming"
            | b"set" | b"going" | b"intends" | b"hopes" | b"aims" => {
                // `had been due to expire`, `was scheduled for` look back.
                let before = |n: usize| if k >= n { self.word(k - n) } else { "" };
                if [1, 2].iter().any(|&n| matches!(before(n), "had" | "been" | "was" | "were")) {
                    Some(Bias::Past)
                } else {
                    Some(Bias::Future)
                }
            }
            b"was" | b"were" | b"had" | b"did" | b"said" | b"told" | b"ago" | b"since" | b"met"
            | b"went" | b"came" | b"took" | b"made" | b"gave" | b"held" | b"began" | b"saw"
            | b"got" | b"found" | b"left" | b"won" | b"lost" | b"fell" | b"rose" | b"sold"
            | b"paid" | b"sent" | b"spoke" | b"wrote" | b"led" | b"ran" | b"became" | b"says"
            | b"shot" | b"hit" | b"struck" | b"broke" | b"chose" | b"fled" | b"flew" | b"knew"
            | b"thought" | b"brought" | b"bought" | b"caught" | b"taught" | b"sought"
            | b"fought" | b"built" | b"felt" | b"kept" | b"meant" | b"spent" => Some(Bias::Past),
            w if w.len() > 4
                && !t.cap
                && w.ends_with(b"ed")
                && (!w.ends_with(b"eed") || matches!(w, b"agreed" | b"freed" | b"guaranteed")) =>
            {
                // A passive after `will be` is no past tense: keep looking.
                let prev = if k > 0 { self.word(k - 1) } else { "" };
                if matches!(prev, "be" | "been" | "being" | "is" | "are") {
                    None
                } else {
                    Some(Bias::Past)
                }
            }
            _ => None,
        }
    }

    /// Whether the expression at `i` sits in a clause that is not the sentence's main one: a
    /// relative or adverbial clause, or a participial phrase after a comma.
    fn is_subordinate(&self, i: usize) -> bool {
        let mut k = i;
        let mut words_before = 0;
        let mut participle = false;
        // The clause's first word: a participle or an adverb before one opens a participial
        // phrase (`, formally offered in…`); an auxiliary opens the main clause again
        // (`, was signed on…`).
        let mut first_is_lead = false;
        while k > 0 {
            k -= 1;
            match self.lex(k) {
                Lex::Punct(b',' | b'(' | b'|' | b':' | b'"' | b';') => {
                    return participle && first_is_lead && words_before <= 5;
                }
                _ if self.sentence_break(k) => return false,
                Lex::Punct(_) => continue,
                _ => {}
            }
            let w = self.word(k).to_ascii_lowercase();
            match w.as_str() {
                "which" | "who" | "whom" | "whose" | "that" | "when" | "while" | "although"
                | "though" | "because" | "since" | "after" | "before" | "until" | "if"
                | "where" => return true,
                _ => {}
            }
            words_before += 1;
            let is_participle = (w.len() > 3 && (w.ends_with("ed") || w.ends_with("en")))
                || matches!(
                    w.as_str(),
                    "made"
                        | "held"
                        | "sent"
                        | "built"
                        | "brought"
                        | "bought"
                        | "sold"
                        | "won"
                        | "lost"
                        | "paid"
                        | "put"
                        | "kept"
                        | "left"
                        | "led"
                        | "met"
                        | "told"
                        | "set"
                        | "begun"
                        | "done"
                        | "said"
                );
            participle |= is_participle;
            first_is_lead = is_participle
                || w.ends_with("ly")
                || matches!(w.as_str(), "first" | "later" | "once" | "also" | "then");
        }
        false
    }
}

// ---------------------------------------------------------------------------------------------
// Resolution

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Bias {
    Past,
    Future,
    Nearest,
}

/// What a year-less expression is placed near.
#[derive(Debug, Clone, Copy)]
enum Anchor {
    /// A span of days: the previous date of a timeline, or the publication date.
    Near((NaiveDate, NaiveDate)),
    /// Only a year is known (the first explicit year of the article), or nothing.
    Year(Option<i32>),
}

#[derive(Clone, Copy)]
struct Ctx {
    /// The last year the article named, for `that year`.
    last_year: Option<i32>,
    dct: Option<NaiveDate>,
    anchor: Anchor,
    bias: Bias,
    quarter_context: bool,
}

const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

fn month_name(m: u32) -> &'static str {
    MONTHS.get(m.wrapping_sub(1) as usize).copied().unwrap_or("")
}

fn last_day(y: i32, m: u32) -> Option<NaiveDate> {
    let (ny, nm) = if m == 12 { (y + 1, 1) } else { (y, m + 1) };
    NaiveDate::from_ymd_opt(ny, nm, 1)?.pred_opt()
}

fn add_months(y: i32, m: u32, delta: i64) -> (i32, u32) {
    let idx = i64::from(y) * 12 + i64::from(m) - 1 + delta;
    (idx.div_euclid(12) as i32, (idx.rem_euclid(12) + 1) as u32)
}

fn day_span(d: NaiveDate) -> Span {
    Span {
        start: d,
        end: d,
        precision: Precision::Day,
        label: format!("{} {}, {}", month_name(d.month()), d.day(), d.year()),
    }
}

fn month_span(y: i32, m: u32, part: Part) -> Option<Span> {
    let first = NaiveDate::from_ymd_opt(y, m, 1)?;
    let last = last_day(y, m)?;
    let name = month_name(m);
    let (s, e, precision, label) = match part {
        Part::Whole => (1, last.day(), Precision::Month, format!("{name} {y}")),
        Part::Early => (1, 10, Precision::PartOfMonth, format!("early {name} {y}")),
        Part::Mid => (11, 20, Precision::PartOfMonth, format!("mid-{name} {y}")),
        Part::Late => (21, last.day(), Precision::PartOfMonth, format!("late {name} {y}")),
        Part::FirstHalf => (1, 15, Precision::PartOfMonth, format!("first half of {name} {y}")),
        Part::SecondHalf => {
            (16, last.day(), Precision::PartOfMonth, format!("second half of {name} {y}"))
        }
    };
    Some(Span { start: first.with_day(s)?, end: first.with_day(e)?, precision, label })
}

fn year_span(y: i32, part: Part) -> Option<Span> {
    let (m0, m1, label) = match part {
        Part::Whole => (1, 12, format!("{y}")),
        Part::Early => (1, 4, format!("early {y}")),
        Part::Mid => (5, 8, format!("mid-{y}")),
        Part::Late => (9, 12, format!("late {y}")),
        Part::FirstHalf => (1, 6, format!("first half of {y}")),
        Part::SecondHalf => (7, 12, format!("second half of {y}")),
    };
    Some(Span {
        start: NaiveDate::from_ymd_opt(y, m0, 1)?,
        end: last_day(y, m1)?,
        precision: Precision::Year,
        label,
    })
}

fn decade_span(y: i32, part: Part) -> Option<Span> {
    let y = y - y.rem_euclid(10);
    let (a, b, label) = match part {
        Part::Early => (0, 3, format!("the early {y}s")),
        Part::Mid => (3, 6, format!("the mid-{y}s")),
        Part::Late => (7, 9, format!("the late {y}s")),
        Part::FirstHalf => (0, 4, format!("the first half of the {y}s")),
        Part::SecondHalf => (5, 9, format!("the second half of the {y}s")),
        Part::Whole => (0, 9, format!("the {y}s")),
    };
    Some(Span {
        start: NaiveDate::from_ymd_opt(y + a, 1, 1)?,
        end: NaiveDate::from_ymd_opt(y + b, 12, 31)?,
        precision: Precision::Decade,
        label,
    })
}

fn quarter_span(y: i32, q: u32) -> Option<Span> {
    if !(1..=4).contains(&q) {
        return None;
    }
    let m0 = (q - 1) * 3 + 1;
    Some(Span {
        start: NaiveDate::from_ymd_opt(y, m0, 1)?,
        end: last_day(y, m0 + 2)?,
        precision: Precision::Quarter,
        label: format!("Q{q} {y}"),
    })
}

fn season_span(y: i32, s: u32) -> Option<Span> {
    let (m0, name) = match s {
        0 => (3, "spring"),
        1 => (6, "summer"),
        2 => (9, "fall"),
        _ => (12, "winter"),
    };
    let (ey, em) = add_months(y, m0, 2);
    let label = if s == 3 {
        format!("winter {}–{:02}", y, (y + 1).rem_euclid(100))
    } else {
        format!("{name} {y}")
    };
    Some(Span {
        start: NaiveDate::from_ymd_opt(y, m0, 1)?,
        end: last_day(ey, em)?,
        precision: Precision::Season,
        label,
    })
}

fn week_span(d: NaiveDate) -> Option<Span> {
    let monday = d.checked_sub_days(Days::new(u64::from(d.weekday().num_days_from_monday())))?;
    Some(Span {
        start: monday,
        end: monday.checked_add_days(Days::new(6))?,
        precision: Precision::Week,
        label: format!(
            "week of {} {}, {}",
            month_name(monday.month()),
            monday.day(),
            monday.year()
        ),
    })
}

fn shift_days(d: NaiveDate, n: i64) -> Option<NaiveDate> {
    if n >= 0 {
        d.checked_add_days(Days::new(n as u64))
    } else {
        d.checked_sub_days(Days::new(n.unsigned_abs()))
    }
}

/// The year of `last May` (the last May before the month of `d`), `this May` (the year of
/// `d`) or `next May` (the first May after it).
fn rel_month_year(d: NaiveDate, m: u32, rel: i32) -> i32 {
    match rel {
        -1 if m < d.month() => d.year(),
        -1 => d.year() - 1,
        0 => d.year(),
        _ if m <= d.month() => d.year() + 1,
        _ => d.year(),
    }
}

/// The last quarter that ended before `d`, moved by `years`.
fn reported_quarter(d: NaiveDate, years: i32) -> Option<Span> {
    let (y, m) = add_months(d.year(), d.month(), -3);
    quarter_span(y + years, (m - 1) / 3 + 1)
}

fn thanksgiving(y: i32) -> Option<NaiveDate> {
    NaiveDate::from_weekday_of_month_opt(y, 11, Weekday::Thu, 4)
}

/// Days between a candidate span and the anchor span; 0 when they overlap.
fn gap(s: &Span, a: (NaiveDate, NaiveDate)) -> i64 {
    if s.end < a.0 {
        (a.0 - s.end).num_days()
    } else if s.start > a.1 {
        (s.start - a.1).num_days()
    } else {
        0
    }
}

/// How many days a candidate against the tense counts as farther away. Tense cues are
/// guesses, so they decide only between candidates at similar distances: `payable Dec. 15`
/// in late October is this December even after a past-tense verb, but `will fly in December`
/// in March is this December, not the last one.
const AGAINST_TENSE_DAYS: i64 = 240;

/// Places a year-less expression in the year around the anchor that is nearest to it, a
/// candidate against the tense of its clause counting as farther (see the module doc).
fn place<F: Fn(i32) -> Option<Span>>(f: F, ctx: &Ctx) -> Option<Span> {
    let a = match ctx.anchor {
        Anchor::Near(a) => a,
        Anchor::Year(y) => return f(y?),
    };
    let mut best: Option<(i64, Span)> = None;
    for y in a.0.year() - 1..=a.1.year() + 1 {
        let Some(s) = f(y) else { continue };
        let against = match ctx.bias {
            Bias::Past => s.start > a.1,
            Bias::Future => s.end < a.0,
            Bias::Nearest => false,
        };
        let g = gap(&s, a) + if against { AGAINST_TENSE_DAYS } else { 0 };
        if best.as_ref().is_none_or(|(bg, _)| g < *bg) {
            best = Some((g, s));
        }
    }
    best.map(|(_, s)| s)
}

fn resolve(expr: &Expr, ctx: &Ctx) -> Option<Span> {
    let dct = ctx.dct;
    match *expr {
        Expr::Day { y: Some(y), m, d } => NaiveDate::from_ymd_opt(y, m, d).map(day_span),
        Expr::Day { y: None, m, d } => {
            place(|y| NaiveDate::from_ymd_opt(y, m, d).map(day_span), ctx)
        }
        Expr::Month { y: Some(y), m, part } => month_span(y, m, part),
        Expr::Month { y: None, m, part } => place(|y| month_span(y, m, part), ctx),
        Expr::MonthOfRelYear { m, rel } => month_span(dct?.year() + rel, m, Part::Whole),
        Expr::MonthRel { m, rel } => {
            let d = dct?;
            month_span(rel_month_year(d, m, rel.max(-1)), m, Part::Whole)
        }
        Expr::DayRel { m, d: day, rel } => {
            let d = dct?;
            NaiveDate::from_ymd_opt(rel_month_year(d, m, rel.max(-1)), m, day).map(day_span)
        }
        Expr::Year { y, part } => year_span(y, part),
        Expr::Decade { y, part } => decade_span(y, part),
        Expr::Season { y: Some(y), s, .. } => season_span(y, s),
        Expr::Season { y: None, s, rel } => match (rel, dct) {
            (Some(r), Some(d)) => {
                // A winter in January or February began the December before.
                let base = if s == 3 && d.month() <= 2 { d.year() - 1 } else { d.year() };
                let this = season_span(base, s)?;
                // TimeML reads `last fall` as the fall of the year before even late in the
                // year, and `next spring` as the first spring to come.
                match r {
                    0 => Some(this),
                    -2 if this.start < d => Some(this),
                    ..=-1 => season_span(base - 1, s),
                    _ if this.start > d => Some(this),
                    _ => season_span(base + 1, s),
                }
            }
            _ => place(|y| season_span(y, s), ctx),
        },
        Expr::Quarter { y: Some(y), q } => quarter_span(y, q),
        // Quarters are forecast in the future tense before they end and after (`expects to
        // report third-quarter losses`), so only a past tense says something.
        Expr::Quarter { y: None, q } => place(
            |y| quarter_span(y, q),
            &Ctx { bias: if ctx.bias == Bias::Past { Bias::Past } else { Bias::Nearest }, ..*ctx },
        ),
        Expr::Weekday { wd, rel } => {
            let base = match (dct, ctx.anchor) {
                (Some(d), _) => d,
                (None, Anchor::Near(a)) => a.0,
                _ => return None,
            };
            let back = i64::from(
                (base.weekday().num_days_from_monday() + 7 - wd.num_days_from_monday()) % 7,
            );
            let fwd = (7 - back) % 7;
            let n = match rel.max(-1) {
                // `last Friday`: the Friday of the week before, never today.
                -1 => -(if back == 0 { 7 } else { back }),
                1 => {
                    if fwd == 0 {
                        7
                    } else {
                        fwd
                    }
                }
                _ => match ctx.bias {
                    Bias::Future => fwd,
                    Bias::Past => -back,
                    // A heading in a timeline: whichever side of the date before is closer.
                    Bias::Nearest if fwd < back => fwd,
                    Bias::Nearest => -back,
                },
            };
            shift_days(base, n).map(day_span)
        }
        Expr::RelDay(n) => shift_days(dct?, n).map(day_span),
        Expr::RelWeek(n) => week_span(shift_days(dct?, 7 * n)?),
        Expr::RelMonth(n, part) => {
            let d = dct?;
            let (y, m) = add_months(d.year(), d.month(), n);
            let part = if n == 0 { Part::Whole } else { part };
            month_span(y, m, part)
        }
        Expr::RelYear(n, part) => year_span(dct?.year() + i32::try_from(n).ok()?, part),
        Expr::RelQuarter(n) => {
            let d = dct?;
            let (y, m) = add_months(d.year(), d.month(), 3 * n);
            quarter_span(y, (m - 1) / 3 + 1)
        }
        // Results are reported for the quarter that ended before publication.
        Expr::CtxQuarter => reported_quarter(dct?, 0),
        Expr::YearAgo if ctx.quarter_context => reported_quarter(dct?, -1),
        Expr::YearAgo => year_span(dct?.year() - 1, Part::Whole),
        Expr::QuarterOfRelYear { q, rel } => {
            let d = dct?;
            match q {
                Some(q) => quarter_span(d.year() + rel, q),
                None => reported_quarter(d, rel),
            }
        }
        Expr::PeriodOfYear(y) if ctx.quarter_context => {
            let r = reported_quarter(dct?, 0)?;
            quarter_span(y, r.start.month0() / 3 + 1)
        }
        Expr::PeriodOfYear(y) => year_span(y, Part::Whole),
        Expr::WeekOf { y, m, d } => {
            let day = resolve(&Expr::Day { y, m, d }, ctx)?;
            week_span(day.start)
        }
        Expr::ThatYear(off) => year_span(ctx.last_year? + off, Part::Whole),
        Expr::YearEnd { since } => year_span(dct?.year() - i32::from(since), Part::Late),
        Expr::Holiday { christmas, y } => {
            let f = |y: i32| {
                let d =
                    if christmas { NaiveDate::from_ymd_opt(y, 12, 25) } else { thanksgiving(y) };
                d.map(day_span)
            };
            match y {
                Some(y) => f(y),
                None => place(f, ctx),
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    fn passage(ordinal: u32, label: Option<&str>, text: &str) -> Passage {
        Passage { ordinal, text: text.to_string(), label: label.map(str::to_string) }
    }

    /// One expression in running text, resolved against a publication date.
    fn one(published: &str, text: &str) -> Option<(String, String, String, Precision, String)> {
        let p = [passage(0, None, text)];
        let tagged = tag_dates(Some(d(published)), &p);
        let m = tagged.into_iter().next()?.mentions.into_iter().next()?;
        Some((m.text, m.start.to_string(), m.end.to_string(), m.precision, m.label))
    }

    /// One expression a line: publication date | sentence | mention text | start | end |
    /// precision | label. Kept as text so that the table stays one line per case.
    const RUNNING_TEXT: &str = "
2022-03-01 | Russia invaded Ukraine on Feb. 24, 2022, officials said. | Feb. 24, 2022 | 2022-02-24 | 2022-02-24 | day | February 24, 2022
2022-03-01 | The invasion began on 24 February 2022 at dawn. | 24 February 2022 | 2022-02-24 | 2022-02-24 | day | February 24, 2022
2022-03-01 | Troops crossed the border on 2/24/2022, the ministry said. | 2/24/2022 | 2022-02-24 | 2022-02-24 | day | February 24, 2022
2022-03-01 | The ministers met on February 24 in Brussels. | February 24 | 2022-02-24 | 2022-02-24 | day | February 24, 2022
2022-03-01 | Shares fell sharply on Feb 24 as markets opened. | Feb 24 | 2022-02-24 | 2022-02-24 | day | February 24, 2022
2022-03-15 | Exports slumped in February, the agency reported. | February | 2022-02-01 | 2022-02-28 | month | February 2022
2022-01-10 | Prices rose sharply in November, the bureau said. | November | 2021-11-01 | 2021-11-30 | month | November 2021
2022-03-15 | The company was founded in 2021 by two engineers. | 2021 | 2021-01-01 | 2021-12-31 | year | 2021
2022-03-15 | The reforms of the 1990s still shape the economy. | the 1990s | 1990-01-01 | 1999-12-31 | decade | the 1990s
2022-03-15 | The treaty was drafted in mid-December and signed later. | mid-December | 2021-12-11 | 2021-12-20 | part-of-month | mid-December 2021
2022-03-15 | Talks collapsed in early March after a week of shelling. | early March | 2022-03-01 | 2022-03-10 | part-of-month | early March 2022
2022-03-15 | The law took effect at the end of January. | the end of January | 2022-01-21 | 2022-01-31 | part-of-month | late January 2022
2022-03-15 | Sales slowed in the first half of February, the firm said. | the first half of February | 2022-02-01 | 2022-02-15 | part-of-month | first half of February 2022
2004-09-20 | The band toured Europe in summer 2004 to packed halls. | summer 2004 | 2004-06-01 | 2004-08-31 | season | summer 2004
2004-09-20 | The plant closed last winter after the strike. | last winter | 2003-12-01 | 2004-02-29 | season | winter 2003–04
2021-11-02 | Profit rose 12% in the third quarter, the bank said. | the third quarter | 2021-07-01 | 2021-09-30 | quarter | Q3 2021
2021-11-02 | The bank posted record third-quarter earnings on Tuesday. | third-quarter | 2021-07-01 | 2021-09-30 | quarter | Q3 2021
2021-11-02 | Revenue in Q3 beat forecasts. | Q3 | 2021-07-01 | 2021-09-30 | quarter | Q3 2021
2021-06-09 | The mayor resigned today amid protests. | today | 2021-06-09 | 2021-06-09 | day | June 9, 2021
2021-06-09 | The mayor resigned yesterday amid protests. | yesterday | 2021-06-08 | 2021-06-08 | day | June 8, 2021
2021-06-09 | The council votes tomorrow on the budget. | tomorrow | 2021-06-10 | 2021-06-10 | day | June 10, 2021
2021-06-09 | The minister resigned on Tuesday after the vote. | Tuesday | 2021-06-08 | 2021-06-08 | day | June 8, 2021
2021-06-09 | Police arrested two men Monday night in the harbour. | Monday night | 2021-06-07 | 2021-06-07 | day | June 7, 2021
2021-06-09 | The leaders will meet on Friday in Geneva. | Friday | 2021-06-11 | 2021-06-11 | day | June 11, 2021
2021-06-09 | Negotiators met last Friday without result. | last Friday | 2021-06-04 | 2021-06-04 | day | June 4, 2021
2021-06-09 | Negotiators met last week without result. | last week | 2021-05-31 | 2021-06-06 | week | week of May 31, 2021
2021-06-09 | Inflation eased this month, a survey showed. | this month | 2021-06-01 | 2021-06-30 | month | June 2021
2021-06-09 | Elections are due next year under the constitution. | next year | 2022-01-01 | 2022-12-31 | year | 2022
2021-06-09 | The firm cut 300 jobs earlier this year. | earlier this year | 2021-01-01 | 2021-12-31 | year | 2021
2021-06-09 | The ship sank two days ago off the coast. | two days ago | 2021-06-07 | 2021-06-07 | day | June 7, 2021
2021-06-09 | Turnout was 64 percent last year. | last year | 2020-01-01 | 2020-12-31 | year | 2020
2021-06-09 | Imports rose 4% from a year earlier. | a year earlier | 2020-01-01 | 2020-12-31 | year | 2020
2021-06-09 | The rebels took the town six weeks ago. | six weeks ago | 2021-04-26 | 2021-05-02 | week | week of April 26, 2021
2021-06-09 | The company expects to list its shares in September. | September | 2021-09-01 | 2021-09-30 | month | September 2021
2021-06-09 | Exports peaked in the late 1980s, records show. | the late 1980s | 1987-01-01 | 1989-12-31 | decade | the late 1980s
2022-03-01 | The strike cost the airline dearly last May. | last May | 2021-05-01 | 2021-05-31 | month | May 2021
2021-06-09 | Shops will stay closed until Christmas, the mayor said. | Christmas | 2021-12-25 | 2021-12-25 | day | December 25, 2021
2021-06-09 | Her term ends in June 2023 under the charter. | June 2023 | 2023-06-01 | 2023-06-30 | month | June 2023
1998-02-27 | The clinic was bombed in nineteen ninety-seven, police said. | nineteen ninety-seven | 1997-01-01 | 1997-12-31 | year | 1997
1998-03-03 | The sect expects the world to end by the year two thousand. | the year two thousand | 2000-01-01 | 2000-12-31 | year | 2000
1989-11-02 | Net income fell 20% in the quarter, the company said. | the quarter | 1989-07-01 | 1989-09-30 | quarter | Q3 1989
1989-11-02 | Sales for this year's third quarter were flat. | this year's third quarter | 1989-07-01 | 1989-09-30 | quarter | Q3 1989
1987-03-09 | Canadian Pacific said fourth quarter 1986 profit rose. | fourth quarter 1986 | 1986-10-01 | 1986-12-31 | quarter | Q4 1986
1989-10-26 | The board declared a dividend payable Dec. 15 to holders of record. | Dec. 15 | 1989-12-15 | 1989-12-15 | day | December 15, 1989
1989-10-27 | Some $14 million flowed out of the fund on Friday, Oct. 13 alone. | Friday, Oct. 13 | 1989-10-13 | 1989-10-13 | day | October 13, 1989
1989-11-02 | The company expects to complete the sale by year-end. | year-end | 1989-09-01 | 1989-12-31 | year | late 1989
2000-02-24 | A hearing is set for the week of March 6 in Miami. | the week of March 6 | 2000-03-06 | 2000-03-12 | week | week of March 6, 2000
1999-04-19 | The doctor was shot to death last Oct. 23 at his home. | last Oct. 23 | 1998-10-23 | 1998-10-23 | day | October 23, 1998
1987-03-09 | Billions have been poured into the project since the early 1970's. | the early 1970's | 1970-01-01 | 1973-12-31 | decade | the early 1970s
2000-04-05 | The father would be traveling to the United States Thursday. | Thursday | 2000-04-06 | 2000-04-06 | day | April 6, 2000
2000-01-07 | The relatives said they would fight Wednesday's ruling in court. | Wednesday | 2000-01-05 | 2000-01-05 | day | January 5, 2000
2000-04-03 | Officials said the plane will leave at 9 a.m. Tuesday for Miami. | Tuesday | 2000-04-04 | 2000-04-04 | day | April 4, 2000
1989-10-30 | The company scrapped its supercomputer unit this past spring. | this past spring | 1989-03-01 | 1989-05-31 | season | spring 1989
2005-02-10 | The film is being shown on Saturday 12 February at 2005 GMT. | Saturday 12 February | 2005-02-12 | 2005-02-12 | day | February 12, 2005
2000-02-24 | The post-1959 politics have split many families. | 1959 | 1959-01-01 | 1959-12-31 | year | 1959
";

    #[test]
    fn running_text_expressions() {
        for line in RUNNING_TEXT.lines().filter(|l| !l.trim().is_empty()) {
            let f: Vec<&str> = line.split(" | ").collect();
            assert_eq!(f.len(), 7, "{line}");
            let got = one(f[0], f[1]).map(|(text, start, end, p, label)| {
                format!("{text} | {start} | {end} | {} | {label}", p.as_str())
            });
            assert_eq!(got.as_deref(), Some(f[2..].join(" | ").as_str()), "{}", f[1]);
        }
    }

    #[test]
    fn not_dates() {
        // Words that look like dates but are not, each with a publication date.
        let cases: &[(&str, &str)] = &[
            ("2021-06-09", "You may call the office before noon."),
            ("2021-06-09", "Protesters march through the capital in the rain."),
            ("2021-06-09", "Leaves fall early in the north of the country."),
            ("2021-06-09", "The plant employs 2000 workers and ships 1500 tons a week."),
            ("2021-06-09", "The fall of the regime surprised diplomats."),
            ("2021-06-09", "Most of the volunteers are in their 50s and 60s."),
            ("2021-06-09", "Spring water prices doubled, the report said."),
            ("2021-06-09", "The minister said she would wait for the court."),
            ("2021-06-09", "He paid $1990 for the used car."),
            ("2021-06-09", "It was his second attempt at the summit."),
            ("1999-03-12", "Foreign Minister Jan Kavan said the talks went well."),
            ("1987-03-24", "The firm is offering its CYBER 1809 model to universities."),
            ("1998-03-22", "Orangemen march each July through the town."),
            ("1998-04-24", "Barriers like these have no place in today's world."),
            ("1990-08-13", "The minister spoke on ABC's This Week program."),
            ("2021-06-09", "Prices could fall in coming months, analysts said."),
            ("2005-03-15", "She told BBC Radio 4's Today programme she would run."),
            ("2005-03-15", "In an interview on ITV1's This Morning she said so."),
        ];
        for &(published, text) in cases {
            let p = [passage(0, None, text)];
            let tagged = tag_dates(Some(d(published)), &p);
            assert_eq!(tagged[0].mentions, Vec::new(), "{text}");
        }
    }

    #[test]
    fn no_panic_on_odd_text() {
        let texts = [
            "",
            "—",
            "Zoë’s café opened 31 Feb 2021 — or 2/30/2021?",
            "9999999999999 May 99, 99999",
            "'",
            "mid-",
            "the",
            "Q5 2021 and Q0",
            "“Early January:” – ¿Qué?",
            "December 32, 2021 and 0/0/0000",
        ];
        for t in texts {
            let p = [passage(0, Some(t), t)];
            let _ = tag_dates(Some(d("2021-06-09")), &p);
            let _ = tag_dates(None, &p);
        }
    }

    fn span(s: &DateSpan) -> (String, String, Precision, String, Option<DateSource>) {
        (s.start.to_string(), s.end.to_string(), s.precision, s.label.clone(), s.source)
    }

    /// Expected event date: start, end, precision, label, source.
    type Want = (&'static str, &'static str, Precision, &'static str, DateSource);

    #[test]
    fn timeline_article_without_publication_date() {
        use DateSource::*;
        use Precision::*;
        // A timeline in the style of the sample article: headings with and without a year,
        // a standalone heading line, a non-date label, and running-text dates below headings.
        let passages = [
            passage(0, None, "A look back at the months of diplomacy before the war."),
            passage(1, Some("June 16, 2021"), "June 16, 2021: The two presidents meet in Geneva."),
            passage(
                2,
                Some("End of October"),
                "End of October: The leaders meet at the G20 summit in Rome.",
            ),
            passage(3, Some("November 2"), "November 2: The CIA director flies to Moscow."),
            passage(4, None, "The director came away worried."),
            passage(5, Some("Mid-November"), "Mid-November: Intelligence chiefs brief the allies."),
            passage(6, Some("December 7"), "The presidents speak by video link."),
            passage(7, None, "The call lasts two hours."),
            passage(8, Some("Early January"), "Early January: Diplomats meet in Geneva."),
            passage(
                9,
                None,
                "He repeated the demands, formally made in mid-December in two draft treaties.",
            ),
            passage(10, Some("Officials said"), "Officials said the talks were useful."),
            passage(11, Some("December"), "December: The intelligence campaign begins."),
            passage(
                12,
                Some("Late January"),
                "Late January: London names a would-be puppet leader.",
            ),
            passage(
                13,
                Some("Early February"),
                "Early February: More warnings of staged provocations.",
            ),
            passage(14, Some("January 19"), "January 19: The president predicts an invasion."),
            passage(15, Some("January 21"), "January 21: The foreign ministers meet in Geneva."),
            passage(16, None, "They part without agreement."),
        ];
        let tagged = tag_dates(None, &passages);
        let want: [Option<Want>; 17] = [
            None,
            Some(("2021-06-16", "2021-06-16", Day, "June 16, 2021", Heading)),
            Some(("2021-10-21", "2021-10-31", PartOfMonth, "late October 2021", Heading)),
            Some(("2021-11-02", "2021-11-02", Day, "November 2, 2021", Heading)),
            Some(("2021-11-02", "2021-11-02", Day, "November 2, 2021", Inherited)),
            Some(("2021-11-11", "2021-11-20", PartOfMonth, "mid-November 2021", Heading)),
            Some(("2021-12-07", "2021-12-07", Day, "December 7, 2021", Heading)),
            Some(("2021-12-07", "2021-12-07", Day, "December 7, 2021", Inherited)),
            Some(("2022-01-01", "2022-01-10", PartOfMonth, "early January 2022", Heading)),
            Some(("2022-01-01", "2022-01-10", PartOfMonth, "early January 2022", Inherited)),
            Some(("2022-01-01", "2022-01-10", PartOfMonth, "early January 2022", Inherited)),
            Some(("2021-12-01", "2021-12-31", Month, "December 2021", Heading)),
            Some(("2022-01-21", "2022-01-31", PartOfMonth, "late January 2022", Heading)),
            Some(("2022-02-01", "2022-02-10", PartOfMonth, "early February 2022", Heading)),
            Some(("2022-01-19", "2022-01-19", Day, "January 19, 2022", Heading)),
            Some(("2022-01-21", "2022-01-21", Day, "January 21, 2022", Heading)),
            Some(("2022-01-21", "2022-01-21", Day, "January 21, 2022", Inherited)),
        ];
        for (i, (got, want)) in tagged.iter().zip(want).enumerate() {
            let want = want.map(|(s, e, p, l, src)| {
                (s.to_string(), e.to_string(), p, l.to_string(), Some(src))
            });
            assert_eq!(got.date.as_ref().map(span), want, "passage {i}");
        }
        // The mid-December inside an inherited passage is a mention, placed near its context.
        let m = &tagged[9].mentions;
        assert_eq!(m.len(), 1);
        assert_eq!(m[0].text, "mid-December");
        assert_eq!(m[0].label, "mid-December 2021");
        // A standalone heading line is the passage's mention without an offset.
        assert_eq!(tagged[6].mentions.len(), 1);
        assert_eq!(tagged[6].mentions[0].offset, None);
        // A heading leading its paragraph is found in the text once, at offset 0.
        assert_eq!(tagged[1].mentions.len(), 1);
        assert_eq!(tagged[1].mentions[0].offset, Some(0));
        assert!(tagged[10].mentions.is_empty());
    }

    #[test]
    fn heading_year_from_publication_date() {
        // A timeline in a January article: a bare December heading is the December before.
        let passages = [
            passage(0, Some("December 20"), "December 20: The central bank raises rates."),
            passage(1, Some("January 4"), "January 4: Markets fall on the news."),
        ];
        let tagged = tag_dates(Some(d("2022-01-10")), &passages);
        let starts: Vec<_> =
            tagged.iter().map(|t| t.date.as_ref().map(|s| s.start.to_string())).collect();
        assert_eq!(starts, [Some("2021-12-20".to_string()), Some("2022-01-04".to_string())]);
    }

    #[test]
    fn event_date_prefers_main_clause() {
        // (publication date, passage, expected event date start)
        let cases: &[(&str, &str, &str)] = &[
            (
                "2022-01-20",
                "The envoy repeated the offer, first made in mid-December, at talks on January 10.",
                "2022-01-10",
            ),
            (
                "2022-01-20",
                "The deal, which was agreed in November, was signed on January 12.",
                "2022-01-12",
            ),
            ("2022-01-20", "Ministers met on Tuesday to discuss the plan.", "2022-01-18"),
        ];
        for &(published, text, start) in cases {
            let p = [passage(0, None, text)];
            let tagged = tag_dates(Some(d(published)), &p);
            let got = tagged[0].date.as_ref().map(|s| (s.start.to_string(), s.source));
            assert_eq!(got, Some((start.to_string(), Some(DateSource::Text))), "{text}");
        }
    }

    #[test]
    fn context_dependent_expressions() {
        // (publication date, passage, every mention as "text=label")
        let cases: &[(&str, &str, &[&str])] = &[
            (
                "1989-11-02",
                "Profit rose in the third quarter from $3 million a year earlier.",
                &["the third quarter=Q3 1989", "a year earlier=Q3 1988"],
            ),
            (
                "1989-11-02",
                "Wages were 3.8 percent higher than a year earlier.",
                &["a year earlier=1988"],
            ),
            (
                "2000-01-28",
                "He fled to Florida in June 1998 and returned to Cuba later that year.",
                &["June 1998=June 1998", "later that year=1998"],
            ),
            (
                "1998-04-18",
                "He was promoted in 1995, and the following year he became an attaché.",
                &["1995=1995", "the following year=1996"],
            ),
            ("1989-10-30", "The index has risen 12% since year-end.", &["year-end=late 1988"]),
        ];
        for &(published, text, want) in cases {
            let p = [passage(0, None, text)];
            let tagged = tag_dates(Some(d(published)), &p);
            let got: Vec<String> =
                tagged[0].mentions.iter().map(|m| format!("{}={}", m.text, m.label)).collect();
            assert_eq!(got, want, "{text}");
        }
    }

    #[test]
    fn dateline_is_a_mention_but_not_the_event_date() {
        let p = [passage(
            0,
            None,
            "WASHINGTON, March 26 (Reuters) - The Senate voted on Tuesday to extend the program.",
        )];
        let tagged = tag_dates(Some(d("1987-03-26")), &p);
        let texts: Vec<&str> = tagged[0].mentions.iter().map(|m| m.text.as_str()).collect();
        assert_eq!(texts, ["March 26", "Tuesday"]);
        let date = tagged[0].date.as_ref().map(|s| s.start.to_string());
        assert_eq!(date.as_deref(), Some("1987-03-24"));
    }

    #[test]
    fn weekday_heading_with_date() {
        let passages = [
            passage(0, Some("Thursday, Jan. 6"), "Thursday, Jan. 6: The court rules."),
            passage(1, Some("Monday"), "Monday: The family appeals."),
        ];
        let tagged = tag_dates(Some(d("2000-01-12")), &passages);
        let got: Vec<_> = tagged.iter().map(|t| t.date.as_ref().map(|s| s.label.clone())).collect();
        assert_eq!(
            got,
            [Some("January 6, 2000".to_string()), Some("January 10, 2000".to_string())]
        );
    }

    #[test]
    fn publication_date_is_not_the_event_date() {
        let p = [passage(0, None, "The minister spoke to reporters.")];
        let tagged = tag_dates(Some(d("2022-01-20")), &p);
        assert_eq!(tagged[0], PassageDates::default());
    }
}
