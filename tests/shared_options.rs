//! One configuration snippet — shared options, retry policy, timeouts, a private CA —
//! compiles against the TUMS, Hongtu and MCS8 clients with only the crate name
//! changed, and each configured client then talks to its embedded simulator.

use std::num::NonZeroU32;
use std::time::Duration;

/// The snippet a user would copy: only `$krate` differs between platforms.
macro_rules! configured {
    ($krate:ident, $base_url:expr, $id:expr, $secret:expr) => {{
        use anfang::$krate::{Client, RateLimiter, RetryPolicy};
        Client::builder()
            .base_url($base_url)
            .credentials($id, $secret)
            .timeout(Duration::from_secs(5))
            .operation_timeout(Duration::from_secs(20))
            .connect_timeout(Duration::from_secs(2))
            .user_agent("my-integration/1.0")
            .retry_policy(RetryPolicy::fast(2))
            .rate_limiter(RateLimiter::per_second(NonZeroU32::new(200).unwrap()))
            .add_root_certificate_pem(include_bytes!("../fixtures/tls/test-ca.pem").to_vec())
            .prefetch(true)
            .build()
    }};
}

#[tokio::test]
async fn the_same_snippet_configures_tums() {
    let sim = anfang::tums::simulator::Simulator::builder()
        .start()
        .await
        .expect("simulator");
    let creds = sim.credentials();
    let client = configured!(tums, sim.base_url(), creds.id, creds.secret).expect("client");
    client
        .send(&anfang::tums::api::region::GetPagedRootRegions::new())
        .await
        .expect("a call through the configured client");
}

#[tokio::test]
async fn the_same_snippet_configures_hongtu() {
    let sim = anfang::hongtu::simulator::Simulator::builder()
        .start()
        .await
        .expect("simulator");
    let creds = sim.credentials();
    let client = configured!(hongtu, sim.base_url(), creds.id, creds.secret).expect("client");
    client
        .send(&anfang::hongtu::api::org::OrgTree::default())
        .await
        .expect("a call through the configured client");
}

#[tokio::test]
async fn the_same_snippet_configures_mcs8() {
    let sim = anfang::mcs8::simulator::Simulator::builder()
        .start()
        .await
        .expect("simulator");
    let creds = sim.credentials();
    let client = configured!(mcs8, sim.base_url(), creds.id, creds.secret).expect("client");
    client
        .send(&anfang::mcs8::api::org::DevList::default())
        .await
        .expect("a call through the configured client");
}

#[test]
fn a_bad_certificate_fails_the_build_on_every_client() {
    let tums = anfang::tums::Client::builder()
        .credentials("ak", "sk")
        .add_root_certificate_pem(b"not a certificate".to_vec())
        .build();
    assert!(tums.is_err());
    let hongtu = anfang::hongtu::Client::builder()
        .base_url("http://127.0.0.1:1")
        .credentials("appkey1", "secret")
        .add_root_certificate_pem(b"not a certificate".to_vec())
        .build();
    assert!(hongtu.is_err());
    let mcs8 = anfang::mcs8::Client::builder()
        .base_url("http://127.0.0.1:1")
        .credentials("user", "password")
        .add_root_certificate_pem(b"not a certificate".to_vec())
        .build();
    assert!(mcs8.is_err());
}
