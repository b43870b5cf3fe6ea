//! Round trips of the 人员识别记录 (recognition records) and 人员轨迹 (person track)
//! examples printed in the seed.

use client_core::fixture::{assert_round_trip, read_fixture};
use client_core::Endpoint;
use hongtu_client::api::person_track::*;
use hongtu_client::api::recognition_record::*;
use hongtu_client::envelope::Envelope;

fn fixture(name: &str) -> String {
    read_fixture(env!("CARGO_MANIFEST_DIR"), &format!("hongtu/{name}"))
}

fn request<E>(name: &str) -> E
where
    E: Endpoint + serde::de::DeserializeOwned + PartialEq + std::fmt::Debug,
{
    let req: E = assert_round_trip(&fixture(name));
    req.validate().expect("the documented request is valid");
    req
}

/// Round-trips the `data` member of a documented response envelope through the
/// endpoint's response type.
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
fn record_list() {
    let req: ListRecognitionRecords = request("recognition_record/person.record.list.request.json");
    assert_eq!(req.person_tag, PersonTag::KeyPerson);
    assert_eq!(req.start_time.timestamp_millis(), 1_632_844_800_000);
    let page =
        response::<ListRecognitionRecords>("recognition_record/person.record.list.response.json");
    assert_eq!(page.total, 1);
    let rec = &page.list[0];
    assert_eq!(rec.id_uuid.as_deref(), Some("16319"));
    assert_eq!(rec.score, Some(75.93));
    assert_eq!(
        rec.capture_time.unwrap().timestamp_millis(),
        1_634_862_416_000
    );
}

#[test]
fn record_detail() {
    let req: GetRecognitionRecord = request("recognition_record/person.record.detail.request.json");
    assert_eq!(req.id_uuid, "22246");
    let detail =
        response::<GetRecognitionRecord>("recognition_record/person.record.detail.response.json");
    assert_eq!(detail.person_tag, Some(PersonTag::KeyPerson));
    assert_eq!(detail.ext.as_deref(), Some("黑名单备注"));
    assert!(detail.groups.is_empty());
}

#[test]
fn track_query() {
    let req: QueryPersonTrack = request("person_track/person.track.query.request.json");
    assert!(req.profile_uuid.is_none());
    let page = response::<QueryPersonTrack>("person_track/person.track.query.response.json");
    assert_eq!(page.total, 2);
    assert_eq!(page.list.len(), 2);
    assert_eq!(
        page.list[1].capture_time.unwrap().timestamp_millis(),
        1_629_453_600_000
    );
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
    async fn every_recognition_and_track_example_is_served() {
        use hongtu_client::api::person_track::*;
        use hongtu_client::api::recognition_record::*;
        let sim = Simulator::start().await;
        served::<ListRecognitionRecords>(&sim, "recognition_record/person.record.list").await;
        served::<GetRecognitionRecord>(&sim, "recognition_record/person.record.detail").await;
        served::<QueryPersonTrack>(&sim, "person_track/person.track.query").await;
    }

    #[tokio::test]
    async fn recognition_records_stream_by_page_num() {
        use futures::TryStreamExt;
        use hongtu_client::api::recognition_record::*;
        let sim = Simulator::start().await;
        let items: Vec<serde_json::Value> = (0..25)
            .map(|i| serde_json::json!({"idUuid": format!("{i}"), "personTag": 3}))
            .collect();
        sim.seed_list(ListRecognitionRecords::PATH, items);
        let client = sim.client().unwrap();
        let now = chrono::Utc::now();
        let req =
            ListRecognitionRecords::new(PersonTag::KeyPerson, now - chrono::Duration::days(1), now);
        let all: Vec<RecognitionRecord> = timeout(LIMIT, client.stream(req).try_collect())
            .await
            .expect("bounded")
            .unwrap();
        assert_eq!(all.len(), 25);
        assert_eq!(all[24].id_uuid.as_deref(), Some("24"));
        // 25 items by the documented default of 10: three pages.
        assert_eq!(sim.request_count(ListRecognitionRecords::PATH), 3);
    }
}
