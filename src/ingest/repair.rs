//! Repairs of text that went through broken software before it reached the corpus, so that a
//! name is recognized and found by its real spelling.
//!
//! Mojibake: UTF-8 text that was once decoded as Windows-1252 (or Latin-1) and saved again, so
//! that "Peña" reads "PeÃ±a" and "don’t" reads "donâ€™t". Every byte of a UTF-8 sequence beyond
//! ASCII became one character of Windows-1252 (or a C1 control, under Latin-1), so mojibake is a
//! run of such characters whose bytes decode as UTF-8. Only whole sequences are decoded, each
//! starting at a lead byte with exactly its continuation bytes after it, and only into letters
//! and signs news is written in; anything else in the run is kept as written. Real text seldom
//! has a lead character such as "Ã" or "â" followed by symbols such as "©", "±" or "€": "São",
//! "£15m", "naïve" and "«bien»" have no such sequence and stay as they are.
//!
//! Decomposed accents: some pipelines write "é" as "e" and a combining mark, which splits a word
//! for any tokenizer that takes the mark for a separator, and mojibake that went through such a
//! pipeline ("A" and a combining tilde for "Ã") is only recognized once composed again.

use super::WINDOWS_1252_HIGH;
use std::borrow::Cow;
use unicode_normalization::char::is_combining_mark;
use unicode_normalization::UnicodeNormalization;

/// `text` with its accents composed (NFC) and every UTF-8 sequence written in Windows-1252
/// characters decoded.
pub fn repair_text(text: &str) -> Cow<'_, str> {
    if text.is_ascii() {
        return Cow::Borrowed(text);
    }
    let mut repaired = if text.chars().any(is_combining_mark) {
        Cow::Owned(text.nfc().collect())
    } else {
        Cow::Borrowed(text)
    };
    // Text decoded wrongly twice ("Ã\u{83}Â§" for "ç") comes right one layer a pass.
    for _ in 0..3 {
        match repair_mojibake(&repaired) {
            Cow::Borrowed(_) => break,
            Cow::Owned(fixed) => repaired = Cow::Owned(fixed),
        }
    }
    repaired
}

/// `text` with every UTF-8 sequence written in Windows-1252 characters decoded.
fn repair_mojibake(text: &str) -> Cow<'_, str> {
    // A lead character (U+00C2..U+00F4, "Â" to "ô") is in any mojibake run; most text has none.
    if text.is_ascii() || !text.chars().any(|c| ('\u{c2}'..='\u{f4}').contains(&c)) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    let mut run: Vec<(u8, char)> = Vec::new();
    let mut changed = false;
    for c in text.chars() {
        match windows_1252_byte(c) {
            Some(b) => run.push((b, c)),
            None => {
                changed |= flush(&mut run, &mut out);
                out.push(c);
            }
        }
    }
    changed |= flush(&mut run, &mut out);
    if changed {
        Cow::Owned(out)
    } else {
        Cow::Borrowed(text)
    }
}

/// Writes a run of Windows-1252 characters to `out`, decoding the UTF-8 sequences their bytes
/// form; whether any was decoded.
fn flush(run: &mut Vec<(u8, char)>, out: &mut String) -> bool {
    let mut changed = false;
    let mut i = 0;
    while i < run.len() {
        let len = match run[i].0 {
            0xc2..=0xdf => 2,
            0xe0..=0xef => 3,
            0xf0..=0xf4 => 4,
            _ => 1,
        };
        let decoded = (len > 1 && i + len <= run.len())
            .then(|| {
                let mut bytes = [0u8; 4];
                for (slot, &(b, _)) in bytes.iter_mut().zip(&run[i..i + len]) {
                    *slot = b;
                }
                std::str::from_utf8(&bytes[..len]).ok()?.chars().next()
            })
            .flatten()
            .filter(|&c| plausible(c));
        match decoded {
            Some(c) => {
                out.push(c);
                changed = true;
                i += len;
            }
            None => {
                out.push(run[i].1);
                i += 1;
            }
        }
    }
    run.clear();
    changed
}

/// Whether `c` is a character news text is written in: Latin letters and signs (Latin-1 and
/// Latin Extended-A, and Romanian ș and ț), Greek letters, Cyrillic, punctuation, currency and
/// letterlike symbols. Anything else decoded from a run is more likely real text that happens to
/// form a sequence: "«CAFÉ»" would make "É»" an IPA letter, and a C1 control is no character
/// anyone wrote.
fn plausible(c: char) -> bool {
    matches!(
        u32::from(c),
        0xa0..=0x17f | 0x218..=0x21b | 0x384..=0x3ce | 0x400..=0x4ff | 0x2000..=0x206f | 0x20a0..=0x20cf
            | 0x2100..=0x214f
    )
}

/// The byte Windows-1252 (or Latin-1, for the C1 controls) writes as `c`, for characters
/// beyond ASCII.
fn windows_1252_byte(c: char) -> Option<u8> {
    match u32::from(c) {
        0x80..=0xff => u8::try_from(u32::from(c)).ok(),
        _ => {
            let at = WINDOWS_1252_HIGH.iter().position(|&h| h == c && h != '\u{fffd}')?;
            u8::try_from(0x80 + at).ok()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::repair_text;

    #[test]
    fn utf8_read_as_windows_1252_is_decoded() {
        let cases = [
            ("President Enrique PeÃ±a Nieto met Trump.", "President Enrique Peña Nieto met Trump."),
            (
                "Prosecutor Marc TrÃ©vidic said it doesnâ€™t fit.",
                "Prosecutor Marc Trévidic said it doesn’t fit.",
            ),
            ("â€œWe won,â€ù he said.", "“We won,â€ù he said."),
            ("FranÃ§ois Hollande and SÃ©golÃ¨ne Royal", "François Hollande and Ségolène Royal"),
            ("the prison at GuantÃ¡namo Bay", "the prison at Guantánamo Bay"),
            ("costs â‚¬40m â€“ more", "costs €40m – more"),
            // Two layers: "ç" became "Ã§", which became "Ã\u{83}Â§".
            ("FranÃ\u{83}Â§ois Hollande", "François Hollande"),
        ];
        for (mojibake, fixed) in cases {
            assert_eq!(repair_text(mojibake), fixed, "{mojibake}");
        }
    }

    #[test]
    fn decomposed_accents_are_composed() {
        // "é" as "e" and U+0301, and mojibake whose "Ã" was decomposed to "A" and U+0303.
        assert_eq!(repair_text("Jose\u{301} Mari\u{301}a Aznar"), "José María Aznar");
        assert_eq!(repair_text("Marc TrA\u{303}\u{a9}vidic"), "Marc Trévidic");
    }

    #[test]
    fn real_accents_and_symbols_stay() {
        for text in [
            "São Paulo traders paid £15.8m for the café.",
            "A naïve «bien» from the Ångström lab, 30°C ± 2.",
            "Ã alone, or â then words, or Ã then ASCII",
            "«CAFÉ» and «PARÍS» in capitals: É» and Í» decode to no letter of news text",
            "The rate is 5½% — up from 4¼%.",
            "plain ASCII text",
        ] {
            let repaired = repair_text(text);
            assert!(matches!(repaired, std::borrow::Cow::Borrowed(_)), "{text} -> {repaired}");
        }
    }
}
