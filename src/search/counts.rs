//! Passage counts by person, from the multi-valued fast column of people's numbers (see
//! `index::schema::people_value`).
//!
//! tantivy's `FacetCollector`, and later per-segment string columns, spent most of a query
//! turning each segment's ordinals back into names (every segment has its own dictionary). The
//! numbers of `index::registry` are the same in every segment: a hit costs an array increment,
//! segments add up as arrays, and only the names shown are ever read as text.

use std::ops::Deref;
use std::sync::{Arc, Mutex, PoisonError};
use tantivy::collector::{Collector, SegmentCollector};
use tantivy::columnar::Column;
use tantivy::{DocId, Score, SegmentOrdinal, SegmentReader};

/// Hits gathered before their values are read.
const BLOCK: usize = 64;

/// Zeroed arrays of counts, kept for the next segment and the next query.
///
/// An array has an element per person and name kind (about 160 KB at 1 GB of news). Allocated
/// afresh for each of a query's segments, they cost more in first-touch page faults than the
/// counting itself; shared, a query touches one array a thread plus none for the total.
#[derive(Clone, Default)]
pub struct CountBuffers(Arc<Mutex<Vec<Vec<u32>>>>);

impl CountBuffers {
    fn take(&self, len: usize) -> Vec<u32> {
        // A panic elsewhere while the lock was held leaves only zeroed arrays behind.
        let mut array =
            self.0.lock().unwrap_or_else(PoisonError::into_inner).pop().unwrap_or_default();
        // Every element kept is zero; within the array's capacity, growing it touches no new page.
        array.resize(len, 0);
        array
    }

    /// Runs `f` on a zeroed array of `len` elements, then takes the array back.
    pub fn with_array<R>(&self, len: usize, f: impl FnOnce(&mut [u32]) -> R) -> R {
        // Held as `Counts`, whose drop zeroes the array and gives it back.
        let mut array = Counts { counts: self.take(len), buffers: self.clone() };
        f(&mut array.counts)
    }

    /// Takes back an array whose elements are all zero.
    fn give(&self, zeroed: Vec<u32>) {
        self.0.lock().unwrap_or_else(PoisonError::into_inner).push(zeroed);
    }
}

/// Hits by number: element `n` is how many hits hold the number `n`. The array goes back to
/// its [`CountBuffers`] when dropped.
pub struct Counts {
    counts: Vec<u32>,
    buffers: CountBuffers,
}

impl Deref for Counts {
    type Target = [u32];

    fn deref(&self) -> &[u32] {
        &self.counts
    }
}

impl Drop for Counts {
    fn drop(&mut self) {
        let mut counts = std::mem::take(&mut self.counts);
        counts.fill(0);
        self.buffers.give(counts);
    }
}

/// Counts hits by each number of a multi-valued u64 fast field into [`Counts`].
pub struct NameCounts {
    field: &'static str,
    numbers: usize,
    buffers: CountBuffers,
}

impl NameCounts {
    /// A collector over the fast field named `field`, counting the values below `numbers`
    /// (larger ones, which a names table older than the segment would not hold, are skipped),
    /// in arrays taken from `buffers`.
    pub fn new(field: &'static str, numbers: usize, buffers: CountBuffers) -> Self {
        NameCounts { field, numbers, buffers }
    }
}

/// The per-segment half of [`NameCounts`]. Its fruit is the numbers it saw with their counts:
/// a segment's hits hold few of all the numbers, and the array goes back for the next segment.
pub struct SegmentNameCounts {
    column: Option<Column<u64>>,
    counts: Vec<u32>,
    buffers: CountBuffers,
    /// Buffers for a block of hits: the hits, their value rows, the documents of those rows
    /// (unused, the columnar API fills both), and the values read.
    pending: Vec<DocId>,
    rows: Vec<u32>,
    row_docs: Vec<DocId>,
    values: Vec<u64>,
}

impl Collector for NameCounts {
    type Fruit = Counts;
    type Child = SegmentNameCounts;

    fn for_segment(
        &self,
        _segment: SegmentOrdinal,
        reader: &SegmentReader,
    ) -> tantivy::Result<SegmentNameCounts> {
        let column = reader.fast_fields().column_opt::<u64>(self.field)?;
        let counts = if column.is_some() { self.buffers.take(self.numbers) } else { Vec::new() };
        Ok(SegmentNameCounts {
            column,
            counts,
            buffers: self.buffers.clone(),
            pending: Vec::with_capacity(BLOCK),
            rows: Vec::new(),
            row_docs: Vec::new(),
            values: Vec::new(),
        })
    }

    fn requires_scoring(&self) -> bool {
        false
    }

    fn merge_fruits(&self, fruits: Vec<Vec<(u32, u32)>>) -> tantivy::Result<Counts> {
        let mut all =
            Counts { counts: self.buffers.take(self.numbers), buffers: self.buffers.clone() };
        for (number, count) in fruits.into_iter().flatten() {
            if let Some(total) = all.counts.get_mut(number as usize) {
                *total += count;
            }
        }
        Ok(all)
    }
}

impl SegmentCollector for SegmentNameCounts {
    type Fruit = Vec<(u32, u32)>;

    /// Scored searches hand over one hit at a time; they are gathered into blocks, because a
    /// block's values are read in one call instead of one call a value.
    fn collect(&mut self, doc: DocId, _score: Score) {
        if self.column.is_some() {
            self.pending.push(doc);
            if self.pending.len() == BLOCK {
                self.count_pending();
            }
        }
    }

    fn collect_block(&mut self, docs: &[DocId]) {
        if self.column.is_some() {
            self.pending.extend_from_slice(docs);
            self.count_pending();
        }
    }

    fn harvest(mut self) -> Vec<(u32, u32)> {
        self.count_pending();
        let mut seen = Vec::new();
        for (number, count) in self.counts.iter_mut().enumerate() {
            if *count != 0 {
                seen.push((number as u32, std::mem::take(count)));
            }
        }
        if !self.counts.is_empty() {
            self.buffers.give(std::mem::take(&mut self.counts));
        }
        seen
    }
}

impl SegmentNameCounts {
    fn count_pending(&mut self) {
        let Some(column) = &self.column else { return };
        self.rows.clear();
        self.row_docs.clear();
        column.row_ids_for_docs(&self.pending, &mut self.row_docs, &mut self.rows);
        self.pending.clear();
        self.values.clear();
        self.values.resize(self.rows.len(), 0);
        column.values.get_vals(&self.rows, &mut self.values);
        for &number in &self.values {
            if let Some(count) = self.counts.get_mut(number as usize) {
                *count += 1;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use tantivy::collector::TopDocs;
    use tantivy::query::{AllQuery, TermQuery};
    use tantivy::schema::{IndexRecordOption, NumericOptions, Schema, STRING};
    use tantivy::{doc, Index, IndexWriter, Term};

    /// Two segments of documents whose values are known: document `i` of a segment holds
    /// `i % 7` and, when `i` is even, `100 + i % 3`; every fifth holds nothing. Returns the index
    /// and the expected counts over every document.
    fn index_of_known_values() -> (Index, Vec<u32>) {
        let mut builder = Schema::builder();
        let kind = builder.add_text_field("kind", STRING);
        let people = builder.add_u64_field("people", NumericOptions::default().set_fast());
        let index = Index::create_in_ram(builder.build());
        let mut writer: IndexWriter = index.writer_with_num_threads(1, 15_000_000).unwrap();
        let mut expected = vec![0u32; 110];
        // 150 documents a segment: two full blocks of 64 and a partial one.
        for _segment in 0..2 {
            for i in 0..150u64 {
                let mut d = doc!(kind => "passage");
                if i % 5 != 0 {
                    d.add_u64(people, i % 7);
                    expected[(i % 7) as usize] += 1;
                    if i % 2 == 0 {
                        d.add_u64(people, 100 + i % 3);
                        expected[(100 + i % 3) as usize] += 1;
                    }
                }
                writer.add_document(d).unwrap();
            }
            writer.commit().unwrap();
        }
        (index, expected)
    }

    #[test]
    fn counts_are_the_same_scored_and_unscored_and_from_reused_arrays() {
        let (index, expected) = index_of_known_values();
        let searcher = index.reader().unwrap().searcher();
        assert_eq!(searcher.segment_readers().len(), 2);
        let buffers = CountBuffers::default();
        let counts = || NameCounts::new("people", expected.len(), buffers.clone());
        let term = Term::from_field_text(index.schema().get_field("kind").unwrap(), "passage");
        let scored_query = TermQuery::new(term, IndexRecordOption::WithFreqs);
        for _ in 0..3 {
            // Unscored: blocks of documents (`collect_block`).
            let unscored = searcher.search(&AllQuery, &counts()).unwrap();
            assert_eq!(&unscored[..], &expected[..]);
            // Scored: one document at a time (`collect`).
            let top = TopDocs::with_limit(1).order_by_score();
            let (_, scored) = searcher.search(&scored_query, &(top, counts())).unwrap();
            assert_eq!(&scored[..], &expected[..]);
        }
        // Every array went back zeroed: one per segment at most, plus the total.
        let spare = buffers.0.lock().unwrap();
        assert!(!spare.is_empty() && spare.len() <= 3, "{} arrays kept", spare.len());
        assert!(spare.iter().all(|a| a.len() == expected.len() && a.iter().all(|&c| c == 0)));
    }

    #[test]
    fn pooled_arrays_come_zeroed_at_any_length() {
        let buffers = CountBuffers::default();
        buffers.with_array(10, |a| a.fill(7));
        for len in [4, 12, 10, 0, 3] {
            let seen = buffers.with_array(len, |a| {
                let seen = (a.len(), a.iter().all(|&c| c == 0));
                a.fill(9);
                seen
            });
            assert_eq!(seen, (len, true));
        }
        assert_eq!(buffers.0.lock().unwrap().len(), 1, "one array serves every call in turn");
    }

    #[test]
    fn values_beyond_the_table_are_skipped() {
        let (index, expected) = index_of_known_values();
        let searcher = index.reader().unwrap().searcher();
        // A names table that knows only the numbers below 100.
        let counts = searcher
            .search(&AllQuery, &NameCounts::new("people", 100, CountBuffers::default()))
            .unwrap();
        assert_eq!(&counts[..], &expected[..100]);
    }
}
