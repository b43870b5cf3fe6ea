//! Round trips of the 通行记录 (pass records) examples printed in the seed.

mod common;
use common::by_path::{request, response};

use hongtu_client::api::pass_record::*;
use hongtu_client::dict::{PassType, RecognitionType, VerificationMode};

#[test]
fn list() {
    let req: ListPassRecords = request("pass_record/pass_record.list.request.json");
    assert_eq!(req.page_size, Some(10));
    let page = response::<ListPassRecords>("pass_record/pass_record.list.response.json");
    let r = &page.list[0];
    assert_eq!(r.pass_type, Some(PassType::Passed));
    assert_eq!(r.recognition_type, Some(RecognitionType::Employee));
    assert_eq!(r.verification_mode, Some(VerificationMode::Face));
    assert_eq!(r.pass_timestamp.unwrap().timestamp_millis(), 1629662018000);
    assert_eq!(r.uuid.as_deref(), Some("44467"));
    assert_eq!(r.temperature, Some(0.0));
}
