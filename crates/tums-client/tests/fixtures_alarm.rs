//! Round trips of every request and response example of seed chapter 1.4.8 监控点报警
//! (fixtures/tums/alarm/).

#[macro_use]
mod common;

use tums_client::api::alarm::*;
use tums_client::envelope::Envelope;

fn fixture(name: &str) -> String {
    common::fixture("alarm", name)
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
    let sim = tums_client::simulator::Simulator::start().await.unwrap();
    let client = sim.client().unwrap();
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
