//! The `whosaid` binary: parses the command line and maps the outcome to an exit status.
//! Everything else lives in the library.

fn main() -> std::process::ExitCode {
    pin_mmap_threshold();
    whosaid::cli::main()
}

/// glibc raises its mmap threshold to the size of each large block freed (up to 32 MB); blocks
/// below it then come from per-thread arenas and stay resident once freed. The index writer
/// frees blocks of tens of MB (segment pieces read for merges), and a 1 GB `index --rebuild`
/// peaked at 413 MB of anonymous memory that way, 227 MB with the threshold pinned at glibc's
/// initial 128 KiB (as `MALLOC_MMAP_THRESHOLD_=131072` does). See: issue 6.
#[cfg(all(target_os = "linux", target_env = "gnu"))]
fn pin_mmap_threshold() {
    // SAFETY: mallopt only changes allocator tuning; it is called before any other thread runs.
    // A refusal (return 0) leaves glibc's default, which is still correct, only larger.
    unsafe {
        libc::mallopt(libc::M_MMAP_THRESHOLD, 128 * 1024);
    }
}

#[cfg(not(all(target_os = "linux", target_env = "gnu")))]
fn pin_mmap_threshold() {}
