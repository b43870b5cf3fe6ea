//! Round trips of every callback and push example printed in the seed, and the
//! dispatching parser.
mod common;
use client_core::fixture::assert_round_trip;
use common::fixture;
use hongtu_client::callback::*;
use hongtu_client::dict::*;

const M: &str = "callback";

fn parsed(name: &str) -> Callback {
    parse_callback(fixture(M, name).as_bytes()).unwrap()
}

/// Wraps a record as the box sends it: `{"busiType": "<n>", "data": "<JSON text>"}`.
fn push_body(busi_type: &str, name: &str) -> Vec<u8> {
    let data: serde_json::Value = serde_json::from_str(&fixture(M, name)).unwrap();
    serde_json::to_vec(&serde_json::json!({"busiType": busi_type, "data": data.to_string()}))
        .unwrap()
}

#[test]
fn event_records() {
    let v: EventRecord = assert_round_trip(&fixture(M, "event.vehicle.json"));
    let ext = v.ext.unwrap();
    assert_eq!(ext.plate_color, Some(PlateColor::Blue));
    assert_eq!(ext.plate_number.as_deref(), Some("桂C6R325"));
    assert_eq!(v.event_level, Some(EventLevel::Medium));
    let a: EventRecord = assert_round_trip(&fixture(M, "event.alert.json"));
    let ext = a.ext.unwrap();
    assert_eq!(ext.alarm_type, Some(AlertType::PersonIntrusion));
    assert_eq!(ext.alarm_control_type, Some(AlarmControlType::AlgorithmBox));
    assert_eq!(ext.rule_config.unwrap().stay_time, Some(1.0));
    assert_eq!(ext.target_rect.unwrap()[0].bottom, Some(49.641));
    for name in ["event.pass.json", "event.person.json"] {
        let e: EventRecord = assert_round_trip(&fixture(M, name));
        assert!(e.ext.unwrap().person_name.is_some());
        assert!(matches!(parsed(name), Callback::Event(_)));
    }
    assert!(matches!(parsed("event.alert.json"), Callback::Event(_)));
}

#[test]
fn event_ext_as_json_text() {
    let body = br#"{"eventTypeId":301,"ext":"{\"alarmType\":2,\"targetRect\":\"[{\\\"top\\\":1,\\\"left\\\":2,\\\"bottom\\\":3,\\\"right\\\":4}]\",\"ruleConfig\":\"{\\\"stayTime\\\":1,\\\"delayAlarmTime\\\":60,\\\"personNumber\\\":1}\"}"}"#;
    let Callback::Event(e) = parse_callback(body).unwrap() else {
        panic!("not an event")
    };
    let ext = e.ext.unwrap();
    assert_eq!(ext.target_rect.unwrap()[0].right, Some(4.0));
    assert_eq!(ext.rule_config.unwrap().delay_alarm_time, Some(60.0));
}

#[test]
fn pass_record_callback() {
    let p: PassRecord = assert_round_trip(&fixture(M, "pass.callback.json"));
    assert_eq!(p.liveness_score, Some(88.0));
    assert_eq!(p.recognition_score, Some(89.0));
    assert_eq!(
        p.pass_time.unwrap().to_rfc3339(),
        "2021-05-24T14:13:10.298+08:00"
    );
    assert_eq!(
        p.visit_person_uuid.as_deref(),
        Some("259c090d4d5945e39b1eee835df5b768")
    );
    assert_eq!(p.verification_mode, Some(VerificationMode::FaceOrCard));
    let Callback::Pass(q) = parsed("pass.callback.json") else {
        panic!("not a pass record")
    };
    assert_eq!(*q, p);
}

#[test]
fn attendance_record_callback() {
    let a: AttendanceRecord = assert_round_trip(&fixture(M, "attendance.callback.json"));
    assert_eq!(a.status, Some(AttendanceStatus::Abnormal));
    let r = &a.att_time_result.as_ref().unwrap()[0];
    assert_eq!(r.order, Some(AttendanceOrder::Period1));
    assert_eq!(r.result, Some(AttendanceResult::LeftEarly));
    assert!(matches!(
        parsed("attendance.callback.json"),
        Callback::Attendance(_)
    ));
}

#[test]
fn business_pushes_round_trip_and_dispatch() {
    let r: SecurityRecognitionRecord = assert_round_trip(&fixture(M, "busi.1.data.json"));
    assert_eq!(r.person_type.as_deref(), Some("高频重点人员"));
    let r: VehicleRecognitionRecord = assert_round_trip(&fixture(M, "busi.2.data.json"));
    assert_eq!(r.vehicle_identity_type, Some(VehicleIdentityType::Known));
    let r: AlertRecord = assert_round_trip(&fixture(M, "busi.3.data.json"));
    assert_eq!(r.area_id.as_deref(), Some("0"));
    assert_eq!(r.continue_time, Some(3.0));
    assert_eq!(r.target_id.as_ref().unwrap().len(), 1);
    let r: PassRecord = assert_round_trip(&fixture(M, "busi.5.data.json"));
    assert_eq!(r.recognition_type, Some(RecognitionType::VipVisitor));
    for (n, cat) in [
        (1, StructureCategory::Face),
        (2, StructureCategory::Pedestrian),
        (3, StructureCategory::MotorVehicle),
        (4, StructureCategory::NonMotorVehicle),
    ] {
        let r: StructuredRecord =
            assert_round_trip(&fixture(M, &format!("busi.12.category{n}.data.json")));
        assert_eq!(r.category, Some(cat));
    }
    let r: StructuredRecord = assert_round_trip(&fixture(M, "busi.12.category3.data.json"));
    assert_eq!(r.vehicle_brand_name(), Some("比亚迪"));
    assert_eq!(r.full_rect_left, Some(-1742849));
    assert_eq!(r.vehicle_type, Some(VehicleType::Suv));

    let cases = [
        ("1", "busi.1.data.json"),
        ("2", "busi.2.data.json"),
        ("3", "busi.3.data.json"),
        ("5", "busi.5.data.json"),
        ("12", "busi.12.category2.data.json"),
    ];
    for (t, name) in cases {
        let Callback::Business(rec) = parse_callback(&push_body(t, name)).unwrap() else {
            panic!("{t}")
        };
        let ok = match (t, rec) {
            ("1", BusinessRecord::SecurityRecognition(_)) => true,
            ("2", BusinessRecord::VehicleRecognition(_)) => true,
            ("3", BusinessRecord::Alert(_)) => true,
            ("5", BusinessRecord::Pass(_)) => true,
            ("12", BusinessRecord::Structured(r)) => r.wear_hat == Some(HatStatus::NoHat),
            _ => false,
        };
        assert!(ok, "busiType {t}");
    }
    // The seed's examples print `data` as an object: accepted too.
    let data: serde_json::Value = serde_json::from_str(&fixture(M, "busi.1.data.json")).unwrap();
    let body = serde_json::to_vec(&serde_json::json!({"busiType": 1, "data": data})).unwrap();
    assert!(matches!(
        parse_callback(&body).unwrap(),
        Callback::Business(BusinessRecord::SecurityRecognition(_))
    ));
    // An unknown busiType is kept.
    let other = parse_callback(br#"{"busiType":"99","data":{"a":1}}"#).unwrap();
    assert!(matches!(
        other,
        Callback::Business(BusinessRecord::Other { busi_type: 99, .. })
    ));
}

#[test]
fn malformed_bodies_are_typed_errors() {
    assert!(matches!(
        parse_callback(b"not json"),
        Err(CallbackError::InvalidJson(_))
    ));
    assert!(matches!(
        parse_callback(b"[1,2]"),
        Err(CallbackError::NotAnObject)
    ));
    assert!(matches!(
        parse_callback(br#"{"hello":1}"#),
        Err(CallbackError::Unrecognized { .. })
    ));
    assert!(matches!(
        parse_callback(br#"{"busiType":"5","data":{"passTime":"yesterday"}}"#),
        Err(CallbackError::InvalidPayload { .. })
    ));
    assert!(matches!(
        parse_callback(br#"{"busiType":"1","data":"{not json"}"#),
        Err(CallbackError::InvalidPayload { .. })
    ));
}
