//! The `whosaid` binary: parses the command line and maps the outcome to an exit status.
//! Everything else lives in the library.

fn main() -> std::process::ExitCode {
    whosaid::cli::main()
}
