//! Fingerprints the tagger: every source file and word list that decides how an article is
//! cleaned, split and tagged. The index stores the fingerprint, so that a whosaid whose tagger
//! changed re-tags unchanged articles instead of keeping tags an older tagger made. See:
//! `index::TAGGER`.

use std::path::{Path, PathBuf};

const TAGGER_INPUTS: &[&str] = &[
    "src/lib.rs",
    "src/model.rs",
    "src/fold.rs",
    "src/split.rs",
    "src/ingest",
    "src/enrich",
    "data/wordlists",
];

fn main() {
    let mut files = Vec::new();
    for input in TAGGER_INPUTS {
        println!("cargo:rerun-if-changed={input}");
        collect(Path::new(input), &mut files);
    }
    // Sorted, so that the fingerprint does not depend on the order the filesystem lists files.
    files.sort();
    // FNV-1a over each file's path and bytes: a change detector, not a security measure.
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for file in &files {
        let bytes = std::fs::read(file).unwrap_or_default();
        let path = file.to_string_lossy();
        for byte in path.as_bytes().iter().chain([0u8].iter()).chain(bytes.iter()) {
            hash ^= u64::from(*byte);
            hash = hash.wrapping_mul(0x0100_0000_01b3);
        }
    }
    println!("cargo:rustc-env=WHOSAID_TAGGER_FINGERPRINT={hash:016x}");
    if std::env::var("CARGO_CFG_TARGET_OS").as_deref() == Ok("linux") {
        println!("cargo:rustc-link-arg-bins=-no-pie");
    }
}

fn collect(path: &Path, files: &mut Vec<PathBuf>) {
    if path.is_dir() {
        if let Ok(entries) = std::fs::read_dir(path) {
            for entry in entries.flatten() {
                collect(&entry.path(), files);
            }
        }
    } else if path.is_file() {
        files.push(path.to_path_buf());
    }
}
