//! 1.4.4 设备配置 — device configuration (tums-open-api.txt 1.4.4.1–1.4.4.33).
//!
//! Every endpoint of the chapter as a typed request implementing
//! [`client_core::Endpoint`]; all are `POST` with a JSON body:
//!
//! | area | endpoints |
//! |---|---|
//! | OSD (on-screen display) | [`GetDeviceOsdCapability`], [`GetDeviceOsdInfo`], [`ModifyDeviceOsdInfo`] |
//! | OSD digital watermark | [`ModifyDeviceOsdWatermarkBasicInfo`], [`AddDeviceOsdWatermarkDynamicLabelInfo`], [`ModifyDeviceOsdWatermarkSolidLabelInfo`], [`ClearDeviceOsdWatermarkInfo`] |
//! | time and reboot | [`ManualTiming`], [`GetDeviceTimingReboot`], [`ModifyDeviceTimingReboot`], [`GetDeviceTimingInfo`], [`ModifyDeviceTimingInfo`] |
//! | image and supplement lamps | [`GetDeviceSupplementLampCapability`], [`GetDeviceImage`], [`ModifyDeviceImage`] |
//! | SD card and recording | [`GetDeviceSdCardInfo`], [`FormatDeviceSdCard`], [`GetDeviceRecordLoopInfo`], [`ModifyDeviceRecordLoopInfo`] |
//! | video streams | [`GetDeviceVideoCapability`], [`GetDeviceVideoInfo`], [`ModifyDeviceVideoInfo`] |
//! | solar power (`/evcs/`) | [`QuerySolarPower`], [`QuerySolarSupplyTime`], [`SetSolarSupplyTime`], [`SolarLoadReset`], [`GetMetricValue`], [`GetAggregatedMetricValue`] |
//! | PTZ | [`GetDeviceZoomSupport`], [`GetPtzDeviceResetSupport`], [`ResetPtzDevicePosition`] |
//! | NVR channel push | [`GetNvrChannelsMessagePushInfo`], [`ModifyNvrChannelsMessagePushInfo`] |
//!
//! Every request names its device with `qr_code` and/or `mac` (at least one; `qrCode`
//! wins when both are sent) and, for video child devices, a 1-based `channel_id`.
//! `validate()` checks that and every documented range before anything is sent.
//! Unless stated otherwise the endpoints need the target device to be in trial or paid
//! use (试用中/付费使用中), and both device-type and project-type applications may call
//! them.
//!
//! ```
//! use client_core::Endpoint;
//! use tums_client::api::device_config::{ModifyDeviceOsdWatermarkBasicInfo, WatermarkColor};
//!
//! let req = ModifyDeviceOsdWatermarkBasicInfo {
//!     qr_code: Some("HGD6784KOFV895J08".into()),
//!     mac: None,
//!     channel_id: 1,
//!     max_label_number: Some(10),
//!     max_solid_sequence: Some(2),
//!     color: Some(WatermarkColor::Red),
//!     font_size: None,
//! };
//! assert!(req.validate().is_ok());
//! assert_eq!(ModifyDeviceOsdWatermarkBasicInfo::PATH,
//!            "/vms/open/deviceConfig/v1/modifyDeviceOsdWatermarkBasicInfo");
//! let bad = ModifyDeviceOsdWatermarkBasicInfo { max_label_number: Some(17), ..req };
//! assert!(bad.validate().is_err());
//!
//! // Requests that carry only the device have constructors:
//! use tums_client::api::device_config::{GetDeviceImage, GetDeviceTimingInfo, QuerySolarPower};
//! let image = GetDeviceImage::qr_code("HGD6784KOFV895J08", 1);
//! assert_eq!(image.encode().unwrap().body.unwrap(), r#"{"qrCode":"HGD6784KOFV895J08","channelId":1}"#);
//! let nvr_channel = GetDeviceTimingInfo::mac("00-FF-00-17-00-18").channel(3);
//! assert_eq!(nvr_channel.channel_id, Some(3));
//! assert!(QuerySolarPower::qr_code("HGD6784KOFV895J08").validate().is_ok());
//! ```

/// Declares a request struct whose first fields are the device locator of the seed
/// (`qrCode`, `mac` and, per endpoint, a required, optional or absent `channelId`),
/// and a `check_target` method validating them.
macro_rules! device_request {
    (@common $(#[$meta:meta])* $name:ident, $sec:literal, { $($channel:tt)* }, { $($fields:tt)* }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
        #[serde(rename_all = "camelCase")]
        pub struct $name {
            #[doc = concat!(
                "设备码 — the device's 17-character code: characters 4–20 of the `TP…` string on ",
                "the label or QR code (`TP116E0091709B04C926B00` → `16E0091709B04C926`). ",
                "Optional, but `qr_code` or `mac` is required; `qrCode` wins when both are sent (", $sec, ")."
            )]
            #[serde(default, skip_serializing_if = "Option::is_none")]
            pub qr_code: Option<String>,
            #[doc = concat!(
                "设备MAC地址 — device MAC, upper-case and dash-separated (`00-FF-00-17-00-18`). ",
                "Optional, but `qr_code` or `mac` is required (", $sec, ")."
            )]
            #[serde(default, skip_serializing_if = "Option::is_none")]
            pub mac: Option<String>,
            $($channel)*
            $($fields)*
        }
    };
    ($(#[$meta:meta])* pub struct $name:ident ($sec:literal, channel: required) { $($fields:tt)* }) => {
        device_request!(@common $(#[$meta])* $name, $sec, {
            #[doc = concat!(
                "通道编号 — channel of the video child device, from 1: always 1 for an IPC bound ",
                "directly, the lens number of a multi-lens IPC, the NVR channel of an IPC added to ",
                "an NVR. Required (", $sec, ")."
            )]
            #[serde(with = "client_core::lenient::int")]
            pub channel_id: i64,
        }, { $($fields)* });
        impl $name {
            /// Checks the device locator: `qrCode` or `mac` present, `channelId` ≥ 1.
            fn check_target(&self, path: &str) -> Result<(), client_core::Error> {
                $crate::api::check::any_locator(path, &self.qr_code, &self.mac)?;
                $crate::api::check::channel(path, "channelId", self.channel_id)
            }
        }
    };
    ($(#[$meta:meta])* pub struct $name:ident ($sec:literal, channel: optional) { $($fields:tt)* }) => {
        device_request!(@common $(#[$meta])* $name, $sec, {
            #[doc = concat!(
                "通道编号 — channel of the video child device, from 1 (1 for an IPC bound directly, ",
                "the NVR channel of an IPC added to an NVR). Optional: when set, `qr_code`/`mac` ",
                "name the parent and the child is the target; when absent, `qr_code`/`mac` name ",
                "the target itself (", $sec, ")."
            )]
            #[serde(default, with = "client_core::lenient::opt_int", skip_serializing_if = "Option::is_none")]
            pub channel_id: Option<i64>,
        }, { $($fields)* });
        impl $name {
            /// Checks the device locator: `qrCode` or `mac` present, `channelId` ≥ 1 if set.
            fn check_target(&self, path: &str) -> Result<(), client_core::Error> {
                $crate::api::check::any_locator(path, &self.qr_code, &self.mac)?;
                $crate::api::check::opt_channel(path, "channelId", self.channel_id)
            }
        }
    };
    ($(#[$meta:meta])* pub struct $name:ident ($sec:literal, channel: none) { $($fields:tt)* }) => {
        device_request!(@common $(#[$meta])* $name, $sec, {}, { $($fields)* });
        impl $name {
            /// Checks the device locator: `qrCode` or `mac` present.
            fn check_target(&self, path: &str) -> Result<(), client_core::Error> {
                $crate::api::check::any_locator(path, &self.qr_code, &self.mac)
            }
        }
    };
}

/// Constructors naming the device by code or by MAC, for requests whose only fields
/// are the locator.
macro_rules! target_ctors {
    ($name:ident, required) => {
        impl $name {
            /// The device with this 17-character code, channel `channel_id` (1 for an
            /// IPC bound directly).
            pub fn qr_code(qr_code: impl Into<String>, channel_id: i64) -> Self {
                Self {
                    qr_code: Some(qr_code.into()),
                    mac: None,
                    channel_id,
                }
            }

            /// The device with this MAC (`00-FF-00-17-00-18`), channel `channel_id`.
            pub fn mac(mac: impl Into<String>, channel_id: i64) -> Self {
                Self {
                    qr_code: None,
                    mac: Some(mac.into()),
                    channel_id,
                }
            }
        }
    };
    ($name:ident, optional) => {
        impl $name {
            /// The device with this 17-character code itself (no channel).
            pub fn qr_code(qr_code: impl Into<String>) -> Self {
                Self {
                    qr_code: Some(qr_code.into()),
                    mac: None,
                    channel_id: None,
                }
            }

            /// The device with this MAC (`00-FF-00-17-00-18`) itself (no channel).
            pub fn mac(mac: impl Into<String>) -> Self {
                Self {
                    qr_code: None,
                    mac: Some(mac.into()),
                    channel_id: None,
                }
            }

            /// Targets channel `channel_id` of the device instead (the device is then the
            /// parent, e.g. an NVR).
            pub fn channel(mut self, channel_id: i64) -> Self {
                self.channel_id = Some(channel_id);
                self
            }
        }
    };
    ($name:ident, none) => {
        impl $name {
            /// The device with this 17-character code.
            pub fn qr_code(qr_code: impl Into<String>) -> Self {
                Self {
                    qr_code: Some(qr_code.into()),
                    mac: None,
                }
            }

            /// The device with this MAC (`00-FF-00-17-00-18`).
            pub fn mac(mac: impl Into<String>) -> Self {
                Self {
                    qr_code: None,
                    mac: Some(mac.into()),
                }
            }
        }
    };
}

pub(crate) mod wire;

mod image;
mod osd;
mod ptz;
mod push;
mod solar;
mod storage;
mod time;
mod video;

pub use image::*;
pub use osd::*;
pub use ptz::*;
pub use push::*;
pub use solar::*;
pub use storage::*;
pub use time::*;
pub use video::*;

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::{TimeZone, Utc};
    use client_core::Endpoint;

    fn qr() -> Option<String> {
        Some("HGD6784KOFV895J08".into())
    }

    fn rejects<E: Endpoint>(req: &E, needle: &str) {
        match req.validate() {
            Err(client_core::Error::InvalidRequest { path, message }) => {
                assert_eq!(path, E::PATH);
                assert!(
                    message.contains(needle),
                    "{message:?} does not mention {needle:?}"
                );
            }
            other => panic!("expected InvalidRequest mentioning {needle:?}, got {other:?}"),
        }
    }

    #[test]
    fn paths_methods_and_idempotence() {
        assert_eq!(
            GetDeviceOsdCapability::PATH,
            "/vms/open/deviceConfig/v1/getDeviceOsdCapability"
        );
        assert_eq!(
            QuerySolarPower::PATH,
            "/evcs/open/chargingDeviceManager/v1/querySolarPower"
        );
        assert_eq!(
            GetAggregatedMetricValue::PATH,
            "/evcs/open/chargingDeviceManager/v1/getAggregatedMetricValue"
        );
        assert_eq!(ResetPtzDevicePosition::METHOD, http::Method::POST);
        assert_eq!(GetDeviceImage::BODY, client_core::BodyKind::Json);
        const { assert!(GetDeviceImage::IDEMPOTENT) };
        const { assert!(GetMetricValue::IDEMPOTENT) };
        const { assert!(!FormatDeviceSdCard::IDEMPOTENT) };
        const { assert!(!SolarLoadReset::IDEMPOTENT) };
        const { assert!(!ManualTiming::IDEMPOTENT) };
    }

    #[test]
    fn locator_is_required_and_channel_starts_at_one() {
        let mut req = GetDeviceImage {
            qr_code: None,
            mac: None,
            channel_id: 1,
        };
        rejects(&req, "qrCode or mac");
        req.mac = Some("00-FF-00-17-00-18".into());
        assert!(req.validate().is_ok());
        req.channel_id = 0;
        rejects(&req, "channelId");
        let opt = GetDeviceTimingInfo {
            qr_code: qr(),
            mac: None,
            channel_id: None,
        };
        assert!(opt.validate().is_ok());
        let opt = GetDeviceTimingInfo {
            channel_id: Some(0),
            ..opt
        };
        rejects(&opt, "channelId");
        let blank = QuerySolarPower {
            qr_code: Some("  ".into()),
            mac: None,
        };
        rejects(&blank, "qrCode or mac");
    }

    #[test]
    fn optional_fields_are_not_sent() {
        let req = GetDeviceTimingInfo {
            qr_code: qr(),
            mac: None,
            channel_id: None,
        };
        let body = req.encode().unwrap().body.unwrap();
        assert_eq!(&body[..], br#"{"qrCode":"HGD6784KOFV895J08"}"#);
    }

    #[test]
    fn osd_coordinates_are_bounded() {
        let mut req = ModifyDeviceOsdInfo {
            qr_code: qr(),
            mac: None,
            channel_id: 1,
            date: Some(OsdPosition {
                horizontal_coordinate: Some(10_000),
                vertical_coordinate: Some(0),
                if_show: None,
            }),
            week: None,
            font: None,
            label_info_list: None,
        };
        assert!(req.validate().is_ok());
        req.date = Some(OsdPosition {
            horizontal_coordinate: Some(10_001),
            ..Default::default()
        });
        rejects(&req, "date.horizontalCoordinate");
        req.date = None;
        req.label_info_list = Some(vec![OsdLabel {
            vertical_coordinate: Some(-1),
            ..Default::default()
        }]);
        rejects(&req, "labelInfoList[0].verticalCoordinate");
        req.label_info_list = Some(vec![OsdLabel {
            text: Some("通道名称超过十个中文字符了吧".into()),
            if_link_to_dev: Some(true),
            ..Default::default()
        }]);
        rejects(&req, "text");
    }

    #[test]
    fn watermark_ranges() {
        let base = ModifyDeviceOsdWatermarkBasicInfo {
            qr_code: qr(),
            mac: None,
            channel_id: 1,
            max_label_number: Some(16),
            max_solid_sequence: Some(3),
            color: Some(WatermarkColor::White),
            font_size: Some(WatermarkFontSize::Size64),
        };
        assert!(base.validate().is_ok());
        rejects(
            &ModifyDeviceOsdWatermarkBasicInfo {
                max_label_number: Some(0),
                ..base.clone()
            },
            "maxLabelNumber",
        );
        rejects(
            &ModifyDeviceOsdWatermarkBasicInfo {
                max_solid_sequence: Some(4),
                ..base.clone()
            },
            "maxSolidSequence",
        );
        rejects(
            &ModifyDeviceOsdWatermarkBasicInfo {
                font_size: Some(WatermarkFontSize::Unknown(20)),
                ..base
            },
            "fontSize",
        );

        let dynamic = AddDeviceOsdWatermarkDynamicLabelInfo {
            qr_code: qr(),
            mac: None,
            channel_id: 1,
            content: Some("字".repeat(64)),
            horizontal_coordinate: Some(0),
            vertical_coordinate: Some(10_000),
        };
        assert!(dynamic.validate().is_ok());
        rejects(
            &AddDeviceOsdWatermarkDynamicLabelInfo {
                content: Some("x".repeat(65)),
                ..dynamic.clone()
            },
            "content",
        );
        rejects(
            &AddDeviceOsdWatermarkDynamicLabelInfo {
                horizontal_coordinate: Some(10_001),
                ..dynamic
            },
            "horizontalCoordinate",
        );

        let solid = ModifyDeviceOsdWatermarkSolidLabelInfo {
            qr_code: qr(),
            mac: None,
            channel_id: 1,
            sequence: 0,
            content: None,
            horizontal_coordinate: None,
            vertical_coordinate: None,
            if_show: Some(true),
        };
        rejects(&solid, "sequence");
    }

    #[test]
    fn image_ranges() {
        let mut req = ModifyDeviceImage {
            qr_code: qr(),
            mac: None,
            channel_id: 1,
            settings: ImageSettings::default(),
        };
        req.settings.luma = Some(101);
        rejects(&req, "luma");
        req.settings.luma = Some(100);
        req.settings.white_lamp = Some(WhiteLamp {
            smart_white_lamp_level: Some(0),
            ..Default::default()
        });
        rejects(&req, "smartWhiteLampLevel");
        req.settings.white_lamp = None;
        req.settings.laser = Some(Laser {
            laser_angle: Some(101),
            ..Default::default()
        });
        rejects(&req, "laserAngle");
        req.settings.laser = None;
        assert!(req.validate().is_ok());
        // Flattened: the settings sit at the top level of the body.
        let v: serde_json::Value =
            serde_json::from_slice(&req.encode().unwrap().body.unwrap()).unwrap();
        assert_eq!(v["luma"], 100);
        assert_eq!(v["channelId"], 1);
    }

    #[test]
    fn reboot_and_timing_rules() {
        let mut req = ModifyDeviceTimingReboot {
            qr_code: qr(),
            mac: None,
            channel_id: None,
            if_open: true,
            time: None,
            day: None,
        };
        rejects(&req, "required when ifOpen");
        req.time = Some("25:00:00".into());
        req.day = Some(RebootDay::Daily);
        rejects(&req, "HH:MM:SS");
        req.time = Some("03:00:00".into());
        assert!(req.validate().is_ok());
        req.day = Some(RebootDay::Unknown(8));
        rejects(&req, "day");
        let ntp = ModifyDeviceTimingInfo {
            qr_code: qr(),
            mac: None,
            channel_id: None,
            timing_mode: TimingMode::Ntp,
            server_ip: None,
        };
        rejects(&ntp, "serverIp");
    }

    #[test]
    fn solar_ranges_and_spans() {
        let mut req = SetSolarSupplyTime {
            qr_code: qr(),
            mac: None,
            start_time_hour: 24,
            start_time_min: 0,
            end_time_hour: 20,
            end_time_min: 0,
            status: LoadSwitch::On,
            supply_load_num: Some("2".into()),
        };
        rejects(&req, "startTimeHour");
        req.start_time_hour = 2;
        req.end_time_min = 60;
        rejects(&req, "endTimeMin");

        let start = Utc.with_ymd_and_hms(2024, 3, 1, 0, 0, 0).unwrap();
        let day = GetMetricValue::for_qr_code(
            "HGD6784KOFV895J08",
            start,
            start + chrono::Duration::hours(24),
        );
        assert!(day.validate().is_ok());
        let too_long = GetMetricValue {
            end_time: start + chrono::Duration::hours(25),
            ..day.clone()
        };
        rejects(&too_long, "24 hours");
        let backwards = GetMetricValue {
            end_time: start - chrono::Duration::seconds(1),
            ..day
        };
        rejects(&backwards, "before startTime");
        let month = GetAggregatedMetricValue::for_qr_code(
            "HGD6784KOFV895J08",
            AggregationMode::Sum,
            start,
            start + chrono::Duration::days(31),
        );
        assert!(month.validate().is_ok());
        rejects(
            &GetAggregatedMetricValue {
                end_time: start + chrono::Duration::days(32),
                ..month
            },
            "31 days",
        );
    }

    #[test]
    fn enums_keep_unknown_values() {
        let s: SolarSystemStatus = serde_json::from_str("\"9\"").unwrap();
        assert_eq!(s, SolarSystemStatus::Unknown("9".into()));
        assert!(SolarSystemStatus::HighTempNoCharge.is_fault());
        assert!(SolarSystemStatus::Charged.is_normal());
        let f: Flip = serde_json::from_str("\"diagonal\"").unwrap();
        assert_eq!(f.as_str(), "diagonal");
        assert_eq!(FrameRate::from_fps(30), FrameRate::Fps30);
        let c: WatermarkColor = serde_json::from_str("1").unwrap();
        assert_eq!(c, WatermarkColor::Unknown("1".into()));
    }

    proptest::proptest! {
        #[test]
        fn coordinates_accepted_exactly_in_0_to_10000(x in -20i64..10_020, y in -20i64..10_020) {
            let req = AddDeviceOsdWatermarkDynamicLabelInfo {
                qr_code: qr(),
                mac: None,
                channel_id: 1,
                content: None,
                horizontal_coordinate: Some(x),
                vertical_coordinate: Some(y),
            };
            let ok = (0..=OSD_COORDINATE_MAX).contains(&x) && (0..=OSD_COORDINATE_MAX).contains(&y);
            proptest::prop_assert_eq!(req.validate().is_ok(), ok);
        }

        #[test]
        fn watermark_content_accepted_up_to_64_chars(n in 0usize..130, wide in proptest::bool::ANY) {
            let unit = if wide { "水" } else { "a" };
            let req = ModifyDeviceOsdWatermarkSolidLabelInfo {
                qr_code: qr(),
                mac: None,
                channel_id: 1,
                sequence: 1,
                content: Some(unit.repeat(n)),
                horizontal_coordinate: None,
                vertical_coordinate: None,
                if_show: None,
            };
            proptest::prop_assert_eq!(req.validate().is_ok(), n <= WATERMARK_CONTENT_MAX_CHARS);
        }

        #[test]
        fn solar_hours_and_minutes(h in -2i64..30, m in -2i64..70) {
            let req = SetSolarSupplyTime {
                qr_code: qr(),
                mac: None,
                start_time_hour: h,
                start_time_min: m,
                end_time_hour: 23,
                end_time_min: 59,
                status: LoadSwitch::Off,
                supply_load_num: None,
            };
            proptest::prop_assert_eq!(req.validate().is_ok(), (0..=23).contains(&h) && (0..=59).contains(&m));
        }
    }
}

// 2026 edition (TUMS 2026-08-31): new endpoints of chapter 1.4.4 and their GB/T 28181
// variants of 1.4.22.2.
mod audio;
mod clock;
mod lens;
mod power;
mod ptz_control;
mod ptz_motion;
pub(crate) mod text;
mod tour;
mod vegetation;
pub use audio::*;
pub use clock::*;
pub use lens::*;
pub use power::*;
pub use ptz_control::*;
pub use ptz_motion::*;
pub use tour::*;
pub use vegetation::*;
