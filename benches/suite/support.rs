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
static ALLOCS: AtomicUsize = AtomicUsize::new(0);

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
    ALLOCS.fetch_add(1, Ordering::Relaxed);
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

/// Allocations (and reallocations) made so far by the whole process; the difference
/// across a loop, divided by its iterations, is allocations per call.
pub fn alloc_count() -> usize {
    ALLOCS.load(Ordering::Relaxed)
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

/// Times two async operations side by side: `samples` rounds, each timing `iters`
/// runs of `a` then of `b` (order alternating per round), and returns the medians per
/// run of each. The async twin of [`side_by_side`].
pub async fn side_by_side_async<A, B, FA, FB>(
    samples: u32,
    iters: u32,
    mut a: A,
    mut b: B,
) -> (Duration, Duration)
where
    A: FnMut() -> FA,
    B: FnMut() -> FB,
    FA: std::future::Future<Output = ()>,
    FB: std::future::Future<Output = ()>,
{
    let (mut ta, mut tb) = (Vec::new(), Vec::new());
    for round in 0..samples {
        for pass in 0..2 {
            let first = (round % 2 == 0) == (pass == 0);
            let start = Instant::now();
            for _ in 0..iters {
                if first {
                    a().await
                } else {
                    b().await
                }
            }
            let per = start.elapsed() / iters.max(1);
            if first {
                ta.push(per);
            } else {
                tb.push(per);
            }
        }
    }
    (median(ta), median(tb))
}

/// A request as the [`Loopback`] server saw it (the first [`Loopback::KEEP`] are kept).
#[derive(Debug, Clone)]
pub struct Seen {
    /// `POST`, `GET`…
    pub method: String,
    /// Path and query.
    pub target: String,
    /// Header names (lower case) and values, in arrival order.
    pub headers: Vec<(String, String)>,
    /// The body bytes.
    pub body: bytes::Bytes,
}

/// What a [`Loopback`] server answers: status 200 with the JSON body `handler` returns
/// for the request's path and body.
pub type Handler = std::sync::Arc<dyn Fn(&str, &[u8]) -> bytes::Bytes + Send + Sync>;

/// A keep-alive HTTP/1.1 server on an ephemeral loopback port (hyper), shared by an
/// SDK and its hand-written baseline so both hit the same server with the same bytes.
/// Each answer waits `latency` first (a server-side delay, not synchronisation).
/// The accept loop stops when the value is dropped.
pub struct Loopback {
    /// The address it listens on.
    pub addr: std::net::SocketAddr,
    seen: std::sync::Arc<std::sync::Mutex<Vec<Seen>>>,
    served: std::sync::Arc<AtomicUsize>,
    accept: tokio::task::JoinHandle<()>,
}

impl Loopback {
    /// How many requests are kept for [`Loopback::seen`].
    pub const KEEP: usize = 64;

    /// Starts the server on the current tokio runtime.
    pub async fn start(handler: Handler, latency: Duration) -> Loopback {
        use hyper::body::{Body, Frame, Incoming};
        use std::pin::Pin;
        use std::task::{Context, Poll};

        /// A body of one `Bytes` chunk.
        struct Fixed(Option<bytes::Bytes>);
        impl Body for Fixed {
            type Data = bytes::Bytes;
            type Error = std::convert::Infallible;
            fn poll_frame(
                mut self: Pin<&mut Self>,
                _: &mut Context<'_>,
            ) -> Poll<Option<Result<Frame<bytes::Bytes>, Self::Error>>> {
                Poll::Ready(self.0.take().map(|b| Ok(Frame::data(b))))
            }
            fn is_end_stream(&self) -> bool {
                self.0.is_none()
            }
            fn size_hint(&self) -> hyper::body::SizeHint {
                hyper::body::SizeHint::with_exact(self.0.as_ref().map_or(0, |b| b.len() as u64))
            }
        }

        async fn read_all(mut body: Incoming) -> bytes::Bytes {
            let mut out = bytes::BytesMut::new();
            // Bounded by the client's request (the benchmark's own bytes).
            while let Some(frame) =
                std::future::poll_fn(|cx| Pin::new(&mut body).poll_frame(cx)).await
            {
                match frame {
                    Ok(f) => {
                        if let Ok(d) = f.into_data() {
                            out.extend_from_slice(&d);
                        }
                    }
                    Err(_) => break,
                }
            }
            out.freeze()
        }

        let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
            .await
            .expect("bind a loopback port");
        let addr = listener.local_addr().expect("local address");
        let seen = std::sync::Arc::new(std::sync::Mutex::new(Vec::new()));
        let served = std::sync::Arc::new(AtomicUsize::new(0));
        let (seen2, served2) = (seen.clone(), served.clone());
        let accept = tokio::spawn(async move {
            while let Ok((stream, _)) = listener.accept().await {
                let _ = stream.set_nodelay(true);
                let (handler, seen, served) = (handler.clone(), seen2.clone(), served2.clone());
                tokio::spawn(async move {
                    let service =
                        hyper::service::service_fn(move |req: hyper::Request<Incoming>| {
                            let (handler, seen, served) =
                                (handler.clone(), seen.clone(), served.clone());
                            async move {
                                let (parts, body) = req.into_parts();
                                let body = read_all(body).await;
                                let target = parts.uri.path_and_query().map_or_else(
                                    || parts.uri.path().to_owned(),
                                    |p| p.as_str().to_owned(),
                                );
                                let answer = handler(parts.uri.path(), &body);
                                if served.fetch_add(1, Ordering::Relaxed) < Loopback::KEEP {
                                    let headers = parts
                                        .headers
                                        .iter()
                                        .map(|(k, v)| {
                                            (
                                                k.as_str().to_owned(),
                                                String::from_utf8_lossy(v.as_bytes()).into_owned(),
                                            )
                                        })
                                        .collect();
                                    if let Ok(mut s) = seen.lock() {
                                        s.push(Seen {
                                            method: parts.method.to_string(),
                                            target,
                                            headers,
                                            body,
                                        });
                                    }
                                }
                                if !latency.is_zero() {
                                    tokio::time::sleep(latency).await;
                                }
                                let resp = hyper::Response::builder()
                                    .header("content-type", "application/json;charset=UTF-8")
                                    .body(Fixed(Some(answer)))
                                    .expect("a valid response");
                                Ok::<_, std::convert::Infallible>(resp)
                            }
                        });
                    let io = hyper_util::rt::TokioIo::new(stream);
                    let _ = hyper::server::conn::http1::Builder::new()
                        .serve_connection(io, service)
                        .await;
                });
            }
        });
        Loopback {
            addr,
            seen,
            served,
            accept,
        }
    }

    /// `http://127.0.0.1:PORT`.
    pub fn base_url(&self) -> String {
        format!("http://{}", self.addr)
    }

    /// The first [`Loopback::KEEP`] requests served.
    pub fn seen(&self) -> Vec<Seen> {
        self.seen.lock().map(|s| s.clone()).unwrap_or_default()
    }

    /// Requests served so far.
    pub fn served(&self) -> usize {
        self.served.load(Ordering::Relaxed)
    }
}

impl Drop for Loopback {
    fn drop(&mut self) {
        self.accept.abort();
    }
}
