//! The passage text's analyzer: tantivy's `en_stem` (simple tokens, long ones dropped,
//! lower-cased, English Snowball stems) with each word's stem remembered.
//!
//! Profiling the indexer showed the Snowball stemmer at about a tenth of all indexing CPU, and
//! an allocation for every stem that differs from its word; news repeats a small vocabulary, so
//! a word's stem is looked up once per segment writer and copied from then on. The tokens are
//! exactly those of tantivy's own `en_stem` (a test checks it), so indexes stay compatible and
//! queries may be analyzed by either. See: issue 6.

use rustc_hash::FxHashMap;
use tantivy::tokenizer::{
    LowerCaser, RemoveLongFilter, SimpleTokenizer, TextAnalyzer, Token, TokenFilter, TokenStream,
    Tokenizer,
};

/// Words remembered per analyzer before the memory is given back and learning starts again; a
/// segment of news rarely holds more distinct words, and 100k short strings are a few MB.
const MAX_REMEMBERED: usize = 100_000;

/// The analyzer registered as [`super::schema::TEXT_TOKENIZER`].
pub fn english_stem_analyzer() -> TextAnalyzer {
    TextAnalyzer::builder(SimpleTokenizer::default())
        .filter(RemoveLongFilter::limit(40))
        .filter(LowerCaser)
        .filter(RememberingStemmer)
        .build()
}

/// English Snowball stemming with the stems of words already seen kept in a map.
#[derive(Clone, Copy)]
pub struct RememberingStemmer;

impl TokenFilter for RememberingStemmer {
    type Tokenizer<T: Tokenizer> = RememberingStemmerFilter<T>;

    fn transform<T: Tokenizer>(self, tokenizer: T) -> RememberingStemmerFilter<T> {
        RememberingStemmerFilter { inner: tokenizer, stems: Stems::default() }
    }
}

/// word → stem. Cloning an analyzer (tantivy does, per segment writer and per query) starts
/// it with an empty map of its own: the map is never shared between threads.
#[derive(Default)]
struct Stems(FxHashMap<Box<str>, Box<str>>);

impl Clone for Stems {
    fn clone(&self) -> Self {
        Stems::default()
    }
}

#[derive(Clone)]
pub struct RememberingStemmerFilter<T> {
    inner: T,
    stems: Stems,
}

impl<T: Tokenizer> Tokenizer for RememberingStemmerFilter<T> {
    type TokenStream<'a> = RememberingStemmerStream<'a, T::TokenStream<'a>>;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> Self::TokenStream<'a> {
        RememberingStemmerStream {
            tail: self.inner.token_stream(text),
            stemmer: frostem::Stemmer::new(frostem::Algorithm::English),
            stems: &mut self.stems.0,
        }
    }
}

pub struct RememberingStemmerStream<'a, S> {
    tail: S,
    stemmer: frostem::Stemmer,
    stems: &'a mut FxHashMap<Box<str>, Box<str>>,
}

impl<S: TokenStream> TokenStream for RememberingStemmerStream<'_, S> {
    fn advance(&mut self) -> bool {
        if !self.tail.advance() {
            return false;
        }
        let token = self.tail.token_mut();
        if let Some(stem) = self.stems.get(token.text.as_str()) {
            token.text.clear();
            token.text.push_str(stem);
            return true;
        }
        if self.stems.len() >= MAX_REMEMBERED {
            self.stems.clear();
        }
        let stem: Box<str> = self.stemmer.stem(&token.text).into();
        let word = std::mem::replace(&mut token.text, String::from(&*stem));
        self.stems.insert(word.into_boxed_str(), stem);
        true
    }

    fn token(&self) -> &Token {
        self.tail.token()
    }

    fn token_mut(&mut self) -> &mut Token {
        self.tail.token_mut()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use tantivy::tokenizer::{Language, Stemmer};

    fn tokens(analyzer: &mut TextAnalyzer, text: &str) -> Vec<Token> {
        let mut stream = analyzer.token_stream(text);
        let mut out = Vec::new();
        stream.process(&mut |token| out.push(token.clone()));
        out
    }

    #[test]
    fn tokens_are_those_of_tantivys_en_stem_also_when_remembered() {
        let mut tantivy_en_stem = TextAnalyzer::builder(SimpleTokenizer::default())
            .filter(RemoveLongFilter::limit(40))
            .filter(LowerCaser)
            .filter(Stemmer::new(Language::English))
            .build();
        let mut ours = english_stem_analyzer();
        let text = "Oil prices rose sharply on Tuesday as ministers said the cartel's \
                    production cuts, announced in Vienna, were holding; prices of crude \
                    oil had fallen for three weeks. Naïve traders were caught short-handed \
                    by the rallying. Supercalifragilisticexpialidociouslylongerthanfortychars.";
        let expected = tokens(&mut tantivy_en_stem, text);
        assert!(expected.iter().any(|t| t.text == "price"));
        // The second pass is served from the remembered stems.
        for _ in 0..2 {
            let got = tokens(&mut ours, text);
            let pairs = |v: &[Token]| {
                v.iter()
                    .map(|t| (t.text.clone(), t.offset_from, t.offset_to, t.position))
                    .collect::<Vec<_>>()
            };
            assert_eq!(pairs(&got), pairs(&expected));
        }
    }
}
