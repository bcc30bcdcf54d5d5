//! Passage counts by person, from the multi-valued fast column of people's numbers (see
//! `index::schema::people_value`).
//!
//! tantivy's `FacetCollector`, and later per-segment string columns, spent most of a query
//! turning each segment's ordinals back into names (every segment has its own dictionary). The
//! numbers of `index::registry` are the same in every segment: a hit costs an array increment,
//! segments add up as arrays, and only the names shown are ever read as text.

use tantivy::collector::{Collector, SegmentCollector};
use tantivy::columnar::Column;
use tantivy::{DocId, Score, SegmentOrdinal, SegmentReader};

/// Counts hits by each number of a multi-valued u64 fast field: the fruit's element `n` is how
/// many hits hold the number `n`.
pub struct NameCounts {
    field: &'static str,
    numbers: usize,
}

impl NameCounts {
    /// A collector over the fast field named `field`, counting the values below `numbers`
    /// (larger ones, which a names table older than the segment would not hold, are skipped).
    pub fn new(field: &'static str, numbers: usize) -> Self {
        NameCounts { field, numbers }
    }
}

/// The per-segment half of [`NameCounts`].
pub struct SegmentNameCounts {
    column: Option<Column<u64>>,
    counts: Vec<u32>,
}

impl Collector for NameCounts {
    type Fruit = Vec<u32>;
    type Child = SegmentNameCounts;

    fn for_segment(
        &self,
        _segment: SegmentOrdinal,
        reader: &SegmentReader,
    ) -> tantivy::Result<SegmentNameCounts> {
        let column = reader.fast_fields().column_opt::<u64>(self.field)?;
        let counts = if column.is_some() { vec![0; self.numbers] } else { Vec::new() };
        Ok(SegmentNameCounts { column, counts })
    }

    fn requires_scoring(&self) -> bool {
        false
    }

    fn merge_fruits(&self, fruits: Vec<Vec<u32>>) -> tantivy::Result<Vec<u32>> {
        let mut all = vec![0u32; self.numbers];
        for fruit in fruits {
            for (total, count) in all.iter_mut().zip(fruit) {
                *total += count;
            }
        }
        Ok(all)
    }
}

impl SegmentCollector for SegmentNameCounts {
    type Fruit = Vec<u32>;

    fn collect(&mut self, doc: DocId, _score: Score) {
        if let Some(column) = &self.column {
            for number in column.values_for_doc(doc) {
                if let Some(count) = self.counts.get_mut(number as usize) {
                    *count += 1;
                }
            }
        }
    }

    fn harvest(self) -> Vec<u32> {
        self.counts
    }
}
