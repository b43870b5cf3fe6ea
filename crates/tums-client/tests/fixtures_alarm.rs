//! Round trips of every request and response example of seed chapter 1.4.8 监控点报警
//! (fixtures/tums/alarm/).

use client_core::fixture::{assert_round_trip, read_fixture};
use client_core::Endpoint;
use tums_client::api::alarm::*;
use tums_client::envelope::Envelope;

fn fixture(name: &str) -> String {
    read_fixture(env!("CARGO_MANIFEST_DIR"), &format!("tums/alarm/{name}"))
}

/// Sends the documented request of `$name` through a signing client to the simulator
/// and checks the typed answer equals the documented response's `result`.
#[cfg(feature = "simulator")]
macro_rules! via_simulator {
    ($client:expr, $req:ty, $name:literal) => {{
        let req: $req = serde_json::from_str(&fixture(concat!($name, ".request.json"))).unwrap();
        via_simulator!(@send $client, $req, $name, req)
    }};
    (@send $client:expr, $req:ty, $name:literal, $value:expr) => {{
        let got = tokio::time::timeout(std::time::Duration::from_secs(30), $client.send(&$value))
            .await
            .expect("timed out")
            .unwrap_or_else(|e| panic!("{}: {e}", $name));
        let env: Envelope<<$req as Endpoint>::Response> =
            serde_json::from_str(&fixture(concat!($name, ".response.json"))).unwrap();
        if let Some(expected) = env.result {
            assert_eq!(got, expected, "{}", $name);
        }
    }};
}

/// Round-trips `<name>.request.json` through `$req` and `<name>.response.json` through
/// the envelope of its response; checks the path ends with `name`; checks the documented
/// request passes `validate()` and the response carries the expected `error_code`.
macro_rules! pair {
    ($test:ident, $req:ty, $name:literal) => {
        pair!($test, $req, $name, code = 0);
    };
    ($test:ident, $req:ty, $name:literal, code = $code:expr) => {
        #[test]
        fn $test() {
            assert!(
                <$req>::PATH.ends_with(concat!("/", $name)),
                "{}",
                <$req>::PATH
            );
            assert_eq!(<$req>::METHOD, http::Method::POST);
            let req: $req = assert_round_trip(&fixture(concat!($name, ".request.json")));
            assert!(
                req.validate().is_ok(),
                "validate() of the seed example: {:?}",
                req.validate()
            );
            let body = req.encode().unwrap().body.unwrap();
            let again: $req = serde_json::from_slice(&body).unwrap();
            assert_eq!(again, req);
            let env: Envelope<<$req as Endpoint>::Response> =
                assert_round_trip(&fixture(concat!($name, ".response.json")));
            assert_eq!(env.error_code, $code);
        }
    };
}

pair!(
    trigger_manual_alarm,
    TriggerManualAlarm,
    "triggerManualAlarm"
);
pair!(
    set_enable_by_alarm_type,
    SetEnableByAlarmType,
    "setEnableByAlarmType"
);
pair!(
    set_alarm_input_enable,
    SetAlarmInputEnable,
    "setAlarmInputEnable",
    code = -80414
);
pair!(
    set_alarm_output_enable,
    SetAlarmOutputEnable,
    "setAlarmOutputEnable",
    code = -80414
);

#[test]
fn partial_failure_examples_carry_a_typed_fail_list() {
    for name in [
        "setAlarmInputEnable.response.json",
        "setAlarmOutputEnable.response.json",
    ] {
        let env: Envelope<()> = serde_json::from_str(&fixture(name)).unwrap();
        assert_eq!(env.error_code, -80414);
        let fails = env.fail_list.unwrap();
        assert_eq!(fails.len(), 1);
        assert_eq!(fails[0].error_code, -80391);
        assert_eq!(fails[0].qr_code.as_deref(), Some("799E56281C531B106"));
        assert_eq!(fails[0].channel_id, Some(1));
    }
}

#[test]
fn set_enable_by_alarm_type_example_is_typed() {
    let req: SetEnableByAlarmType =
        serde_json::from_str(&fixture("setEnableByAlarmType.request.json")).unwrap();
    assert_eq!(
        req.alarm_type_list,
        vec![AlarmType::MotionDetection, AlarmType::HumanDetection]
    );
    assert_eq!(req.enable, DetectionSwitch::On);
}

#[cfg(feature = "simulator")]
#[tokio::test]
async fn every_endpoint_answers_through_the_simulator() {
    let sim = tums_client::simulator::Simulator::start().await;
    let client = sim.client();
    via_simulator!(client, TriggerManualAlarm, "triggerManualAlarm");
    via_simulator!(client, SetEnableByAlarmType, "setEnableByAlarmType");
    // The documented answers of 1.4.8.4/5 are partial failures: typed, not success.
    for name in ["setAlarmInputEnable", "setAlarmOutputEnable"] {
        let body = fixture(&format!("{name}.request.json"));
        let result = if name == "setAlarmInputEnable" {
            client
                .send(&serde_json::from_str::<SetAlarmInputEnable>(&body).unwrap())
                .await
        } else {
            client
                .send(&serde_json::from_str::<SetAlarmOutputEnable>(&body).unwrap())
                .await
        };
        match result {
            Err(tums_client::Error::PartialFailure {
                code, fail_list, ..
            }) => {
                assert_eq!(code.code(), -80414);
                assert_eq!(fail_list.len(), 1);
                assert_eq!(fail_list[0].error_code, -80391);
            }
            other => panic!("{name}: expected a partial failure, got {other:?}"),
        }
    }
}
