//! Helpers: a temporary project folder with a corpus, and a command builder for the binary.

#![allow(dead_code)]

use assert_cmd::Command;
use serde_json::Value;
use std::path::{Path, PathBuf};
use tempfile::TempDir;

/// The sample article shipped in `corpus/`.
pub const SAMPLE: &str = "us-diplomacy-before-russias-war-on-ukraine.txt";

/// A temporary working folder: `corpus/` inside it, `index/` built on demand.
pub struct Project {
    pub dir: TempDir,
}

impl Project {
    /// An empty project folder.
    pub fn empty() -> Self {
        Project { dir: tempfile::tempdir().expect("temp dir") }
    }

    /// A project whose `corpus/` holds the shipped sample article.
    pub fn sample() -> Self {
        let p = Project::empty();
        let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus").join(SAMPLE);
        p.write(&format!("corpus/{SAMPLE}"), &std::fs::read_to_string(src).expect("sample"));
        p
    }

    /// Writes a file under the project folder, creating folders.
    pub fn write(&self, rel: &str, content: &str) -> PathBuf {
        let path = self.dir.path().join(rel);
        std::fs::create_dir_all(path.parent().expect("parent")).expect("mkdir");
        std::fs::write(&path, content).expect("write");
        path
    }

    pub fn path(&self, rel: &str) -> PathBuf {
        self.dir.path().join(rel)
    }

    /// The binary, run in the project folder with no environment that changes its behaviour.
    pub fn cmd(&self) -> Command {
        let mut cmd = Command::cargo_bin("whosaid").expect("binary");
        cmd.current_dir(self.dir.path()).env_remove("WHOSAID_INDEX").env_remove("NO_COLOR");
        cmd
    }

    /// Runs with `args` and returns (exit code, stdout, stderr).
    pub fn run(&self, args: &[&str]) -> (i32, String, String) {
        let out = self.cmd().args(args).output().expect("run");
        (
            out.status.code().unwrap_or(-1),
            String::from_utf8_lossy(&out.stdout).into_owned(),
            String::from_utf8_lossy(&out.stderr).into_owned(),
        )
    }

    /// Runs a command that must succeed with JSON on stdout, and parses it.
    pub fn json(&self, args: &[&str]) -> Value {
        let (code, stdout, stderr) = self.run(args);
        assert_eq!(code, 0, "{args:?} exited {code}: {stderr}");
        assert!(!stderr.contains("panicked"), "{stderr}");
        serde_json::from_str(&stdout).unwrap_or_else(|e| panic!("{args:?}: {e}: {stdout}"))
    }

    /// Runs `export` and parses each line.
    pub fn export(&self) -> Vec<Value> {
        let (code, stdout, stderr) = self.run(&["export"]);
        assert_eq!(code, 0, "export exited {code}: {stderr}");
        stdout.lines().map(|l| serde_json::from_str(l).expect("export line")).collect()
    }
}

/// The strings of a JSON array.
pub fn strings(v: &Value) -> Vec<String> {
    v.as_array()
        .map(|a| a.iter().filter_map(|x| x.as_str().map(str::to_string)).collect())
        .unwrap_or_default()
}

/// The exported passage whose text starts with `start`.
pub fn passage<'a>(passages: &'a [Value], start: &str) -> &'a Value {
    passages
        .iter()
        .find(|p| p["text"].as_str().is_some_and(|t| t.starts_with(start)))
        .unwrap_or_else(|| panic!("no passage starts with {start:?}"))
}
