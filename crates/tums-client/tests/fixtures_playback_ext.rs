//! Round trips of the 1.4.5.10/1.4.5.11 capability examples (TUMS 2026-08-31 edition,
//! fixtures/tums/playback_ext/), and both endpoints against the simulator.

#[macro_use]
mod common;

use tums_client::api::playback_ext::*;
use tums_client::envelope::Envelope;

fn fixture(name: &str) -> String {
    common::fixture("playback_ext", name)
}

pair!(
    get_scale_capability,
    GetScaleCapability,
    "getScaleCapability"
);
pair!(
    get_fish_eye_capability,
    GetFishEyeCapability,
    "getFishEyeCapability"
);

#[test]
fn capabilities_are_typed() {
    let env: Envelope<Vec<ScaleCapability>> =
        serde_json::from_str(&fixture("getScaleCapability.response.json")).unwrap();
    let scales = env.result.unwrap();
    assert_eq!(scales[0].factor(), Some(2.0));
    assert_eq!(scales[1].factor(), Some(0.5));
    assert!(!scales[0].pts_adjusted() && scales[1].pts_adjusted());
    let env: Envelope<FishEyeCapability> =
        serde_json::from_str(&fixture("getFishEyeCapability.response.json")).unwrap();
    let fe = env.result.unwrap();
    assert_eq!(fe.set_mode, vec!["top", "wall"]);
    assert!(!fe.centre_calibrated());
    assert_eq!(fe.radius.as_deref(), Some("4000"));
}

#[cfg(feature = "simulator")]
#[tokio::test]
async fn against_simulator() {
    tokio::time::timeout(std::time::Duration::from_secs(60), async {
        let sim = tums_client::simulator::Simulator::start().await.unwrap();
        let client = sim.client().unwrap();
        via_simulator!(client, GetScaleCapability, "getScaleCapability");
        via_simulator!(client, GetFishEyeCapability, "getFishEyeCapability");
        assert!(client
            .send(&GetFishEyeCapability::qr_code("16E0091709B04C926", 0))
            .await
            .is_err());
        assert_eq!(sim.requests().len(), 2);
    })
    .await
    .expect("test timed out");
}
