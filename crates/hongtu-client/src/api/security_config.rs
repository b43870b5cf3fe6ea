//! 安全参数配置 — system security parameters: how faces are distributed to devices
//! (hongtu-aiot-openapi.txt, module 安全参数配置 1.1–1.2).

use serde::{Deserialize, Serialize};

use crate::dict::FaceConfigStatus;

/// 保存人脸下发方式配置参数 — set the face distribution mode
/// (`POST /v1/api/global/sys/config/saveFaceConfigInfo`, 安全参数配置 1.1).
///
/// A global setting — use with care: switching from image to feature distribution
/// starts a feature-extraction task and resynchronises every supporting device (slow;
/// devices are unavailable meanwhile); switching back clears and resynchronises them.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct SaveFaceConfig {
    /// 人脸下发方式 (`faceConfigStatus`) — required (数据字典 1.1.1).
    pub face_config_status: FaceConfigStatus,
}

client_core::endpoint!(SaveFaceConfig => FaceConfig, POST "/v1/api/global/sys/config/saveFaceConfigInfo", write);

/// 查询人脸下发方式配置参数 — read the face distribution mode (default image)
/// (`POST /v1/api/global/sys/config/queryFaceConfigInfo`, body `{}`, 安全参数配置 1.2).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct QueryFaceConfig {}

client_core::endpoint!(QueryFaceConfig => FaceConfig, POST "/v1/api/global/sys/config/queryFaceConfigInfo", read);

/// The face distribution setting (安全参数配置 1.1.3, 1.2.3).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct FaceConfig {
    /// 人脸下发方式 (`faceConfigStatus`) — 数据字典 1.1.1.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub face_config_status: Option<FaceConfigStatus>,
}
