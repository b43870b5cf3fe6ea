//! Benchmark `paging` (issue 11, row 5): streaming 100,000 items, 50 per page, from a
//! loopback server that waits 5 ms before each answer, with no work per item.
//!
//! * the SDK stream with the client's default options (`Client::stream`, TUMS
//!   `getPagedRootRegions`, `start`/`limit` pages, the total in every answer);
//! * the same stream with `page_window(1)` (one page at a time: the old behaviour);
//! * the baseline: a naive sequential page loop over the same client's `send` (ask for a
//!   page, take its items, ask for the next), so the ratio is what the stream's
//!   pipelining adds or saves, not per-call overhead.
//!
//! The three run in alternating order for a few rounds; each row is the ratio of
//! median wall times. Every run checks it received every item once, in order.

use std::sync::Arc;
use std::time::{Duration, Instant};

use futures::StreamExt;
use serde::Deserialize;
use tums_client::api::region::GetPagedRootRegions;

use crate::support::{self, median, Config, Goal, Loopback, Report};

const PAGE: u32 = 50;

#[derive(Deserialize)]
struct Ask {
    start: u64,
    limit: u64,
}

/// The page `{start, limit}` of `total` regions named by their index.
fn answer(body: &[u8], total: u64) -> bytes::Bytes {
    let ask: Ask = serde_json::from_slice(body).unwrap_or(Ask { start: 0, limit: 0 });
    let end = ask.start.saturating_add(ask.limit).min(total);
    let mut s = String::with_capacity(64 + 110 * ask.limit as usize);
    s.push_str(r#"{"error_code":0,"msg":"success","result":{"total":"#);
    s.push_str(&total.to_string());
    s.push_str(r#","list":["#);
    for i in ask.start..end {
        if i > ask.start {
            s.push(',');
        }
        s.push_str(&format!(
            r#"{{"regionId":"{i}","regionName":"r{i}","order":1,"regionLevel":1,"parentId":"0","hasChildren":0}}"#
        ));
    }
    s.push_str("]}}");
    bytes::Bytes::from(s)
}

/// Consumes a stream; returns the item count after checking the order (every item in
/// smoke mode, the last one otherwise).
async fn drain(client: &tums_client::Client, check_all: bool) -> u64 {
    let mut stream = client.stream(GetPagedRootRegions::new().limit(PAGE));
    let mut n = 0u64;
    let mut last = String::new();
    while let Some(item) = stream.next().await {
        let item = item.expect("stream item");
        if check_all {
            assert_eq!(item.region_id, n.to_string(), "items in order");
        }
        n += 1;
        last = item.region_id;
    }
    assert_eq!(
        last,
        n.saturating_sub(1).to_string(),
        "the last item is the last one"
    );
    n
}

/// The naive loop: one page after the other.
async fn naive(client: &tums_client::Client) -> u64 {
    let mut start = 0u64;
    let mut n = 0u64;
    loop {
        let mut req = GetPagedRootRegions::new().limit(PAGE);
        req.start = start;
        let page = client.send(&req).await.expect("page");
        let got = page.list.len() as u64;
        n += got;
        if got < u64::from(PAGE) || n >= page.total as u64 {
            return n;
        }
        start += got;
    }
}

/// Runs this benchmark and adds its rows to `report`.
pub fn run(cfg: &Config, report: &mut Report) {
    let total: u64 = cfg.size(100_000, 2_000);
    let latency = Duration::from_millis(cfg.size(5, 1));
    let rounds = cfg.size(3, 1);
    let rt = support::runtime();
    rt.block_on(async {
        let handler: support::Handler = Arc::new(move |_path: &str, body: &[u8]| answer(body, total));
        let server = Loopback::start(handler, latency).await;
        let build = |window: Option<usize>| {
            let mut b = tums_client::Client::builder()
                .base_url(server.base_url())
                .credentials("bench-ak", "bench-sk");
            if let Some(w) = window {
                b = b.page_window(w);
            }
            b.build().expect("SDK client")
        };
        let default = build(None);
        let one = build(Some(1));
        let window = client_core::options::DEFAULT_PAGE_WINDOW;
        // Warm the connection pools.
        for c in [&default, &one] {
            let _ = c.send(&GetPagedRootRegions::new().limit(1)).await;
        }
        let (mut t_default, mut t_one, mut t_naive) = (Vec::new(), Vec::new(), Vec::new());
        let check_all = cfg.quick;
        for round in 0..rounds {
            for k in 0..3 {
                let which = (k + round) % 3;
                let started = Instant::now();
                let n = match which {
                    0 => drain(&default, check_all).await,
                    1 => drain(&one, check_all).await,
                    _ => naive(&default).await,
                };
                let took = started.elapsed();
                assert_eq!(n, total, "every item once");
                [&mut t_default, &mut t_one, &mut t_naive][which].push(took);
            }
        }
        // Every page asked for exactly once: no page past the end, none repeated.
        let pages = total.div_ceil(u64::from(PAGE)) as usize;
        assert_eq!(server.served(), 2 + 3 * rounds * pages, "pages requested");
        let (d, o, n) = (median(t_default), median(t_one), median(t_naive));
        report.ratio(
            "paging",
            format!(
                "stream {total} items, {PAGE}/page, {} ms/page, default (window {window}) vs naive loop",
                latency.as_millis()
            ),
            d,
            n,
            Goal::AtMost(0.6),
        );
        report.ratio(
            "paging",
            "same, page_window(1) (one page at a time) vs naive loop",
            o,
            n,
            Goal::None,
        );
    });
}
