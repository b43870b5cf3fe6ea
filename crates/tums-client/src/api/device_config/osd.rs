//! OSD (on-screen display) and OSD digital watermark — 1.4.4.1–1.4.4.3, 1.4.4.30–1.4.4.33.

use client_core::Error;
use serde::{Deserialize, Serialize};

use crate::api::check;

/// Highest OSD coordinate (坐标取值范围 `[0, 10000]`, 1.4.4.3, 1.4.4.31, 1.4.4.32).
pub const OSD_COORDINATE_MAX: i64 = 10_000;
/// Longest watermark string in characters (长度限制 `[0, 64]`, 1.4.4.31, 1.4.4.32).
pub const WATERMARK_CONTENT_MAX_CHARS: usize = 64;

client_core::str_enum! {
    /// 显示模式 — OSD display mode: opacity and blinking (1.4.4.1 displayMode, 1.4.4.2/3 font.display).
    pub enum OsdDisplayMode {
        /// ntnb — 不透明+不闪烁, opaque, not blinking.
        OpaqueSteady = "ntnb",
        /// ntb — 不透明+闪烁, opaque, blinking.
        OpaqueBlinking = "ntb",
        /// tnb — 透明+不闪烁, transparent, not blinking.
        TransparentSteady = "tnb",
        /// tb — 透明+闪烁, transparent, blinking.
        TransparentBlinking = "tb",
    }
}

client_core::str_enum! {
    /// 字体大小 — OSD font size in pixels (1.4.4.1 fontSize, 1.4.4.2/3 font.size).
    pub enum OsdFontSize {
        /// auto — 自动, automatic.
        Auto = "auto",
        /// 16*16 — 16×16 pixels.
        Px16 = "16*16",
        /// 32*32 — 32×32 pixels.
        Px32 = "32*32",
        /// 48*48 — 48×48 pixels.
        Px48 = "48*48",
        /// 64*64 — 64×64 pixels.
        Px64 = "64*64",
    }
}

client_core::str_enum! {
    /// OSD字体颜色 — OSD font colour (1.4.4.1 fontColor, 1.4.4.2/3 font.color).
    pub enum OsdFontColor {
        /// auto — 自动, automatic.
        Auto = "auto",
        /// white — 白色.
        White = "white",
        /// black — 黑色.
        Black = "black",
        /// blue — 蓝色.
        Blue = "blue",
        /// red — 红色.
        Red = "red",
        /// green — 绿色.
        Green = "green",
        /// yellow — 黄色.
        Yellow = "yellow",
    }
}

client_core::str_enum! {
    /// 字体颜色类型 — whether the OSD colour is automatic or user-defined (1.4.4.2/3
    /// font.colorType). `UserDefined` is allowed only when the capability's `fontColor`
    /// lists a colour other than `auto`.
    pub enum OsdColorType {
        /// auto — 默认, automatic colour.
        Auto = "auto",
        /// user_defined — 自定义, the colour in `font.color`.
        UserDefined = "user_defined",
    }
}

client_core::str_enum! {
    /// 显示模式 — how long the zoom / azimuth / preset OSD is shown (1.4.4.1
    /// zoomDisplayRange, azimuthDisplayRange, presetDisplayRange).
    pub enum OsdDisplayDuration {
        /// 2 — 显示2秒, shown for 2 s.
        Seconds2 = "2",
        /// 5 — 显示5秒, shown for 5 s.
        Seconds5 = "5",
        /// 10 — 显示10秒, shown for 10 s.
        Seconds10 = "10",
        /// always_close — 一直不显示, never shown.
        AlwaysClose = "always_close",
        /// always_open — 一直显示, always shown.
        AlwaysOpen = "always_open",
    }
}

client_core::str_enum! {
    /// 对齐方式 — alignment of a custom OSD label (1.4.4.2/3 alignType; a string on the wire).
    pub enum AlignType {
        /// "0" — 左对齐（默认）, left (default).
        Left = "0",
        /// "1" — 居中对齐, centred.
        Center = "1",
        /// "2" — 右对齐, right.
        Right = "2",
    }
}

client_core::str_enum! {
    /// OSD颜色 — digital-watermark colour (1.4.4.30 color). The table types it as a
    /// string; the seed's example sends the number `1` (kept as `Unknown("1")`).
    pub enum WatermarkColor {
        /// white — 白色.
        White = "white",
        /// black — 黑色.
        Black = "black",
        /// red — 红色.
        Red = "red",
    }
}

client_core::int_enum! {
    /// OSD字号 — digital-watermark font size: only 16, 32, 48 or 64 (1.4.4.30 fontSize).
    pub enum WatermarkFontSize {
        /// 16.
        Size16 = 16,
        /// 32.
        Size32 = 32,
        /// 48.
        Size48 = 48,
        /// 64.
        Size64 = 64,
    }
}

client_core::int_enum! {
    /// 清除内容的方式 — what to clear from the digital watermark (1.4.4.33 type).
    pub enum WatermarkClearType {
        /// 0 — 清空所有动态和静态字符串, all dynamic and static strings.
        All = 0,
        /// 1 — 清空动态字符串, dynamic strings only.
        Dynamic = 1,
        /// 2 — 清空静态字符串, static strings only.
        Static = 2,
    }
}

fn coordinate(path: &str, field: &str, v: Option<i64>) -> Result<(), Error> {
    check::opt_range(path, field, v, 0, OSD_COORDINATE_MAX)
}

fn watermark_content(path: &str, content: &Option<String>) -> Result<(), Error> {
    match content {
        Some(c) => check::max_chars(path, "content", c, WATERMARK_CONTENT_MAX_CHARS),
        None => Ok(()),
    }
}

// ---------------------------------------------------------------------------------
// 1.4.4.1

device_request! {
    /// 获取IPC设备OSD能力集 — get an IPC's OSD capability (1.4.4.1).
    pub struct GetDeviceOsdCapability ("1.4.4.1", channel: required) {}
}

target_ctors!(GetDeviceOsdCapability, required);

impl GetDeviceOsdCapability {
    fn check(&self, path: &str) -> Result<(), client_core::Error> {
        self.check_target(path)
    }
}

client_core::endpoint!(GetDeviceOsdCapability => OsdCapability, POST "/vms/open/deviceConfig/v1/getDeviceOsdCapability", read, validate);

/// OSD能力集 — what the IPC's OSD supports (result of 1.4.4.1).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct OsdCapability {
    /// 自定义字符条数 — number of custom OSD labels; the first one is the channel name (1.4.4.1).
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub label_info_num: Option<i64>,
    /// 最大字符长度 — maximum length of each custom label, counted in Chinese characters
    /// (one Chinese character = two Latin ones); one element per label. Typed
    /// `array<int>`, the example sends strings (1.4.4.1).
    #[serde(default, with = "super::wire::vec_int")]
    pub label_info_max_length: Vec<i64>,
    /// 坐标是否锁定 — `true`: positions of labels, date and week cannot be changed (1.4.4.1).
    #[serde(
        default,
        with = "client_core::lenient::opt_bool",
        skip_serializing_if = "Option::is_none"
    )]
    pub position_lock: Option<bool>,
    /// 是否支持日期显示 — date display supported; when `false` it is hidden and cannot be shown (1.4.4.1).
    #[serde(
        default,
        with = "client_core::lenient::opt_bool",
        skip_serializing_if = "Option::is_none"
    )]
    pub date_support: Option<bool>,
    /// 是否支持星期显示 — weekday display supported (1.4.4.1).
    #[serde(
        default,
        with = "client_core::lenient::opt_bool",
        skip_serializing_if = "Option::is_none"
    )]
    pub week_support: Option<bool>,
    /// 支持的显示模式列表 — supported display modes (1.4.4.1).
    #[serde(default)]
    pub display_mode: Vec<OsdDisplayMode>,
    /// 支持的字体大小 — supported font sizes (1.4.4.1).
    #[serde(default)]
    pub font_size: Vec<OsdFontSize>,
    /// 支持的字体颜色 — supported font colours (1.4.4.1).
    #[serde(default)]
    pub font_color: Vec<OsdFontColor>,
    /// 通道名称和设备名称联动 — the channel name can follow the device name
    /// (`ifLinkToDev` on `label_info_1` in 1.4.4.3) (1.4.4.1).
    #[serde(
        default,
        with = "client_core::lenient::opt_bool",
        skip_serializing_if = "Option::is_none"
    )]
    pub link_chn_to_dev_support: Option<bool>,
    /// 镜头倍数显示 — the zoom-factor OSD can be configured (1.4.4.1).
    #[serde(
        default,
        with = "client_core::lenient::opt_bool",
        skip_serializing_if = "Option::is_none"
    )]
    pub zoom_support: Option<bool>,
    /// 镜头倍数OSD显示模式 — supported zoom-factor OSD durations (1.4.4.1).
    #[serde(default)]
    pub zoom_display_range: Vec<OsdDisplayDuration>,
    /// 方位角显示 — the azimuth OSD can be configured (1.4.4.1).
    #[serde(
        default,
        with = "client_core::lenient::opt_bool",
        skip_serializing_if = "Option::is_none"
    )]
    pub azimuth_support: Option<bool>,
    /// 方位角OSD显示模式 — supported azimuth OSD durations (1.4.4.1).
    #[serde(default)]
    pub azimuth_display_range: Vec<OsdDisplayDuration>,
    /// 预置点显示 — the preset OSD can be configured (1.4.4.1).
    #[serde(
        default,
        with = "client_core::lenient::opt_bool",
        skip_serializing_if = "Option::is_none"
    )]
    pub preset_support: Option<bool>,
    /// 预置点OSD显示模式 — supported preset OSD durations (1.4.4.1).
    #[serde(default)]
    pub preset_display_range: Vec<OsdDisplayDuration>,
    /// 限制字体大小到64*64 — font size is limited to 64×64 when there are many custom
    /// labels (1.4.4.1).
    #[serde(
        default,
        with = "client_core::lenient::opt_bool",
        skip_serializing_if = "Option::is_none"
    )]
    pub limit_size_to64_support: Option<bool>,
    /// 自定义OSD对齐 — custom labels support an alignment (`alignType`) (1.4.4.1).
    #[serde(
        default,
        with = "client_core::lenient::opt_bool",
        skip_serializing_if = "Option::is_none"
    )]
    pub label_info_align_support: Option<bool>,
    /// 电池电量OSD — battery-level OSD supported (1.4.4.1).
    #[serde(
        default,
        with = "client_core::lenient::opt_bool",
        skip_serializing_if = "Option::is_none"
    )]
    pub battery_level_support: Option<bool>,
}

// ---------------------------------------------------------------------------------
// 1.4.4.2

device_request! {
    /// 获取IPC设备日期、星期、字体、自定义字符串的OSD信息 — get an IPC's date, weekday,
    /// font and custom-label OSD settings (1.4.4.2).
    pub struct GetDeviceOsdInfo ("1.4.4.2", channel: required) {}
}

target_ctors!(GetDeviceOsdInfo, required);

impl GetDeviceOsdInfo {
    fn check(&self, path: &str) -> Result<(), client_core::Error> {
        self.check_target(path)
    }
}

client_core::endpoint!(GetDeviceOsdInfo => OsdInfo, POST "/vms/open/deviceConfig/v1/getDeviceOsdInfo", read, validate);

/// OSD信息 — date, weekday, font and custom-label OSD settings (result of 1.4.4.2; the
/// same shape is sent by 1.4.4.3).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct OsdInfo {
    /// date — 日期 OSD position and visibility (1.4.4.2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<OsdPosition>,
    /// week — 星期 OSD position and visibility (1.4.4.2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub week: Option<OsdPosition>,
    /// font — 字体 settings (1.4.4.2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub font: Option<OsdFont>,
    /// labelInfoList — 自定义字符串 custom labels (1.4.4.2).
    #[serde(default)]
    pub label_info_list: Vec<OsdLabel>,
}

/// 日期/星期OSD — position and visibility of the date or weekday OSD (1.4.4.2, 1.4.4.3).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct OsdPosition {
    /// 起点X坐标 — start X coordinate, `[0, 10000]` (1.4.4.2/3).
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub horizontal_coordinate: Option<i64>,
    /// 起点Y坐标 — start Y coordinate, `[0, 10000]` (1.4.4.2/3).
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub vertical_coordinate: Option<i64>,
    /// 是否显示 — shown (1.4.4.2/3).
    #[serde(
        default,
        with = "client_core::lenient::opt_bool",
        skip_serializing_if = "Option::is_none"
    )]
    pub if_show: Option<bool>,
}

impl OsdPosition {
    fn check(&self, path: &str, what: &str) -> Result<(), Error> {
        coordinate(
            path,
            &format!("{what}.horizontalCoordinate"),
            self.horizontal_coordinate,
        )?;
        coordinate(
            path,
            &format!("{what}.verticalCoordinate"),
            self.vertical_coordinate,
        )
    }
}

/// 字体 — OSD font settings (1.4.4.2, 1.4.4.3). Allowed values are bounded by the
/// capability of 1.4.4.1.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct OsdFont {
    /// 字体颜色类型 — automatic or user-defined colour (1.4.4.2/3).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub color_type: Option<OsdColorType>,
    /// 字体显示 — opacity / blinking (1.4.4.2/3).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub display: Option<OsdDisplayMode>,
    /// OSD字体颜色 — font colour (1.4.4.2/3).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub color: Option<OsdFontColor>,
    /// 字体大小 — font size (1.4.4.2/3).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub size: Option<OsdFontSize>,
}

/// 自定义字符串 — one custom OSD label (1.4.4.2, 1.4.4.3).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct OsdLabel {
    /// 起点X坐标 — start X coordinate, `[0, 10000]` (1.4.4.2/3).
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub horizontal_coordinate: Option<i64>,
    /// 起点Y坐标 — start Y coordinate, `[0, 10000]` (1.4.4.2/3).
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub vertical_coordinate: Option<i64>,
    /// 是否显示 — shown (1.4.4.2/3).
    #[serde(
        default,
        with = "client_core::lenient::opt_bool",
        skip_serializing_if = "Option::is_none"
    )]
    pub if_show: Option<bool>,
    /// 显示的内容 — the text. When linked to the device name: at most 10 Chinese or 32
    /// Latin characters (1.4.4.2/3).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
    /// 自定义字符串名称 — label name `label_info_{labelId}` (NVR channels return only
    /// `label_info_1`); required to modify a label in 1.4.4.3 (1.4.4.2/3).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub label_name: Option<String>,
    /// 是否联动通道名称和设备名称 — the channel name follows the device name; only on
    /// `label_info_1`, only when the capability has `linkChnToDevSupport`, never on NVR
    /// channels. Typed boolean; the 1.4.4.2 example sends `"on"` (1.4.4.2/3).
    #[serde(
        default,
        with = "client_core::lenient::opt_bool",
        skip_serializing_if = "Option::is_none"
    )]
    pub if_link_to_dev: Option<bool>,
    /// 对齐方式 — alignment; only when the capability has `labelInfoAlignSupport`, never
    /// on NVR channels (1.4.4.2/3).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub align_type: Option<AlignType>,
}

// ---------------------------------------------------------------------------------
// 1.4.4.3

device_request! {
    /// 修改IPC设备日期、星期、字体、自定义字符串的OSD信息 — modify an IPC's date, weekday,
    /// font and custom-label OSD settings (1.4.4.3). Every part is optional; allowed
    /// enum values are bounded by the capability of 1.4.4.1.
    pub struct ModifyDeviceOsdInfo ("1.4.4.3", channel: required) {
        /// date — 日期 OSD; coordinates `[0, 10000]` (1.4.4.3).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub date: Option<OsdPosition>,
        /// week — 星期 OSD; coordinates `[0, 10000]` (1.4.4.3).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub week: Option<OsdPosition>,
        /// font — 字体 settings (1.4.4.3).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub font: Option<OsdFont>,
        /// labelInfoList — 自定义字符串 custom labels to modify; `labelName` names each
        /// (1.4.4.3).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub label_info_list: Option<Vec<OsdLabel>>,
    }
}

impl ModifyDeviceOsdInfo {
    fn check(&self, path: &str) -> Result<(), client_core::Error> {
        self.check_target(path)?;
        if let Some(d) = &self.date {
            d.check(path, "date")?;
        }
        if let Some(w) = &self.week {
            w.check(path, "week")?;
        }
        for (i, l) in self.label_info_list.iter().flatten().enumerate() {
            coordinate(
                path,
                &format!("labelInfoList[{i}].horizontalCoordinate"),
                l.horizontal_coordinate,
            )?;
            coordinate(
                path,
                &format!("labelInfoList[{i}].verticalCoordinate"),
                l.vertical_coordinate,
            )?;
            if let (Some(true), Some(text)) = (l.if_link_to_dev, &l.text) {
                let max = if text.is_ascii() { 32 } else { 10 };
                check::max_chars(path, &format!("labelInfoList[{i}].text"), text, max)?;
            }
        }
        Ok(())
    }
}

// Checks the locator, every coordinate (`[0, 10000]`) and the length of a label
// linked to the device name (32 Latin characters, or 10 characters when the text
// contains non-ASCII characters).
client_core::endpoint!(ModifyDeviceOsdInfo => client_core::Ack, POST "/vms/open/deviceConfig/v1/modifyDeviceOsdInfo", write, validate);

// ---------------------------------------------------------------------------------
// 1.4.4.30

device_request! {
    /// 修改IPC设备OSD数字水印基本信息 — modify an IPC's digital-watermark basics (1.4.4.30).
    pub struct ModifyDeviceOsdWatermarkBasicInfo ("1.4.4.30", channel: required) {
        /// 动态OSD最大行数 — maximum number of dynamic lines, `[1, 16]` (1.4.4.30).
        #[serde(default, with = "client_core::lenient::opt_int", skip_serializing_if = "Option::is_none")]
        pub max_label_number: Option<i64>,
        /// 静态OSD最大条数 — maximum number of static strings, `[1, 3]` (1.4.4.30).
        #[serde(default, with = "client_core::lenient::opt_int", skip_serializing_if = "Option::is_none")]
        pub max_solid_sequence: Option<i64>,
        /// OSD颜色 — colour (1.4.4.30).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub color: Option<WatermarkColor>,
        /// OSD字号 — font size: 16, 32, 48 or 64 (1.4.4.30).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub font_size: Option<WatermarkFontSize>,
    }
}

impl ModifyDeviceOsdWatermarkBasicInfo {
    fn check(&self, path: &str) -> Result<(), client_core::Error> {
        self.check_target(path)?;
        check::opt_range(path, "maxLabelNumber", self.max_label_number, 1, 16)?;
        check::opt_range(path, "maxSolidSequence", self.max_solid_sequence, 1, 3)?;
        if let Some(WatermarkFontSize::Unknown(v)) = self.font_size {
            return Err(Error::invalid(
                path,
                format!("fontSize must be 16, 32, 48 or 64, got {v}"),
            ));
        }
        Ok(())
    }
}

client_core::endpoint!(ModifyDeviceOsdWatermarkBasicInfo => client_core::Ack, POST "/vms/open/deviceConfig/v1/modifyDeviceOsdWatermarkBasicInfo", write, validate);

// ---------------------------------------------------------------------------------
// 1.4.4.31

device_request! {
    /// 添加IPC设备OSD数字水印动态字符串信息 — add a dynamic digital-watermark string to an
    /// IPC (1.4.4.31).
    pub struct AddDeviceOsdWatermarkDynamicLabelInfo ("1.4.4.31", channel: required) {
        /// OSD显示字符串 — the text, 0–64 characters (1.4.4.31).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub content: Option<String>,
        /// 左上角横坐标 — top-left X, `[0, 10000]` (1.4.4.31).
        #[serde(default, with = "client_core::lenient::opt_int", skip_serializing_if = "Option::is_none")]
        pub horizontal_coordinate: Option<i64>,
        /// 左上角纵坐标 — top-left Y, `[0, 10000]` (1.4.4.31).
        #[serde(default, with = "client_core::lenient::opt_int", skip_serializing_if = "Option::is_none")]
        pub vertical_coordinate: Option<i64>,
    }
}

impl AddDeviceOsdWatermarkDynamicLabelInfo {
    fn check(&self, path: &str) -> Result<(), client_core::Error> {
        self.check_target(path)?;
        watermark_content(path, &self.content)?;
        coordinate(path, "horizontalCoordinate", self.horizontal_coordinate)?;
        coordinate(path, "verticalCoordinate", self.vertical_coordinate)
    }
}

client_core::endpoint!(AddDeviceOsdWatermarkDynamicLabelInfo => client_core::Ack, POST "/vms/open/deviceConfig/v1/addDeviceOsdWatermarkDynamicLabelInfo", write, validate);

// ---------------------------------------------------------------------------------
// 1.4.4.32

device_request! {
    /// 修改IPC设备OSD数字水印静态字符串信息 — modify a static digital-watermark string of
    /// an IPC (1.4.4.32).
    pub struct ModifyDeviceOsdWatermarkSolidLabelInfo ("1.4.4.32", channel: required) {
        /// 目标静态OSD显示行下标 — which static line, from 1, at most the
        /// `maxSolidSequence` set with 1.4.4.30 (itself at most 3) (1.4.4.32).
        #[serde(with = "client_core::lenient::int")]
        pub sequence: i64,
        /// OSD显示字符串 — the text, 0–64 characters (1.4.4.32).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub content: Option<String>,
        /// 左上角横坐标 — top-left X, `[0, 10000]` (1.4.4.32).
        #[serde(default, with = "client_core::lenient::opt_int", skip_serializing_if = "Option::is_none")]
        pub horizontal_coordinate: Option<i64>,
        /// 左上角纵坐标 — top-left Y, `[0, 10000]` (1.4.4.32).
        #[serde(default, with = "client_core::lenient::opt_int", skip_serializing_if = "Option::is_none")]
        pub vertical_coordinate: Option<i64>,
        /// 是否显示 — whether this static line is shown (1.4.4.32).
        #[serde(default, with = "client_core::lenient::opt_bool", skip_serializing_if = "Option::is_none")]
        pub if_show: Option<bool>,
    }
}

impl ModifyDeviceOsdWatermarkSolidLabelInfo {
    fn check(&self, path: &str) -> Result<(), client_core::Error> {
        self.check_target(path)?;
        check::range(path, "sequence", self.sequence, 1, 3)?;
        watermark_content(path, &self.content)?;
        coordinate(path, "horizontalCoordinate", self.horizontal_coordinate)?;
        coordinate(path, "verticalCoordinate", self.vertical_coordinate)
    }
}

client_core::endpoint!(ModifyDeviceOsdWatermarkSolidLabelInfo => client_core::Ack, POST "/vms/open/deviceConfig/v1/modifyDeviceOsdWatermarkSolidLabelInfo", write, validate);

// ---------------------------------------------------------------------------------
// 1.4.4.33

device_request! {
    /// 清空IPC设备OSD数字水印信息 — clear an IPC's digital watermark (1.4.4.33).
    pub struct ClearDeviceOsdWatermarkInfo ("1.4.4.33", channel: required) {
        /// 清除内容的方式 — what to clear (1.4.4.33).
        #[serde(rename = "type")]
        pub clear_type: WatermarkClearType,
    }
}

impl ClearDeviceOsdWatermarkInfo {
    fn check(&self, path: &str) -> Result<(), client_core::Error> {
        self.check_target(path)
    }
}

client_core::endpoint!(ClearDeviceOsdWatermarkInfo => client_core::Ack, POST "/vms/open/deviceConfig/v1/clearDeviceOsdWatermarkInfo", write, validate);
