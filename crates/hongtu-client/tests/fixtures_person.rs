//! Round trips of the 人员管理 examples printed in the seed.
mod common;
use client_core::Endpoint;
use common::*;
use hongtu_client::api::person::*;
use hongtu_client::dict::{PersonType, Sex};

const M: &str = "person";

#[test]
fn uploads_answer_a_uri() {
    for name in [
        "person.uploadImage.response.json",
        "person.config.uploadImage.response.json",
    ] {
        let resp: UploadedImage = data(M, name);
        assert_eq!(
            resp.uri.unwrap().as_str(),
            "_ZzEwMF9mb3JldmVyQnVja2V0_9a00bafda96b4829a9ff6cd470b1c675"
        );
    }
    let hongtu_client::Ack = data::<hongtu_client::Ack>(M, "misc.file.qualityJudge.response.json");
}

#[test]
fn batch_add() {
    let req: BatchAddPersons = request(M, "person.batchAdd.request.json");
    let p = &req.person_list[0];
    assert_eq!(p.person_type, Some(PersonType::Employee));
    assert_eq!(p.position.as_deref(), Some("海龙"));
    assert_eq!(p.entry_time.unwrap().timestamp_millis(), 1622535057000);
    assert_eq!(p.password.as_ref().unwrap().expose(), "255075");
    assert!(
        !format!("{p:?}").contains("255075"),
        "password must not reach Debug"
    );
    let resp = response::<BatchAddPersons>(M, "person.batchAdd.response.json");
    assert_eq!(resp.successes[0].staff_code.as_deref(), Some("877849"));
    assert_eq!(resp.successes[0].uuid.as_deref(), Some("ngtwr"));
}

#[test]
fn batch_delete() {
    let req: BatchDeletePersons = request(M, "person.batchDelete.request.json");
    assert_eq!(req.uuid_list.len(), 2);
    let resp = response::<BatchDeletePersons>(M, "person.batchDelete.response.json");
    assert_eq!(resp.successes.len(), 2);
    assert!(resp.failures.is_empty());
}

#[test]
fn update() {
    let req: UpdatePerson = request(M, "person.update.request.json");
    assert_eq!(
        req.0.uuid.as_deref(),
        Some("363227b5360f4a29b28d0a9543c14914")
    );
    let hongtu_client::Ack = response::<UpdatePerson>(M, "person.update.response.json");
    let mut bad = req.clone();
    bad.0.uuid = None;
    assert!(bad.validate().is_err());
}

#[test]
fn list() {
    let req: PersonList = request(M, "person.list.request.json");
    assert_eq!(req.person_type, Some(PersonType::Employee));
    let resp = response::<PersonList>(M, "person.list.response.json");
    assert_eq!(resp.total, 1);
    let p = &resp.list[0];
    assert_eq!(p.sex, Some(Sex::Unspecified));
    assert_eq!(p.has_pass_record, Some(false));
    assert_eq!(
        p.group_list.as_ref().unwrap()[0].name.as_deref(),
        Some("员工默认组")
    );
}

#[test]
fn uuid_list_query_visitor_code_switch() {
    let _: PersonsByUuid = request(M, "person.uuid.list.request.json");
    let list = response::<PersonsByUuid>(M, "person.uuid.list.response.json");
    assert_eq!(
        list[0].entry_time.unwrap().timestamp_millis(),
        1626204061000
    );
    let _: PersonQuery = request(M, "person.query.request.json");
    let p = response::<PersonQuery>(M, "person.query.response.json");
    assert_eq!(p.birthday.unwrap().timestamp_millis(), 1591113600000);
    let _: VisitorCode = request(M, "person.visitorCode.request.json");
    let qr = response::<VisitorCode>(M, "person.visitorCode.response.json");
    assert_eq!(qr.expire_minutes, Some(10));
    let on = response::<PersonUuidSwitch>(M, "person.personUuidSwitch.response.json");
    assert_eq!(on.enabled, Some(true));
    let off = response::<PersonUuidSwitch>(M, "person.personUuidSwitch.off.response.json");
    assert_eq!(off.enabled, Some(false));
}

#[test]
fn validation_catches_documented_limits() {
    let mut req: BatchAddPersons = request(M, "person.batchAdd.request.json");
    req.person_list[0].name = Some("x".repeat(41));
    assert!(req.validate().is_err());
    let mut req: BatchAddPersons = request(M, "person.batchAdd.request.json");
    req.person_list[0].phone = Some("12ab".into());
    assert!(req.validate().is_err());
    let mut req: BatchAddPersons = request(M, "person.batchAdd.request.json");
    req.person_list[0].person_type = Some(PersonType::Visitor);
    assert!(
        req.validate().is_err(),
        "a visitor needs visit times and visitedUuid"
    );
    assert!(BatchAddPersons::default().validate().is_err());
}
