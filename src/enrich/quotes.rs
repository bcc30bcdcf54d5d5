//! Quotations and their cues: where quoted words start and end in a passage, and which words
//! attribute speech ("said", "told", "according to").
//!
//! This module knows nothing about people; `people` links each quotation found here to a
//! speaker. Quote finding follows news conventions rather than strict pairing: a quotation
//! that runs over several paragraphs opens every paragraph and closes only in the last one,
//! straight quotes are paired by the space around them, and quotes nested inside a quotation
//! stay part of its text.

use std::collections::{HashMap, HashSet};
use std::hash::BuildHasherDefault;
use std::sync::LazyLock;

/// FxHash (rustc's): word-list look-ups run for every word of every passage, and SipHash's
/// protection against crafted keys buys nothing for fixed lists of short words. It hashes
/// eight bytes a step; the byte-at-a-time FNV-1a used before cost 1.6 % of indexing CPU.
/// See: issue 6.
pub type WordHasher = rustc_hash::FxHasher;

/// A set of words hashed with [`WordHasher`].
pub type WordSet = HashSet<&'static str, BuildHasherDefault<WordHasher>>;
/// A map from words hashed with [`WordHasher`].
pub type WordMap<V> = HashMap<&'static str, V, BuildHasherDefault<WordHasher>>;

/// One quotation in a passage, as byte offsets into the passage text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct QuoteSpan {
    /// Offset of the opening mark (0 when the passage starts inside a quotation).
    pub open: usize,
    /// Offset of the first byte of the quoted words.
    pub start: usize,
    /// Offset just past the quoted words (before the closing mark).
    pub end: usize,
    /// Offset just past the closing mark, or the passage length when the quotation runs on.
    pub close: usize,
    /// Whether the quotation goes on from the passage before.
    pub continued: bool,
    /// Whether the quotation goes on into the next passage (no closing mark here).
    pub runs_on: bool,
}

impl QuoteSpan {
    /// The quoted words without marks and without a trailing comma, trimmed.
    pub fn text<'a>(&self, passage: &'a str) -> &'a str {
        let inner = passage.get(self.start..self.end).unwrap_or("");
        inner.trim().trim_end_matches(',').trim_end()
    }
}

fn is_double_open(c: char) -> bool {
    matches!(c, '“' | '„' | '«' | '»' | '"' | '”')
}

fn is_double_close(c: char) -> bool {
    matches!(c, '”' | '»' | '«' | '"' | '“')
}

/// Whether the character before a mark lets the mark open a quotation.
fn opens_after(prev: Option<char>) -> bool {
    match prev {
        None => true,
        Some(p) => {
            p.is_whitespace() || matches!(p, '(' | '[' | '—' | '–' | '-' | ':' | '\u{202a}' | '/')
        }
    }
}

/// Finds the quotations of one passage. `carry` says a quotation was left open at the end of
/// the passage before; it goes on here only when this passage opens with a quotation mark, as
/// news convention has it. Returns the spans and whether a quotation is still open at the end.
pub fn find_quotes(text: &str, carry: bool) -> (Vec<QuoteSpan>, bool) {
    if !may_open_quote(text) {
        // Neither a new quotation nor a running one (which reopens with a mark) can be here.
        return (Vec::new(), false);
    }
    let mut spans = Vec::new();
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let first_mark = text.trim_start().chars().next().is_some_and(is_double_open);
    let mut i = 0;
    // (open offset, start offset, continued)
    let mut open: Option<(usize, usize, bool)> = None;
    // Curly quotations nested inside the open one with double marks.
    let mut nested = 0usize;
    if carry && first_mark {
        // The mark that opens this paragraph only re-opens the running quotation.
        let lead = text.len() - text.trim_start().len();
        while i < chars.len() && chars[i].0 <= lead {
            i += 1;
        }
        let start = chars.get(i).map_or(text.len(), |c| c.0);
        open = Some((lead, start, true));
    }
    while i < chars.len() {
        let (off, c) = chars[i];
        let prev = if i > 0 { Some(chars[i - 1].1) } else { None };
        let next = chars.get(i + 1).map(|x| x.1);
        let next_off = chars.get(i + 1).map_or(text.len(), |x| x.0);
        match open {
            None => {
                let opens = match c {
                    '“' | '„' | '«' => true,
                    // Straight marks and misused closing marks open only at a word start.
                    '"' | '”' => opens_after(prev) && next.is_some_and(|n| !n.is_whitespace()),
                    '‘' => opens_after(prev) && next.is_some_and(char::is_alphanumeric),
                    '\'' => opens_after(prev) && next.is_some_and(char::is_alphabetic),
                    _ => false,
                };
                if opens {
                    if matches!(c, '‘' | '\'') {
                        // Single quotes are also apostrophes: take them only when they close
                        // in this passage.
                        if let Some(end) = single_close(&chars, i + 1, c) {
                            let close = chars.get(end + 1).map_or(text.len(), |x| x.0);
                            spans.push(QuoteSpan {
                                open: off,
                                start: next_off,
                                end: chars[end].0,
                                close,
                                continued: false,
                                runs_on: false,
                            });
                            i = end + 1;
                            continue;
                        }
                    } else {
                        open = Some((off, next_off, false));
                    }
                }
            }
            Some((o, s, cont)) => {
                let closes = match c {
                    '”' if nested > 0 => {
                        nested -= 1;
                        i += 1;
                        continue;
                    }
                    '”' | '»' => !(opens_after(prev) && next.is_some_and(char::is_alphanumeric)),
                    '"' => !opens_after(prev) || next.is_none_or(|n| !n.is_alphanumeric()),
                    // “It's unusual,“ said X: an opening mark typed for a closing one, glued to
                    // the quoted words and followed by a space, closes.
                    '“' if prev.is_some_and(|p| !p.is_whitespace())
                        && next.is_none_or(char::is_whitespace) =>
                    {
                        true
                    }
                    // “… claim that a deal “has to do with Israel” makes clear …,” wrote
                    // Klein: an opening mark whose closing mark is followed by another closing
                    // mark before any opening one nests a quotation in the open one, as a
                    // single mark should have.
                    '“' if nested_double(&chars, i + 1) => {
                        nested += 1;
                        i += 1;
                        continue;
                    }
                    '“' => {
                        // A second opening mark inside an open quotation: the first one never
                        // closed, so close it here and open anew.
                        spans.push(QuoteSpan {
                            open: o,
                            start: s,
                            end: off,
                            close: off,
                            continued: cont,
                            runs_on: false,
                        });
                        open = Some((off, next_off, false));
                        i += 1;
                        continue;
                    }
                    _ => false,
                };
                if closes && is_double_close(c) {
                    spans.push(QuoteSpan {
                        open: o,
                        start: s,
                        end: off,
                        close: next_off,
                        continued: cont,
                        runs_on: false,
                    });
                    open = None;
                }
            }
        }
        i += 1;
    }
    let runs_on = open.is_some();
    if let Some((o, s, cont)) = open {
        spans.push(QuoteSpan {
            open: o,
            start: s,
            end: text.len(),
            close: text.len(),
            continued: cont,
            runs_on: true,
        });
    }
    (spans, runs_on)
}

/// Whether the opening mark just before `from` nests: its closing mark comes, then another
/// closing mark before any opening one.
fn nested_double(chars: &[(usize, char)], from: usize) -> bool {
    let mut closes =
        chars[from.min(chars.len())..].iter().map(|&(_, c)| c).filter(|&c| c == '“' || c == '”');
    closes.next() == Some('”') && closes.next() == Some('”')
}

/// Whether `text` holds a mark that could open a quotation under `find_quotes`' rules: a double
/// mark (a new quotation, or a running one reopened), or a single one. Most passages hold none,
/// and then their characters need not be indexed. An apostrophe after a letter or digit ("the
/// company's") opens nothing.
fn may_open_quote(text: &str) -> bool {
    let bytes = text.as_bytes();
    let apostrophe_opens = bytes
        .iter()
        .enumerate()
        .any(|(i, &b)| b == b'\'' && (i == 0 || !bytes[i - 1].is_ascii_alphanumeric()));
    // Each mark's UTF-8 ends in one of these bytes ('"', '«', '»', '“', '”', '„', '‘'): a
    // byte search rules out most passages before any character is decoded (issue 6).
    let may_hold_mark =
        || bytes.iter().any(|b| matches!(b, b'"' | 0xAB | 0xBB | 0x9C | 0x9D | 0x9E | 0x98));
    apostrophe_opens || may_hold_mark() && text.contains(|c| is_double_open(c) || c == '‘')
}

/// Index of the single mark closing a single-quoted span opened just before `from`.
fn single_close(chars: &[(usize, char)], from: usize, open: char) -> Option<usize> {
    let close = if open == '‘' { '’' } else { '\'' };
    let mut words = 0;
    let mut in_word = false;
    for (j, &(_, c)) in chars.iter().enumerate().skip(from) {
        if c == close {
            let prev = chars.get(j.wrapping_sub(1)).map(|x| x.1);
            let next = chars.get(j + 1).map(|x| x.1);
            // An apostrophe inside a word ("don’t") does not close.
            let inside =
                prev.is_some_and(char::is_alphanumeric) && next.is_some_and(char::is_alphanumeric);
            if !inside && prev.is_some_and(|p| !p.is_whitespace()) {
                return Some(j);
            }
        }
        if c.is_alphanumeric() {
            if !in_word {
                words += 1;
            }
            in_word = true;
        } else {
            in_word = false;
        }
        // A single-quoted phrase is short in news; a long run means the mark was an apostrophe.
        if words > 60 || matches!(c, '"' | '“' | '”') {
            return None;
        }
    }
    None
}

/// Verbs and phrases that attribute words to a speaker, in every form news uses.
const CUES: &[&str] = &[
    "said",
    "say",
    "says",
    "saying",
    "told",
    "tell",
    "tells",
    "telling",
    "asked",
    "asks",
    "asking",
    "recalled",
    "recalls",
    "recalling",
    "added",
    "adds",
    "adding",
    "argued",
    "argues",
    "arguing",
    "wrote",
    "writes",
    "writing",
    "tweeted",
    "tweets",
    "tweeting",
    "claimed",
    "claims",
    "claiming",
    "responded",
    "responds",
    "responding",
    "replied",
    "replies",
    "replying",
    "explained",
    "explains",
    "explaining",
    "noted",
    "notes",
    "noting",
    "stated",
    "declared",
    "declares",
    "declaring",
    "insisted",
    "insists",
    "insisting",
    "warned",
    "warns",
    "warning",
    "urged",
    "urges",
    "urging",
    "suggested",
    "suggests",
    "suggesting",
    "continued",
    "continues",
    "concluded",
    "concludes",
    "acknowledged",
    "acknowledges",
    "admitted",
    "admits",
    "announced",
    "announces",
    "complained",
    "complains",
    "complaining",
    "joked",
    "jokes",
    "joking",
    "quipped",
    "quips",
    "observed",
    "observes",
    "remarked",
    "predicted",
    "predicts",
    "promised",
    "promises",
    "vowed",
    "vows",
    "pledged",
    "reiterated",
    "reiterates",
    "repeated",
    "conceded",
    "concedes",
    "contended",
    "contends",
    "maintained",
    "maintains",
    "countered",
    "counters",
    "retorted",
    "stressed",
    "stresses",
    "emphasized",
    "emphasised",
    "cautioned",
    "confirmed",
    "confirms",
    "revealed",
    "reveals",
    "disclosed",
    "discloses",
    "denied",
    "denies",
    "described",
    "describes",
    "describing",
    "called",
    "calls",
    "calling",
    "accused",
    "accuses",
    "accusing",
    "criticized",
    "criticised",
    "praised",
    "blasted",
    "slammed",
    "mused",
    "posted",
    "shouted",
    "yelled",
    "whispered",
    "boasted",
    "bragged",
    "lamented",
    "agreed",
    "objected",
    "disagreed",
    "disagrees",
    "testified",
    "thundered",
    "snapped",
    "cried",
    "exclaimed",
    "announced",
    "reported",
    "reports",
    "wondered",
    "pointed",
    "charged",
    "alleged",
    "alleges",
    "recounted",
    "recounts",
    "insisted",
    "proclaimed",
    "proclaims",
    "demanded",
    "demands",
    "tweeted",
    "messaged",
    "emailed",
    "texted",
    "commented",
    "comments",
    "conceded",
    "said:",
    "says:",
    "told:",
    "believes",
    "believed",
    "thinks",
    "thought",
    "hopes",
    "feared",
    "fears",
];

/// More forms of cue verbs: participles, present tenses and bare forms.
const MORE_CUES: &[&str] = &[
    // Verbs of saying with an attitude, common after a quotation in political reporting.
    "asserted",
    "asserts",
    "asserting",
    "assured",
    "assures",
    "assuring",
    "scoffed",
    "scoffing",
    "remarking",
    "elaborated",
    "bemoaned",
    "fumed",
    "gushed",
    "marveled",
    "marvelled",
    "pledging",
    "pledges",
    "vowing",
    "promising",
    "criticizing",
    "criticising",
    "criticizes",
    "praising",
    "praises",
    "lamenting",
    "laments",
    "barked",
    "snapped",
    "shouted",
    "yelling",
    "chanting",
    "chanted",
    "quipping",
    "boasting",
    "boasts",
    "insisting",
    "conceding",
    "acknowledging",
    "declaring",
    "announcing",
    "stating",
    "recalling",
    "answering",
    "answered",
    "answers",
    "questioned",
    "questioning",
    "wondering",
    "wonders",
    "predicting",
    "blasting",
    "slamming",
    "attacking",
    "attacked",
    "mocked",
    "mocking",
    "dismissed",
    "dismissing",
    "labeled",
    "labelled",
    "dubbed",
    "branded",
    "touted",
    "touting",
    "defended",
    "defending",
    "hailed",
    "echoed",
    "echoing",
    "invoked",
    "cited",
    "cites",
    "citing",
    "interjected",
    "interjects",
    "interjecting",
    "reminded",
    "assured",
    "assuring",
    "explain",
    "argue",
    "claim",
    "respond",
    "reply",
    "insist",
    "warn",
    "note",
    "add",
    "write",
    "tweet",
    "recall",
    "admit",
    "suggest",
    "predict",
    "promise",
    "vow",
    "declare",
    "announce",
];

/// Verbs that show their subject or object to be a person without attributing speech.
const MEETING: &[&str] = &[
    "meets",
    "met",
    "meet",
    "meeting",
    "spoke",
    "speaks",
    "speak",
    "talked",
    "talks",
    "visited",
    "visits",
    "phoned",
    "thanked",
    "hosted",
    "invited",
    "interviewed",
    "greeted",
    "endorsed",
    "endorses",
    "nominated",
    "appointed",
    "resigned",
    "married",
    "hugged",
    "smiled",
    "laughed",
    "nodded",
    "sighed",
    "campaigned",
    "campaigns",
    "died",
    "wants",
    "wanted",
    "knows",
    "knew",
];

/// Whether a lower-case word attributes speech ("said", "told", "argued").
pub fn is_cue(word: &str) -> bool {
    CUE_SET.contains(word)
}

/// Every word [`is_cue`] accepts.
pub fn cue_words() -> impl Iterator<Item = &'static str> {
    CUES.iter().chain(MORE_CUES).copied()
}

static CUE_SET: LazyLock<WordSet> = LazyLock::new(|| cue_words().collect());
static MEETING_SET: LazyLock<WordSet> = LazyLock::new(|| MEETING.iter().copied().collect());

/// Verbs of stance that make a short quoted phrase their subject's words ("Trump blamed the
/// shootings on “sickos”", "Clinton decried “systemic racism”"), beyond the cues of speech.
const STANCE: &[&str] = &[
    "blamed",
    "blames",
    "blaming",
    "decried",
    "decries",
    "decrying",
    "referred",
    "refers",
    "referring",
    "labeling",
    "labelling",
    "labels",
    "chided",
    "chides",
    "chiding",
    "scolded",
    "scolds",
    "termed",
    "terms",
    "terming",
    "dubbing",
    "dubs",
    "branding",
    "brands",
    "characterized",
    "characterizes",
    "characterizing",
    "characterised",
    "portrayed",
    "portrays",
    "portraying",
    "compared",
    "compares",
    "comparing",
    "likened",
    "likens",
    "hailing",
    "hails",
    "welcomed",
    "welcomes",
    "rejected",
    "rejects",
    "rejecting",
    "condemned",
    "condemns",
    "condemning",
    "denounced",
    "denounces",
    "denouncing",
    "derided",
    "derides",
    "deriding",
    "ridiculed",
    "ridicules",
    "panned",
    "promoted",
    "promotes",
    "pronounced",
    "embraced",
    "embraces",
    "invoking",
    "invokes",
    "emphasizes",
    "emphasizing",
    "stressing",
    "pushed",
    "pushes",
    "pushing",
    "championed",
    "champions",
    "lambasted",
    "lambastes",
    "attacks",
    "mocks",
    "dismisses",
    "questions",
    "disputed",
    "disputes",
    "disputing",
    "admitting",
    "thanked",
    "thanks",
    "credited",
    "credits",
    "crediting",
    "defends",
    "endorsed",
    "endorses",
    "signed",
    "posts",
    "posting",
    "read",
    "reads",
    "reading",
    "named",
    "names",
    "naming",
    "nicknamed",
    "stood",
    "stands",
    "brags",
    "touts",
    "quoted",
    "quotes",
    "quoting",
    "echoes",
    "repeats",
    "repeating",
    "slams",
    "blasts",
    "casts",
    "casting",
    "ordered",
    "orders",
    "clear",
    "framed",
    "frames",
    "framing",
    "talked",
];

static STANCE_SET: LazyLock<WordSet> = LazyLock::new(|| STANCE.iter().copied().collect());

/// Whether a lower-case word is a verb of speech or stance: a cue, or a stance verb above.
pub fn is_stance_verb(word: &str) -> bool {
    is_cue(word) || STANCE_SET.contains(word)
}

/// Whether a lower-case word shows a person acting (a cue of speech, meeting or the like).
pub fn is_person_verb(word: &str) -> bool {
    is_cue(word) || MEETING_SET.contains(word)
}

#[cfg(test)]
mod tests {

    #[test]
    fn every_opening_mark_lets_a_passage_be_searched_for_quotations() {
        for mark in ['“', '„', '«', '»', '"', '”', '‘'] {
            assert!(may_open_quote(&format!("The minister said {mark}no")), "{mark}");
        }
        for plain in ["The minister said no.", "Don't, it’s fine — O'Neill’s 5% – £3 ¥4"]
        {
            assert!(!may_open_quote(plain), "{plain}");
        }
    }
    use super::*;

    fn texts(text: &str, carry: bool) -> (Vec<String>, bool) {
        let (spans, open) = find_quotes(text, carry);
        (spans.iter().map(|s| s.text(text).to_string()).collect(), open)
    }

    #[test]
    fn finds_quotations() {
        let cases: &[(&str, bool, &[&str], bool)] = &[
            ("“We will win,” the mayor said.", false, &["We will win"], false),
            (
                "\"We will win,\" she said. \"Then we rest.\"",
                false,
                &["We will win", "Then we rest."],
                false,
            ),
            (
                "He said: “The budget is late. It will pass.",
                false,
                &["The budget is late. It will pass."],
                true,
            ),
            ("“It passed,” he added.", true, &["It passed"], false),
            ("Nobody spoke.", true, &[], false),
            ("She called it “a ‘historic’ day” for the city.", false, &["a ‘historic’ day"], false),
            ("The party’s ‘new deal’ was dropped.", false, &["new deal"], false),
            ("The Joneses’ dog barked at Sam’s cat.", false, &[], false),
            ("A talk on ”reform” went well.", false, &["reform"], false),
            // An opening mark typed where the closing one belongs still closes.
            ("“It was late,“ said Ann. “We left.”", false, &["It was late", "We left."], false),
            ("", true, &[], false),
            // A paragraph that reopens a running quotation with a guillemet.
            ("» The vote was close.", true, &["The vote was close."], true),
            ("The company's 'gold plan' failed.", false, &["gold plan"], false),
            ("The company's profits rose.", false, &[], false),
            // Double marks nested in a double-quoted quotation stay inside it; an opening mark
            // with no closing one before the next opening one still starts anew.
            (
                "“His claim that a deal “has to do with Israel” shows he has no clue,” wrote Klein.",
                false,
                &["His claim that a deal “has to do with Israel” shows he has no clue"],
                false,
            ),
            ("“We lost the vote “We will try again,” she said.", false, &["We lost the vote", "We will try again"], false),
        ];
        for (text, carry, want, want_open) in cases {
            let (got, open) = texts(text, *carry);
            assert_eq!(got, *want, "{text}");
            assert_eq!(open, *want_open, "{text}");
        }
    }

    #[test]
    fn continued_quotation_is_marked() {
        let (spans, _) = find_quotes("“And then it rained,” he said.", true);
        assert!(spans[0].continued);
        let (spans, _) = find_quotes("“And then it rained,” he said.", false);
        assert!(!spans[0].continued);
    }

    #[test]
    fn cues() {
        for (w, want) in [
            ("said", true),
            ("tweeted", true),
            ("asserted", true),
            ("scoffed", true),
            ("meets", false),
            ("table", false),
        ] {
            assert_eq!(is_cue(w), want, "{w}");
        }
        assert!(is_person_verb("meets"));
    }
}
