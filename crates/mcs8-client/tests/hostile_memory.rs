//! Peak memory while a hostile server sends 1 GiB (issue 10 item 1 for MCS8: the
//! client used to reach 2.1 GB). Alone in its test binary so that no other test's
//! allocations move the process's peak (`VmHWM`, Linux only; elsewhere only the typed
//! error is checked).

#[path = "support/raw_server.rs"]
mod raw_server;

use std::time::{Duration, Instant};

use client_core::RetryPolicy;
use mcs8_client::api::data::GpsListForLarge;
use mcs8_client::api::ext::DevTree;
use mcs8_client::{Client, Error};
use raw_server::{peak_rss_kib, serve, Reply, Seen};

const MIB: u64 = 1024;

#[tokio::test]
async fn one_gib_answers_stay_within_the_cap_in_memory() {
    tokio::time::timeout(Duration::from_secs(60), async {
        let huge = serve(|_: &Seen| Reply::Huge { total: 1 << 30 }).await;
        let endless = serve(|_: &Seen| Reply::Endless { max_bytes: 1 << 30 }).await;
        let client = |url: String| {
            Client::builder()
                .base_url(url)
                .token("t")
                .retry_policy(RetryPolicy::none())
                .call_rate_limit(None)
                .build()
                .unwrap()
        };
        let st = chrono::NaiveDate::from_ymd_opt(2024, 5, 6)
            .unwrap()
            .and_hms_opt(0, 0, 0)
            .unwrap();
        let gps = GpsListForLarge::new("test1", st, st + chrono::TimeDelta::days(7));
        let cases: Vec<(&str, String, bool, usize)> = vec![
            ("1 GiB Content-Length, default cap", huge.url(), false, 16 << 20),
            ("1 GiB chunked, default cap", endless.url(), false, 16 << 20),
            ("1 GiB Content-Length, GPSListForlarge cap", huge.url(), true, GpsListForLarge::MAX_RESPONSE_BYTES),
            ("1 GiB chunked, GPSListForlarge cap", endless.url(), true, GpsListForLarge::MAX_RESPONSE_BYTES),
        ];
        for (what, url, large, limit) in cases {
            let before = peak_rss_kib();
            let started = Instant::now();
            let c = client(url);
            let e = if large {
                c.send(&gps).await.map(drop).unwrap_err()
            } else {
                c.send(&DevTree {}).await.map(drop).unwrap_err()
            };
            let took = started.elapsed();
            assert!(
                matches!(&e, Error::Core(client_core::Error::BodyTooLarge { limit: l, .. }) if *l == limit),
                "{what}: {e:?}"
            );
            assert!(took < Duration::from_secs(20), "{what}: {took:?}");
            if let (Some(b), Some(a)) = (before, peak_rss_kib()) {
                let growth = a.saturating_sub(b);
                eprintln!(
                    "{what}: refused at {} MiB in {took:?}; peak RSS {} MiB → {} MiB (+{} MiB)",
                    limit >> 20,
                    b / MIB,
                    a / MIB,
                    growth / MIB
                );
                // The body is read up to the cap once, never copied again.
                let bound = 2 * (limit as u64 / 1024) + 64 * MIB;
                assert!(growth <= bound, "{what}: peak grew {growth} KiB (bound {bound} KiB)");
            }
        }
    })
    .await
    .expect("test timed out");
}
