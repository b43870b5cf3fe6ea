//! Round trips of every request and response example of chapter 1.4.19 云门禁 of the
//! 2026-08-31 edition (fixtures/tums/access_control/), plus the chapter's own checks.

#[macro_use]
mod common;

use tums_client::api::access_control::*;
#[allow(unused_imports)]
use tums_client::envelope::Envelope;

fn fixture(name: &str) -> String {
    common::fixture("access_control", name)
}

pair!(operate_door, OperateDoor, "operateDoor");
pair!(
    get_ams_device_extend_info,
    GetAmsDeviceExtendInfo,
    "getAmsDeviceExtendInfo"
);
