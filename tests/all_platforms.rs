//! Cross-crate integration: all four platforms' tour flows run *at the same time* in
//! one process, each against its own embedded simulator on an ephemeral loopback port.
//!
//! This catches what per-crate tests cannot: global state that two platforms fight
//! over (a process-wide TLS crypto provider, a tracing subscriber, a fixed port), and
//! features that only unify badly in the umbrella crate.

#[path = "../examples/tour/hongtu.rs"]
mod hongtu;
#[path = "../examples/tour/lenfocus.rs"]
mod lenfocus;
#[path = "../examples/tour/mcs8.rs"]
mod mcs8;
#[path = "../examples/tour/tums.rs"]
mod tums;

use std::time::Duration;

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn every_platform_flow_runs_concurrently_in_one_process() {
    let all = async {
        let (m, h, t, l) = tokio::join!(
            tokio::spawn(mcs8::run()),
            tokio::spawn(hongtu::run()),
            tokio::spawn(tums::run()),
            tokio::spawn(lenfocus::run()),
        );
        for (name, joined) in [("mcs8", m), ("hongtu", h), ("tums", t), ("lenfocus", l)] {
            match joined {
                Ok(Ok(())) => {}
                Ok(Err(e)) => panic!("{name} flow failed: {e:#}"),
                Err(e) => panic!("{name} flow panicked: {e}"),
            }
        }
    };
    tokio::time::timeout(Duration::from_secs(120), all)
        .await
        .expect("all four flows finish within two minutes");
}

#[test]
fn umbrella_reexports_every_platform() {
    // The features are on by default: every crate is reachable from `anfang`.
    let _ = std::any::type_name::<anfang::mcs8::Client>();
    let _ = std::any::type_name::<anfang::hongtu::Client>();
    let _ = std::any::type_name::<anfang::tums::Client>();
    let _ = std::any::type_name::<anfang::core::Secret>();
    assert_eq!(
        anfang::signing::lenfocus::param_signature(
            [
                ("sn", "Y3CA123489"),
                ("did", "876433"),
                ("ts", "1658029108"),
                ("appid", "FUN790386")
            ],
            "AABBCC112233"
        ),
        "C7C164B353F05DF3E219E82FC4619912"
    );
}
