//! Evaluation: scoring the enrichers against annotated news (TimeML dates, PolNeAR quotes).
//!
//! Reads gold files at run time (they are research-only data and never ship with whosaid) and
//! compares them with what the pipeline tags; the rules match `../shared/tools/score-export`.

pub mod dates;
pub mod quotes;
