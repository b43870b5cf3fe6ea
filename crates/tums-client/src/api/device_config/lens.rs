//! Lens mask, mirror and rotation — 1.4.4.2.7–1.4.4.2.10 (2026 edition, 视频设置).

use serde::{Deserialize, Serialize};

client_core::int_enum! {
    /// 镜头镜像状态 — lens mirror state (1.4.4.2.9/10 flip).
    pub enum LensFlip {
        /// 0 — 关闭, off.
        Off = 0,
        /// 1 — 左右, mirrored left–right.
        LeftRight = 1,
        /// 2 — 上下, mirrored up–down.
        UpDown = 2,
        /// 3 — 中心, mirrored through the centre.
        Center = 3,
    }
}

client_core::int_enum! {
    /// 画面旋转状态 — picture rotation (1.4.4.2.9/10 rotate).
    pub enum LensRotate {
        /// 0 — 关闭, no rotation.
        Off = 0,
        /// 1 — 逆时针180度, 180° counter-clockwise.
        Ccw180 = 1,
        /// 2 — 顺时针90度, 90° clockwise.
        Cw90 = 2,
        /// 3 — 逆时针90度, 90° counter-clockwise.
        Ccw90 = 3,
    }
}

device_request! {
    /// 获取镜头遮蔽状态 — read whether the lens is masked (privacy mode) (1.4.4.2.7).
    pub struct GetMaskInfo ("1.4.4.2.7", channel: required) {}
}

target_ctors!(GetMaskInfo, required);

impl GetMaskInfo {
    fn check(&self, path: &str) -> Result<(), client_core::Error> {
        self.check_target(path)
    }
}

client_core::endpoint!(GetMaskInfo => MaskInfo, POST "/vms/open/deviceConfig/v1/getMaskInfo", read, validate);

/// 镜头遮蔽状态 — result of 1.4.4.2.7.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct MaskInfo {
    /// enabled — 是否开启镜头遮蔽: `true` the lens is masked (1.4.4.2.7).
    #[serde(
        default,
        with = "client_core::lenient::opt_bool",
        skip_serializing_if = "Option::is_none"
    )]
    pub enabled: Option<bool>,
}

device_request! {
    /// 设置镜头遮蔽状态 — mask or unmask the lens (1.4.4.2.8).
    pub struct SetMaskInfo ("1.4.4.2.8", channel: required) {
        /// enabled — 是否开启镜头遮蔽: `true` masks the lens. Required (1.4.4.2.8).
        #[serde(with = "client_core::lenient::bool")]
        pub enabled: bool,
    }
}

impl SetMaskInfo {
    fn check(&self, path: &str) -> Result<(), client_core::Error> {
        self.check_target(path)
    }
}

client_core::endpoint!(SetMaskInfo => client_core::Ack, POST "/vms/open/deviceConfig/v1/setMaskInfo", write, validate);

device_request! {
    /// 获取镜头镜像、画面旋转状态 — read the mirror and rotation state (1.4.4.2.9).
    pub struct GetSwitchType ("1.4.4.2.9", channel: required) {}
}

target_ctors!(GetSwitchType, required);

impl GetSwitchType {
    fn check(&self, path: &str) -> Result<(), client_core::Error> {
        self.check_target(path)
    }
}

client_core::endpoint!(GetSwitchType => SwitchType, POST "/vms/open/deviceConfig/v1/getSwitchType", read, validate);

/// 镜头镜像、画面旋转状态 — result of 1.4.4.2.9.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct SwitchType {
    /// flip — 镜头镜像状态 (1.4.4.2.9).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub flip: Option<LensFlip>,
    /// rotate — 画面旋转状态 (1.4.4.2.9; the example spells it `rorate`, accepted).
    #[serde(default, alias = "rorate", skip_serializing_if = "Option::is_none")]
    pub rotate: Option<LensRotate>,
}

device_request! {
    /// 设置镜头镜像、画面旋转状态 — set the mirror and/or rotation state (1.4.4.2.10).
    pub struct SetSwitchType ("1.4.4.2.10", channel: required) {
        /// flip — 镜头镜像状态, 0–3. Optional (1.4.4.2.10).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub flip: Option<LensFlip>,
        /// rotate — 画面旋转状态, 0–3. Optional (1.4.4.2.10; the example spells it
        /// `rorate`, accepted on input).
        #[serde(default, alias = "rorate", skip_serializing_if = "Option::is_none")]
        pub rotate: Option<LensRotate>,
    }
}

impl SetSwitchType {
    fn check(&self, path: &str) -> Result<(), client_core::Error> {
        self.check_target(path)?;
        if let Some(f) = self.flip {
            crate::api::check::range(path, "flip", f.code(), 0, 3)?;
        }
        if let Some(r) = self.rotate {
            crate::api::check::range(path, "rotate", r.code(), 0, 3)?;
        }
        Ok(())
    }
}

client_core::endpoint!(SetSwitchType => client_core::Ack, POST "/vms/open/deviceConfig/v1/setSwitchType", write, validate);
