//! Integration tests: each drives the real binary in its own temporary folder.

mod util;

mod aliases;
mod cli;
mod crash;
mod formats;
mod properties;
mod quickwit;
mod sample;
