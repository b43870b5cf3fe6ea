//! Round trips of the 通用模块 and 运维管理 examples printed in the seed.
mod common;
use common::*;
use hongtu_client::api::maintenance::*;
use hongtu_client::api::person::UploadedImage;

#[test]
fn file_upload_answer() {
    let resp: UploadedImage = data("misc", "misc.file.upload.response.json");
    assert!(resp.uri.is_some());
}

#[test]
fn appliance_info() {
    let info = response::<ApplianceInfoQuery>("maintenance", "device.info.response.json");
    assert_eq!(info.model, "MegCube-HAL3004-4S2");
    assert_eq!(info.version, "V1.0.2.0");
}
