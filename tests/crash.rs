//! Crash safety: an indexer killed with SIGKILL at any moment leaves the last committed index
//! usable, and the next run completes to the same passages as a clean build.
//!
//! Slow (it indexes a few thousand articles a dozen times), so it is ignored by default:
//! `cargo test --release --test integration crash -- --ignored`.

use crate::util::Project;
use std::time::Instant;

fn corpus(p: &Project) {
    let sentences = [
        "The harbour authority said on Tuesday that cargo volumes rose 4% in March.",
        "\"We are running at full capacity,\" said Ana Ribeiro, the port's director.",
        "Unions warned of strikes in early May if talks on pay stalled.",
        "Minister Paul Okafor told reporters the expansion would be finished by 2027.",
    ];
    for i in 0..3000 {
        let mut text = format!("Port report {i}\n\n");
        for j in 0..12 {
            text.push_str(sentences[(i + j) % sentences.len()]);
            text.push_str(if j % 3 == 2 { "\n\n" } else { " " });
        }
        p.write(&format!("c/{:02}/{i}.txt", i % 30), &text);
    }
}

fn passages(p: &Project, index: &str) -> usize {
    let out = p.cmd().args(["--index", index, "export"]).output().expect("export");
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    out.stdout.iter().filter(|&&b| b == b'\n').count()
}

#[test]
#[ignore = "slow: kills an indexer a dozen times"]
fn a_killed_indexer_leaves_a_usable_index_and_the_next_run_completes() {
    let p = Project::empty();
    corpus(&p);
    let started = Instant::now();
    let (code, _, stderr) = p.run(&["--index", "clean", "index", "c"]);
    assert_eq!(code, 0, "{stderr}");
    let full_run = started.elapsed();
    let expected = passages(&p, "clean");
    assert!(expected > 10_000);

    // Kill points spread over the whole run, deterministic so that a failure reproduces.
    let mut seed: u64 = 0x5eed;
    for round in 0..12 {
        seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        let fraction = (seed >> 33) as f64 / (1u64 << 31) as f64;
        let delay = full_run.mul_f64(fraction.clamp(0.02, 1.2));
        let index = format!("crash{round}");
        let mut child = std::process::Command::new(assert_cmd::cargo::cargo_bin("whosaid"))
            .current_dir(p.dir.path())
            // Commit often, so that kills land between commits, not only before the first.
            .args(["-q", "--index", &index, "index", "c", "--commit-every", "1500"])
            .stderr(std::process::Stdio::null())
            .spawn()
            .expect("spawn");
        std::thread::sleep(delay);
        let _ = child.kill(); // SIGKILL
        let _ = child.wait();

        // Whatever was committed can be searched (or there is no index yet).
        let (code, stdout, stderr) = p.run(&["--index", &index, "search", "harbour", "--json"]);
        assert!(!stderr.contains("panicked"), "round {round}: {stderr}");
        if p.path(&format!("{index}/meta.json")).is_file() {
            assert!(code == 0 || code == 1, "round {round} after {delay:?}: {code} {stderr}");
            let v: serde_json::Value = serde_json::from_str(&stdout).expect("json");
            assert!(v["total"].as_u64().is_some());
        }
        // The next run completes to the clean build's passages.
        let (code, _, stderr) = p.run(&["-q", "--index", &index, "index", "c"]);
        assert_eq!(code, 0, "round {round}: {stderr}");
        assert_eq!(passages(&p, &index), expected, "round {round} killed after {delay:?}");
        std::fs::remove_dir_all(p.path(&index)).expect("clean up");
    }
}
