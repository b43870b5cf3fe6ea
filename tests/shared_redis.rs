//! Many processes, one account (issue 15): MCS8 and TUMS clients with separate
//! in-memory state share one login, one temporary key and the account's limits
//! through a real Redis server, which this test starts on an ephemeral loopback port
//! (`redis-server` must be installed: `.ci/run` installs it; without it these tests
//! fail, they do not skip).

use std::time::{Duration, Instant};

use anfang::core::shared::{RedisServer as Redis, SharedState};
use anfang::core::Endpoint;
use anfang::mcs8::api::org::DevList;
use anfang::mcs8::simulator::Simulator as Mcs8Sim;
use anfang::tums::api::credential::CreateTempApplicationApiCredential;
use anfang::tums::api::region::GetPagedRootRegions;
use anfang::tums::simulator::Simulator as TumsSim;
use futures::future::join_all;

/// Each "process": its own client and its own `SharedState` value (nothing shared in
/// memory), all on one Redis.
fn shared(redis: &Redis) -> SharedState {
    SharedState::redis(&redis.url, "anfang-test").expect("redis url")
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn four_mcs8_clients_one_login_and_ten_calls_a_second() {
    let redis = Redis::start();
    let sim = Mcs8Sim::start().await.unwrap();
    let clients: Vec<_> = (0..4)
        .map(|_| {
            sim.client_builder()
                .shared_state(shared(&redis))
                .build()
                .unwrap()
        })
        .collect();
    let started = Instant::now();
    let calls = (0..200).map(|i| {
        let client = clients[i % 4].clone();
        async move { client.send(&DevList::default()).await }
    });
    let results = tokio::time::timeout(Duration::from_secs(60), join_all(calls))
        .await
        .expect("200 calls at 10/s end in about 20 s");
    let failed: Vec<_> = results.iter().filter_map(|r| r.as_ref().err()).collect();
    assert!(
        failed.is_empty(),
        "{} calls failed: {:?}",
        failed.len(),
        failed.first()
    );
    let stats = sim.stats();
    assert_eq!(stats.logins, 1, "one login for four clients");
    assert_eq!(stats.rejected_calls, 0, "{stats:?}");
    assert!(
        stats.max_calls_in_window <= 10,
        "at most 10 calls in any second: {stats:?}"
    );
    // Four clients at 10/s each would have taken 5 s; together they keep 10/s.
    assert!(
        started.elapsed() >= Duration::from_secs(18),
        "{:?}",
        started.elapsed()
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn four_tums_clients_mint_one_temporary_key() {
    let redis = Redis::start();
    let sim = TumsSim::start().await.unwrap();
    let clients: Vec<_> = (0..4)
        .map(|_| {
            sim.client_builder()
                .temp_credentials(Some(3600), Duration::from_secs(60))
                .shared_state(shared(&redis))
                .build()
                .unwrap()
        })
        .collect();
    let calls = (0..200).map(|i| {
        let client = clients[i % 4].clone();
        async move { client.send(&GetPagedRootRegions::new()).await }
    });
    let results = tokio::time::timeout(Duration::from_secs(60), join_all(calls))
        .await
        .expect("bounded");
    assert!(
        results.iter().all(Result::is_ok),
        "{:?}",
        results.iter().find(|r| r.is_err())
    );
    let minted: Vec<_> = sim
        .requests_to(CreateTempApplicationApiCredential::PATH)
        .into_iter()
        .map(|r| r.verdict)
        .collect();
    assert_eq!(
        minted.len(),
        1,
        "one temporary key for the project: {minted:?}"
    );
    // Every client signs with that one temporary AccessKey.
    let keys: std::collections::BTreeSet<_> =
        clients.iter().filter_map(|c| c.access_key()).collect();
    assert_eq!(keys.len(), 1, "{keys:?}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_dead_lease_holder_blocks_the_others_at_most_its_ttl() {
    use anfang::mcs8::api::auth::Login;
    let redis = Redis::start();
    let sim = Mcs8Sim::start().await.unwrap();
    let ttl = Duration::from_secs(1);
    // A's platform accepts the connection and never answers: A's login hangs while A
    // holds the refresh lease.
    let black_hole = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let hole_url = format!("http://{}", black_hole.local_addr().unwrap());
    let (arrived_tx, arrived_rx) = tokio::sync::oneshot::channel();
    let hole = tokio::spawn(async move {
        let (conn, _) = black_hole.accept().await.unwrap();
        let _ = arrived_tx.send(());
        // Hold the connection open, unanswered, until the test ends.
        std::future::pending::<()>().await;
        drop(conn);
    });
    // (No login limiter: A's hung login took the account's one login permit of the
    // next 30 s, which is the limiter doing its job, not what this test is about.)
    let a = sim
        .client_builder()
        .login_rate_limit(None)
        .base_url(hole_url)
        .shared_state(shared(&redis).lease_ttl(ttl))
        .build()
        .unwrap();
    let b = sim
        .client_builder()
        .login_rate_limit(None)
        .shared_state(shared(&redis).lease_ttl(ttl))
        .build()
        .unwrap();
    let holder = tokio::spawn(async move { a.send(&DevList::default()).await });
    tokio::time::timeout(Duration::from_secs(10), arrived_rx)
        .await
        .expect("A's login reaches its platform")
        .unwrap();
    // A dies mid-refresh, its lease still in Redis.
    holder.abort();
    let started = Instant::now();
    let page = tokio::time::timeout(Duration::from_secs(10), b.send(&DevList::default()))
        .await
        .expect("B does not hang")
        .expect("B logs in once A's lease expired");
    let waited = started.elapsed();
    assert!(
        waited <= ttl + Duration::from_secs(2),
        "B waited {waited:?}"
    );
    assert!(!page.items.is_empty());
    assert_eq!(sim.requests_to(Login::PATH).len(), 1, "B's login");
    hole.abort();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn redis_stopped_mid_run_falls_back_to_per_process() {
    let mut redis = Redis::start();
    let sim = Mcs8Sim::builder().login_limit(None).start().await.unwrap();
    let states: Vec<_> = (0..2).map(|_| shared(&redis)).collect();
    let clients: Vec<_> = states
        .iter()
        .map(|s| {
            sim.client_builder()
                .shared_state(s.clone())
                .build()
                .unwrap()
        })
        .collect();
    for c in &clients {
        c.send(&DevList::default()).await.unwrap();
    }
    assert_eq!(sim.stats().logins, 1);
    redis.stop();
    // Calls go on (local limiter), and after the platform drops every token each
    // client logs in by itself: documented fallback, no panic, no hang.
    sim.expire_tokens();
    let results = tokio::time::timeout(
        Duration::from_secs(30),
        join_all(
            clients
                .iter()
                .map(|c| async move { c.send(&DevList::default()).await }),
        ),
    )
    .await
    .expect("no hang while Redis is down");
    assert!(
        results.iter().all(Result::is_ok),
        "{:?}",
        results.iter().find(|r| r.is_err())
    );
    assert!(states.iter().all(SharedState::is_degraded));
    assert_eq!(
        sim.stats().logins,
        3,
        "one shared login, then one per client"
    );
}
