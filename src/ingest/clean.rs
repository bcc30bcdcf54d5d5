//! Page chrome removal for web pages saved as text.
//!
//! Scraped pages carry their navigation inline: breadcrumbs, the title repeated, share-button
//! lists, ad counters, footers. The rules here recognise such lines by their *shape* (segments
//! joined by separators, runs of one-word bullets, a phrase repeated over and over, a short line
//! that opens like a footer) so that they hold on pages this project has never seen, rather than
//! matching any one site's strings.

use super::repair::repair_text;
use rustc_hash::{FxBuildHasher, FxHashSet};
use std::hash::BuildHasher;

/// Words that only page templates use in running text; a short line holding one is markup
/// residue ("This div height required for enabling the sticky sidebar").
const TEMPLATE_WORDS: &[&str] = &[
    "div",
    "sidebar",
    "javascript",
    "iframe",
    "css",
    "widget",
    "adblock",
    "adblocker",
    "navbar",
    "footer",
    "popup",
];

/// How footers and sharing prompts open; compared case-insensitively against a short line's start.
const FOOTER_OPENINGS: &[&str] = &[
    "cross-posted",
    "crossposted",
    "originally published",
    "originally posted",
    "share this",
    "share on",
    "share via",
    "follow us",
    "follow me",
    "sign up",
    "subscribe",
    "read more",
    "related:",
    "related articles",
    "related stories",
    "advertisement",
    "copyright",
    "©",
    "all rights reserved",
    "click here",
    "tags:",
    "filed under",
    "posted in",
    "print this",
    "email this",
    "skip to content",
    "back to top",
];

/// Lines of a breadcrumb are this many segments or more.
const MIN_BREADCRUMB_SEGMENTS: usize = 3;
/// A run of this many one- or two-word lines is a menu or share list.
const MIN_MENU_RUN: usize = 3;

/// Words a news wire signs its copy off with, alone on the last line ("Reuter") or after a
/// wide gap at the end of it (a table's last row, "total 55.8 (33.7).        REUTER").
const WIRE_SIGN_OFFS: &[&str] = &["reuter", "reuters"];

/// Where the wire sign-off on `line`, the article's last, starts, if it has one.
fn sign_off_start(line: &str) -> Option<usize> {
    let trimmed = line.trim_end();
    // Split after the last whitespace character, whatever its width in bytes.
    let word_start = trimmed
        .char_indices()
        .rfind(|&(_, c)| c.is_whitespace())
        .map_or(0, |(i, c)| i + c.len_utf8());
    let (before, word) = trimmed.split_at(word_start);
    if !WIRE_SIGN_OFFS.iter().any(|s| word.eq_ignore_ascii_case(s)) {
        return None;
    }
    // Alone on its line, after a gap of spaces no sentence has, or after a sentence's end
    // ("… a month ago. REUTER"): a last sentence that ends on the agency's name ("…
    // confirmed to Reuters") keeps it.
    let after_sentence = before.ends_with(char::is_whitespace)
        && before.trim_end().ends_with(['.', '!', '?', '"', '”', ')']);
    (before.trim().is_empty() || before.ends_with("   ") || after_sentence)
        .then(|| before.trim_end().len())
}

/// The body of a page saved as text, with chrome lines removed, and its title when the page
/// opens with one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CleanText {
    /// The first real line when it reads as a headline.
    pub title: Option<String>,
    /// The remaining lines, chrome removed; blank lines keep paragraph breaks.
    pub body: String,
}

/// Removes chrome lines from `text` and takes the headline off the top. `known_title` (from
/// front matter or a record) is used as the title instead and removed where repeated.
pub fn clean_text(text: &str, known_title: Option<&str>) -> CleanText {
    let text = &*repair_text(text);
    let known_title = known_title.map(repair_text);
    let known_title = known_title.as_deref();
    let lines: Vec<&str> = text.lines().collect();
    // Keys only compare lines of one article: a fast hash, no defence against crafted input
    // needed.
    let hasher = FxBuildHasher;
    let mut key_buffer = Vec::new();
    // Every line of every article passes here (a wrapped news wire has a line every dozen
    // words), so each is split into words once, and the rules and the seen-lines key share them.
    let mut words = Words::default();
    let mut keep = Vec::with_capacity(lines.len());
    let mut keys = Vec::with_capacity(lines.len());
    let mut word_counts = Vec::with_capacity(lines.len());
    for line in &lines {
        let line = line.trim();
        words.split(line);
        word_counts.push(words.count);
        let kept = !is_chrome_line(line, &words);
        keep.push(kept);
        // Only short lines count as repeats, so that a quoted refrain survives; dropped and
        // blank lines never reach the check.
        let counts_as_repeat = kept && (1..=30).contains(&words.count);
        keys.push(counts_as_repeat.then(|| line_key(&words, &mut key_buffer, &hasher)));
    }
    drop_menu_runs(&lines, &word_counts, &mut keep);
    // The wire's sign-off under the last paragraph is no part of the story.
    let last = lines.iter().rposition(|l| !l.trim().is_empty());
    let sign_off = last.and_then(|i| sign_off_start(lines[i]).map(|cut| (i, cut)));

    let mut title = known_title.map(|t| t.trim().to_string()).filter(|t| !t.is_empty());
    let mut seen: FxHashSet<u64> = FxHashSet::default();
    if let Some(t) = &title {
        let mut title_words = Words::default();
        title_words.split(t);
        seen.insert(line_key(&title_words, &mut key_buffer, &hasher));
    }
    let mut body = String::with_capacity(text.len());
    let mut first_line_pending = title.is_none();
    for (i, line) in lines.iter().enumerate() {
        let trimmed = line.trim();
        if !keep[i] {
            // A dropped line still separates paragraphs.
            body.push('\n');
            continue;
        }
        if trimmed.is_empty() {
            body.push('\n');
            continue;
        }
        // A line seen before is the page repeating itself (title under the breadcrumb, a
        // teaser above the story).
        if keys[i].is_some_and(|key| !seen.insert(key)) {
            body.push('\n');
            continue;
        }
        if let Some((_, cut)) = sign_off.filter(|&(last, _)| last == i) {
            if cut > 0 {
                body.push_str(&line[..cut]);
            }
            body.push('\n');
            continue;
        }
        if first_line_pending {
            first_line_pending = false;
            let next_blank = lines.get(i + 1).is_none_or(|l| l.trim().is_empty());
            if let Some(headline) = headline(trimmed).filter(|_| next_blank) {
                title = Some(headline);
                body.push('\n');
                continue;
            }
        }
        body.push_str(line);
        body.push('\n');
    }
    CleanText { title, body }
}

/// One line's words, split once for all the rules.
#[derive(Default)]
struct Words<'a> {
    /// Whitespace-separated words, punctuation included.
    count: usize,
    /// The words trimmed of the punctuation around them; words of punctuation only left out.
    trimmed: Vec<&'a str>,
}

impl<'a> Words<'a> {
    fn split(&mut self, line: &'a str) {
        self.count = 0;
        self.trimmed.clear();
        if line.is_ascii() {
            self.split_ascii(line);
        } else {
            self.split_unicode(line);
        }
    }

    fn split_unicode(&mut self, line: &'a str) {
        for word in line.split_whitespace() {
            self.count += 1;
            let word = word.trim_matches(|c: char| !c.is_alphanumeric());
            if !word.is_empty() {
                self.trimmed.push(word);
            }
        }
    }

    /// [`Words::split`] of an ASCII line, by bytes: the same words, without decoding
    /// characters. Most lines of a news wire are ASCII, and every line passes here (issue 6).
    fn split_ascii(&mut self, line: &'a str) {
        let bytes = line.as_bytes();
        let mut i = 0;
        loop {
            while i < bytes.len() && is_space_byte(bytes[i]) {
                i += 1;
            }
            if i == bytes.len() {
                break;
            }
            let mut start = i;
            while i < bytes.len() && !is_space_byte(bytes[i]) {
                i += 1;
            }
            self.count += 1;
            let mut end = i;
            while start < end && !bytes[start].is_ascii_alphanumeric() {
                start += 1;
            }
            while end > start && !bytes[end - 1].is_ascii_alphanumeric() {
                end -= 1;
            }
            // Cut at ASCII bytes, so on character boundaries.
            if let Some(word) = line.get(start..end).filter(|w| !w.is_empty()) {
                self.trimmed.push(word);
            }
        }
    }
}

/// Whether an ASCII byte is whitespace as `split_whitespace` takes it: `char::is_whitespace`,
/// which unlike `u8::is_ascii_whitespace` takes in the vertical tab. Spelled out, as the byte
/// scans of every line that use it ran slower through `char::is_whitespace` (issue 6).
pub(crate) fn is_space_byte(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | 0x0B | 0x0C | b'\r')
}

/// Whether `line` holds a straight or curly double quotation mark. One byte search per mark,
/// not a decoding of every character (issue 6).
fn has_double_quote(line: &str) -> bool {
    line.contains('"') || line.contains('“') || line.contains('”')
}

/// A line reads as a headline when it is short and does not end like a sentence.
fn headline(line: &str) -> Option<String> {
    let line = line.trim_start_matches('#').trim();
    let words = line.split_whitespace().count();
    let sentence_end = line.ends_with(['.', ',', ';', ':']);
    (words > 0 && words <= 25 && !sentence_end).then(|| line.to_string())
}

/// The key under which a line counts as already seen: its words lower-cased, hashed (a hash
/// rather than an owned copy of each line).
fn line_key(words: &Words, buffer: &mut Vec<u8>, hasher: &FxBuildHasher) -> u64 {
    buffer.clear();
    for word in &words.trimmed {
        if word.is_ascii() {
            buffer.extend(word.bytes().map(|b| b.to_ascii_lowercase()));
        } else {
            let mut utf8 = [0u8; 4];
            for c in word.chars().flat_map(char::to_lowercase) {
                buffer.extend_from_slice(c.encode_utf8(&mut utf8).as_bytes());
            }
        }
        buffer.push(b' ');
    }
    hasher.hash_one(buffer.as_slice())
}

/// Whether a line (trimmed, split into `words`) is page chrome.
fn is_chrome_line(line: &str, words: &Words) -> bool {
    !line.is_empty()
        && (is_breadcrumb(line)
            || is_repetitive(&words.trimmed)
            || is_template_residue(line, words)
            || is_footer(line, words.count))
}

/// `Home / World / Europe / Story title`: short segments joined by a path separator.
fn is_breadcrumb(line: &str) -> bool {
    // Every separator holds one of these bytes ('»' ends in 0xBB, '›' in 0xBA); most lines have none.
    if line.len() > 300 || !line.bytes().any(|b| matches!(b, b'/' | b'>' | b'|' | 0xBA | 0xBB)) {
        return false;
    }
    [" / ", " > ", " » ", " › ", " | "].iter().any(|sep| {
        line.matches(sep).nth(MIN_BREADCRUMB_SEGMENTS - 2).is_some()
            && line.split(sep).all(|s| {
                let s = s.trim();
                !s.is_empty() && s.split_whitespace().count() <= 12 && !s.ends_with('.')
            })
    })
}

/// `Ad Clicks : Ad Views : Ad Clicks : …`: a short run of words repeated end to end. Judged by
/// the period of the repetition, not by vocabulary size, so that long genuine paragraphs (whose
/// share of distinct words falls as they grow) are never taken for it.
fn is_repetitive(words: &[&str]) -> bool {
    const MAX_PERIOD: usize = 8;
    const MIN_REPEATS: usize = 3;
    words.len() >= 6
        && (1..=MAX_PERIOD).any(|period| {
            if words.len() < period * MIN_REPEATS {
                return false;
            }
            // Nine in ten words must equal the word one period back; ordinary prose fails within
            // its first few words, so stop at the first mismatch past the allowance.
            let allowed_mismatches = (words.len() - period) / 10;
            let mut mismatches = 0;
            (period..words.len()).all(|i| {
                if !same_word(words[i], words[i - period]) {
                    mismatches += 1;
                }
                mismatches <= allowed_mismatches
            })
        })
}

fn same_word(a: &str, b: &str) -> bool {
    a.len() == b.len()
        && (a == b
            || a.chars().flat_map(char::to_lowercase).eq(b.chars().flat_map(char::to_lowercase)))
}

fn is_template_residue(line: &str, words: &Words) -> bool {
    words.count <= 20
        && !has_double_quote(line)
        && words.trimmed.iter().any(|w| TEMPLATE_WORDS.iter().any(|t| t.eq_ignore_ascii_case(w)))
}

fn is_footer(line: &str, word_count: usize) -> bool {
    if word_count > 12 || has_double_quote(line) {
        return false;
    }
    let start = line.trim_start_matches(|c: char| !c.is_alphanumeric() && c != '©');
    // The openings are lower case: a first byte that differs rules one out without a slice.
    let Some(first) = start.bytes().next().map(|b| b.to_ascii_lowercase()) else {
        return false;
    };
    FOOTER_OPENINGS.iter().any(|f| {
        f.as_bytes().first() == Some(&first)
            && start.get(..f.len()).is_some_and(|head| head.eq_ignore_ascii_case(f))
    })
}

/// Runs of one- or two-word lines (bulleted or not) without sentence punctuation: the share
/// buttons and menus a page lists one item a line. `word_counts` are the lines' words, as
/// [`Words`] counts them.
fn drop_menu_runs(lines: &[&str], word_counts: &[usize], keep: &mut [bool]) {
    let is_item = |i: usize| {
        // Taking the bullets off the front shortens the first word at most, so a line of four
        // words leaves three: no item, whatever its bullets. Most lines stop here.
        if word_counts.get(i).is_some_and(|&n| n >= 4) {
            return false;
        }
        let item =
            lines[i].trim().trim_start_matches(['•', '●', '▪', '◦', '‣', '*', '-', '–']).trim();
        !item.is_empty()
            && item.split_whitespace().nth(2).is_none()
            && !item.ends_with(['.', '?', '!', ':', '"', '”'])
    };
    let mut i = 0;
    while i < lines.len() {
        if !is_item(i) {
            i += 1;
            continue;
        }
        let start = i;
        while i < lines.len() && is_item(i) {
            i += 1;
        }
        if i - start >= MIN_MENU_RUN {
            keep[start..i].iter_mut().for_each(|k| *k = false);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ascii_lines_split_into_the_words_unicode_splitting_gives() {
        for line in [
            "  WASHINGTON, March 3 - The U.S. dollar rose to 1.45 marks...  ",
            "\"Ad Clicks : Ad Views\" -- (Reuters) \t|| 3.5%  x",
            "tab\x0bseparated\x0cby\rcontrols --- ... ' \"",
            "",
            "   ",
        ] {
            let (mut ascii, mut unicode) = (Words::default(), Words::default());
            ascii.split_ascii(line);
            unicode.split_unicode(line);
            assert_eq!(ascii.count, unicode.count, "{line:?}");
            assert_eq!(ascii.trimmed, unicode.trimmed, "{line:?}");
        }
    }

    proptest::proptest! {
        #[test]
        fn any_ascii_line_splits_alike(line in "[ -~\t\x0b\x0c\r]{0,60}") {
            let (mut ascii, mut unicode) = (Words::default(), Words::default());
            ascii.split_ascii(&line);
            unicode.split_unicode(&line);
            proptest::prop_assert_eq!(ascii.count, unicode.count);
            proptest::prop_assert_eq!(ascii.trimmed, unicode.trimmed);
        }
    }

    #[test]
    fn space_bytes_are_the_ascii_whitespace_of_chars() {
        for b in 0..=0x7F_u8 {
            assert_eq!(is_space_byte(b), char::from(b).is_whitespace(), "{b:#04x}");
        }
    }

    #[test]
    fn footer_openings_are_lower_case() {
        // `is_footer` compares a line's first byte, lower-cased, with an opening's.
        for opening in FOOTER_OPENINGS {
            assert_eq!(*opening, opening.to_lowercase());
        }
    }

    fn chrome(line: &str) -> bool {
        let mut words = Words::default();
        words.split(line);
        is_chrome_line(line, &words)
    }

    #[test]
    fn chrome_lines_are_recognised_by_shape() {
        for line in [
            "Home / World / Europe / Ministers meet in Brussels",
            "News » Politics » Elections",
            "Likes : Shares : Likes : Shares : Likes : Shares : Likes : Shares : Likes : Shares",
            "This widget needs JavaScript enabled to show comments",
            "Originally published at The Harbour Gazette",
            "Cross-posted from the author's newsletter",
            "© 2024 Daily Ledger. All rights reserved.",
        ] {
            assert!(chrome(line), "{line}");
        }
    }

    #[test]
    fn news_sentences_are_not_chrome() {
        for line in [
            "The minister said talks in Brussels would resume on Monday.",
            "Prices rose 3% / month in the capital, traders said.",
            "\"Subscribe to the idea that we can win,\" the senator said.",
            "Share prices fell sharply after the announcement.",
            "The talks, he said, were going nowhere, nowhere, nowhere at all, and nobody cared.",
            "No, no, no, he said.",
        ] {
            assert!(!chrome(line), "{line}");
        }
    }

    #[test]
    fn repetition_allows_one_word_in_ten_to_differ() {
        // 20 words of period 2: 18 comparisons, so one differing word is allowed, two are not.
        let line = |changed: &[usize]| {
            (0..20)
                .map(|i| match (changed.contains(&i), i % 2) {
                    (true, _) => "Views",
                    (false, 0) => "Likes",
                    (false, _) => "Shares",
                })
                .collect::<Vec<_>>()
                .join(" ")
        };
        assert!(chrome(&line(&[])));
        assert!(chrome(&line(&[19])));
        assert!(!chrome(&line(&[18, 19])));
    }

    #[test]
    fn page_with_breadcrumb_repeated_title_and_share_list() {
        let page = "Home / Business / Banks cut rates\n\nBanks cut rates\n\n\
                    Three banks cut their lending rates on Tuesday.\n\n\
                    Analysts expect more cuts.\n\n  • Facebook\n  • Twitter\n  • Email\n";
        let clean = clean_text(page, None);
        assert_eq!(clean.title.as_deref(), Some("Banks cut rates"));
        let body: Vec<&str> = clean.body.lines().filter(|l| !l.trim().is_empty()).collect();
        assert_eq!(
            body,
            vec!["Three banks cut their lending rates on Tuesday.", "Analysts expect more cuts."]
        );
    }

    #[test]
    fn a_wire_sign_off_under_the_story_is_dropped() {
        let story = "Exports rose in March, the ministry said.\n    Imports fell.\n Reuter\n";
        let clean = clean_text(story, Some("Exports rise"));
        assert!(!clean.body.contains("Reuter"), "{:?}", clean.body);
        assert!(clean.body.contains("Imports fell."));
        let table = "Sales by month:\nMay 9.0, Jun 13.0, total 55.8 (33.7).        REUTER\n";
        let clean = clean_text(table, Some("Sales"));
        assert!(clean.body.contains("total 55.8 (33.7)."), "{:?}", clean.body);
        assert!(!clean.body.contains("REUTER"), "{:?}", clean.body);
        let glued = "Reserves rose to 34.9 billion from 33.8 billion. REUTER\n";
        let clean = clean_text(glued, Some("Reserves rise"));
        assert!(clean.body.contains("33.8 billion."), "{:?}", clean.body);
        assert!(!clean.body.contains("REUTER"), "{:?}", clean.body);
        // Any whitespace before it, however wide its encoding.
        let ideographic = "Prices held.\u{3000}Reuter\n";
        assert!(!clean_text(ideographic, Some("Prices")).body.contains("Reuter"));
        // The agency named in a sentence, even the last one, stays.
        let named = "Officials told Reuters the talks had failed.\n";
        assert!(clean_text(named, Some("Talks fail")).body.contains("told Reuters"));
        let last_word = "The figures were confirmed to Reuters\n";
        assert!(clean_text(last_word, Some("Figures")).body.contains("to Reuters"));
    }

    #[test]
    fn a_first_line_that_is_a_sentence_is_not_a_title() {
        let clean =
            clean_text("The central bank raised rates on Thursday.\n\nMarkets fell.\n", None);
        assert_eq!(clean.title, None);
        assert!(clean.body.contains("The central bank raised rates"));
    }

    #[test]
    fn a_known_title_is_not_repeated_in_the_body() {
        let clean = clean_text(
            "Storm hits coast\n\nThe storm made landfall at dawn.\n",
            Some("Storm hits coast"),
        );
        assert_eq!(clean.title.as_deref(), Some("Storm hits coast"));
        assert!(!clean.body.contains("Storm hits coast"));
    }
}
