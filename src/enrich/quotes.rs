//! Quotations and their cues.
//!
//! STUB — to be written.
