//! Passage counts by name, from a multi-valued string fast column.
//!
//! tantivy's `FacetCollector` turned out to spend most of a query on common words turning facet
//! ordinals back into strings, one dictionary lookup (and one zstd context) per ordinal: 505 ms of
//! 519 ms for `said` over the real news. Counting ordinals in a plain array and reading the
//! dictionary once per segment, in order, does the same work in one pass.

use std::collections::HashMap;
use tantivy::collector::{Collector, SegmentCollector};
use tantivy::columnar::StrColumn;
use tantivy::{DocId, Score, SegmentOrdinal, SegmentReader};

/// Below this many distinct names in a segment's hits, names are looked up one by one; above,
/// the segment's dictionary is streamed once.
const LOOKUPS_BEFORE_STREAMING: usize = 48;

/// Counts hits by each value of a string fast field.
pub struct NameCounts {
    field: &'static str,
}

impl NameCounts {
    /// A collector over the fast field named `field`.
    pub fn new(field: &'static str) -> Self {
        NameCounts { field }
    }
}

/// The per-segment half of [`NameCounts`].
pub struct SegmentNameCounts {
    column: Option<StrColumn>,
    counts: Vec<u32>,
}

impl Collector for NameCounts {
    type Fruit = HashMap<String, u64>;
    type Child = SegmentNameCounts;

    fn for_segment(
        &self,
        _segment: SegmentOrdinal,
        reader: &SegmentReader,
    ) -> tantivy::Result<SegmentNameCounts> {
        let column = reader.fast_fields().str(self.field)?;
        let terms = column.as_ref().map_or(0, |c| c.num_terms());
        Ok(SegmentNameCounts { column, counts: vec![0; terms] })
    }

    fn requires_scoring(&self) -> bool {
        false
    }

    fn merge_fruits(&self, fruits: Vec<HashMap<String, u64>>) -> tantivy::Result<Self::Fruit> {
        let mut all: HashMap<String, u64> = HashMap::new();
        for fruit in fruits {
            for (name, count) in fruit {
                *all.entry(name).or_insert(0) += count;
            }
        }
        Ok(all)
    }
}

impl SegmentCollector for SegmentNameCounts {
    type Fruit = HashMap<String, u64>;

    fn collect(&mut self, doc: DocId, _score: Score) {
        if let Some(column) = &self.column {
            for ord in column.term_ords(doc) {
                if let Some(count) = self.counts.get_mut(ord as usize) {
                    *count += 1;
                }
            }
        }
    }

    fn harvest(self) -> Self::Fruit {
        let mut out = HashMap::new();
        let Some(column) = self.column else { return out };
        let hits: Vec<usize> = (0..self.counts.len()).filter(|&o| self.counts[o] > 0).collect();
        if hits.len() <= LOOKUPS_BEFORE_STREAMING {
            let mut name = String::new();
            for ord in hits {
                name.clear();
                if column.ord_to_str(ord as u64, &mut name).unwrap_or(false) {
                    out.insert(name.clone(), u64::from(self.counts[ord]));
                }
            }
            return out;
        }
        let Ok(mut stream) = column.dictionary().stream() else { return out };
        while stream.advance() {
            let count = self.counts.get(stream.term_ord() as usize).copied().unwrap_or(0);
            if count > 0 {
                out.insert(String::from_utf8_lossy(stream.key()).into_owned(), u64::from(count));
            }
        }
        out
    }
}
