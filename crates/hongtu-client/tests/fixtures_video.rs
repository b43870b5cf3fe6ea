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
