//! Round trips of the 1.4.6 HTTP-FLV examples (TUMS 2026-08-31 edition,
//! fixtures/tums/http_flv/), and both endpoints against the simulator.

#[macro_use]
mod common;

use tums_client::api::http_flv::*;
use tums_client::envelope::Envelope;

fn fixture(name: &str) -> String {
    common::fixture("http_flv", name)
}

pair!(get_http_flv_url, GetHttpFlvUrl, "getHttpFlvUrl");
pair!(
    get_http_flv_close_reason,
    GetHttpFlvCloseReason,
    "getHttpFlvCloseReason"
);

#[test]
fn playback_example_round_trips() {
    let req: GetHttpFlvUrl = common::request("http_flv", "getHttpFlvUrl.request.2.json");
    assert_eq!(req.stream_type, FlvStreamType::Playback);
    assert_eq!(req.playback_start_time, Some(1_718_356_689_000));
    let env: Envelope<HttpFlvUrl> = common::response("http_flv", "getHttpFlvUrl.response.2.json");
    assert!(env
        .result
        .unwrap()
        .url
        .contains("playbackStartTime=1718356689000"));
}

#[test]
fn close_reasons_and_stream_urls() {
    let env: Envelope<HttpFlvCloseReason> =
        serde_json::from_str(&fixture("getHttpFlvCloseReason.response.json")).unwrap();
    assert_eq!(env.result.unwrap().close_reason, Some(CloseReason::Normal));
    // The table types it string: "10" is read too, unknown codes are kept.
    let r: HttpFlvCloseReason = serde_json::from_str(r#"{"closeReason":"10"}"#).unwrap();
    assert_eq!(r.close_reason, Some(CloseReason::Expired));
    let r: HttpFlvCloseReason = serde_json::from_str(r#"{"closeReason":99}"#).unwrap();
    assert_eq!(r.close_reason, Some(CloseReason::Unknown(99)));
    // The documented URL has ${hostName}:${port} placeholders: not a URL.
    let env: Envelope<HttpFlvUrl> =
        serde_json::from_str(&fixture("getHttpFlvUrl.response.json")).unwrap();
    assert!(env.result.unwrap().parts().is_none());
    let u = HttpFlvUrl {
        url: "https://flv.example.com:8443/vms/open/httpFlvServer/v1/getHttpFlvStream.flv?token=secret-token&deviceIndex=d&channelId=2&type=sdvod".into(),
    };
    let parts = u.parts().unwrap();
    assert_eq!(parts.token.expose(), "secret-token");
    assert_eq!(parts.channel_id, Some(2));
    assert!(!format!("{parts:?}").contains("secret-token"));
}

#[cfg(feature = "simulator")]
#[tokio::test]
async fn against_simulator() {
    tokio::time::timeout(std::time::Duration::from_secs(60), async {
        let sim = tums_client::simulator::Simulator::start().await.unwrap();
        let client = sim.client().unwrap();
        via_simulator!(client, GetHttpFlvUrl, "getHttpFlvUrl");
        via_simulator!(client, GetHttpFlvCloseReason, "getHttpFlvCloseReason");
        let mut bad = GetHttpFlvUrl::playback("16E0091709B04C926", 1, 10, Some(5));
        assert!(client.send(&bad).await.is_err());
        bad.playback_start_time = None;
        assert!(client.send(&bad).await.is_err());
        assert_eq!(sim.requests().len(), 2);
    })
    .await
    .expect("test timed out");
}
