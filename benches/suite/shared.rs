//! Benchmark `shared` (issue 15): what sharing credentials and limits through Redis
//! adds to a call, against the same sharing kept in memory.
//!
//! Two figures: one permit of a shared rate limit (the only store round trip on the
//! path of an ordinary call, once the token is cached), and one MCS8 call through the
//! SDK against its simulator with the account's call limit shared (the limit set high
//! enough that it never makes anyone wait, so the store's cost is what differs).
//! Needs `redis-server` on `PATH` (CI installs it); without it the rows are skipped
//! with a note.

use std::num::NonZeroU32;
use std::time::{Duration, Instant};

use anfang::core::shared::{RedisServer, SharedState};
use anfang::core::RateLimiter;
use anfang::mcs8::api::org::DevList;
use anfang::mcs8::simulator::Simulator;
use anfang::mcs8::RateLimit;

use crate::support::{median, Config, Goal, Report};

/// Runs this benchmark and adds its rows to `report`.
pub fn run(cfg: &Config, report: &mut Report) {
    if std::process::Command::new("redis-server")
        .arg("--version")
        .output()
        .is_err()
    {
        println!("shared: redis-server not found; rows skipped (apt-get install redis-server)");
        return;
    }
    let redis = RedisServer::start();
    let rt = crate::support::runtime();
    let (permits, calls) = cfg.size((5_000u32, 1_000u32), (50, 20));
    rt.block_on(async {
        // One permit of a limit that never makes anyone wait (1,000,000 a second).
        let rate = NonZeroU32::new(1_000_000).expect("non-zero");
        let mem = RateLimiter::per_second(rate).shared(&SharedState::in_memory("bench"), "p");
        let red = RateLimiter::per_second(rate)
            .shared(&SharedState::redis(&redis.url, "bench").expect("url"), "p");
        red.acquire().await; // connect outside the measurement
        let (mut tm, mut tr) = (Vec::new(), Vec::new());
        for _ in 0..permits {
            let t = Instant::now();
            mem.acquire().await;
            tm.push(t.elapsed());
            let t = Instant::now();
            red.acquire().await;
            tr.push(t.elapsed());
        }
        let (m, r) = (median(tm), median(tr));
        report.ratio(
            "shared",
            "shared limiter permit: Redis vs in-memory (median)",
            r,
            m,
            Goal::None,
        );

        // One MCS8 call with the account's token and call limit shared.
        let sim = Simulator::builder()
            .call_limit(None)
            .start()
            .await
            .expect("mcs8 simulator");
        let client = |state: SharedState| {
            sim.client_builder()
                .call_rate_limit(Some(RateLimit::new(1_000_000, Duration::from_secs(1))))
                .shared_state(state)
                .build()
                .expect("client")
        };
        let mem = client(SharedState::in_memory("bench-call"));
        let red = client(SharedState::redis(&redis.url, "bench-call").expect("url"));
        // Log in (once, shared) before measuring.
        mem.send(&DevList::default()).await.expect("call");
        red.send(&DevList::default()).await.expect("call");
        let (mut tm, mut tr) = (Vec::new(), Vec::new());
        for i in 0..calls {
            // Alternate which goes first so drift hits both alike.
            let order: [&anfang::mcs8::Client; 2] = if i % 2 == 0 {
                [&mem, &red]
            } else {
                [&red, &mem]
            };
            for (j, c) in order.iter().enumerate() {
                let t = Instant::now();
                c.send(&DevList::default()).await.expect("call");
                let e = t.elapsed();
                if (i % 2 == 0) == (j == 0) {
                    tm.push(e);
                } else {
                    tr.push(e);
                }
            }
        }
        let (m, r) = (median(tm), median(tr));
        report.ratio(
            "shared",
            "MCS8 call, account state in Redis vs in memory (median)",
            r,
            m,
            Goal::None,
        );
        report.value(
            "shared",
            "added latency per MCS8 call with the Redis store",
            r.saturating_sub(m).as_secs_f64() * 1e6,
            " µs",
            Goal::None,
            format!("{} calls each, one GCRA script per call", calls),
        );
    });
}
