//! Peak memory while a hostile server sends 1 GiB (issue 10 item 1 for TUMS: the client
//! used to reach 3.2 GB). Alone in its test binary so that no other test's allocations
//! move the process's peak (`VmHWM`, Linux only; elsewhere only the typed error is
//! checked).

#[path = "support/raw_server.rs"]
mod raw_server;

use std::time::{Duration, Instant};

use client_core::RetryPolicy;
use raw_server::{peak_rss_kib, serve, Reply, Seen};
use tums_client::api::device::GetApplicationOverview;
use tums_client::{Client, Error};

const MIB: u64 = 1024;

#[tokio::test]
async fn one_gib_answers_stay_within_the_default_cap_in_memory() {
    tokio::time::timeout(Duration::from_secs(60), async {
        let huge = serve(|_: &Seen| Reply::Huge { total: 1 << 30 }).await;
        let endless = serve(|_: &Seen| Reply::Endless { max_bytes: 1 << 30 }).await;
        let limit = client_core::ClientOptions::default().max_response_bytes;
        for (what, url) in [
            ("1 GiB Content-Length", huge.url()),
            ("1 GiB chunked", endless.url()),
        ] {
            let c = Client::builder()
                .base_url(url)
                .credentials("ak", "sk")
                .retry_policy(RetryPolicy::none())
                .build()
                .unwrap();
            let before = peak_rss_kib();
            let started = Instant::now();
            let e = c.send(&GetApplicationOverview {}).await.map(drop).unwrap_err();
            let took = started.elapsed();
            assert!(
                matches!(&e, Error::Core(client_core::Error::BodyTooLarge { limit: l, .. }) if *l == limit),
                "{what}: {e:?}"
            );
            assert!(took < Duration::from_secs(20), "{what}: {took:?}");
            if let (Some(b), Some(a)) = (before, peak_rss_kib()) {
                let growth = a.saturating_sub(b);
                eprintln!(
                    "{what}: refused at {} MiB in {took:?}; peak RSS {} MiB -> {} MiB (+{} MiB)",
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
