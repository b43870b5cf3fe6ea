//! Round trips of the 安全参数配置 examples printed in the seed.
mod common;
use common::*;
use hongtu_client::api::security_config::*;
use hongtu_client::dict::FaceConfigStatus;

const M: &str = "security_config";

#[test]
fn save_face_config() {
    let req: SaveFaceConfig = request(M, "global.sys.config.saveFaceConfigInfo.request.json");
    assert_eq!(req.face_config_status, FaceConfigStatus::Feature);
    let resp = response::<SaveFaceConfig>(M, "global.sys.config.saveFaceConfigInfo.response.json");
    assert_eq!(resp.face_config_status, Some(FaceConfigStatus::Feature));
}

#[test]
fn query_face_config() {
    let req: QueryFaceConfig = request(M, "global.sys.config.queryFaceConfigInfo.request.json");
    assert_eq!(serde_json::to_string(&req).unwrap(), "{}");
    let resp =
        response::<QueryFaceConfig>(M, "global.sys.config.queryFaceConfigInfo.response.json");
    assert_eq!(resp.face_config_status, Some(FaceConfigStatus::Feature));
}
