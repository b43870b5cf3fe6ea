//! The client-side rate limiter smooths bursts rather than rejecting them.

use std::num::NonZeroU32;
use std::time::{Duration, Instant};

use client_core::RateLimiter;

#[tokio::test]
async fn a_burst_is_spread_at_the_configured_rate() {
    let limiter = RateLimiter::per_second(NonZeroU32::new(50).unwrap());
    let started = Instant::now();
    let mut tasks = Vec::new();
    for _ in 0..11 {
        let l = limiter.clone();
        tasks.push(tokio::spawn(async move {
            l.acquire().await;
            Instant::now()
        }));
    }
    let mut done = Vec::new();
    for t in tasks {
        done.push(
            tokio::time::timeout(Duration::from_secs(5), t)
                .await
                .unwrap()
                .unwrap(),
        );
    }
    // 11 calls at 50/s with no burst need at least 10 gaps of 20 ms.
    let elapsed = done.iter().max().unwrap().duration_since(started);
    assert!(elapsed >= Duration::from_millis(190), "{elapsed:?}");
    assert!(elapsed < Duration::from_secs(3), "{elapsed:?}");
}

#[tokio::test]
async fn clones_share_one_budget() {
    let a = RateLimiter::per_minute(NonZeroU32::new(2).unwrap());
    let b = a.clone();
    assert!(a.try_acquire());
    assert!(
        !b.try_acquire(),
        "the clone sees the slot the original took"
    );
    assert!(format!("{a:?}").contains("2/min"));
}

#[tokio::test]
async fn waiting_is_first_come_first_served_and_the_worst_wait_is_bounded() {
    // 40 callers arrive one after another on a 100/s limiter: caller k must be served
    // k-th, and no caller waits much longer than the 40 × 10 ms the queue needs.
    let limiter = RateLimiter::per_second(NonZeroU32::new(100).unwrap());
    let order = std::sync::Arc::new(std::sync::Mutex::new(Vec::new()));
    let started = Instant::now();
    let mut tasks = Vec::new();
    for k in 0..40 {
        let l = limiter.clone();
        let order = order.clone();
        tasks.push(tokio::spawn(async move {
            let asked = Instant::now();
            l.acquire().await;
            order.lock().unwrap().push(k);
            asked.elapsed()
        }));
        // Let task k reach the queue before task k + 1 is spawned.
        tokio::task::yield_now().await;
        tokio::task::yield_now().await;
    }
    let mut worst = Duration::ZERO;
    for t in tasks {
        let waited = tokio::time::timeout(Duration::from_secs(10), t)
            .await
            .unwrap()
            .unwrap();
        worst = worst.max(waited);
    }
    let order = order.lock().unwrap().clone();
    println!("40 callers at 100/s: worst wait {worst:?}");
    assert_eq!(order, (0..40).collect::<Vec<_>>(), "served out of order");
    assert!(
        worst < Duration::from_millis(400 + 1500),
        "worst wait {worst:?}"
    );
    assert!(started.elapsed() >= Duration::from_millis(380));
}
