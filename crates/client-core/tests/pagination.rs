//! Every stop condition of the one paginator, and prefetch.

use std::sync::atomic::{AtomicU32, AtomicU64, Ordering};
use std::sync::{Arc, Mutex};

use client_core::{paginate, Error, Page, PageRequest, PaginateOptions};
use futures::{StreamExt, TryStreamExt};

/// A fake server over `items`; `total` may be overridden per page index.
#[derive(Clone)]
struct Server {
    items: Arc<Vec<u32>>,
    calls: Arc<AtomicU64>,
    requests: Arc<Mutex<Vec<PageRequest>>>,
}

impl Server {
    fn new(n: u32) -> Self {
        Self {
            items: Arc::new((1..=n).collect()),
            calls: Arc::new(AtomicU64::new(0)),
            requests: Arc::new(Mutex::new(Vec::new())),
        }
    }

    fn page(&self, req: PageRequest) -> Vec<u32> {
        self.items
            .iter()
            .skip(req.offset() as usize)
            .take(req.size as usize)
            .copied()
            .collect()
    }

    fn record(&self, req: PageRequest) {
        self.calls.fetch_add(1, Ordering::SeqCst);
        self.requests.lock().unwrap().push(req);
    }
}

async fn collect(stream: client_core::PageStream<u32, Error>) -> (Vec<u32>, Option<Error>) {
    let mut items = Vec::new();
    let mut stream = stream;
    while let Some(next) = stream.next().await {
        match next {
            Ok(i) => items.push(i),
            Err(e) => return (items, Some(e)),
        }
    }
    (items, None)
}

fn with_total(server: &Server, total: Option<u64>) -> client_core::PageStream<u32, Error> {
    let s = server.clone();
    paginate(PaginateOptions::new(10), move |req| {
        s.record(req);
        let page = s.page(req);
        async move { Ok::<_, Error>(Page::new(page, total)) }
    })
}

#[tokio::test]
async fn empty_result_makes_one_request() {
    let server = Server::new(0);
    let (items, err) = collect(with_total(&server, Some(0))).await;
    assert!(items.is_empty());
    assert!(err.is_none());
    assert_eq!(server.calls.load(Ordering::SeqCst), 1);
}

#[tokio::test]
async fn exact_multiple_with_total_stops_without_extra_request() {
    let server = Server::new(30);
    let (items, err) = collect(with_total(&server, Some(30))).await;
    assert_eq!(items, (1..=30).collect::<Vec<_>>());
    assert!(err.is_none());
    assert_eq!(
        server.calls.load(Ordering::SeqCst),
        3,
        "total reached: no 4th request"
    );
}

#[tokio::test]
async fn exact_multiple_without_total_stops_at_the_empty_page() {
    let server = Server::new(30);
    let (items, err) = collect(with_total(&server, None)).await;
    assert_eq!(items.len(), 30);
    assert!(err.is_none());
    assert_eq!(
        server.calls.load(Ordering::SeqCst),
        4,
        "one empty page confirms the end"
    );
}

#[tokio::test]
async fn short_last_page_stops() {
    let server = Server::new(25);
    let (items, err) = collect(with_total(&server, None)).await;
    assert_eq!(items, (1..=25).collect::<Vec<_>>());
    assert!(err.is_none());
    assert_eq!(server.calls.load(Ordering::SeqCst), 3);
    let reqs = server.requests.lock().unwrap().clone();
    assert_eq!(
        reqs.iter().map(|r| r.number()).collect::<Vec<_>>(),
        vec![1, 2, 3]
    );
    assert_eq!(
        reqs.iter().map(|r| r.offset()).collect::<Vec<_>>(),
        vec![0, 10, 20]
    );
}

#[tokio::test]
async fn total_shrinking_mid_stream_is_followed() {
    // 50 items exist, but after the first page the server says only 15 remain in total.
    let server = Server::new(50);
    let s = server.clone();
    let stream = paginate(PaginateOptions::new(10), move |req| {
        s.record(req);
        let page = s.page(req);
        let total = if req.index == 0 { 50 } else { 15 };
        async move { Ok::<_, Error>(Page::new(page, Some(total))) }
    });
    let (items, err) = collect(stream).await;
    assert!(err.is_none());
    assert_eq!(items.len(), 20, "stops once the latest total is reached");
    assert_eq!(server.calls.load(Ordering::SeqCst), 2);
}

#[tokio::test]
async fn total_growing_mid_stream_is_followed() {
    // The server first reports 20 items, then 35 as new ones arrive.
    let server = Server::new(35);
    let s = server.clone();
    let stream = paginate(PaginateOptions::new(10), move |req| {
        s.record(req);
        let page = s.page(req);
        let total = if req.index == 0 { 20 } else { 35 };
        async move { Ok::<_, Error>(Page::new(page, Some(total))) }
    });
    let (items, err) = collect(stream).await;
    assert!(err.is_none());
    assert_eq!(items, (1..=35).collect::<Vec<_>>());
}

#[tokio::test]
async fn server_ignoring_the_page_number_ends_with_an_error_not_a_loop() {
    let server = Server::new(100);
    let s = server.clone();
    let stream = paginate(PaginateOptions::new(10), move |req| {
        s.record(req);
        // Always answers page 1.
        let page = s.page(PageRequest {
            index: 0,
            size: req.size,
        });
        async move { Ok::<_, Error>(Page::new(page, Some(100))) }
    });
    let (items, err) = collect(stream).await;
    assert_eq!(
        items,
        (1..=10).collect::<Vec<_>>(),
        "the first page is delivered once"
    );
    assert!(matches!(err, Some(Error::Pagination(_))), "got {err:?}");
    assert_eq!(server.calls.load(Ordering::SeqCst), 2);
}

#[tokio::test]
async fn server_ignoring_the_page_number_without_total_also_stops() {
    let server = Server::new(100);
    let s = server.clone();
    let stream = paginate(PaginateOptions::new(10), move |req| {
        s.record(req);
        let page = s.page(PageRequest {
            index: 0,
            size: req.size,
        });
        async move { Ok::<_, Error>(Page::new(page, None)) }
    });
    let (_, err) = collect(stream).await;
    assert!(matches!(err, Some(Error::Pagination(_))));
    assert_eq!(server.calls.load(Ordering::SeqCst), 2);
}

#[tokio::test]
async fn error_mid_stream_ends_the_stream_after_the_good_items() {
    let server = Server::new(100);
    let s = server.clone();
    let stream = paginate(PaginateOptions::new(10), move |req| {
        s.record(req);
        let page = s.page(req);
        async move {
            if req.index == 2 {
                Err(Error::Http {
                    path: "/list".into(),
                    status: http::StatusCode::BAD_GATEWAY,
                    excerpt: "<html>502</html>".into(),
                })
            } else {
                Ok(Page::new(page, Some(100)))
            }
        }
    });
    let mut stream = stream;
    let mut items = Vec::new();
    let mut errors = 0;
    while let Some(next) = stream.next().await {
        match next {
            Ok(i) => items.push(i),
            Err(_) => errors += 1,
        }
    }
    assert_eq!(items.len(), 20);
    assert_eq!(errors, 1, "exactly one error, then the stream ends");
    assert_eq!(server.calls.load(Ordering::SeqCst), 3);
}

#[tokio::test]
async fn max_pages_caps_a_server_that_never_ends() {
    // Distinct items forever, with a total that keeps growing.
    let calls = Arc::new(AtomicU64::new(0));
    let c = calls.clone();
    let stream = paginate(
        PaginateOptions::new(5).max_pages(4),
        move |req: PageRequest| {
            c.fetch_add(1, Ordering::SeqCst);
            let start = req.offset() as u32;
            async move { Ok::<_, Error>(Page::new((start..start + 5).collect(), Some(u64::MAX))) }
        },
    );
    let (items, err) = collect(stream).await;
    assert_eq!(items.len(), 20);
    assert!(matches!(err, Some(Error::Pagination(_))));
    assert_eq!(calls.load(Ordering::SeqCst), 4);
}

#[tokio::test]
async fn prefetch_starts_the_next_page_while_the_current_one_is_consumed() {
    let server = Server::new(25);
    let s = server.clone();
    let mut stream = paginate(PaginateOptions::new(10).prefetch(true), move |req| {
        s.record(req);
        let page = s.page(req);
        async move { Ok::<_, Error>(Page::new(page, Some(25))) }
    });
    let first = stream.next().await.unwrap().unwrap();
    assert_eq!(first, 1);
    // Page 2 was requested as soon as page 1 began to be handed out.
    assert_eq!(server.calls.load(Ordering::SeqCst), 2);
    let rest: Vec<u32> = stream.try_collect().await.unwrap();
    assert_eq!(rest, (2..=25).collect::<Vec<_>>());
    assert_eq!(
        server.calls.load(Ordering::SeqCst),
        3,
        "no request beyond the total"
    );
}

#[tokio::test]
async fn without_prefetch_pages_are_fetched_only_on_demand() {
    let server = Server::new(25);
    let s = server.clone();
    let mut stream = paginate(PaginateOptions::new(10), move |req| {
        s.record(req);
        let page = s.page(req);
        async move { Ok::<_, Error>(Page::new(page, Some(25))) }
    });
    for _ in 0..10 {
        stream.next().await.unwrap().unwrap();
    }
    assert_eq!(server.calls.load(Ordering::SeqCst), 1);
    stream.next().await.unwrap().unwrap();
    assert_eq!(server.calls.load(Ordering::SeqCst), 2);
}

#[tokio::test]
async fn prefetch_error_is_delivered_after_the_current_page() {
    let s = Server::new(100);
    let stream = paginate(PaginateOptions::new(10).prefetch(true), move |req| {
        s.record(req);
        let page = s.page(req);
        async move {
            if req.index == 1 {
                Err(Error::Pagination("boom".into()))
            } else {
                Ok(Page::new(page, Some(100)))
            }
        }
    });
    let (items, err) = collect(stream).await;
    assert_eq!(items.len(), 10);
    assert!(err.is_some());
}

#[tokio::test]
async fn first_page_option_starts_later() {
    let server = Server::new(30);
    let s = server.clone();
    let mut opts = PaginateOptions::new(10);
    opts.first_page = 1;
    let stream = paginate(opts, move |req| {
        s.record(req);
        let page = s.page(req);
        async move { Ok::<_, Error>(Page::new(page, None)) }
    });
    let (items, _) = collect(stream).await;
    assert_eq!(items, (11..=30).collect::<Vec<_>>());
}

#[tokio::test]
async fn short_page_below_the_total_is_an_error_not_a_silent_truncation() {
    // The server caps pages at 7 items whatever size is asked, but reports 30 in total.
    let server = Server::new(30);
    let s = server.clone();
    let stream = paginate(PaginateOptions::new(10), move |req| {
        s.record(req);
        let page: Vec<u32> = s.page(req).into_iter().take(7).collect();
        async move { Ok::<_, Error>(Page::new(page, Some(30))) }
    });
    let (items, err) = collect(stream).await;
    assert_eq!(
        items,
        (1..=7).collect::<Vec<_>>(),
        "what was received is delivered"
    );
    match err {
        Some(Error::Pagination(msg)) => assert!(msg.contains("at most 7"), "{msg}"),
        other => panic!("expected a pagination error, got {other:?}"),
    }
    assert_eq!(server.calls.load(Ordering::SeqCst), 1);
}

#[tokio::test]
async fn a_server_alternating_between_two_pages_is_stopped_on_the_first_repeat() {
    // Pages 0, 1, 0, 1… forever (no total): before, only consecutive pages were
    // compared and this streamed duplicates up to the page cap.
    let calls = Arc::new(AtomicU32::new(0));
    let counter = calls.clone();
    let stream = paginate(PaginateOptions::new(3), move |req: PageRequest| {
        counter.fetch_add(1, Ordering::SeqCst);
        let base = (req.index % 2) as u32 * 10;
        async move { Ok::<_, Error>(Page::new(vec![base, base + 1, base + 2], None)) }
    });
    let (items, err) = collect(stream).await;
    assert_eq!(items, vec![0, 1, 2, 10, 11, 12]);
    match err {
        Some(Error::Pagination(msg)) => assert!(msg.contains("repeats pages"), "{msg}"),
        other => panic!("{other:?}"),
    }
    assert_eq!(calls.load(Ordering::SeqCst), 3);
}

type PageFuture =
    std::pin::Pin<Box<dyn std::future::Future<Output = Result<Page<u32>, Error>> + Send>>;

/// A server of `total` items with `latency` per page that records how many fetches
/// are in flight at once.
fn slow_server(
    total: u32,
    latency: std::time::Duration,
    in_flight: Arc<AtomicU32>,
    most: Arc<AtomicU32>,
    calls: Arc<AtomicU32>,
) -> impl FnMut(PageRequest) -> PageFuture + Send + 'static {
    move |req: PageRequest| {
        let (in_flight, most, calls) = (in_flight.clone(), most.clone(), calls.clone());
        Box::pin(async move {
            /// Counts the fetch as in flight until it finishes or is dropped.
            struct InFlight(Arc<AtomicU32>);
            impl Drop for InFlight {
                fn drop(&mut self) {
                    self.0.fetch_sub(1, Ordering::SeqCst);
                }
            }
            calls.fetch_add(1, Ordering::SeqCst);
            let now = in_flight.fetch_add(1, Ordering::SeqCst) + 1;
            let _guard = InFlight(in_flight);
            most.fetch_max(now, Ordering::SeqCst);
            tokio::time::sleep(latency).await;
            let start = req.offset() as u32;
            let end = (start + req.size).min(total);
            Ok(Page::new((start..end).collect(), Some(u64::from(total))))
        })
    }
}

#[tokio::test(start_paused = true)]
async fn a_window_keeps_pages_in_flight_delivers_in_order_and_stops_exactly_at_the_total() {
    let latency = std::time::Duration::from_millis(50);
    let (in_flight, most, calls) = (
        Arc::new(AtomicU32::new(0)),
        Arc::new(AtomicU32::new(0)),
        Arc::new(AtomicU32::new(0)),
    );
    let started = tokio::time::Instant::now();
    let stream = paginate(
        PaginateOptions::new(10).window(4),
        slow_server(195, latency, in_flight.clone(), most.clone(), calls.clone()),
    );
    let (items, err) = collect(stream).await;
    assert!(err.is_none(), "{err:?}");
    assert_eq!(items, (0..195).collect::<Vec<_>>(), "in order, none lost");
    assert_eq!(calls.load(Ordering::SeqCst), 20, "no page past the total");
    assert_eq!(
        most.load(Ordering::SeqCst),
        4,
        "at most the window in flight"
    );
    // 1 page alone, then 19 pages 4 at a time: 1 + ceil(19 / 4) = 6 latencies, not 20.
    let elapsed = started.elapsed();
    assert!(elapsed <= latency * 7, "{elapsed:?}");

    // The same server one page at a time takes a latency per page.
    let started = tokio::time::Instant::now();
    let stream = paginate(
        PaginateOptions::new(10),
        slow_server(195, latency, in_flight.clone(), most.clone(), calls.clone()),
    );
    let (items, _) = collect(stream).await;
    assert_eq!(items.len(), 195);
    assert!(started.elapsed() >= latency * 20);
}

#[tokio::test(start_paused = true)]
async fn dropping_a_windowed_stream_aborts_the_pages_in_flight() {
    let latency = std::time::Duration::from_millis(50);
    let (in_flight, most, calls) = (
        Arc::new(AtomicU32::new(0)),
        Arc::new(AtomicU32::new(0)),
        Arc::new(AtomicU32::new(0)),
    );
    let mut stream = paginate(
        PaginateOptions::new(10).window(4),
        slow_server(1000, latency, in_flight.clone(), most, calls.clone()),
    );
    // Take the first page's items, then drop the stream with pages in flight.
    for _ in 0..10 {
        stream.next().await.unwrap().unwrap();
    }
    // Let the background fetches start.
    for _ in 0..4 {
        tokio::task::yield_now().await;
    }
    assert!(in_flight.load(Ordering::SeqCst) > 0);
    drop(stream);
    tokio::time::sleep(latency * 4).await;
    assert_eq!(
        in_flight.load(Ordering::SeqCst),
        0,
        "aborted, not left running"
    );
    assert!(calls.load(Ordering::SeqCst) <= 5);
}

#[tokio::test]
async fn a_window_without_a_total_fetches_one_page_ahead_and_stops_at_the_short_page() {
    for (n, pages) in [(25u32, 3u64), (30, 4)] {
        let server = Server::new(n);
        let s = server.clone();
        let mut stream = paginate(PaginateOptions::new(10).window(4), move |req| {
            s.record(req);
            let page = s.page(req);
            async move { Ok::<_, Error>(Page::new(page, None)) }
        });
        assert_eq!(stream.next().await.unwrap().unwrap(), 1);
        // The next page was asked for while the first is handed out; no more.
        assert_eq!(server.calls.load(Ordering::SeqCst), 2);
        let rest: Vec<u32> = stream.try_collect().await.unwrap();
        assert_eq!(rest, (2..=n).collect::<Vec<_>>());
        assert_eq!(
            server.calls.load(Ordering::SeqCst),
            pages,
            "no page past the short (or empty) one"
        );
    }
}

#[tokio::test]
async fn a_window_without_a_total_respects_max_pages() {
    let calls = Arc::new(AtomicU64::new(0));
    let c = calls.clone();
    let stream = paginate(
        PaginateOptions::new(2).window(4).max_pages(3),
        move |req: PageRequest| {
            c.fetch_add(1, Ordering::SeqCst);
            let first = req.index as u32 * 2;
            async move { Ok::<_, Error>(Page::new(vec![first, first + 1], None)) }
        },
    );
    let (items, err) = collect(stream).await;
    assert_eq!(items, vec![0, 1, 2, 3, 4, 5]);
    assert!(matches!(err, Some(Error::Pagination(_))), "{err:?}");
    assert_eq!(calls.load(Ordering::SeqCst), 3, "never past the page cap");
}
