//! Splitting an article body into passages: one per paragraph.
//!
//! Paragraphs are separated by blank lines, or — in wire copy that hard-wraps its lines — begin
//! with an indented line; list items stand alone. A short `Label:` line standing alone opens the
//! paragraph below it and becomes that passage's candidate timeline heading. Whether such a
//! label is a date is the date tagger's call, not this module's; so is whether it is a heading
//! at all, which is why its words stay in the text: "Cruz continued:" alone on a line is as
//! short as "December 7:", and it says who speaks the quotation below.

use crate::ingest::clean::is_space_byte;
use crate::model::Passage;

/// Longest label (in characters) taken as a candidate heading; longer text before a colon is
/// a sentence, not a heading.
const MAX_LABEL_CHARS: usize = 40;
/// Most words a candidate heading may have ("Early January", "June 16, 2021", "The week of March 3").
const MAX_LABEL_WORDS: usize = 6;

/// Longest passage, in bytes. A "paragraph" longer than this is a file without line breaks (a
/// dump, a scrape gone wrong); it is cut at sentence ends so that each passage stays a unit a
/// reader can take in and a snippet can show.
pub const MAX_PASSAGE_BYTES: usize = 8 * 1024;

/// Splits a cleaned article body into passages, numbering them from 0.
pub fn split_body(body: &str) -> Vec<Passage> {
    let mut passages = Vec::new();
    // A label line waiting for its paragraph: (the line, the label in it).
    let mut pending: Option<(String, String)> = None;
    for paragraph in paragraphs(body) {
        if let Some(label) = standalone_label(&paragraph) {
            // Two labels in a row: the first heads nothing, but its words are kept.
            if let Some((line, _)) = pending.replace((paragraph, label)) {
                push_paragraph(&mut passages, &line, None);
            }
            continue;
        }
        match pending.take() {
            Some((line, label)) => {
                push_paragraph(&mut passages, &format!("{line} {paragraph}"), Some(label))
            }
            None => {
                let label = leading_label(&paragraph);
                push_paragraph(&mut passages, &paragraph, label)
            }
        }
    }
    if let Some((line, _)) = pending {
        push_paragraph(&mut passages, &line, None);
    }
    passages
}

fn push_paragraph(passages: &mut Vec<Passage>, paragraph: &str, mut label: Option<String>) {
    for piece in cut_long(paragraph) {
        let ordinal = passages.len() as u32;
        passages.push(Passage { ordinal, text: piece.to_string(), label: label.take() });
    }
}

/// Cuts text longer than [`MAX_PASSAGE_BYTES`] after the last sentence end (else space, else
/// character boundary) that fits.
fn cut_long(text: &str) -> Vec<&str> {
    let mut pieces = Vec::new();
    let mut rest = text;
    while rest.len() > MAX_PASSAGE_BYTES {
        let mut limit = MAX_PASSAGE_BYTES;
        while !rest.is_char_boundary(limit) {
            limit -= 1;
        }
        let window = &rest[..limit];
        let cut = window
            .rfind(". ")
            .map(|i| i + 1)
            .or_else(|| window.rfind(' '))
            .filter(|&i| i > 0)
            .unwrap_or(limit);
        pieces.push(rest[..cut].trim());
        rest = rest[cut..].trim_start();
    }
    if !rest.is_empty() {
        pieces.push(rest);
    }
    pieces
}

/// The paragraphs of a body, each with its whitespace collapsed to single spaces.
fn paragraphs(body: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut current = String::new();
    let flush = |current: &mut String, out: &mut Vec<String>| {
        if !current.is_empty() {
            out.push(std::mem::take(current));
        }
    };
    for line in body.lines() {
        let trimmed = line.trim();
        if trimmed.is_empty() {
            flush(&mut current, &mut out);
            continue;
        }
        let indented = line.starts_with("  ") || line.starts_with('\t');
        if indented || is_list_item(trimmed) {
            flush(&mut current, &mut out);
        }
        push_words(&mut current, trimmed);
    }
    flush(&mut current, &mut out);
    out
}

/// Appends the words of `line` to `current`, one space between each, and one before the first
/// when `current` has text. An ASCII line is scanned by bytes, and its words with the single
/// spaces between them are copied a stretch at a time: every line of every article passes
/// here (issue 6).
fn push_words(current: &mut String, line: &str) {
    if !line.is_ascii() {
        for word in line.split_whitespace() {
            if !current.is_empty() {
                current.push(' ');
            }
            current.push_str(word);
        }
        return;
    }
    let bytes = line.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        while i < bytes.len() && is_space_byte(bytes[i]) {
            i += 1;
        }
        if i == bytes.len() {
            break;
        }
        let start = i;
        // A stretch ends before any whitespace but a single space between two words.
        while i < bytes.len()
            && (!is_space_byte(bytes[i])
                || (bytes[i] == b' ' && bytes.get(i + 1).is_some_and(|&b| !is_space_byte(b))))
        {
            i += 1;
        }
        if !current.is_empty() {
            current.push(' ');
        }
        // Cut at ASCII bytes, so on character boundaries.
        current.push_str(line.get(start..i).unwrap_or_default());
    }
}

fn is_list_item(line: &str) -> bool {
    line.starts_with(['•', '●', '▪', '◦', '‣', '*', '–', '—'])
        || (line.starts_with("- ") && line.len() > 2)
}

/// `December 7:` or `Mid-November:` alone: a heading for what follows.
fn standalone_label(paragraph: &str) -> Option<String> {
    let label = paragraph.strip_suffix(':')?;
    plausible_label(label).then(|| label.trim().to_string())
}

/// `June 16, 2021: Biden meets with Putin.`: the text before the first colon, if short.
fn leading_label(paragraph: &str) -> Option<String> {
    let (label, rest) = paragraph.split_once(": ")?;
    (!rest.trim().is_empty() && plausible_label(label)).then(|| label.trim().to_string())
}

fn plausible_label(label: &str) -> bool {
    let label = label.trim();
    let starts_well = label.chars().next().is_some_and(|c| c.is_uppercase() || c.is_ascii_digit());
    starts_well
        && label.chars().count() <= MAX_LABEL_CHARS
        && label.split_whitespace().count() <= MAX_LABEL_WORDS
        && !label.contains(['"', '“', '”', '?', '!', ';', ':'])
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(body: &str) -> Vec<(String, Option<String>)> {
        split_body(body).into_iter().map(|p| (p.text, p.label)).collect()
    }

    proptest::proptest! {
        #[test]
        fn ascii_lines_join_as_their_split_words_do(
            before in "[a-z ]{0,5}",
            line in "[ -~\t\x0b\x0c\r]{0,60}",
        ) {
            let mut ours = before.clone();
            push_words(&mut ours, &line);
            let mut want = before;
            for word in line.split_whitespace() {
                if !want.is_empty() {
                    want.push(' ');
                }
                want.push_str(word);
            }
            proptest::prop_assert_eq!(ours, want);
        }
    }

    #[test]
    fn blank_lines_separate_paragraphs_and_wrapped_lines_join() {
        let body = "The minister arrived in\nGeneva on Monday.\n\nTalks began at noon.\n";
        assert_eq!(
            texts(body),
            vec![
                ("The minister arrived in Geneva on Monday.".to_string(), None),
                ("Talks began at noon.".to_string(), None),
            ]
        );
    }

    #[test]
    fn indented_lines_start_paragraphs_in_wire_copy() {
        let body = "Oil prices rose sharply\nin early trade, dealers said.\n    The rise followed\na cut in output.\n";
        let got = texts(body);
        assert_eq!(got.len(), 2);
        assert_eq!(got[1].0, "The rise followed a cut in output.");
    }

    #[test]
    fn a_label_alone_opens_and_dates_the_paragraph_below() {
        let body = "March 3:\n\nThe envoy met the premier.\n\nNo deal was reached.\n";
        let passages = split_body(body);
        assert_eq!(passages.len(), 2);
        assert_eq!(passages[0].text, "March 3: The envoy met the premier.");
        assert_eq!(passages[0].label.as_deref(), Some("March 3"));
        assert_eq!(passages[0].ordinal, 0);
        assert_eq!(passages[1].label, None);
        assert_eq!(passages[1].ordinal, 1);
    }

    #[test]
    fn a_line_introducing_a_quotation_keeps_its_words() {
        // Wire and web copy put "X said:" on a line of its own above the quoted paragraph; those
        // words name the speaker and must stay searchable.
        let body = "The senator went on:\n\n\u{201c}We will not back down.\u{201d}\n\n\
                    Reporter Ana Ruiz says:\n\nThe roads are closed.\n";
        assert_eq!(
            texts(body),
            vec![
                (
                    "The senator went on: \u{201c}We will not back down.\u{201d}".to_string(),
                    Some("The senator went on".to_string())
                ),
                (
                    "Reporter Ana Ruiz says: The roads are closed.".to_string(),
                    Some("Reporter Ana Ruiz says".to_string())
                ),
            ]
        );
    }

    #[test]
    fn a_label_with_nothing_below_it_is_still_text() {
        let body = "Early January:\n\nBackground:\n\nThe talks stalled.\n\nContact:\n";
        assert_eq!(
            texts(body),
            vec![
                ("Early January:".to_string(), None),
                ("Background: The talks stalled.".to_string(), Some("Background".to_string())),
                ("Contact:".to_string(), None),
            ]
        );
    }

    #[test]
    fn a_leading_label_stays_in_the_text() {
        let got = texts("Late May: The senator flew to Kyiv.");
        assert_eq!(got[0].0, "Late May: The senator flew to Kyiv.");
        assert_eq!(got[0].1.as_deref(), Some("Late May"));
    }

    #[test]
    fn sentences_with_colons_are_not_labels() {
        for body in [
            "The minister said the plan was simple and would work: cut taxes.",
            "lower case start: not a heading",
        ] {
            let got = texts(body);
            assert_eq!(got[0].1, None, "{body}");
        }
    }

    #[test]
    fn overlong_paragraphs_are_cut_at_sentence_ends() {
        let sentence = "The council met again today. ";
        let body = sentence.repeat(1000);
        let passages = split_body(&body);
        assert!(passages.len() > 1);
        for p in &passages {
            assert!(p.text.len() <= MAX_PASSAGE_BYTES);
            assert!(p.text.ends_with("today."), "{}", &p.text[p.text.len() - 20..]);
        }
        let unbroken = "é".repeat(MAX_PASSAGE_BYTES);
        let pieces = split_body(&unbroken);
        assert_eq!(pieces.iter().map(|p| p.text.len()).sum::<usize>(), unbroken.len());
    }

    #[test]
    fn list_items_stand_alone() {
        let got = texts("Key points:\n• Rates rise\n• Jobs fall\n");
        assert_eq!(got.len(), 2);
        assert_eq!(got[0].0, "Key points: • Rates rise");
        assert_eq!(got[0].1.as_deref(), Some("Key points"));
        assert_eq!(got[1].0, "• Jobs fall");
    }
}
