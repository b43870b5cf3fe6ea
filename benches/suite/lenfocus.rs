//! Benchmark `lenfocus` (issue 11, row 7): N Lenfocus device sessions held against
//! the simulator on loopback — memory per session, heartbeat lateness and token
//! renewals.
//!
//! The simulator runs in a **child process** (this same binary, started again with
//! [`CHILD_ENV`] set): every loopback connection costs two file descriptors, one per
//! end, and 10,000 sessions in one process would need more than this machine's
//! `ulimit -n` (20,000, soft = hard, not raisable without privileges). Split in two,
//! each process holds N descriptors, and the device side is measured alone (this
//! process) and the simulator side alone (the child, which reports its own counting
//! allocator and RSS on request over its stdin/stdout).
//!
//! Timings: the protocol's heartbeat interval comes from the server (the simulator's
//! default is 30 s) and the device beats every `interval × 0.5`. A full run uses a
//! 10 s interval (a beat every 5 s) and a 20 s token lifetime (a renewal every 10 s)
//! so that a 30 s hold sees six beats and three renewals per session; smoke mode uses
//! 1 s / 2 s and a 3 s hold.
//!
//! Heartbeat lateness is measured by the simulator: for every heartbeat after the
//! window opens, the time since that session's previous heartbeat minus the
//! device's period (negative = early, counted as 0). It includes loopback transit and
//! the simulator's own scheduling, so it is an upper bound on the device's lateness.

use std::io::{BufRead, BufReader, Write};
use std::process::{Child, ChildStdin, ChildStdout, Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use futures::StreamExt;
use lenfocus_device::simulator::{
    SimCloseReason, SimDevice, SimEvent, Simulator, TEST_DEVICE_PRIVATE_KEY_PEM,
    TEST_DEVICE_PUBLIC_KEY_PEM,
};
use lenfocus_device::{ConnectSigner, ConnectVerifier, Device, DeviceConfig, NoCommands};

use crate::support::{self, Config, Goal, Report};

/// Set (to the plan, `n,interval_s,lifetime_s`) in the child that plays the platform.
pub const CHILD_ENV: &str = "ANFANG_BENCH_LENFOCUS_SIMULATOR";

/// Overrides the number of sessions (`ANFANG_BENCH_LENFOCUS_SESSIONS=2000`): the
/// per-session figures hardly depend on N, and a smaller N ramps up faster on a busy
/// machine. The soft `ulimit -n` lowers it too (printed).
pub const SESSIONS_ENV: &str = "ANFANG_BENCH_LENFOCUS_SESSIONS";

const CODE: &str = "AB12CD34";
/// The device's heartbeat fraction (the SDK's default).
const HEARTBEAT_FRACTION: f64 = 0.5;
/// The device's renewal fraction (the SDK's default).
const RENEW_FRACTION: f64 = 0.5;
/// Connections opened at once while ramping up.
const CONNECT_CONCURRENCY: usize = 64;
/// File descriptors kept free beside the sessions (runtime, pipes, listener, libs).
const FD_MARGIN: usize = 256;
/// "On time": the 99th percentile of heartbeat lateness at most this (ms).
const ON_TIME_P99_MS: f64 = 100.0;

fn sn(i: usize) -> String {
    format!("LF{i:013}")
}

fn did(i: usize) -> String {
    format!("{}", 1_000_000 + i)
}

/// Runs this benchmark and adds its rows to `report`.
pub fn run(cfg: &Config, report: &mut Report) {
    if let Ok(plan) = std::env::var(CHILD_ENV) {
        simulator_child(&plan);
        std::process::exit(0);
    }
    let wanted = std::env::var(SESSIONS_ENV)
        .ok()
        .and_then(|s| s.parse::<usize>().ok())
        .filter(|&n| n > 0)
        .unwrap_or_else(|| cfg.size(10_000, 50));
    let (interval_s, lifetime_s, hold) = cfg.size((10, 20, 30), (1, 2, 3));
    let soft = nofile_soft_limit();
    let n = match soft {
        Some(limit) if limit < wanted + FD_MARGIN => {
            let n = limit.saturating_sub(FD_MARGIN).max(1);
            println!(
                "lenfocus: ulimit -n is {limit}: {n} sessions instead of {wanted} \
                 (raise the soft limit with `ulimit -n` to measure {wanted})"
            );
            n
        }
        _ => wanted,
    };
    let period = Duration::from_secs(interval_s).mul_f64(HEARTBEAT_FRACTION);
    let renew_period = Duration::from_secs(lifetime_s).mul_f64(RENEW_FRACTION);
    let hold = Duration::from_secs(hold);
    println!(
        "lenfocus: {n} sessions, heartbeat interval {interval_s} s (a beat every {:?}), \
         token lifetime {lifetime_s} s (a renewal every {:?}), hold {:?}; simulator in a child process",
        period, renew_period, hold
    );

    let mut sim = SimChild::spawn(n, interval_s, lifetime_s);
    let rt = support::runtime();
    let signer = ConnectSigner::from_pem(TEST_DEVICE_PRIVATE_KEY_PEM).expect("test key");
    let (live0, rss0) = (support::live_bytes(), support::rss_bytes());

    let devices: Vec<Device> = (0..n)
        .map(|i| {
            Device::new(
                DeviceConfig::new(sim.ws_url.clone(), sn(i), CODE, signer.clone())
                    .with_did(did(i))
                    .with_ip("127.0.0.1")
                    .with_backoff(Duration::from_millis(200), Duration::from_secs(5)),
            )
        })
        .collect();
    let live_configs = support::live_bytes();
    let started = Instant::now();
    let results: Vec<_> = rt.block_on(
        futures::stream::iter(devices.iter().cloned())
            .map(|d| async move { d.connect(NoCommands).await })
            .buffer_unordered(CONNECT_CONCURRENCY)
            .collect(),
    );
    let ramp = started.elapsed();
    let mut sessions = Vec::with_capacity(n);
    let mut failed = 0usize;
    for r in results {
        match r {
            Ok(s) => sessions.push(s),
            Err(e) => {
                if failed == 0 {
                    println!("lenfocus: first connect failure: {e}");
                }
                failed += 1;
            }
        }
    }
    println!(
        "lenfocus: {} connected, {failed} failed, in {}",
        sessions.len(),
        support::fmt_dur(ramp)
    );
    // Settle: every session beats at least once before the first measurement.
    std::thread::sleep(period + Duration::from_millis(500));
    let (sim_live1, sim_rss1, _) = sim.mem();
    let (live1, rss1) = (support::live_bytes(), support::rss_bytes());

    sim.command("WINDOW");
    std::thread::sleep(hold);
    let stats = sim.stats();
    let (sim_live2, sim_rss2, sim_sessions) = sim.mem();
    let (live2, rss2) = (support::live_bytes(), support::rss_bytes());
    let connected = sessions.iter().filter(|s| s.is_connected()).count();

    let kib = |bytes: usize, base: usize| bytes.saturating_sub(base) as f64 / 1024.0 / n as f64;
    let dev_live = kib(live2, live0);
    let dev_rss = kib(rss2, rss0);
    let sim_live = kib(sim_live2, sim.live0);
    let sim_rss = kib(sim_rss2, sim.rss0);
    let detail_mem = |a1: f64, a2: f64| {
        format!("{a1:.1} KiB after ramp-up, {a2:.1} KiB after the hold; N = {n}")
    };

    report.value(
        "lenfocus",
        format!("sessions held through the hold ({n} opened)"),
        connected as f64,
        "",
        Goal::AtLeast(n as f64),
        format!(
            "connect failures {failed}, ramp-up {} at {CONNECT_CONCURRENCY} at once; simulator holds {sim_sessions}; \
             closed by the simulator: missed heartbeat {}, token expired {}, device gone {}",
            support::fmt_dur(ramp),
            stats.missed_heartbeat,
            stats.token_expired,
            stats.device_gone
        ),
    );
    report.value(
        "lenfocus",
        "memory per session, both sides (allocator live bytes)",
        dev_live + sim_live,
        " KiB",
        Goal::AtMost(50.0),
        format!(
            "device {dev_live:.1} + simulator {sim_live:.1}; {}",
            detail_mem(
                kib(live1, live0) + kib(sim_live1, sim.live0),
                dev_live + sim_live
            )
        ),
    );
    report.value(
        "lenfocus",
        "memory per session, both sides (RSS delta)",
        dev_rss + sim_rss,
        " KiB",
        Goal::AtMost(50.0),
        format!(
            "device {dev_rss:.1} + simulator {sim_rss:.1}; {}",
            detail_mem(kib(rss1, rss0) + kib(sim_rss1, sim.rss0), dev_rss + sim_rss)
        ),
    );
    report.value(
        "lenfocus",
        "memory per session, device side alone (allocator live bytes)",
        dev_live,
        " KiB",
        Goal::AtMost(50.0),
        format!(
            "{}; of which {:.1} KiB the Device and its DeviceConfig before connecting (RSA key clone included)",
            detail_mem(kib(live1, live0), dev_live),
            kib(live_configs, live0)
        ),
    );
    report.value(
        "lenfocus",
        "memory per session, device side alone (RSS delta)",
        dev_rss,
        " KiB",
        Goal::AtMost(50.0),
        detail_mem(kib(rss1, rss0), dev_rss),
    );
    report.value(
        "lenfocus",
        "heartbeat lateness p99 (vs the device's schedule)",
        stats.p99_ms,
        " ms",
        Goal::AtMost(ON_TIME_P99_MS),
        format!(
            "{} beats in the window ({:.2} per session, {:.1} due); p50 {:.2} ms, max {:.1} ms; \
             {} events lost to lag",
            stats.beats,
            stats.beats as f64 / n as f64,
            hold.as_secs_f64() / period.as_secs_f64(),
            stats.p50_ms,
            stats.max_ms,
            stats.lagged
        ),
    );
    report.value(
        "lenfocus",
        "sessions closed for a missed heartbeat",
        stats.missed_heartbeat as f64,
        "",
        Goal::AtMost(0.0),
        format!("simulator grace 500 ms beyond the {interval_s} s interval"),
    );
    let due = (hold.as_secs_f64() / renew_period.as_secs_f64()).floor();
    report.value(
        "lenfocus",
        "token renewals performed ok, per session",
        stats.renewals as f64 / n as f64,
        "",
        Goal::AtLeast(due - 1.0),
        format!(
            "{} renewals in the window, {due:.0} due per session",
            stats.renewals
        ),
    );

    rt.block_on(async {
        futures::future::join_all(sessions.iter().map(|s| s.shutdown())).await;
    });
    drop(sessions);
    drop(devices);
    sim.quit();
}

/// The soft `RLIMIT_NOFILE` of this process, from /proc/self/limits.
fn nofile_soft_limit() -> Option<usize> {
    let limits = std::fs::read_to_string("/proc/self/limits").ok()?;
    let line = limits.lines().find(|l| l.starts_with("Max open files"))?;
    line.split_whitespace().nth(3)?.parse().ok()
}

/// What the simulator saw in the window.
#[derive(Debug, Default)]
struct Stats {
    beats: usize,
    p50_ms: f64,
    p99_ms: f64,
    max_ms: f64,
    renewals: usize,
    missed_heartbeat: usize,
    token_expired: usize,
    device_gone: usize,
    lagged: u64,
}

/// The simulator child process, driven over its stdin/stdout, one line each way.
struct SimChild {
    child: Child,
    stdin: ChildStdin,
    stdout: BufReader<ChildStdout>,
    ws_url: String,
    live0: usize,
    rss0: usize,
}

impl SimChild {
    fn spawn(n: usize, interval_s: u64, lifetime_s: u64) -> SimChild {
        let exe = std::env::current_exe().expect("the suite's own path");
        let mut child = Command::new(exe)
            .args(["--bench", "lenfocus"])
            .env(CHILD_ENV, format!("{n},{interval_s},{lifetime_s}"))
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit())
            .spawn()
            .expect("start the simulator child");
        let stdin = child.stdin.take().expect("child stdin");
        let stdout = BufReader::new(child.stdout.take().expect("child stdout"));
        let mut sim = SimChild {
            child,
            stdin,
            stdout,
            ws_url: String::new(),
            live0: 0,
            rss0: 0,
        };
        let ready = sim.answer("READY");
        sim.ws_url = ready[0].clone();
        sim.live0 = ready[1].parse().expect("live bytes");
        sim.rss0 = ready[2].parse().expect("rss");
        sim
    }

    /// The next line starting with `tag`, split after it (the child also prints the
    /// suite's banner, skipped here). Panics if the child ended.
    fn answer(&mut self, tag: &str) -> Vec<String> {
        let mut line = String::new();
        loop {
            line.clear();
            let read = self.stdout.read_line(&mut line).expect("read the child");
            assert!(read > 0, "the simulator child ended before answering {tag}");
            let mut words = line.split_whitespace();
            if words.next() == Some(tag) {
                return words.map(str::to_owned).collect();
            }
        }
    }

    fn command(&mut self, cmd: &str) {
        writeln!(self.stdin, "{cmd}").expect("write to the child");
        self.stdin.flush().expect("flush to the child");
    }

    fn mem(&mut self) -> (usize, usize, usize) {
        self.command("MEM");
        let a = self.answer("MEM");
        (
            a[0].parse().expect("live"),
            a[1].parse().expect("rss"),
            a[2].parse().expect("sessions"),
        )
    }

    fn stats(&mut self) -> Stats {
        self.command("STATS");
        let a = self.answer("STATS");
        let f = |i: usize| a[i].parse::<f64>().expect("a number");
        Stats {
            beats: f(0) as usize,
            p50_ms: f(1),
            p99_ms: f(2),
            max_ms: f(3),
            renewals: f(4) as usize,
            missed_heartbeat: f(5) as usize,
            token_expired: f(6) as usize,
            device_gone: f(7) as usize,
            lagged: f(8) as u64,
        }
    }

    fn quit(mut self) {
        self.command("QUIT");
        let _ = self.child.wait();
    }
}

/// What the child collects from the simulator's events.
#[derive(Default)]
struct Collected {
    window: bool,
    lateness: Vec<Duration>,
    renewals: usize,
    missed_heartbeat: usize,
    token_expired: usize,
    device_gone: usize,
    lagged: u64,
}

/// The child: the simulated platform with `n` registered devices, answering the
/// parent's `MEM`, `WINDOW`, `STATS` and `QUIT` lines.
fn simulator_child(plan: &str) {
    let nums: Vec<u64> = plan.split(',').map(|s| s.parse().expect("plan")).collect();
    let (n, interval_s, lifetime_s) = (nums[0] as usize, nums[1], nums[2]);
    let period = Duration::from_secs(interval_s).mul_f64(HEARTBEAT_FRACTION);
    let rt = support::runtime();
    let verifier = ConnectVerifier::from_pem(TEST_DEVICE_PUBLIC_KEY_PEM).expect("test key");
    let sim = rt
        .block_on(
            Simulator::builder()
                .devices(
                    (0..n).map(|i| SimDevice::new(sn(i), CODE, verifier.clone(), Some(did(i)))),
                )
                .timings(
                    Duration::from_secs(lifetime_s),
                    Duration::from_secs(interval_s),
                )
                .start(),
        )
        .expect("start the simulator");
    let collected = Arc::new(Mutex::new(Collected::default()));
    let mut events = sim.events();
    let sink = collected.clone();
    rt.spawn(async move {
        use tokio::sync::broadcast::error::RecvError;
        loop {
            let e = match events.recv().await {
                Ok(e) => e,
                Err(RecvError::Lagged(k)) => {
                    sink.lock().unwrap().lagged += k;
                    continue;
                }
                Err(RecvError::Closed) => break,
            };
            let mut c = sink.lock().unwrap();
            if !c.window {
                continue;
            }
            match e {
                SimEvent::Heartbeat { since_previous, .. } => {
                    c.lateness.push(since_previous.saturating_sub(period));
                }
                SimEvent::TokenUpdated { .. } => c.renewals += 1,
                SimEvent::SessionClosed { reason, .. } => match reason {
                    SimCloseReason::MissedHeartbeat => c.missed_heartbeat += 1,
                    SimCloseReason::TokenExpired => c.token_expired += 1,
                    _ => c.device_gone += 1,
                },
                _ => {}
            }
        }
    });
    println!(
        "READY {} {} {}",
        sim.ws_url(),
        support::live_bytes(),
        support::rss_bytes()
    );
    let _ = std::io::stdout().flush();
    let stdin = std::io::stdin();
    for line in stdin.lock().lines() {
        let Ok(line) = line else { break };
        match line.trim() {
            "MEM" => println!(
                "MEM {} {} {}",
                support::live_bytes(),
                support::rss_bytes(),
                sim.session_count()
            ),
            "WINDOW" => {
                let mut c = collected.lock().unwrap();
                *c = Collected {
                    window: true,
                    ..Collected::default()
                };
            }
            "STATS" => {
                let c = collected.lock().unwrap();
                let ms = |d: Duration| d.as_secs_f64() * 1e3;
                let l = c.lateness.clone();
                println!(
                    "STATS {} {} {} {} {} {} {} {} {}",
                    l.len(),
                    ms(support::percentile(l.clone(), 50.0)),
                    ms(support::percentile(l.clone(), 99.0)),
                    ms(l.iter().copied().max().unwrap_or_default()),
                    c.renewals,
                    c.missed_heartbeat,
                    c.token_expired,
                    c.device_gone,
                    c.lagged
                );
            }
            _ => break,
        }
        let _ = std::io::stdout().flush();
    }
    let _guard = rt.enter();
    drop(sim);
}
