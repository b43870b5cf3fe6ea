//! The anfang benchmark suite: every row of `BENCHMARKS.md`, each timed side by side
//! with its baseline in the same run and printed as a ratio.
//!
//! ```text
//! cargo bench --bench suite                       # everything, full size
//! cargo bench --bench suite -- signers gps        # only the named benchmarks
//! cargo bench --bench suite -- --markdown out.md  # also write the table as Markdown
//! cargo test --release --bench suite              # smoke mode: each benchmark once, small
//! ```
//!
//! Smoke mode (`cargo test`, `--quick` or `ANFANG_BENCH_QUICK=1`) runs every benchmark
//! once at a small size so CI proves they still work; it never fails on timing.

mod call;
mod envelope;
mod gps;
mod lenfocus;
mod paging;
mod shared;
mod signers;
mod support;

use support::{Config, Report};

#[global_allocator]
static ALLOC: support::Counting = support::Counting;

/// A benchmark: its filter name and the function that runs it.
type Bench = (&'static str, fn(&Config, &mut Report));

const BENCHES: &[Bench] = &[
    ("call", call::run),
    ("envelope", envelope::run),
    ("signers", signers::run),
    ("paging", paging::run),
    ("gps", gps::run),
    ("lenfocus", lenfocus::run),
    ("shared", shared::run),
];

fn main() {
    let cfg = Config::from_args();
    println!(
        "anfang benchmark suite ({} mode) on {}",
        if cfg.quick { "smoke" } else { "full" },
        support::machine()
    );
    let mut report = Report::default();
    for (name, run) in BENCHES {
        if cfg.selected(name) {
            println!("== {name}");
            run(&cfg, &mut report);
        }
    }
    if let Some(path) = &cfg.markdown {
        std::fs::write(path, report.markdown(cfg.quick)).expect("write the Markdown table");
        println!("table written to {path}");
    }
    // `cargo test` expects its closing line; smoke mode proves every benchmark ran.
    println!("{} rows measured", report.rows().len());
}
