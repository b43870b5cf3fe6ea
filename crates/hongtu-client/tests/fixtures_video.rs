//! Round trips of the 视频监控 (video) examples printed in the seed.
#![allow(deprecated)]

use client_core::fixture::{assert_round_trip, read_fixture};
use client_core::Endpoint;
use hongtu_client::api::video::*;
use hongtu_client::envelope::Envelope;

fn fixture(name: &str) -> String {
    read_fixture(env!("CARGO_MANIFEST_DIR"), &format!("hongtu/{name}"))
}

/// Round-trips a documented request and checks it passes `validate()`.
fn request<E>(name: &str) -> E
where
    E: Endpoint + serde::de::DeserializeOwned + PartialEq + std::fmt::Debug,
{
    let req: E = assert_round_trip(&fixture(name));
    req.validate().expect("the documented request is valid");
    req
}

/// Round-trips the `data` member of a documented response envelope through the
/// endpoint's response type (an absent `data` decodes as `()`).
fn response<E>(name: &str) -> E::Response
where
    E: Endpoint,
    E::Response: serde::Serialize + PartialEq + std::fmt::Debug,
{
    let envelope: serde_json::Value = serde_json::from_str(&fixture(name)).unwrap();
    assert_eq!(envelope["code"], 0, "{name}: code");
    let _: Envelope<serde_json::Value> = serde_json::from_value(envelope.clone()).unwrap();
    let data = envelope
        .get("data")
        .cloned()
        .unwrap_or(serde_json::Value::Null);
    assert_round_trip::<E::Response>(&data.to_string())
}

#[test]
fn ptz_control() {
    let req: PtzControl = request("video/video.realtime.ptzControl.request.json");
    assert_eq!(req.ptz_cmd, PtzCommand::Up);
    assert_eq!(req.speed, 3);
    assert!(!req.is_stop());
    response::<PtzControl>("video/video.realtime.ptzControl.response.json");
}

#[test]
fn preview() {
    let _: RealtimePreview = request("video/video.realtime.preview.request.json");
    let url = response::<RealtimePreview>("video/video.realtime.preview.response.json");
    assert!(url.url.unwrap().starts_with("ws://"));
}

#[test]
fn capture() {
    let _: CaptureSnapshot = request("video/video.realtime.capture.request.json");
    let shot = response::<CaptureSnapshot>("video/video.realtime.capture.response.json");
    assert!(shot.capture_url.unwrap().starts_with("http://"));
}

/// The documented examples through the signed client and the embedded simulator:
/// each request fixture is sent and the answer must equal the response fixture.
#[cfg(feature = "simulator")]
mod against_simulator {
    use super::fixture;
    use client_core::Endpoint;
    use hongtu_client::simulator::Simulator;
    use std::time::Duration;
    use tokio::time::timeout;

    const LIMIT: Duration = Duration::from_secs(20);

    /// Sends the request fixture `{stem}.request.json` and compares the answer with the
    /// `data` of `{stem}.response.json`.
    async fn served<E>(sim: &Simulator, stem: &str)
    where
        E: Endpoint + serde::de::DeserializeOwned,
        E::Response: PartialEq + std::fmt::Debug,
    {
        let client = sim.client().unwrap();
        let req: E = serde_json::from_str(&fixture(&format!("{stem}.request.json"))).unwrap();
        let got = timeout(LIMIT, client.send(&req))
            .await
            .expect("bounded")
            .unwrap_or_else(|e| panic!("{stem}: {e}"));
        let envelope: serde_json::Value =
            serde_json::from_str(&fixture(&format!("{stem}.response.json"))).unwrap();
        let data = envelope
            .get("data")
            .cloned()
            .unwrap_or(serde_json::Value::Null);
        let want: E::Response = serde_json::from_value(data).unwrap();
        assert_eq!(got, want, "{stem}");
        assert!(
            sim.request_count(E::PATH) >= 1,
            "{stem}: simulator saw no request"
        );
    }

    #[tokio::test]
    async fn every_video_example_is_served() {
        use hongtu_client::api::video::*;
        let sim = Simulator::start().await;
        served::<PtzControl>(&sim, "video/video.realtime.ptzControl").await;
        served::<RealtimePreview>(&sim, "video/video.realtime.preview").await;
        served::<CaptureSnapshot>(&sim, "video/video.realtime.capture").await;
    }
}
