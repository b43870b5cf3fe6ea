//! Round trips of the 1.4.7.4, 1.4.7.6, 1.4.7.7 and 1.4.7.11 examples (TUMS 2026-08-31
//! edition, fixtures/tums/alarm_ext/), and those endpoints against the simulator.

#[macro_use]
mod common;

use tums_client::api::alarm::{AlarmDeviceRef, AlarmIoSwitch, AlarmType};
use tums_client::api::alarm_ext::*;
use tums_client::envelope::Envelope;

fn fixture(name: &str) -> String {
    common::fixture("alarm_ext", name)
}

pair!(
    set_notify_list_by_alarm_type,
    SetNotifyListByAlarmType,
    "setNotifyListByAlarmType"
);
pair!(
    set_msg_push_enable,
    SetMsgPushEnable,
    "setMsgPushEnable",
    code = -80414
);
pair!(
    reset_msg_push_plan,
    ResetMsgPushPlan,
    "resetMsgPushPlan",
    code = -80414
);
pair!(
    trigger_manual_msg_alarm,
    TriggerManualMsgAlarm,
    "triggerManualMsgAlarm"
);

#[test]
fn examples_are_typed() {
    let req: SetNotifyListByAlarmType =
        serde_json::from_str(&fixture("setNotifyListByAlarmType.request.json")).unwrap();
    assert_eq!(req.alarm_type_list[0], AlarmType::MotionDetection);
    let req: SetMsgPushEnable =
        serde_json::from_str(&fixture("setMsgPushEnable.request.json")).unwrap();
    assert_eq!(req.enable, AlarmIoSwitch::On);
    let env: Envelope<Option<i64>> =
        serde_json::from_str(&fixture("triggerManualMsgAlarm.response.json")).unwrap();
    assert_eq!(env.result, Some(Some(60)));
    let stop: Envelope<Option<i64>> =
        serde_json::from_str(r#"{"error_code":0,"result":null}"#).unwrap();
    assert_eq!(stop.result.flatten(), None);
    let many = SetMsgPushEnable {
        dev_info_list: vec![AlarmDeviceRef::qr_code("16E0091709B04C926", 1); 101],
        enable: AlarmIoSwitch::Off,
    };
    use client_core::Endpoint;
    assert!(many.validate().is_err());
}

#[cfg(feature = "simulator")]
#[tokio::test]
async fn against_simulator() {
    tokio::time::timeout(std::time::Duration::from_secs(60), async {
        let sim = tums_client::simulator::Simulator::start().await.unwrap();
        let client = sim.client().unwrap();
        via_simulator!(client, SetNotifyListByAlarmType, "setNotifyListByAlarmType");
        via_simulator!(client, TriggerManualMsgAlarm, "triggerManualMsgAlarm");
        // The documented answers of 1.4.7.6/7 are partial failures (-80414 + failList).
        for name in ["setMsgPushEnable", "resetMsgPushPlan"] {
            let err = if name == "setMsgPushEnable" {
                let req: SetMsgPushEnable =
                    serde_json::from_str(&fixture(&format!("{name}.request.json"))).unwrap();
                client.send(&req).await.unwrap_err()
            } else {
                let req: ResetMsgPushPlan =
                    serde_json::from_str(&fixture(&format!("{name}.request.json"))).unwrap();
                client.send(&req).await.unwrap_err()
            };
            match err {
                tums_client::Error::PartialFailure {
                    code, fail_list, ..
                } => {
                    assert_eq!(code.code(), -80414);
                    assert_eq!(fail_list[0].error_code, -80391);
                }
                other => panic!("{name}: {other}"),
            }
        }
    })
    .await
    .expect("test timed out");
}
