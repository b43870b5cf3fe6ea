//! Round trips of the 通用模块 examples printed in the seed.
mod common;
use common::*;
use hongtu_client::api::person::UploadedImage;

#[test]
fn file_upload_answer() {
    let resp: UploadedImage = data("misc", "misc.file.upload.response.json");
    assert_eq!(
        resp.uri.unwrap().as_str(),
        "_ZzEwMF9mb3JldmVyQnVja2V0_9a00bafda96b4829a9ff6cd470b1c675"
    );
}
