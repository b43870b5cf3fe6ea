//! Round trips of every request and response example of 1.4.16 云存储 (TUMS 2026-08-31
//! edition; fixtures/tums/cloud_storage/), and the endpoints against the simulator.

#[macro_use]
mod common;

use tums_client::api::cloud_storage::*;
use tums_client::envelope::Envelope;

fn fixture(name: &str) -> String {
    common::fixture("cloud_storage", name)
}

pair!(
    get_event_list_by_page,
    GetEventListByPage,
    "getEventListByPage"
);
pair!(get_event_calendar, GetEventCalendar, "getEventCalendar");
pair!(
    get_event_indexes_by_page,
    GetEventIndexesByPage,
    "getEventIndexesByPage"
);
pair!(delete_events, DeleteEvents, "deleteEvents");
pair!(
    get_event_count_of_date,
    GetEventCountOfDate,
    "getEventCountOfDate"
);
pair!(get_decrypt_key, GetDecryptKey, "getDecryptKey");

#[test]
fn documented_answers_are_typed() {
    let env: Envelope<EventPage> =
        serde_json::from_str(&fixture("getEventListByPage.response.json")).unwrap();
    let page = env.result.unwrap();
    assert_eq!(page.event_list[0].collection_status, Some(false));
    assert_eq!(
        page.event_list[0].timestamp.as_deref(),
        Some("1784879920000")
    );
    let req: GetEventListByPage =
        serde_json::from_str(&fixture("getEventListByPage.request.json")).unwrap();
    assert!(req.next(&page).is_none()); // nextTimestamp 0: the last page
    let env: Envelope<EventIndexes> =
        serde_json::from_str(&fixture("getEventIndexesByPage.response.json")).unwrap();
    assert_eq!(env.result.unwrap().frame_types[1], FrameType::VirtualI);
    let env: Envelope<DecryptKey> =
        serde_json::from_str(&fixture("getDecryptKey.response.json")).unwrap();
    assert!(!format!("{env:?}").contains("233215918bf942"));
}

#[cfg(feature = "simulator")]
#[tokio::test]
async fn documented_examples_through_the_simulator() {
    let sim = tums_client::simulator::Simulator::start().await.unwrap();
    let client = sim.client().unwrap();
    via_simulator!(client, GetEventListByPage, "getEventListByPage");
    via_simulator!(client, GetEventCalendar, "getEventCalendar");
    via_simulator!(client, GetEventIndexesByPage, "getEventIndexesByPage");
    via_simulator!(client, DeleteEvents, "deleteEvents");
    via_simulator!(client, GetEventCountOfDate, "getEventCountOfDate");
    via_simulator!(client, GetDecryptKey, "getDecryptKey");
}
