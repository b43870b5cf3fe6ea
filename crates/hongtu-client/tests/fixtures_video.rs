//! Round trips of the 视频监控 (video) examples printed in the seed.
//! `RealtimePreview` is deprecated (不建议使用) but documented: only its use sites allow it.

mod common;
use common::by_path::{request, response};
use hongtu_client::api::video::*;

#[test]
fn ptz_control() {
    let req: PtzControl = request("video/video.realtime.ptzControl.request.json");
    assert_eq!(req.ptz_cmd, PtzCommand::Up);
    assert_eq!(req.speed, 3);
    assert!(!req.is_stop());
    response::<PtzControl>("video/video.realtime.ptzControl.response.json");
}

#[test]
#[allow(deprecated)]
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
    use crate::common::by_path::served;
    use hongtu_client::simulator::Simulator;

    #[tokio::test]
    #[allow(deprecated)]
    async fn every_video_example_is_served() {
        use hongtu_client::api::video::*;
        let sim = Simulator::start().await.unwrap();
        served::<PtzControl>(&sim, "video/video.realtime.ptzControl").await;
        served::<RealtimePreview>(&sim, "video/video.realtime.preview").await;
        served::<CaptureSnapshot>(&sim, "video/video.realtime.capture").await;
    }
}
