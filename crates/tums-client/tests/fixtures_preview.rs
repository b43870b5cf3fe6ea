//! Round-trips every 1.4.5 预览回放 example of the seed (fixtures/tums/preview) through
//! its typed request / response struct. Fixes made to the seed's examples are listed
//! in fixtures/tums/FIXES-device-preview-message.md.

mod common;

use client_core::Endpoint;
use tums_client::api::preview::*;
use tums_client::envelope::Envelope;

fn fixture(name: &str) -> String {
    common::fixture("preview", name)
}

fn request<Req>(file: &str) -> Req
where
    Req: Endpoint + serde::de::DeserializeOwned + PartialEq + std::fmt::Debug,
{
    common::request("preview", file)
}

fn response<T>(file: &str) -> Envelope<T>
where
    T: serde::de::DeserializeOwned + serde::Serialize + PartialEq + std::fmt::Debug,
{
    common::response("preview", file)
}

#[test]
fn request_stream_url_live_playback_talk() {
    let live: RequestStreamUrl = request("requestStreamUrl.request.json");
    assert_eq!(live.stream_type, StreamType::Video);
    assert_eq!(live.resolution, Some(StreamResolution::Hd));
    assert_eq!(live.client_type, ClientType::web("chrome 99.0"));
    let playback: RequestStreamUrl = request("requestStreamUrl.request.2.json");
    assert_eq!(playback.stream_type, StreamType::SdVod);
    assert_eq!(
        playback.client_uuid.as_deref(),
        Some("22902c4c16a7da6bc40f20c06889ce9c")
    );
    let talk: RequestStreamUrl = request("requestStreamUrl.request.3.json");
    assert_eq!(talk.stream_type, StreamType::DtSpk);
    assert_eq!(talk.resolution, None);

    let expected = [
        (
            576620008413343087,
            StreamType::Video,
            Some(StreamResolution::Hd),
            "chrome111.0",
        ),
        (
            576620008414331760,
            StreamType::SdVod,
            Some(StreamResolution::Hd),
            "chrome99.0",
        ),
        (576620008414331760, StreamType::DtSpk, None, "chrome 99.0"),
    ];
    for (file, (id, stream, res, client)) in [
        "requestStreamUrl.response.json",
        "requestStreamUrl.response.2.json",
        "requestStreamUrl.response.3.json",
    ]
    .into_iter()
    .zip(expected)
    {
        let env: Envelope<StreamUrl> = response(file);
        let url = env.result.unwrap().sdk_stream_url;
        // The sdkStreamUrl is the requestRelayUrl request, parameters in the query.
        let relay = RequestRelayUrl::from_sdk_stream_url(url.expose()).unwrap();
        assert_eq!(relay.dev_info_id, id, "{file}");
        assert_eq!(relay.stream_type, stream, "{file}");
        assert_eq!(relay.resolution, res, "{file}");
        assert_eq!(relay.client_type.as_str(), client, "{file}");
        assert!(relay.validate().is_ok());
        let enc = relay.encode().unwrap();
        // Query parameters, and `{}` as the body (what the signature covers anyway).
        assert_eq!(enc.body.as_deref(), Some(&b"{}"[..]), "{file}");
        assert!(enc.query.unwrap().contains("devInfoId="));
    }
}

#[test]
fn request_relay_url_ready_and_not_ready() {
    let ready: Envelope<RelayUrl> = response("requestRelayUrl.response.json");
    let r = ready.result.unwrap();
    assert!(r.is_ready());
    assert_eq!(r.relay_version, Some(RelayVersion::V1_3));
    assert_eq!(
        r.relay_path().as_deref(),
        Some("/sdk/f4e631146f134b81a901461fdc893810")
    );
    let renew = RenewRelayCookie::from_relay(&r, Some(1800)).unwrap();
    assert!(renew.validate().is_ok());

    let pending: Envelope<RelayUrl> = response("requestRelayUrl.response.2.json");
    assert_eq!(pending.error_code, -80703);
    let p = pending.result.unwrap();
    assert!(!p.is_ready());
    let again = RequestRelayUrlAgain::from_pending(&p).unwrap();
    assert_eq!(again.session_id, "2df486f073c64693ad34e9734b4d86de");
}

#[test]
fn request_relay_url_again() {
    let req: RequestRelayUrlAgain = request("requestRelayUrlAgain.request.json");
    assert!(req.token.expose().ends_with("applicationId=1860"));
    assert!(!format!("{req:?}").contains("applicationId"));
    let ready: Envelope<RelayUrl> = response("requestRelayUrlAgain.response.json");
    let r = ready.result.unwrap();
    assert_eq!(
        r.cookie.as_deref(),
        Some("tgw_l7_route=118c4b64d042fcfe00f3a1ae1fa74d6b")
    );
    assert_eq!(r.relay_path().as_deref(), Some("/sdk/{relayReqId}"));
    let pending: Envelope<RelayUrl> = response("requestRelayUrlAgain.response.2.json");
    assert_eq!(pending.msg.as_deref(), Some("URL not ready"));
}

#[test]
fn renew_relay_cookie() {
    let req: RenewRelayCookie = request("renewRelayCookie.request.json");
    assert_eq!(req.max_age, None);
    let env: Envelope<()> = response("renewRelayCookie.response.json");
    assert_eq!(env.error_code, 0);
}

#[test]
fn search_year() {
    let req: SearchYear = request("searchYear.request.json");
    assert_eq!(req.dev_list[0].channel_id, 2);
    let env: Envelope<SearchYearResult> = response("searchYear.response.json");
    let list = env.result.unwrap().device_video_info_list;
    assert_eq!(list[1].channel_id, Some(1));
    assert_eq!(
        list[0].days(),
        vec![RecordingDay {
            month: 7,
            day: 29,
            seq: 1
        }]
    );
}

#[test]
fn search_video() {
    let req: SearchVideo = request("searchVideo.request.json");
    assert_eq!((req.start_idx, req.end_idx), (0, 99));
    let env: Envelope<VideoSearchResult> = response("searchVideo.response.json");
    let r = env.result.unwrap();
    assert_eq!(r.user_id, Some(10));
    assert_eq!(r.videos[0].start_time.unwrap().timestamp(), 1647964794);
    assert_eq!(r.videos[0].source_type, Some(SourceType::Nvr));
    assert_eq!(
        r.videos[2].video_type.events(),
        vec![VideoEvent::Timing, VideoEvent::MotionDetection]
    );
}

#[test]
fn search_human_detection_video() {
    let req: SearchHumanDetectionVideo = request("searchHumanDetectionVideo.request.json");
    assert_eq!(req.search_day, "20180808");
    let env: Envelope<VideoSearchResult> = response("searchHumanDetectionVideo.response.json");
    let v = &env.result.unwrap().videos[0];
    assert!(v.video_type.contains(VideoEvent::MotionDetection));
    assert!(v.end_time > v.start_time);
}

/// The streaming flow against the embedded simulator over loopback.
#[cfg(feature = "simulator")]
mod against_simulator {
    use std::time::Duration;

    use client_core::Endpoint;
    use tums_client::api::preview::*;
    use tums_client::simulator::Simulator;

    #[tokio::test]
    async fn stream_url_then_relay_url_then_renew() {
        tokio::time::timeout(Duration::from_secs(60), async {
            let sim = Simulator::start().await.unwrap();
            let client = sim.client().unwrap();
            let stream = client
                .send(&RequestStreamUrl::new(
                    "HGD6784KOFV895J08",
                    1,
                    ClientType::web("chrome 99.0"),
                    StreamType::Video,
                ))
                .await
                .unwrap();
            // The relay request travels in the URL query; the signed payload is `{}`.
            let relay_req =
                RequestRelayUrl::from_sdk_stream_url(stream.sdk_stream_url.expose()).unwrap();
            let relay = client.send(&relay_req).await.unwrap();
            assert!(relay.is_ready());
            let sent = sim.requests_to(RequestRelayUrl::PATH);
            assert_eq!(sent.len(), 1);
            // Parameters in the query; the body is `{}`, exactly what is signed.
            assert_eq!(&sent[0].body[..], b"{}");
            assert_eq!(tums_client::simulator::TumsRecord::status(&sent[0]), 200);
            let renew = RenewRelayCookie::from_relay(&relay, Some(600)).unwrap();
            client.send(&renew).await.unwrap();
            let again = client
                .send(&RequestRelayUrlAgain {
                    session_id: "0de876c5216b4ffcb0e01eb9caac52af".into(),
                    token: "t".into(),
                })
                .await
                .unwrap();
            assert_eq!(again.relay_version, Some(RelayVersion::V1_3));
        })
        .await
        .expect("test timed out");
    }

    #[tokio::test]
    async fn playback_search() {
        tokio::time::timeout(Duration::from_secs(60), async {
            let sim = Simulator::start().await.unwrap();
            let client = sim.client().unwrap();
            let year = client
                .send(&SearchYear {
                    dev_list: vec![ChannelTarget::qr_code("HGD6784KOFV895J08", 1)],
                    year: "2023".into(),
                })
                .await
                .unwrap();
            assert_eq!(year.device_video_info_list.len(), 2);
            let day = client
                .send(&SearchVideo::new("HGD6784KOFV895J08", 1, "20180808", 0, 99))
                .await
                .unwrap();
            assert_eq!(day.videos.len(), 3);
            let err = client
                .send(&SearchVideo::new(
                    "HGD6784KOFV895J08",
                    1,
                    "20180808",
                    0,
                    150,
                ))
                .await
                .unwrap_err();
            assert!(err.to_string().contains("at most 100"), "{err}");
            assert_eq!(sim.requests_to(SearchVideo::PATH).len(), 1);
            // The simulator answers the documented example for every window, i.e. it
            // ignores startIdx: the walk notices instead of looping.
            let err = search_video_all(
                &client,
                &SearchVideo::new("HGD6784KOFV895J08", 1, "20180808", 0, 99),
            )
            .await
            .unwrap_err();
            assert!(err.to_string().contains("ignores the index"), "{err}");
            assert_eq!(sim.requests_to(SearchVideo::PATH).len(), 3);
        })
        .await
        .expect("test timed out");
    }
}

#[test]
fn relay_status_from_the_documented_envelopes() {
    let raw = |file: &str| -> Envelope<serde_json::Value> {
        serde_json::from_str(&fixture(file)).unwrap()
    };
    match RelayStatus::from_envelope(
        RequestRelayUrl::PATH,
        raw("requestRelayUrl.response.json"),
        None,
    )
    .unwrap()
    {
        RelayStatus::Ready(r) => assert_eq!(r.relay_version, Some(RelayVersion::V1_3)),
        other => panic!("{other:?}"),
    }
    let pending = match RelayStatus::from_envelope(
        RequestRelayUrl::PATH,
        raw("requestRelayUrl.response.2.json"),
        None,
    )
    .unwrap()
    {
        RelayStatus::Pending(again) => again,
        other => panic!("{other:?}"),
    };
    assert_eq!(pending.session_id, "2df486f073c64693ad34e9734b4d86de");
    // -80703 without a result keeps polling with the previous request …
    let bare: Envelope<serde_json::Value> =
        serde_json::from_str(r#"{"error_code":-80703,"msg":"URL not ready"}"#).unwrap();
    assert_eq!(
        RelayStatus::from_envelope(RequestRelayUrlAgain::PATH, bare.clone(), Some(&pending))
            .unwrap(),
        RelayStatus::Pending(pending.clone())
    );
    // … and is an error when there is nothing to poll with.
    let err = RelayStatus::from_envelope(RequestRelayUrl::PATH, bare, None).unwrap_err();
    assert!(
        matches!(err, tums_client::Error::Api(ref api) if api.code.code() == -80703),
        "{err:?}"
    );
    let other: Envelope<serde_json::Value> =
        serde_json::from_str(r#"{"error_code":-80704}"#).unwrap();
    assert!(RelayStatus::from_envelope(RequestRelayUrl::PATH, other, Some(&pending)).is_err());
}

/// requestRelayUrl answers -80703 (with a session), the first poll -80703 again, the
/// second poll the relay address.
#[cfg(feature = "simulator")]
#[tokio::test]
async fn wait_for_relay_url_polls_until_ready() {
    use tums_client::simulator::{Fault, FaultRule, Simulator};
    tokio::time::timeout(std::time::Duration::from_secs(60), async {
        let sim = Simulator::builder()
            .answer(RequestRelayUrl::PATH, fixture("requestRelayUrl.response.2.json"))
            .answer(
                RequestRelayUrlAgain::PATH,
                fixture("requestRelayUrlAgain.response.json"),
            )
            .start()
            .await
            .unwrap();
        sim.inject(
            FaultRule::new(Fault::VendorCode(-80703))
                .times(1)
                .path(RequestRelayUrlAgain::PATH),
        );
        let client = sim.client().unwrap();
        let req = RequestRelayUrl::from_sdk_stream_url(
            "https://h/vms/open/webServer/v1/requestRelayUrl?token=t&devInfoId=576620008413343087&clientType=chrome%2099.0&streamType=video",
        )
        .unwrap();
        let relay = wait_for_relay_url(&client, &req, std::time::Duration::ZERO, 5)
            .await
            .unwrap();
        assert_eq!(relay.cookie.as_deref(), Some("tgw_l7_route=118c4b64d042fcfe00f3a1ae1fa74d6b"));
        assert_eq!(sim.requests_to(RequestRelayUrlAgain::PATH).len(), 2);
        // Giving up: at most one poll, and every poll answers -80703.
        sim.inject(FaultRule::new(Fault::VendorCode(-80703)).path(RequestRelayUrlAgain::PATH));
        let err = wait_for_relay_url(&client, &req, std::time::Duration::ZERO, 1)
            .await
            .unwrap_err();
        assert!(matches!(err, tums_client::Error::Api(ref api) if api.code.code() == -80703), "{err:?}");
    })
    .await
    .expect("test timed out");
}
