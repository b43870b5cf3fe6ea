//! Shared machinery of the benchmark suite: configuration, timing, the counting
//! allocator and the report that prints every row as a ratio against its baseline.
//!
//! Absolute times on a shared 2-core machine are noise; every row therefore times the
//! SDK and its baseline in the same run, interleaved sample by sample, and reports the
//! ratio of their medians.

use std::alloc::{GlobalAlloc, Layout, System};
use std::fmt::Write as _;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

/// How the suite was started.
#[derive(Debug, Clone)]
pub struct Config {
    /// Smoke mode: every benchmark runs once at a small size and no goal is enforced.
    /// On under `cargo test` (no `--bench` argument) and with `--quick`.
    pub quick: bool,
    /// Run only the benchmarks whose name contains one of these words.
    pub filters: Vec<String>,
    /// Write the result table as Markdown to this file (`--markdown FILE`).
    pub markdown: Option<String>,
}

impl Config {
    /// Reads the command line: `cargo bench --bench suite -- [--quick] [--markdown F] [names…]`.
    pub fn from_args() -> Config {
        let mut args = std::env::args().skip(1);
        let mut cfg = Config {
            quick: true,
            filters: Vec::new(),
            markdown: None,
        };
        let mut bench = false;
        let mut quick = false;
        while let Some(a) = args.next() {
            match a.as_str() {
                "--bench" => bench = true,
                "--quick" => quick = true,
                "--markdown" => cfg.markdown = args.next(),
                s if s.starts_with('-') => {} // libtest flags passed by cargo
                s => cfg.filters.push(s.to_owned()),
            }
        }
        if std::env::var_os("ANFANG_BENCH_QUICK").is_some() {
            quick = true;
        }
        cfg.quick = quick || !bench;
        cfg
    }

    /// Whether the benchmark called `name` is selected.
    pub fn selected(&self, name: &str) -> bool {
        self.filters.is_empty() || self.filters.iter().any(|f| name.contains(f.as_str()))
    }

    /// `full` in a real run, `quick` in smoke mode.
    pub fn size<T>(&self, full: T, quick: T) -> T {
        if self.quick {
            quick
        } else {
            full
        }
    }
}

/// A goal from issue 11's table.
#[derive(Debug, Clone, Copy)]
pub enum Goal {
    /// The figure must be at most this.
    AtMost(f64),
    /// The figure must be at least this.
    AtLeast(f64),
    /// Reported for information; no goal.
    None,
}

impl Goal {
    fn met(self, v: f64) -> Option<bool> {
        match self {
            Goal::AtMost(g) => Some(v <= g),
            Goal::AtLeast(g) => Some(v >= g),
            Goal::None => None,
        }
    }
    fn text(self, unit: &str) -> String {
        match self {
            Goal::AtMost(g) => format!("≤ {g}{unit}"),
            Goal::AtLeast(g) => format!("≥ {g}{unit}"),
            Goal::None => "—".to_owned(),
        }
    }
}

/// One line of the result table.
#[derive(Debug, Clone)]
pub struct Row {
    /// Benchmark name (the filter word).
    pub bench: &'static str,
    /// What was compared, in words.
    pub what: String,
    /// The figure (a ratio unless `unit` says otherwise).
    pub value: f64,
    /// Unit printed after the figure: `"×"` for ratios.
    pub unit: &'static str,
    /// The goal.
    pub goal: Goal,
    /// The raw measurements behind the figure (medians, sizes, counts).
    pub detail: String,
}

/// Collects rows and prints them.
#[derive(Debug, Default)]
pub struct Report {
    rows: Vec<Row>,
}

impl Report {
    /// Adds the ratio `sdk / baseline` of two medians.
    pub fn ratio(
        &mut self,
        bench: &'static str,
        what: impl Into<String>,
        sdk: Duration,
        baseline: Duration,
        goal: Goal,
    ) {
        let value = sdk.as_secs_f64() / baseline.as_secs_f64().max(1e-12);
        self.rows.push(Row {
            bench,
            what: what.into(),
            value,
            unit: "×",
            goal,
            detail: format!("{} vs {}", fmt_dur(sdk), fmt_dur(baseline)),
        });
        self.print_last();
    }

    /// Adds any other figure.
    pub fn value(
        &mut self,
        bench: &'static str,
        what: impl Into<String>,
        value: f64,
        unit: &'static str,
        goal: Goal,
        detail: impl Into<String>,
    ) {
        self.rows.push(Row {
            bench,
            what: what.into(),
            value,
            unit,
            goal,
            detail: detail.into(),
        });
        self.print_last();
    }

    fn print_last(&self) {
        if let Some(r) = self.rows.last() {
            let verdict = match r.goal.met(r.value) {
                Some(true) => "met",
                Some(false) => "MISSED",
                None => "",
            };
            println!(
                "{:<10} {:<62} {:>9.3}{} (goal {}) {verdict}  [{}]",
                r.bench,
                r.what,
                r.value,
                r.unit,
                r.goal.text(r.unit),
                r.detail
            );
        }
    }

    /// The rows so far.
    pub fn rows(&self) -> &[Row] {
        &self.rows
    }

    /// The table as Markdown, with the machine it ran on.
    pub fn markdown(&self, quick: bool) -> String {
        let mut s = String::new();
        let _ = writeln!(s, "Machine: {}", machine());
        if quick {
            let _ = writeln!(s, "\n(smoke mode: sizes reduced, figures not meaningful)");
        }
        let _ = writeln!(s, "\n| bench | what | measured | goal | met | detail |");
        let _ = writeln!(s, "|---|---|---|---|---|---|");
        for r in &self.rows {
            let met = match r.goal.met(r.value) {
                Some(true) => "yes",
                Some(false) => "**no**",
                None => "",
            };
            let _ = writeln!(
                s,
                "| {} | {} | {:.3}{} | {} | {met} | {} |",
                r.bench,
                r.what,
                r.value,
                r.unit,
                r.goal.text(r.unit),
                r.detail
            );
        }
        s
    }
}

/// CPU model, core count and memory of this machine, from /proc.
pub fn machine() -> String {
    let cpu = std::fs::read_to_string("/proc/cpuinfo")
        .ok()
        .and_then(|c| {
            c.lines()
                .find(|l| l.starts_with("model name"))
                .and_then(|l| l.split(':').nth(1))
                .map(|s| s.trim().to_owned())
        })
        .unwrap_or_else(|| "unknown CPU".to_owned());
    let cores = std::thread::available_parallelism()
        .map(|n| n.get())
        .unwrap_or(1);
    let mem = std::fs::read_to_string("/proc/meminfo")
        .ok()
        .and_then(|m| {
            m.lines()
                .find(|l| l.starts_with("MemTotal"))
                .and_then(|l| l.split_whitespace().nth(1))
                .and_then(|kb| kb.parse::<u64>().ok())
        })
        .map(|kb| format!("{:.0} GiB", kb as f64 / 1_048_576.0))
        .unwrap_or_else(|| "? GiB".to_owned());
    format!("{cpu}, {cores} cores, {mem}")
}

/// Formats a duration with a sensible unit.
pub fn fmt_dur(d: Duration) -> String {
    let ns = d.as_nanos();
    if ns < 10_000 {
        format!("{ns} ns")
    } else if ns < 10_000_000 {
        format!("{:.1} µs", ns as f64 / 1e3)
    } else if ns < 10_000_000_000 {
        format!("{:.1} ms", ns as f64 / 1e6)
    } else {
        format!("{:.2} s", ns as f64 / 1e9)
    }
}

/// Median of a set of durations (empty → zero).
pub fn median(mut v: Vec<Duration>) -> Duration {
    if v.is_empty() {
        return Duration::ZERO;
    }
    v.sort_unstable();
    v[v.len() / 2]
}

/// Percentile `p` (0–100) of a set of durations (empty → zero).
pub fn percentile(mut v: Vec<Duration>, p: f64) -> Duration {
    if v.is_empty() {
        return Duration::ZERO;
    }
    v.sort_unstable();
    let i = ((p / 100.0) * (v.len() - 1) as f64).round() as usize;
    v[i.min(v.len() - 1)]
}

/// Times `iters` calls of `f`, returning the time per call.
pub fn per_call(iters: u32, mut f: impl FnMut()) -> Duration {
    let start = Instant::now();
    for _ in 0..iters {
        f();
    }
    start.elapsed() / iters.max(1)
}

/// Times two synchronous functions side by side: `samples` rounds, each timing
/// `iters` calls of `a` then of `b` (order alternating per round), and returns the
/// medians per call of each.
pub fn side_by_side(
    samples: u32,
    iters: u32,
    mut a: impl FnMut(),
    mut b: impl FnMut(),
) -> (Duration, Duration) {
    let (mut ta, mut tb) = (Vec::new(), Vec::new());
    for round in 0..samples {
        if round % 2 == 0 {
            ta.push(per_call(iters, &mut a));
            tb.push(per_call(iters, &mut b));
        } else {
            tb.push(per_call(iters, &mut b));
            ta.push(per_call(iters, &mut a));
        }
    }
    (median(ta), median(tb))
}

/// A global allocator that counts live and peak bytes (install it with
/// `#[global_allocator]`; the suite does in `main.rs`).
pub struct Counting;

static LIVE: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);

// SAFETY: every call is forwarded to the system allocator unchanged; only counters
// are updated beside it.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        // SAFETY: forwarded unchanged.
        let p = unsafe { System.alloc(layout) };
        if !p.is_null() {
            grew(layout.size());
        }
        p
    }
    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        // SAFETY: forwarded unchanged.
        let p = unsafe { System.alloc_zeroed(layout) };
        if !p.is_null() {
            grew(layout.size());
        }
        p
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: forwarded unchanged.
        unsafe { System.dealloc(ptr, layout) };
        LIVE.fetch_sub(layout.size(), Ordering::Relaxed);
    }
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        // SAFETY: forwarded unchanged.
        let p = unsafe { System.realloc(ptr, layout, new_size) };
        if !p.is_null() {
            LIVE.fetch_sub(layout.size(), Ordering::Relaxed);
            grew(new_size);
        }
        p
    }
}

fn grew(n: usize) {
    let now = LIVE.fetch_add(n, Ordering::Relaxed) + n;
    PEAK.fetch_max(now, Ordering::Relaxed);
}

/// Bytes allocated and not yet freed.
pub fn live_bytes() -> usize {
    LIVE.load(Ordering::Relaxed)
}

/// Highest live byte count since the last [`reset_peak`].
pub fn peak_bytes() -> usize {
    PEAK.load(Ordering::Relaxed)
}

/// Starts a new peak measurement from the current live count.
pub fn reset_peak() {
    PEAK.store(LIVE.load(Ordering::Relaxed), Ordering::Relaxed);
}

/// Resident set size of this process in bytes, from /proc/self/statm (0 if unknown).
pub fn rss_bytes() -> usize {
    std::fs::read_to_string("/proc/self/statm")
        .ok()
        .and_then(|s| s.split_whitespace().nth(1)?.parse::<usize>().ok())
        .map(|pages| pages * 4096)
        .unwrap_or(0)
}

/// A multi-threaded tokio runtime for the async benchmarks.
pub fn runtime() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .expect("tokio runtime")
}
