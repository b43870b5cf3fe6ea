//! Image settings and supplement lamps — 1.4.4.7–1.4.4.9.

use client_core::Error;
use serde::{Deserialize, Serialize};

use crate::api::check;

client_core::str_enum! {
    /// 镜像类型 — image flip (1.4.4.8/9 flip).
    pub enum Flip {
        /// left_and_right — 左右, mirrored left–right.
        LeftAndRight = "left_and_right",
        /// up_and_down — 上下, flipped up–down.
        UpAndDown = "up_and_down",
        /// center — 中心, rotated about the centre.
        Center = "center",
        /// off — 关闭, no flip.
        Off = "off",
    }
}

client_core::str_enum! {
    /// 夜间照明模式 — night-vision lighting mode (1.4.4.7 nightVisionModeRange, 1.4.4.8/9 nightVisionMode).
    pub enum NightVisionMode {
        /// inf_night_vision — 红外夜视: infrared only, white lamp always off.
        Infrared = "inf_night_vision",
        /// md_night_vision — 移动侦测全彩: infrared, switching to white light while motion is detected.
        MotionColor = "md_night_vision",
        /// wtl_night_vision — 夜视全彩: white light all night.
        WhiteLight = "wtl_night_vision",
        /// auto — the IPC chooses the lamps from the scene and lens.
        Auto = "auto",
        /// lsr_night_vision — 激光夜视: laser lamp only.
        Laser = "lsr_night_vision",
    }
}

client_core::str_enum! {
    /// 补光灯类型 — supplement lamp type (1.4.4.7 supplemnetLampTypeList).
    pub enum SupplementLampType {
        /// infrared_lamp — 红外灯, infrared lamp.
        Infrared = "infrared_lamp",
        /// white_lamp — 白光灯, white lamp.
        White = "white_lamp",
        /// laser_lamp — 激光灯, laser lamp.
        Laser = "laser_lamp",
    }
}

client_core::str_enum! {
    /// 激光补光模式 — laser lamp mode (1.4.4.7 laserTypeList, 1.4.4.8/9 laser.laserType).
    pub enum LaserType {
        /// manual — 手动: intensity and angle set by the user.
        Manual = "manual",
        /// zoom_prio — 倍率优先: intensity set by the user, angle follows the zoom.
        ZoomPriority = "zoom_prio",
        /// smart — 智能激光: intensity by the algorithm, angle follows the zoom.
        Smart = "smart",
        /// off — 常关: laser off.
        Off = "off",
    }
}

client_core::str_enum! {
    /// 防白光过曝类型 — white-light anti-overexposure mode (1.4.4.8/9 whiteLamp.smartWhiteLampType).
    pub enum SmartWhiteLampType {
        /// auto_wtl — 智能白光-标准, smart, standard.
        Auto = "auto_wtl",
        /// auto_wtl_ae — 智能白光-柔和, smart, soft.
        AutoSoft = "auto_wtl_ae",
        /// manual — 手动, manual level.
        Manual = "manual",
    }
}

client_core::str_enum! {
    /// 防红外过曝类型 — infrared anti-overexposure mode (1.4.4.8/9 infrared.smartInfraredType).
    pub enum SmartInfraredType {
        /// auto_ir — 自动-标准模式: adjusts the IR lamp brightness only.
        Auto = "auto_ir",
        /// auto_ir_ae — 自动-增强模式: adjusts IR brightness and exposure.
        AutoEnhanced = "auto_ir_ae",
        /// manual — 手动, manual level.
        Manual = "manual",
    }
}

// ---------------------------------------------------------------------------------
// 1.4.4.7

device_request! {
    /// 获取IPC设备补光能力集 — get an IPC's supplement-lamp capability (1.4.4.7). NVR
    /// channels return fewer fields than directly bound IPCs.
    pub struct GetDeviceSupplementLampCapability ("1.4.4.7", channel: required) {}
}

target_ctors!(GetDeviceSupplementLampCapability, required);

impl GetDeviceSupplementLampCapability {
    fn check(&self, path: &str) -> Result<(), client_core::Error> {
        self.check_target(path)
    }
}

client_core::endpoint!(GetDeviceSupplementLampCapability => SupplementLampCapability, POST "/vms/open/deviceConfig/v1/getDeviceSupplementLampCapability", read, validate);

/// 补光能力集 — supplement-lamp capability (result of 1.4.4.7).
///
/// The table and the example spell three keys differently; the table's spelling is
/// sent and both are accepted.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct SupplementLampCapability {
    /// 支持的补光灯类型列表 — supported lamp types. Table key `supplemnetLampTypeList`
    /// (sic), example key `supplementLampTypeList` (1.4.4.7).
    #[serde(
        rename = "supplemnetLampTypeList",
        alias = "supplementLampTypeList",
        default
    )]
    pub supplement_lamp_type_list: Vec<SupplementLampType>,
    /// 夜间照明模式的取值区间 — supported night-vision modes. Example key
    /// `nightVisonModeRange` (sic) (1.4.4.7).
    #[serde(alias = "nightVisonModeRange", default)]
    pub night_vision_mode_range: Vec<NightVisionMode>,
    /// 支持的激光补光模式 — supported laser modes (1.4.4.7).
    #[serde(default)]
    pub laser_type_list: Vec<LaserType>,
    /// 是否支持防白光过曝 — white-light anti-overexposure supported (1.4.4.7).
    #[serde(
        default,
        with = "client_core::lenient::opt_bool",
        skip_serializing_if = "Option::is_none"
    )]
    pub smart_white_lamp_support: Option<bool>,
    /// 是否支持防白光过曝数字等级 — digital (percent) white-light level supported. Example
    /// key `smartWhiteLampDigitalSupport` (1.4.4.7).
    #[serde(
        alias = "smartWhiteLampDigitalSupport",
        default,
        with = "client_core::lenient::opt_bool",
        skip_serializing_if = "Option::is_none"
    )]
    pub smart_white_lamp_digital_level_support: Option<bool>,
    /// 是否支持防红外过曝 — infrared anti-overexposure supported; when `false` the next
    /// two fields do not apply (1.4.4.7).
    #[serde(
        default,
        with = "client_core::lenient::opt_bool",
        skip_serializing_if = "Option::is_none"
    )]
    pub infrared_support: Option<bool>,
    /// 是否支持智能防红外过曝 — smart infrared anti-overexposure supported (1.4.4.7).
    #[serde(
        default,
        with = "client_core::lenient::opt_bool",
        skip_serializing_if = "Option::is_none"
    )]
    pub smart_infrared_support: Option<bool>,
    /// 是否支持红外灯亮度调节 — IR lamp brightness adjustable; used when
    /// `smart_infrared_support` is false (1.4.4.7).
    #[serde(
        default,
        with = "client_core::lenient::opt_bool",
        skip_serializing_if = "Option::is_none"
    )]
    pub infrared_led_support: Option<bool>,
}

// ---------------------------------------------------------------------------------
// 1.4.4.8

device_request! {
    /// 获取IPC设备基本画面显示配置 — get an IPC's basic image settings (1.4.4.8).
    pub struct GetDeviceImage ("1.4.4.8", channel: required) {}
}

target_ctors!(GetDeviceImage, required);

impl GetDeviceImage {
    fn check(&self, path: &str) -> Result<(), client_core::Error> {
        self.check_target(path)
    }
}

client_core::endpoint!(GetDeviceImage => ImageSettings, POST "/vms/open/deviceConfig/v1/getDeviceImage", read, validate);

/// 基本画面显示配置 — basic image settings (result of 1.4.4.8; every member may be sent
/// with 1.4.4.9 through [`ModifyDeviceImage::settings`]).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ImageSettings {
    /// 镜像类型 — flip (1.4.4.8/9).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub flip: Option<Flip>,
    /// 亮度 — brightness, `[0, 100]` (1.4.4.8/9).
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub luma: Option<i64>,
    /// 对比度 — contrast, `[0, 100]` (1.4.4.8/9).
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub contrast: Option<i64>,
    /// 饱和度 — saturation, `[0, 100]` (1.4.4.8/9).
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub saturation: Option<i64>,
    /// 锐度 — sharpness, `[0, 100]` (1.4.4.8/9).
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub sharpness: Option<i64>,
    /// 夜间照明模式 — night-vision mode (1.4.4.8/9).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub night_vision_mode: Option<NightVisionMode>,
    /// whiteLamp — 白光灯 anti-overexposure; applies in white-light / motion-colour modes (1.4.4.8/9).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub white_lamp: Option<WhiteLamp>,
    /// infrared — 红外灯 anti-overexposure; applies in infrared / motion-colour modes (1.4.4.8/9).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub infrared: Option<Infrared>,
    /// laser — 激光灯 settings; apply in laser night vision (1.4.4.8/9).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub laser: Option<Laser>,
}

impl ImageSettings {
    fn check(&self, path: &str) -> Result<(), Error> {
        check::opt_range(path, "luma", self.luma, 0, 100)?;
        check::opt_range(path, "contrast", self.contrast, 0, 100)?;
        check::opt_range(path, "saturation", self.saturation, 0, 100)?;
        check::opt_range(path, "sharpness", self.sharpness, 0, 100)?;
        if let Some(w) = &self.white_lamp {
            check::opt_range(
                path,
                "whiteLamp.smartWhiteLampLevel",
                w.smart_white_lamp_level,
                1,
                5,
            )?;
            check::opt_range(
                path,
                "whiteLamp.smartWhiteLampDigitalLevel",
                w.smart_white_lamp_digital_level,
                0,
                100,
            )?;
        }
        if let Some(i) = &self.infrared {
            check::opt_range(
                path,
                "infrared.smartInfraredLevel",
                i.smart_infrared_level,
                0,
                100,
            )?;
        }
        if let Some(l) = &self.laser {
            check::opt_range(path, "laser.laserIntensity", l.laser_intensity, 0, 100)?;
            check::opt_range(path, "laser.laserAngle", l.laser_angle, 0, 100)?;
        }
        Ok(())
    }
}

/// 白光灯 — white-lamp anti-overexposure (1.4.4.8/9 whiteLamp).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct WhiteLamp {
    /// 防白光过曝类型 — mode; applies in white-light / motion-colour night vision (1.4.4.8/9).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub smart_white_lamp_type: Option<SmartWhiteLampType>,
    /// 防白光过曝等级 — level `[1, 5]`, applies in manual mode (1.4.4.8/9).
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub smart_white_lamp_level: Option<i64>,
    /// 防白光过曝数字等级 — level in percent `[0, 100]`, manual mode and when the
    /// capability supports it; when sent, it overrides `smart_white_lamp_level` (1.4.4.8/9).
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub smart_white_lamp_digital_level: Option<i64>,
}

/// 红外灯 — infrared anti-overexposure (1.4.4.8/9 infrared).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Infrared {
    /// 防红外过曝类型 — mode; applies in infrared / motion-colour night vision (1.4.4.8/9).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub smart_infrared_type: Option<SmartInfraredType>,
    /// 防红外过曝等级 — level `[0, 100]`, applies in manual mode (1.4.4.8/9).
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub smart_infrared_level: Option<i64>,
}

/// 激光灯 — laser lamp settings (1.4.4.8/9 laser).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Laser {
    /// 激光灯类型 — laser mode; applies in laser night vision (1.4.4.8/9).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub laser_type: Option<LaserType>,
    /// 激光灯强度 — intensity `[0, 100]`, in manual or zoom-priority mode (1.4.4.8/9).
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub laser_intensity: Option<i64>,
    /// 激光灯出光角度 — beam angle `[0, 100]`, in manual mode (1.4.4.8/9).
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub laser_angle: Option<i64>,
}

// ---------------------------------------------------------------------------------
// 1.4.4.9

device_request! {
    /// 配置IPC设备基本画面显示 — modify an IPC's basic image settings (1.4.4.9). NVR
    /// channels accept only flip, brightness, contrast, saturation, sharpness and the
    /// night-vision mode (not the anti-overexposure levels).
    pub struct ModifyDeviceImage ("1.4.4.9", channel: required) {
        /// The settings to change, flattened into the request body (every member
        /// optional, ranges as documented on [`ImageSettings`]) (1.4.4.9).
        #[serde(flatten)]
        pub settings: ImageSettings,
    }
}

impl ModifyDeviceImage {
    fn check(&self, path: &str) -> Result<(), client_core::Error> {
        self.check_target(path)?;
        self.settings.check(path)
    }
}

client_core::endpoint!(ModifyDeviceImage => client_core::Ack, POST "/vms/open/deviceConfig/v1/modifyDeviceImage", write, validate);
