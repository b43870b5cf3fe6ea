//! 1.4.5 预览回放 — live view, playback and two-way talk (tums-open-api.txt 1.4.5.1–1.4.5.8).
//!
//! ## Flow
//!
//! 1. [`RequestStreamUrl`] → `sdkStreamUrl`, a complete `requestRelayUrl` URL with its
//!    parameters in the query ([`StreamUrl`]);
//! 2. POST to it — [`RequestRelayUrl::from_sdk_stream_url`] turns the URL into the typed
//!    request — and get the relay `url`, `cookie`, `token` and `relayVersion`
//!    ([`RelayUrl`]). If the device is not streaming yet the platform answers -80703
//!    (`URL not ready`) **with** a `result` carrying `sessionId` and `token`: poll
//!    [`RequestRelayUrlAgain`] with them until the code is no longer -80703.
//!    [`wait_for_relay_url`] does this loop; [`RelayStatus::from_envelope`] reads one
//!    answer of [`crate::Client::raw`];
//! 3. web SDKs only: [`RenewRelayCookie`] extends the relay cookie (its outcome is the
//!    HTTP status, see there).
//!
//! Playback: [`SearchYear`] finds the days with recordings, then [`SearchVideo`] /
//! [`SearchHumanDetectionVideo`] list the recordings of one day; each recording's
//! [`VideoType`] is a bitmask of [`VideoEvent`]s (表 1.4.5.1-1/-2).

use chrono::{DateTime, Utc};
use client_core::{BodyKind, Endpoint, Error, Secret};
use http::Method;
use serde::{Deserialize, Serialize};

use crate::api::check;
use crate::api::device::MAX_DEV_LIST;

// ---------------------------------------------------------------------------------------
// Enumerations
// ---------------------------------------------------------------------------------------

client_core::str_enum! {
    /// 流类型 — stream type (1.4.5.2, 1.4.5.3).
    pub enum StreamType {
        /// 预览 — live view.
        Video = "video",
        /// 回放 — playback of SD-card / NVR recordings.
        SdVod = "sdvod",
        /// 双向语音 — two-way talk.
        DtSpk = "dtspk",
    }
}

client_core::int_enum! {
    /// 清晰度 — live-view resolution; only applies to [`StreamType::Video`]; default 0
    /// (1.4.5.2, 1.4.5.3).
    pub enum StreamResolution {
        /// VGA，流畅 — VGA, smooth.
        Vga = 0,
        /// QVGA，清晰 — QVGA, clear.
        Qvga = 1,
        /// HD，高清 — HD.
        Hd = 2,
        /// THIRD，超高清 — third stream, ultra HD.
        Third = 3,
    }
}

client_core::str_enum! {
    /// 客户端类型 — client type (1.4.5.2, 1.4.5.3). Native SDKs use the three named values;
    /// browser (web) SDKs send free text, usually browser and version such as
    /// `chrome 99.0` — build that with [`ClientType::web`] (it is kept in `Unknown`).
    pub enum ClientType {
        /// Windows平台 — Windows SDK.
        WindowsSdkClient = "WindowsSDKClient",
        /// iOS平台 — iOS SDK.
        IosSdkClient = "iOSSDKClient",
        /// 安卓平台 — Android SDK.
        AndroidSdkClient = "AndroidSDKClient",
    }
}

impl ClientType {
    /// A browser-based (web SDK) client type: free text, e.g. `"chrome 99.0"`.
    ///
    /// ```
    /// use tums_client::api::preview::ClientType;
    /// assert_eq!(ClientType::web("chrome 99.0").as_str(), "chrome 99.0");
    /// assert_eq!(ClientType::web("iOSSDKClient"), ClientType::IosSdkClient);
    /// ```
    pub fn web(browser_and_version: impl AsRef<str>) -> Self {
        Self::from_wire(browser_and_version.as_ref())
    }
}

client_core::str_enum! {
    /// relay协议版本 — relay protocol version (1.4.5.3, 1.4.5.4).
    pub enum RelayVersion {
        /// relay 1.3协议 — relay protocol 1.3.
        V1_3 = "1.3",
        /// relay 2.0协议 — relay protocol 2.0.
        V2_0 = "2.0",
    }
}

client_core::int_enum! {
    /// 录像存储类型 — where a recording is stored (1.4.5.7, 1.4.5.8).
    pub enum SourceType {
        /// IPC — on the camera (SD card).
        Ipc = 0,
        /// NVR — on the recorder.
        Nvr = 1,
    }
}

// ---------------------------------------------------------------------------------------
// videoType bitmask (1.4.5.1)
// ---------------------------------------------------------------------------------------

macro_rules! video_events {
    ($( $(#[$m:meta])* $name:ident = ($word:literal, $mask:literal, $zh:literal) ),+ $(,)?) => {
        /// 录像事件 — one recording event of the `videoType` bitmask (表 1.4.5.1-1 NVR,
        /// 表 1.4.5.1-2 IPC). Not a wire type: [`VideoType`] is the wire form.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        #[non_exhaustive]
        pub enum VideoEvent {
            $( $(#[$m])* $name, )+
        }

        impl VideoEvent {
            /// Every event, in table order.
            pub const ALL: &'static [VideoEvent] = &[ $( VideoEvent::$name, )+ ];

            /// Index of the 32-bit word that carries this event (0 or 1).
            pub fn word(self) -> usize {
                match self { $( VideoEvent::$name => $word, )+ }
            }

            /// The bit of this event within its word.
            pub fn mask(self) -> u32 {
                match self { $( VideoEvent::$name => $mask, )+ }
            }

            /// The seed's Chinese description (事件描述).
            pub fn name_zh(self) -> &'static str {
                match self { $( VideoEvent::$name => $zh, )+ }
            }
        }
    };
}

video_events! {
    /// 定时 — scheduled recording (NVR and IPC).
    Timing = (0, 0x0000_0001, "定时"),
    /// 移动侦测 — motion detection (NVR and IPC).
    MotionDetection = (0, 0x0000_0002, "移动侦测"),
    /// 遮挡侦测 — tamper (lens covered) detection.
    TamperDetection = (0, 0x0000_0004, "遮挡侦测"),
    /// 越界侦测 — line crossing.
    LineCrossing = (0, 0x0000_0008, "越界侦测"),
    /// 区域入侵 — region intrusion.
    RegionIntrusion = (0, 0x0000_0010, "区域入侵"),
    /// 进入区域 — region entrance.
    RegionEntrance = (0, 0x0000_0020, "进入区域"),
    /// 离开区域 — region exit.
    RegionExit = (0, 0x0000_0040, "离开区域"),
    /// 徘徊侦测 — loitering.
    Loitering = (0, 0x0000_0080, "徘徊侦测"),
    /// 人员聚集 — people gathering.
    PeopleGathering = (0, 0x0000_0100, "人员聚集"),
    /// 快速移动 — fast moving.
    FastMoving = (0, 0x0000_0200, "快速移动"),
    /// 停车侦测 — parking detection.
    Parking = (0, 0x0000_0400, "停车侦测"),
    /// 物品遗留 — object left behind.
    ObjectLeft = (0, 0x0000_0800, "物品遗留"),
    /// 物品拿取 — object removed.
    ObjectRemoved = (0, 0x0000_1000, "物品拿取"),
    /// 音频异常 — audio exception.
    AudioException = (0, 0x0000_2000, "音频异常"),
    /// 虚焦侦测 — defocus detection.
    Defocus = (0, 0x0000_4000, "虚焦侦测"),
    /// 场景变更 — scene change.
    SceneChange = (0, 0x0000_8000, "场景变更"),
    /// 人脸侦测 — face detection.
    FaceDetection = (0, 0x0001_0000, "人脸侦测"),
    /// 报警 — alarm (input).
    Alarm = (0, 0x0002_0000, "报警"),
    /// 过线统计 — line-crossing counting.
    LineCounting = (0, 0x0004_0000, "过线统计"),
    /// 登陆异常 — login exception.
    LoginException = (0, 0x0008_0000, "登陆异常"),
    /// SD卡满 — SD card full.
    SdCardFull = (0, 0x0010_0000, "SD卡满"),
    /// SD卡错误 — SD card error.
    SdCardError = (0, 0x0020_0000, "SD卡错误"),
    /// SD卡拔出 — SD card removed.
    SdCardRemoved = (0, 0x0040_0000, "SD卡拔出"),
    /// 网线断开 — network cable disconnected.
    CableDisconnected = (0, 0x0080_0000, "网线断开"),
    /// IP冲突 — IP conflict.
    IpConflict = (0, 0x0100_0000, "IP冲突"),
    /// 人形检测 — human detection.
    HumanDetection = (0, 0x0200_0000, "人形检测"),
    /// 车辆侦测 — vehicle detection.
    VehicleDetection = (0, 0x0400_0000, "车辆侦测"),
    /// 物品遗漏拿取侦测 — object left/removed detection.
    ObjectLeftRemoved = (0, 0x0800_0000, "物品遗漏拿取侦测"),
    /// 移动侦测云存 — motion detection cloud storage.
    MotionCloudStorage = (0, 0x1000_0000, "移动侦测云存"),
    /// 迎宾播报 — welcome announcement.
    WelcomeAnnouncement = (0, 0x2000_0000, "迎宾播报"),
    /// 视频留言 — video message.
    VideoMessage = (0, 0x4000_0000, "视频留言"),
    /// 移动侦测人形加强 — motion detection, human-enhanced (`[-2147483648, 0]`: bit 31).
    MotionHumanEnhanced = (0, 0x8000_0000, "移动侦测人形加强"),
    /// 移动侦测车辆加强 — motion detection, vehicle-enhanced.
    MotionVehicleEnhanced = (1, 0x0000_0001, "移动侦测车辆加强"),
    /// 区域入侵人形加强 — region intrusion, human-enhanced.
    IntrusionHumanEnhanced = (1, 0x0000_0002, "区域入侵人形加强"),
    /// 区域入侵车辆加强 — region intrusion, vehicle-enhanced.
    IntrusionVehicleEnhanced = (1, 0x0000_0004, "区域入侵车辆加强"),
    /// 越界侦测人形加强 — line crossing, human-enhanced.
    LineCrossingHumanEnhanced = (1, 0x0000_0008, "越界侦测人形加强"),
    /// 越界侦测车辆加强 — line crossing, vehicle-enhanced.
    LineCrossingVehicleEnhanced = (1, 0x0000_0010, "越界侦测车辆加强"),
    /// 人脸比对 — face comparison.
    FaceComparison = (1, 0x0000_0020, "人脸比对"),
    /// 人脸相册 — face album.
    FaceAlbum = (1, 0x0000_0040, "人脸相册"),
    /// 进入区域人形加强 — region entrance, human-enhanced (the seed prints `[0, 128 0]`).
    EntranceHumanEnhanced = (1, 0x0000_0080, "进入区域人形加强"),
    /// 进入区域车辆加强 — region entrance, vehicle-enhanced.
    EntranceVehicleEnhanced = (1, 0x0000_0100, "进入区域车辆加强"),
    /// 离开区域人形加强 — region exit, human-enhanced.
    ExitHumanEnhanced = (1, 0x0000_0200, "离开区域人形加强"),
    /// 离开区域车辆加强 — region exit, vehicle-enhanced.
    ExitVehicleEnhanced = (1, 0x0000_0400, "离开区域车辆加强"),
    /// 客流量统计 — passenger-flow counting.
    PassengerFlow = (1, 0x0000_0800, "客流量统计"),
    /// 门铃呼叫 — doorbell call.
    DoorbellCall = (1, 0x0000_1000, "门铃呼叫"),
    /// 人员到访 — visitor.
    Visitor = (1, 0x0000_2000, "人员到访"),
    /// 车位占用 — parking space occupied.
    ParkingSpaceOccupied = (1, 0x0000_4000, "车位占用"),
    /// 哭声检测 — crying detection.
    CryDetection = (1, 0x0000_8000, "哭声检测"),
    /// 人形相册 — human album.
    HumanAlbum = (1, 0x0001_0000, "人形相册"),
    /// 紧急呼救 — emergency call.
    EmergencyCall = (1, 0x0002_0000, "紧急呼救"),
}

/// 录像类型 — `videoType`, a bitmask written as an array of 32-bit words (1.4.5.1).
///
/// Word 0 carries bits 0–31 (`[1,0]` = 定时 … `[-2147483648,0]` = bit 31), word 1 the
/// rest (the seed writes those with three elements, `[0,1,0]` … `[0,131072,0]`). Several
/// events combine: NVR `[3,0]` = 定时 + 移动侦测. Values are kept exactly as received;
/// negative words are read as their 32-bit two's-complement pattern.
///
/// ```
/// use tums_client::api::preview::{VideoEvent, VideoType};
/// let t = VideoType(vec![3, 0]);
/// assert!(t.contains(VideoEvent::Timing) && t.contains(VideoEvent::MotionDetection));
/// assert_eq!(t.events(), vec![VideoEvent::Timing, VideoEvent::MotionDetection]);
/// assert_eq!(VideoType::from_events(&[VideoEvent::EmergencyCall]).0, vec![0, 131072, 0]);
/// assert!(VideoType(vec![-2147483648, 0]).contains(VideoEvent::MotionHumanEnhanced));
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct VideoType(pub Vec<i64>);

impl VideoType {
    /// The 32-bit pattern of word `index` (0 when absent).
    pub fn word(&self, index: usize) -> u32 {
        // Truncation to 32 bits is the documented encoding (bit 31 is sent as -2147483648).
        self.0.get(index).map(|w| *w as u32).unwrap_or(0)
    }

    /// `true` when `event`'s bit is set.
    pub fn contains(&self, event: VideoEvent) -> bool {
        self.word(event.word()) & event.mask() != 0
    }

    /// The known events whose bits are set, in table order.
    pub fn events(&self) -> Vec<VideoEvent> {
        VideoEvent::ALL
            .iter()
            .copied()
            .filter(|e| self.contains(*e))
            .collect()
    }

    /// `true` when a bit is set that no [`VideoEvent`] describes.
    pub fn has_unknown_bits(&self) -> bool {
        self.0.iter().enumerate().any(|(i, _)| {
            let known = VideoEvent::ALL
                .iter()
                .filter(|e| e.word() == i)
                .fold(0u32, |acc, e| acc | e.mask());
            self.word(i) & !known != 0
        })
    }

    /// The bitmask for `events`, written the way the seed writes it: two words when only
    /// word 0 is used (`[3,0]`), three when word 1 is used (`[0,1,0]`).
    pub fn from_events(events: &[VideoEvent]) -> Self {
        let mut words = [0u32; 2];
        for e in events {
            words[e.word()] |= e.mask();
        }
        let w0 = i64::from(words[0] as i32);
        if words[1] == 0 {
            VideoType(vec![w0, 0])
        } else {
            VideoType(vec![w0, i64::from(words[1] as i32), 0])
        }
    }
}

/// `channelId` 0 is "not sent": GB/T 28181 requests of 2026 edition 1.4.22.4 carry no
/// channel (TP-LINK channels start at 1, so 0 is never a valid one to send).
fn channel_unset(channel_id: &i64) -> bool {
    *channel_id == 0
}

// ---------------------------------------------------------------------------------------
// 1.4.5.2 requestStreamUrl
// ---------------------------------------------------------------------------------------

/// 获取音视频流访问地址 — get the TP-LINK private-protocol stream address for live view,
/// playback or two-way talk; for the platform SDKs (1.4.5.2).
///
/// ```
/// use client_core::Endpoint;
/// use tums_client::api::preview::{ClientType, RequestStreamUrl, StreamResolution, StreamType};
/// let req = RequestStreamUrl::new("HGD6784KOFV895J08", 1, ClientType::web("chrome 99.0"), StreamType::Video)
///     .resolution(StreamResolution::Hd);
/// assert!(req.validate().is_ok());
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct RequestStreamUrl {
    /// 设备码 — 17-character device code; at least one of `qr_code`/`mac`, `qr_code` wins
    /// when both are sent (1.4.5.2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub qr_code: Option<String>,
    /// 设备mac地址 — MAC, `00-FF-00-17-00-18` (1.4.5.2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mac: Option<String>,
    /// 通道编号 — **required** with `qr_code`/`mac`, channel from 1: 1 for a directly
    /// bound IPC, the lens for a multi-lens IPC, the channel for an NVR (1.4.5.2). With
    /// `device_gb_id` it is optional (0 = not sent): the GB table has no channelId but
    /// its playback example sends `1` (2026 edition 1.4.22.4.1).
    #[serde(
        default,
        with = "client_core::lenient::int",
        skip_serializing_if = "channel_unset"
    )]
    pub channel_id: i64,
    /// deviceGbId — 设备的20位国标设备ID: addresses a GB/T 28181 device instead of
    /// `qr_code`/`mac` (2026 edition 1.4.22.4.1).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub device_gb_id: Option<String>,
    /// sipServerId — SIP服务器ID, only with `device_gb_id`, required for a device entrusted
    /// (托管) to you (2026 edition 1.4.22.4.1).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sip_server_id: Option<String>,

    /// 客户端类型 — **required**, client type (1.4.5.2).
    pub client_type: ClientType,
    /// 流类型 — **required**, live view / playback / talk (1.4.5.2).
    pub stream_type: StreamType,
    /// 清晰度 — optional resolution, live view only, default [`StreamResolution::Vga`] (1.4.5.2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub resolution: Option<StreamResolution>,
    /// 客户端标识 — client id. Not in the table; the seed's playback and talk examples
    /// send it, and it comes back in the `sdkStreamUrl` and in [`RelayUrl`] (1.4.5.2).
    #[serde(
        rename = "clientUUID",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub client_uuid: Option<String>,
}

impl RequestStreamUrl {
    /// A request for device `qr_code`, channel `channel_id`.
    pub fn new(
        qr_code: impl Into<String>,
        channel_id: i64,
        client_type: ClientType,
        stream_type: StreamType,
    ) -> Self {
        Self {
            qr_code: Some(qr_code.into()),
            mac: None,
            channel_id,
            client_type,
            stream_type,
            resolution: None,
            client_uuid: None,
            device_gb_id: None,
            sip_server_id: None,
        }
    }

    /// A request for the GB/T 28181 device `device_gb_id` (2026 edition 1.4.22.4.1).
    pub fn gb(
        device_gb_id: impl Into<String>,
        client_type: ClientType,
        stream_type: StreamType,
    ) -> Self {
        Self {
            qr_code: None,
            mac: None,
            channel_id: 0,
            client_type,
            stream_type,
            resolution: None,
            client_uuid: None,
            device_gb_id: Some(device_gb_id.into()),
            sip_server_id: None,
        }
    }

    /// Names the SIP server of an entrusted GB/T 28181 device (2026 edition 1.4.22.4.1).
    pub fn sip_server(mut self, sip_server_id: impl Into<String>) -> Self {
        self.sip_server_id = Some(sip_server_id.into());
        self
    }

    /// Sets the live-view resolution.
    pub fn resolution(mut self, resolution: StreamResolution) -> Self {
        self.resolution = Some(resolution);
        self
    }
}

impl RequestStreamUrl {
    fn check(&self, path: &str) -> Result<(), client_core::Error> {
        let tp_link = check::set_members(&[
            ("qrCode", self.qr_code.is_some()),
            ("mac", self.mac.is_some()),
        ]);
        if check::gb_form(
            path,
            "request",
            self.device_gb_id.as_deref(),
            self.sip_server_id.as_deref(),
            &tp_link,
        )? {
            if !channel_unset(&self.channel_id) {
                check::channel(path, "channelId", self.channel_id)?;
            }
        } else {
            check::locator(
                path,
                "request",
                self.qr_code.as_deref(),
                self.mac.as_deref(),
            )?;
            check::channel(path, "channelId", self.channel_id)?;
        }
        if self.client_type.as_str().trim().is_empty() {
            return Err(Error::invalid(path, "clientType must not be empty"));
        }
        Ok(())
    }
}

client_core::endpoint!(RequestStreamUrl => StreamUrl, POST "/vms/open/webServer/v1/requestStreamUrl", write, validate);

/// 音视频流访问地址 — result of 1.4.5.2.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct StreamUrl {
    /// 平台sdk预览、回放的地址信息 — the address to hand to the SDK: a full
    /// `requestRelayUrl` URL whose query carries a stream token, hence a [`Secret`].
    /// See [`RequestRelayUrl::from_sdk_stream_url`] (1.4.5.2).
    #[serde(default, serialize_with = "Secret::serialize_exposed")]
    pub sdk_stream_url: Secret,
}

// ---------------------------------------------------------------------------------------
// 1.4.5.3 requestRelayUrl
// ---------------------------------------------------------------------------------------

/// 请求获得relay服务器地址 — get the relay (stream server) address (1.4.5.3).
///
/// This is the URL returned by [`RequestStreamUrl`]: the seed says to POST to it as is,
/// so the parameters travel in the **URL query** (URL参数, `BODY = BodyKind::Query`).
/// Build it from the returned URL with [`RequestRelayUrl::from_sdk_stream_url`].
///
/// Two wire choices, because the seed leaves them open (1.2.2.2):
/// * the body sent is `{}` with `Content-Type: application/json;charset=UTF-8`, like
///   every other endpoint without body parameters; it is also exactly what the
///   signature covers (an empty or non-JSON body is signed as `{}`), so a server that
///   hashes the received body and one that substitutes `{}` for an empty one agree;
/// * the signed `path` is the path **without** the query: 1.2.2.2 defines `path` as the
///   part after host and port and its example is a bare path; the query is still sent.
///   If the platform ever answered -10301 here, this is the line to revisit.
///
/// When the device is not streaming yet the platform answers -80703 with a `result`
/// holding `sessionId` and `token`; poll [`RequestRelayUrlAgain`] with them.
///
/// ```
/// use client_core::Endpoint;
/// use tums_client::api::preview::{RequestRelayUrl, StreamType};
/// let req = RequestRelayUrl::from_sdk_stream_url(
///     "https://api-smbcloud.tplinkcloud.com.cn/vms/open/webServer/v1/requestRelayUrl?token=t-1&devInfoId=576620008413343087&clientUUID=c1&clientType=chrome111.0&streamType=video&resolution=2",
/// ).unwrap();
/// assert_eq!(req.dev_info_id, 576620008413343087);
/// assert_eq!(req.stream_type, StreamType::Video);
/// let enc = req.encode().unwrap();
/// assert_eq!(enc.body.as_deref(), Some(&b"{}"[..]));
/// assert_eq!(
///     enc.query.as_deref(),
///     Some("token=t-1&devInfoId=576620008413343087&clientUUID=c1&clientType=chrome111.0&streamType=video&resolution=2"),
/// );
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct RequestRelayUrl {
    /// 视频流访问凭证 — **required**, stream access token (from the `sdkStreamUrl`) (1.4.5.3).
    #[serde(serialize_with = "Secret::serialize_exposed")]
    pub token: Secret,
    /// 设备主键 — **required**, device primary key. Typed `int` in the seed but the
    /// values exceed 32 bits (576620008413343087), so `i64` (1.4.5.3).
    #[serde(with = "client_core::lenient::int")]
    pub dev_info_id: i64,
    /// 客户端标识 — client id; not in the table, present in every `sdkStreamUrl` (1.4.5.3).
    #[serde(
        rename = "clientUUID",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub client_uuid: Option<String>,
    /// 客户端类型 — **required**, client type (1.4.5.3).
    pub client_type: ClientType,
    /// 流类型 — **required**, stream type (1.4.5.3).
    pub stream_type: StreamType,
    /// 清晰度 — optional resolution, live view only, default 0 (1.4.5.3).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub resolution: Option<StreamResolution>,
}

impl RequestRelayUrl {
    /// Parses the `sdkStreamUrl` returned by [`RequestStreamUrl`] into the typed request.
    ///
    /// Fails with [`Error::InvalidRequest`] when the URL cannot be parsed, its path is not
    /// [`RequestRelayUrl::PATH`], or a required parameter is missing or malformed.
    pub fn from_sdk_stream_url(sdk_stream_url: &str) -> Result<Self, Error> {
        let bad = |msg: String| Error::invalid(Self::PATH, msg);
        let url = url::Url::parse(sdk_stream_url.trim())
            .map_err(|e| bad(format!("sdkStreamUrl is not a URL: {e}")))?;
        if url.path() != Self::PATH {
            return Err(bad(format!(
                "sdkStreamUrl path is {:?}, expected {}",
                url.path(),
                Self::PATH
            )));
        }
        let mut token = None;
        let mut dev_info_id = None;
        let mut client_uuid = None;
        let mut client_type = None;
        let mut stream_type = None;
        let mut resolution = None;
        for (k, v) in url.query_pairs() {
            match k.as_ref() {
                "token" => token = Some(Secret::new(v.into_owned())),
                "devInfoId" => {
                    dev_info_id = Some(
                        v.trim()
                            .parse::<i64>()
                            .map_err(|_| bad(format!("devInfoId must be an integer, got {v:?}")))?,
                    )
                }
                "clientUUID" => client_uuid = Some(v.into_owned()),
                "clientType" => client_type = Some(ClientType::from_wire(&v)),
                "streamType" => stream_type = Some(StreamType::from_wire(&v)),
                "resolution" => {
                    let code = v
                        .trim()
                        .parse::<i64>()
                        .map_err(|_| bad(format!("resolution must be an integer, got {v:?}")))?;
                    resolution = Some(StreamResolution::from_code(code));
                }
                _ => {}
            }
        }
        let missing = |name: &str| bad(format!("sdkStreamUrl lacks the {name} parameter"));
        Ok(Self {
            token: token.ok_or_else(|| missing("token"))?,
            dev_info_id: dev_info_id.ok_or_else(|| missing("devInfoId"))?,
            client_uuid,
            client_type: client_type.ok_or_else(|| missing("clientType"))?,
            stream_type: stream_type.ok_or_else(|| missing("streamType"))?,
            resolution,
        })
    }
}

impl Endpoint for RequestRelayUrl {
    type Response = RelayUrl;
    const METHOD: Method = Method::POST;
    const PATH: &'static str = "/vms/open/webServer/v1/requestRelayUrl";
    const BODY: BodyKind = BodyKind::Query;

    /// The parameters in the query and `{}` as the JSON body (see the type's docs).
    fn encode(&self) -> Result<client_core::Encoded, Error> {
        let query = serde_urlencoded::to_string(self).map_err(|e| Error::Encode {
            path: Self::PATH.into(),
            message: e.to_string(),
        })?;
        Ok(client_core::Encoded {
            query: Some(query),
            body: Some(bytes::Bytes::from_static(b"{}")),
        })
    }

    fn validate(&self) -> Result<(), Error> {
        if self.token.is_empty() {
            return Err(Error::invalid(Self::PATH, "token must not be empty"));
        }
        if self.client_type.as_str().trim().is_empty() {
            return Err(Error::invalid(Self::PATH, "clientType must not be empty"));
        }
        Ok(())
    }
}

// Listed in the endpoint registry like the `endpoint!` ones (feature `client-core/registry`).
client_core::register_endpoint!(RequestRelayUrl);

/// relay服务器地址 — result of 1.4.5.3 and 1.4.5.4.
///
/// When the device is streaming (设备已推流) `url`, `cookie`, `token`, `relay_version`
/// and `client_uuid` are set. When it is not (设备未推流, error -80703) the result holds
/// `session_id` and `token` for [`RequestRelayUrlAgain`].
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct RelayUrl {
    /// relay域名 — relay URL (streaming only), e.g.
    /// `https://…/sdk/{relayReqId}/relayservice?sessionid=…` (1.4.5.3, 1.4.5.4).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// 定位relay服务器地址的cookie — cookie that routes to the relay server (streaming
    /// only); pass it to [`RenewRelayCookie`] (1.4.5.3, 1.4.5.4).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cookie: Option<String>,
    /// SDK视频流凭证token — SDK stream token for this live view / playback (1.4.5.3, 1.4.5.4).
    #[serde(
        default,
        serialize_with = "Secret::serialize_exposed_opt",
        skip_serializing_if = "Option::is_none"
    )]
    pub token: Option<Secret>,
    /// relay协议版本 — relay protocol version (streaming only) (1.4.5.3, 1.4.5.4).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub relay_version: Option<RelayVersion>,
    /// 客户端标识 — client id (streaming only) (1.4.5.3, 1.4.5.4).
    #[serde(
        rename = "clientUUID",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub client_uuid: Option<String>,
    /// 当前会话id — session id to poll [`RequestRelayUrlAgain`] with (not streaming yet) (1.4.5.3, 1.4.5.4).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub session_id: Option<String>,
}

impl RelayUrl {
    /// `true` when the relay address is available (`url` present).
    pub fn is_ready(&self) -> bool {
        self.url.is_some()
    }

    /// The `/sdk/{relayReqId}` part of `url`, the `path` that [`RenewRelayCookie`] takes
    /// (the table says `sdk/{relayReqId}`; the seed's example and the `Set-Cookie` path
    /// carry the leading `/`, which is kept here).
    ///
    /// ```
    /// use tums_client::api::preview::RelayUrl;
    /// let r = RelayUrl { url: Some("https://relay.example:443/sdk/f4e6/relayservice?sessionid=1".into()), ..Default::default() };
    /// assert_eq!(r.relay_path().as_deref(), Some("/sdk/f4e6"));
    /// ```
    pub fn relay_path(&self) -> Option<String> {
        let url = self.url.as_deref()?;
        let start = url.find("/sdk/")?;
        let rest = &url[start + "/sdk/".len()..];
        let id: String = rest
            .chars()
            .take_while(|c| *c != '/' && *c != '?')
            .collect();
        (!id.is_empty()).then(|| format!("/sdk/{id}"))
    }
}

// ---------------------------------------------------------------------------------------
// 1.4.5.4 requestRelayUrlAgain
// ---------------------------------------------------------------------------------------

/// 轮询获得relay服务器地址 — poll for the relay address after [`RequestRelayUrl`]
/// answered -80703 (1.4.5.4). Repeat while the code is -80703. (The 1.4.5.3 text calls
/// this `requestUrlAgain`; the path is `requestRelayUrlAgain`.)
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct RequestRelayUrlAgain {
    /// 会话id — **required**, the `sessionId` returned by 1.4.5.3.
    pub session_id: String,
    /// SDK视频流凭证token — **required**, the `token` returned by 1.4.5.3.
    #[serde(serialize_with = "Secret::serialize_exposed")]
    pub token: Secret,
}

impl RequestRelayUrlAgain {
    /// The poll request for a pending [`RelayUrl`] (`None` unless it carries both
    /// `session_id` and `token`).
    pub fn from_pending(pending: &RelayUrl) -> Option<Self> {
        Some(Self {
            session_id: pending.session_id.clone()?,
            token: pending.token.clone()?,
        })
    }
}

impl RequestRelayUrlAgain {
    fn check(&self, path: &str) -> Result<(), client_core::Error> {
        if self.session_id.is_empty() || self.token.is_empty() {
            return Err(Error::invalid(path, "sessionId and token are required"));
        }
        Ok(())
    }
}

client_core::endpoint!(RequestRelayUrlAgain => RelayUrl, POST "/vms/open/webServer/v1/requestRelayUrlAgain", read, validate);

/// 推流状态 — the outcome of [`RequestRelayUrl`] / [`RequestRelayUrlAgain`], read from
/// the raw envelope because "not streaming yet" is the *error* -80703 carrying a
/// `result` (1.4.5.3/4), which [`crate::Client::send`] would turn into an error.
///
/// Use [`wait_for_relay_url`] for the whole request-then-poll loop, or
/// [`RelayStatus::from_envelope`] on [`crate::Client::raw`] to drive it yourself.
#[derive(Debug, Clone, PartialEq)]
pub enum RelayStatus {
    /// 设备已推流 — the relay address is ready.
    Ready(RelayUrl),
    /// 设备未推流 — not yet: poll with this request.
    Pending(RequestRelayUrlAgain),
}

impl RelayStatus {
    /// Interprets an envelope answered to `path` ([`RequestRelayUrl::PATH`] or
    /// [`RequestRelayUrlAgain::PATH`]).
    ///
    /// * `error_code` 0 → [`RelayStatus::Ready`] (the `result` decoded as [`RelayUrl`]);
    /// * -80703 with `sessionId` and `token` in `result` → [`RelayStatus::Pending`];
    ///   without them, `previous` (the poll request in use, if any) is returned as
    ///   pending again, else the -80703 error;
    /// * any other code → [`crate::Error::Api`].
    ///
    /// ```
    /// use client_core::Endpoint;
    /// use tums_client::api::preview::{RelayStatus, RequestRelayUrl};
    /// use tums_client::envelope::Envelope;
    /// let env: Envelope<serde_json::Value> = serde_json::from_str(
    ///     r#"{"result":{"sessionId":"2df4","token":"t"},"error_code":-80703,"msg":"URL not ready"}"#,
    /// ).unwrap();
    /// match RelayStatus::from_envelope(RequestRelayUrl::PATH, env, None).unwrap() {
    ///     RelayStatus::Pending(again) => assert_eq!(again.session_id, "2df4"),
    ///     RelayStatus::Ready(_) => unreachable!(),
    /// }
    /// ```
    pub fn from_envelope(
        path: &str,
        env: crate::envelope::Envelope<serde_json::Value>,
        previous: Option<&RequestRelayUrlAgain>,
    ) -> crate::Result<Self> {
        let decode = |value: serde_json::Value| -> crate::Result<RelayUrl> {
            serde_json::from_value(value.clone()).map_err(|e| {
                let body = serde_json::to_vec(&value).unwrap_or_default();
                crate::Error::from(Error::decode(path, &body, e))
            })
        };
        match env.error_code {
            0 => Ok(Self::Ready(decode(
                env.result.unwrap_or(serde_json::Value::Null),
            )?)),
            URL_NOT_READY => {
                let pending = match env.result {
                    Some(v) if !v.is_null() => RequestRelayUrlAgain::from_pending(&decode(v)?),
                    _ => None,
                };
                match pending.or_else(|| previous.cloned()) {
                    Some(again) => Ok(Self::Pending(again)),
                    None => Err(api_error(path, URL_NOT_READY, env.msg.as_deref())),
                }
            }
            code => Err(api_error(path, code, env.msg.as_deref())),
        }
    }
}

/// `-80703` URL没准备好 — the device is not streaming yet.
const URL_NOT_READY: i64 = -80703;

/// A vendor error of an envelope read through [`crate::Client::raw`] (HTTP 200).
fn api_error(path: &str, code: i64, message: Option<&str>) -> crate::Error {
    client_core::ApiError::new(
        path,
        crate::ErrorCode::from_code(code),
        message,
        http::StatusCode::OK,
    )
    .into()
}

/// Requests the relay address and, while the device is not streaming yet (-80703),
/// polls [`RequestRelayUrlAgain`] every `poll_interval`, at most `max_polls` times
/// (1.4.5.3 → 1.4.5.4). Gives up with the -80703 [`crate::Error::Api`] when the device
/// still is not streaming.
pub async fn wait_for_relay_url(
    client: &crate::Client,
    request: &RequestRelayUrl,
    poll_interval: std::time::Duration,
    max_polls: u32,
) -> crate::Result<RelayUrl> {
    let env = client.raw(request).await?;
    let mut status = RelayStatus::from_envelope(RequestRelayUrl::PATH, env, None)?;
    let mut polls = 0;
    loop {
        let again = match status {
            RelayStatus::Ready(url) => return Ok(url),
            RelayStatus::Pending(again) => again,
        };
        if polls >= max_polls {
            let message = format!("relay URL still not ready after {polls} polls");
            return Err(api_error(
                RequestRelayUrlAgain::PATH,
                URL_NOT_READY,
                Some(&message),
            ));
        }
        polls += 1;
        tokio::time::sleep(poll_interval).await;
        let env = client.raw(&again).await?;
        status = RelayStatus::from_envelope(RequestRelayUrlAgain::PATH, env, Some(&again))?;
    }
}

// ---------------------------------------------------------------------------------------
// 1.4.5.5 renewRelayCookie
// ---------------------------------------------------------------------------------------

/// 刷新访问流服务器cookie过期时间 — set the browser's relay cookie lifetime; web SDK only
/// (1.4.5.5).
///
/// **The outcome is the HTTP status**: 200 = done, 403 = the request's `Origin` is not
/// allowed (the client reports it as an HTTP error). A 200 answer carries CORS headers
/// (`Access-Control-Allow-Origin` = the request's origin, `…-Methods`,
/// `…-Credentials: true`) and
/// `Set-Cookie: ${cookie};Domain=tp-link.com.cn; Path=${path};Expires=…; Max-Age=${maxAge};SameSite=None; Secure`,
/// which only a browser acts on; the body is `{"error_code":0}`.
///
/// ```
/// use client_core::Endpoint;
/// use tums_client::api::preview::RenewRelayCookie;
/// let mut req = RenewRelayCookie::new("AWSELB=04679f", "/sdk/3e6c", "token");
/// assert!(req.validate().is_ok());
/// req.max_age = Some(3601);
/// assert!(req.validate().is_err());
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct RenewRelayCookie {
    /// 定位relay服务器地址的cookie — **required**, the `cookie` from 1.4.5.3/1.4.5.4.
    pub cookie: String,
    /// SDK视频流凭证token — **required**, the `token` from 1.4.5.3/1.4.5.4.
    #[serde(serialize_with = "Secret::serialize_exposed")]
    pub token: Secret,
    /// 生效路径 — **required**, the `sdk/{relayReqId}` part of the relay `url` (the
    /// example sends `/sdk/…`); see [`RelayUrl::relay_path`] (1.4.5.5).
    pub path: String,
    /// cookie过期时间 — optional cookie lifetime in seconds, `[1, 3600]`, default 1800 (1.4.5.5).
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub max_age: Option<i64>,
}

impl RenewRelayCookie {
    /// The documented `maxAge` range in seconds.
    pub const MAX_AGE_RANGE: std::ops::RangeInclusive<i64> = 1..=3600;
    /// The platform's default `maxAge` (1800 s).
    pub const DEFAULT_MAX_AGE: i64 = 1800;

    /// A renew request with the default lifetime.
    pub fn new(
        cookie: impl Into<String>,
        path: impl Into<String>,
        token: impl Into<Secret>,
    ) -> Self {
        Self {
            cookie: cookie.into(),
            token: token.into(),
            path: path.into(),
            max_age: None,
        }
    }

    /// The renew request for a ready [`RelayUrl`] (`None` unless it has a cookie, a
    /// token and a relay URL with an `/sdk/{id}` part).
    pub fn from_relay(relay: &RelayUrl, max_age: Option<i64>) -> Option<Self> {
        Some(Self {
            cookie: relay.cookie.clone()?,
            token: relay.token.clone()?,
            path: relay.relay_path()?,
            max_age,
        })
    }
}

impl RenewRelayCookie {
    fn check(&self, path: &str) -> Result<(), client_core::Error> {
        if self.cookie.is_empty() || self.path.is_empty() || self.token.is_empty() {
            return Err(Error::invalid(path, "cookie, token and path are required"));
        }
        if let Some(age) = self.max_age {
            if !Self::MAX_AGE_RANGE.contains(&age) {
                return Err(Error::invalid(
                    path,
                    format!("maxAge must be 1..=3600 seconds, got {age}"),
                ));
            }
        }
        Ok(())
    }
}

client_core::endpoint!(RenewRelayCookie => client_core::Ack, POST "/vms/open/webServer/v1/renewRelayCookie", write, validate);

// ---------------------------------------------------------------------------------------
// 1.4.5.6 searchYear
// ---------------------------------------------------------------------------------------

/// 通道定位 — a `devList` entry of [`SearchYear`]: `qrCode`/`mac` plus a **required**
/// `channelId` (1.4.5.6).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ChannelTarget {
    /// 设备码 — 17-character device code; at least one of `qr_code`/`mac` (1.4.5.6).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub qr_code: Option<String>,
    /// 设备mac地址 — MAC, `00-FF-00-17-00-18` (1.4.5.6).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mac: Option<String>,
    /// 通道编号 — **required**, channel from 1 (1.4.5.6).
    #[serde(with = "client_core::lenient::int")]
    pub channel_id: i64,
}

impl ChannelTarget {
    /// Channel `channel_id` of the device with code `qr_code`.
    pub fn qr_code(qr_code: impl Into<String>, channel_id: i64) -> Self {
        Self {
            qr_code: Some(qr_code.into()),
            mac: None,
            channel_id,
        }
    }

    /// Channel `channel_id` of the device with MAC `mac`.
    pub fn mac(mac: impl Into<String>, channel_id: i64) -> Self {
        Self {
            qr_code: None,
            mac: Some(mac.into()),
            channel_id,
        }
    }
}

/// 搜索存在回放录像的日期 — find the days of a year that have recordings (1.4.5.6).
/// `devList` holds 1–100 channels; per-channel failures come back in `failList`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct SearchYear {
    /// 设备列表 — the channels, 1–100 (1.4.5.6).
    pub dev_list: Vec<ChannelTarget>,
    /// 搜索的年份 — **required**, the year, `"yyyy"` (e.g. `"2023"`). The table's key has a
    /// trailing space (`year `), accepted on input (1.4.5.6).
    #[serde(alias = "year ", with = "client_core::lenient::string")]
    pub year: String,
}

impl SearchYear {
    fn check(&self, path: &str) -> Result<(), client_core::Error> {
        check::batch(path, "devList", self.dev_list.len(), MAX_DEV_LIST)?;
        for (i, t) in self.dev_list.iter().enumerate() {
            let what = format!("devList[{i}]");
            check::locator(path, &what, t.qr_code.as_deref(), t.mac.as_deref())?;
            check::channel(path, &format!("{what}.channelId"), t.channel_id)?;
        }
        if self.year.len() != 4 || !self.year.bytes().all(|b| b.is_ascii_digit()) {
            return Err(Error::invalid(
                path,
                format!("year must be \"yyyy\", got {:?}", self.year),
            ));
        }
        Ok(())
    }
}

client_core::endpoint!(SearchYear => SearchYearResult, POST "/vms/open/webServer/v1/searchYear", read, validate);

/// 录像日期结果 — result of 1.4.5.6.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct SearchYearResult {
    /// 设备录像信息列表 — one entry per channel (1.4.5.6).
    #[serde(default)]
    pub device_video_info_list: Vec<DeviceVideoDates>,
}

/// 通道录像日期 — the recording days of one channel (1.4.5.6).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct DeviceVideoDates {
    /// 设备码 — device code, when the request used `qrCode` (1.4.5.6).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub qr_code: Option<String>,
    /// 设备mac地址 — MAC, when the request used `mac` (1.4.5.6).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mac: Option<String>,
    /// 通道编号 — channel (typed string in the table, a number in the example; both read) (1.4.5.6).
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub channel_id: Option<i64>,
    /// 录像日期 — days with recordings, each `mmddxxx` (month, day, then a sequence number
    /// from 001); see [`DeviceVideoDates::days`] (1.4.5.6).
    #[serde(default)]
    pub dates: Vec<String>,
}

/// 录像日期 — one parsed `mmddxxx` entry of [`DeviceVideoDates::dates`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct RecordingDay {
    /// Month, 1–12.
    pub month: u32,
    /// Day of month, 1–31.
    pub day: u32,
    /// 自增序号 — the sequence number (from 1).
    pub seq: u32,
}

impl RecordingDay {
    /// Parses `mmddxxx` (`"0729001"` → July 29, #1). `None` for other shapes.
    ///
    /// ```
    /// use tums_client::api::preview::RecordingDay;
    /// let d = RecordingDay::parse("0729001").unwrap();
    /// assert_eq!((d.month, d.day, d.seq), (7, 29, 1));
    /// assert!(RecordingDay::parse("1329001").is_none());
    /// ```
    pub fn parse(text: &str) -> Option<Self> {
        let t = text.trim();
        if t.len() < 5 || !t.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        let month: u32 = t.get(0..2)?.parse().ok()?;
        let day: u32 = t.get(2..4)?.parse().ok()?;
        let seq: u32 = t.get(4..)?.parse().ok()?;
        ((1..=12).contains(&month) && (1..=31).contains(&day)).then_some(Self { month, day, seq })
    }
}

impl DeviceVideoDates {
    /// The parsable entries of `dates`.
    pub fn days(&self) -> Vec<RecordingDay> {
        self.dates
            .iter()
            .filter_map(|d| RecordingDay::parse(d))
            .collect()
    }
}

// ---------------------------------------------------------------------------------------
// 1.4.5.7–1.4.5.8 searchVideo / searchHumanDetectionVideo
// ---------------------------------------------------------------------------------------

fn check_search_day(path: &str, day: &str) -> Result<(), Error> {
    let ok = day.len() == 8
        && day.bytes().all(|b| b.is_ascii_digit())
        && chrono::NaiveDate::parse_from_str(day, "%Y%m%d").is_ok();
    if !ok {
        return Err(Error::invalid(
            path,
            format!("searchDay must be a date as \"yyyyMMdd\", got {day:?}"),
        ));
    }
    Ok(())
}

/// 搜索当天录像数据 — list the recordings of one day (1.4.5.7). Call [`SearchYear`] first
/// to find the days.
///
/// Recordings are addressed by index: `startIdx`..`endIdx` with
/// `endIdx − startIdx ≤ 100` (the example asks 0..99; whether `endIdx` is inclusive is
/// not specified). Not a [`client_core::Paged`] endpoint: the response has no total.
///
/// ```
/// use client_core::Endpoint;
/// use tums_client::api::preview::SearchVideo;
/// let req = SearchVideo::new("HGD6784KOFV895J08", 1, "20180808", 0, 99);
/// assert!(req.validate().is_ok());
/// assert!(SearchVideo::new("HGD6784KOFV895J08", 1, "20180808", 0, 101).validate().is_err());
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct SearchVideo {
    /// 设备码 — 17-character device code; at least one of `qr_code`/`mac` (1.4.5.7).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub qr_code: Option<String>,
    /// 设备mac地址 — MAC, `00-FF-00-17-00-18` (1.4.5.7).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mac: Option<String>,
    /// 通道编号 — **required** with `qr_code`/`mac`, channel from 1 (1.4.5.7); not sent
    /// (0) with `device_gb_id` (2026 edition 1.4.22.4.2).
    #[serde(
        default,
        with = "client_core::lenient::int",
        skip_serializing_if = "channel_unset"
    )]
    pub channel_id: i64,
    /// deviceGbId — 设备的20位国标设备ID: addresses a GB/T 28181 device instead of
    /// `qr_code`/`mac` (2026 edition 1.4.22.4.2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub device_gb_id: Option<String>,
    /// sipServerId — SIP服务器ID, only with `device_gb_id`, required for a device entrusted
    /// (托管) to you (2026 edition 1.4.22.4.2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sip_server_id: Option<String>,
    /// 搜索的日期 — **required**, `"yyyyMMdd"` (the seed writes yyyyMMDD). The table's key
    /// has a trailing space, accepted on input (1.4.5.7).
    #[serde(alias = "searchDay ")]
    pub search_day: String,
    /// 录像事件开始索引 — **required**, index of the first recording (1.4.5.7).
    #[serde(with = "client_core::lenient::int")]
    pub start_idx: i64,
    /// 录像事件结束索引 — **required**, index of the last recording;
    /// `end_idx − start_idx ≤ 100` (1.4.5.7).
    #[serde(with = "client_core::lenient::int")]
    pub end_idx: i64,
}

impl SearchVideo {
    /// The largest `endIdx − startIdx` (endIdx和startIdx差值不能超过100).
    pub const MAX_SPAN: i64 = 100;

    /// Recordings `start_idx..=end_idx` of channel `channel_id` of device `qr_code` on
    /// `search_day` (`yyyyMMdd`).
    pub fn new(
        qr_code: impl Into<String>,
        channel_id: i64,
        search_day: impl Into<String>,
        start_idx: i64,
        end_idx: i64,
    ) -> Self {
        Self {
            qr_code: Some(qr_code.into()),
            mac: None,
            channel_id,
            search_day: search_day.into(),
            start_idx,
            end_idx,
            device_gb_id: None,
            sip_server_id: None,
        }
    }

    /// Recordings `start_idx..=end_idx` of the GB/T 28181 device `device_gb_id` on
    /// `search_day` (`yyyyMMdd`) (2026 edition 1.4.22.4.2).
    pub fn gb(
        device_gb_id: impl Into<String>,
        search_day: impl Into<String>,
        start_idx: i64,
        end_idx: i64,
    ) -> Self {
        Self {
            qr_code: None,
            mac: None,
            channel_id: 0,
            search_day: search_day.into(),
            start_idx,
            end_idx,
            device_gb_id: Some(device_gb_id.into()),
            sip_server_id: None,
        }
    }

    /// Names the SIP server of an entrusted GB/T 28181 device (2026 edition 1.4.22.4.2).
    pub fn sip_server(mut self, sip_server_id: impl Into<String>) -> Self {
        self.sip_server_id = Some(sip_server_id.into());
        self
    }
}

impl SearchVideo {
    fn check(&self, path: &str) -> Result<(), client_core::Error> {
        let tp_link = check::set_members(&[
            ("qrCode", self.qr_code.is_some()),
            ("mac", self.mac.is_some()),
            ("channelId", !channel_unset(&self.channel_id)),
        ]);
        if !check::gb_form(
            path,
            "request",
            self.device_gb_id.as_deref(),
            self.sip_server_id.as_deref(),
            &tp_link,
        )? {
            check::locator(
                path,
                "request",
                self.qr_code.as_deref(),
                self.mac.as_deref(),
            )?;
            check::channel(path, "channelId", self.channel_id)?;
        }
        check_search_day(path, &self.search_day)?;
        if self.start_idx < 0 || self.end_idx < self.start_idx {
            return Err(Error::invalid(
                path,
                format!(
                    "need 0 <= startIdx <= endIdx, got startIdx {} endIdx {}",
                    self.start_idx, self.end_idx
                ),
            ));
        }
        if self.end_idx - self.start_idx > Self::MAX_SPAN {
            return Err(Error::invalid(
                path,
                format!(
                    "endIdx - startIdx must be at most 100, got {}",
                    self.end_idx - self.start_idx
                ),
            ));
        }
        Ok(())
    }
}

client_core::endpoint!(SearchVideo => VideoSearchResult, POST "/vms/open/webServer/v2/searchVideo", read, validate);

/// Collects **every** recording of the day by repeating [`SearchVideo`] window by
/// window (1.4.5.7), starting at `request.start_idx` with windows of
/// `request.end_idx − request.start_idx`.
///
/// The seed does not say whether `endIdx` is inclusive, so the next window starts
/// right after the recordings actually received, and the walk stops at the first empty
/// window; it works either way at the cost of one final empty request. A server that
/// answers the same recordings again (ignoring `startIdx`) ends the walk with
/// [`client_core::Error::Pagination`], as does passing 1000 windows. `user_id` is the
/// first answer's.
pub async fn search_video_all(
    client: &crate::Client,
    request: &SearchVideo,
) -> crate::Result<VideoSearchResult> {
    let template = request.clone();
    collect_videos(request, move |start, end| {
        let client = client.clone();
        let mut req = template.clone();
        req.start_idx = start;
        req.end_idx = end;
        async move { client.send(&req).await }
    })
    .await
}

/// The window walk of [`search_video_all`], over any fetch function (tested with an
/// in-memory server for both readings of `endIdx`).
async fn collect_videos<F, Fut>(
    request: &SearchVideo,
    mut fetch: F,
) -> crate::Result<VideoSearchResult>
where
    F: FnMut(i64, i64) -> Fut,
    Fut: std::future::Future<Output = crate::Result<VideoSearchResult>>,
{
    const MAX_WINDOWS: usize = 1000;
    request.validate()?;
    let span = request.end_idx - request.start_idx;
    let mut start = request.start_idx;
    let mut out = VideoSearchResult::default();
    let mut previous_first: Option<VideoRecord> = None;
    for window in 0..MAX_WINDOWS {
        let page = fetch(start, start + span).await?;
        if window == 0 {
            out.user_id = page.user_id;
        }
        let Some(first) = page.videos.first().cloned() else {
            return Ok(out);
        };
        if previous_first.as_ref() == Some(&first) {
            return Err(Error::Pagination(format!(
                "{} answered the same recordings for startIdx {start}; it ignores the index",
                SearchVideo::PATH
            ))
            .into());
        }
        previous_first = Some(first);
        start += i64::try_from(page.videos.len()).unwrap_or(i64::MAX);
        out.videos.extend(page.videos);
    }
    Err(Error::Pagination(format!(
        "{} still had recordings after {MAX_WINDOWS} windows",
        SearchVideo::PATH
    ))
    .into())
}

/// 搜索当天所有人形侦测录像数据 — list all human-detection recordings of one day
/// (1.4.5.8). Call [`SearchYear`] first to find the days.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct SearchHumanDetectionVideo {
    /// 设备码 — 17-character device code; at least one of `qr_code`/`mac` (1.4.5.8).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub qr_code: Option<String>,
    /// 设备mac地址 — MAC, `00-FF-00-17-00-18` (1.4.5.8).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mac: Option<String>,
    /// 通道编号 — **required**, channel from 1 (1.4.5.8).
    #[serde(with = "client_core::lenient::int")]
    pub channel_id: i64,
    /// 搜索的日期 — **required**, `"yyyyMMdd"`, e.g. `"20231128"` (1.4.5.8).
    #[serde(alias = "searchDay ")]
    pub search_day: String,
}

impl SearchHumanDetectionVideo {
    /// The human-detection recordings of channel `channel_id` of device `qr_code` on
    /// `search_day` (`yyyyMMdd`).
    pub fn new(qr_code: impl Into<String>, channel_id: i64, search_day: impl Into<String>) -> Self {
        Self {
            qr_code: Some(qr_code.into()),
            mac: None,
            channel_id,
            search_day: search_day.into(),
        }
    }
}

impl SearchHumanDetectionVideo {
    fn check(&self, path: &str) -> Result<(), client_core::Error> {
        check::locator(
            path,
            "request",
            self.qr_code.as_deref(),
            self.mac.as_deref(),
        )?;
        check::channel(path, "channelId", self.channel_id)?;
        check_search_day(path, &self.search_day)
    }
}

client_core::endpoint!(SearchHumanDetectionVideo => VideoSearchResult, POST "/vms/open/webServer/v2/searchHumanDetectionVideo", read, validate);

/// 录像搜索结果 — result of 1.4.5.7 and 1.4.5.8.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct VideoSearchResult {
    /// 回放用户id — playback user id, used to count and limit concurrent playback viewers (1.4.5.7, 1.4.5.8).
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub user_id: Option<i64>,
    /// 录像列表 — the recordings (1.4.5.7, 1.4.5.8).
    #[serde(default)]
    pub videos: Vec<VideoRecord>,
}

/// 录像 — one recording (1.4.5.7/8 `videos`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct VideoRecord {
    /// 开始时间 — start, UNIX seconds on the wire (the table's key has a trailing space) (1.4.5.7/8).
    #[serde(
        default,
        alias = "startTime ",
        with = "client_core::lenient::opt_ts_seconds",
        skip_serializing_if = "Option::is_none"
    )]
    pub start_time: Option<DateTime<Utc>>,
    /// 结束时间 — end, UNIX seconds on the wire (the table mislabels it 开始时间) (1.4.5.7/8).
    #[serde(
        default,
        alias = "endTime ",
        with = "client_core::lenient::opt_ts_seconds",
        skip_serializing_if = "Option::is_none"
    )]
    pub end_time: Option<DateTime<Utc>>,
    /// 录像类型 — the events recorded, a bitmask (1.4.5.1).
    #[serde(default)]
    pub video_type: VideoType,
    /// 录像存储类型 — where the recording is stored (1.4.5.7/8).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source_type: Option<SourceType>,
}

#[cfg(test)]
mod tests {
    use super::*;

    const QR: &str = "HGD6784KOFV895J08";

    #[test]
    fn endpoints_method_path_encoding() {
        fn check<E: Endpoint>(path: &str, body: BodyKind, idempotent: bool) {
            assert_eq!(E::METHOD, Method::POST, "{path}");
            assert_eq!(E::PATH, path);
            assert_eq!(E::BODY, body, "{path}");
            assert_eq!(E::IDEMPOTENT, idempotent, "{path}");
        }
        check::<RequestStreamUrl>(
            "/vms/open/webServer/v1/requestStreamUrl",
            BodyKind::Json,
            false,
        );
        check::<RequestRelayUrl>(
            "/vms/open/webServer/v1/requestRelayUrl",
            BodyKind::Query,
            false,
        );
        check::<RequestRelayUrlAgain>(
            "/vms/open/webServer/v1/requestRelayUrlAgain",
            BodyKind::Json,
            true,
        );
        check::<RenewRelayCookie>(
            "/vms/open/webServer/v1/renewRelayCookie",
            BodyKind::Json,
            false,
        );
        check::<SearchYear>("/vms/open/webServer/v1/searchYear", BodyKind::Json, true);
        check::<SearchVideo>("/vms/open/webServer/v2/searchVideo", BodyKind::Json, true);
        check::<SearchHumanDetectionVideo>(
            "/vms/open/webServer/v2/searchHumanDetectionVideo",
            BodyKind::Json,
            true,
        );
    }

    #[test]
    fn stream_url_request_encodes_json() {
        let req = RequestStreamUrl::new(QR, 1, ClientType::web("chrome 99.0"), StreamType::Video)
            .resolution(StreamResolution::Hd);
        let enc = req.encode().unwrap();
        assert!(enc.query.is_none());
        let v: serde_json::Value = serde_json::from_slice(&enc.body.unwrap()).unwrap();
        assert_eq!(
            v,
            serde_json::json!({"qrCode": QR, "channelId": 1, "clientType": "chrome 99.0", "streamType": "video", "resolution": 2})
        );
        let mut bad = req.clone();
        bad.channel_id = 0;
        assert!(bad.validate().is_err());
        bad = req.clone();
        bad.qr_code = None;
        assert!(bad.validate().is_err());
        bad = req;
        bad.client_type = ClientType::web("  ");
        assert!(bad.validate().is_err());
    }

    #[test]
    fn relay_url_request_goes_in_the_query() {
        let req = RequestRelayUrl {
            token: Secret::new("a b&c"),
            dev_info_id: 576620008414331760,
            client_uuid: None,
            client_type: ClientType::web("chrome 99.0"),
            stream_type: StreamType::DtSpk,
            resolution: None,
        };
        let enc = req.encode().unwrap();
        assert_eq!(enc.body.as_deref(), Some(&b"{}"[..]));
        assert_eq!(
            enc.query.as_deref(),
            Some("token=a+b%26c&devInfoId=576620008414331760&clientType=chrome+99.0&streamType=dtspk")
        );
        assert!(!format!("{req:?}").contains("a b&c"));
        let back = RequestRelayUrl::from_sdk_stream_url(&format!(
            "https://h{}?{}",
            RequestRelayUrl::PATH,
            enc.query.unwrap()
        ))
        .unwrap();
        assert_eq!(back, req);
    }

    #[test]
    fn relay_url_parse_errors() {
        assert!(RequestRelayUrl::from_sdk_stream_url("not a url").is_err());
        let wrong_path = "https://h/vms/open/webServer/v1/other?token=t&devInfoId=1&clientType=x&streamType=video";
        assert!(RequestRelayUrl::from_sdk_stream_url(wrong_path).is_err());
        let no_token = "https://h/vms/open/webServer/v1/requestRelayUrl?devInfoId=1&clientType=x&streamType=video";
        let err = RequestRelayUrl::from_sdk_stream_url(no_token)
            .unwrap_err()
            .to_string();
        assert!(err.contains("token"), "{err}");
        let bad_id = "https://h/vms/open/webServer/v1/requestRelayUrl?token=t&devInfoId=x&clientType=x&streamType=video";
        assert!(RequestRelayUrl::from_sdk_stream_url(bad_id).is_err());
    }

    #[test]
    fn renew_cookie_limits() {
        let mut req = RenewRelayCookie::new("AWSELB=1", "/sdk/3e", "tok");
        for (age, ok) in [
            (None, true),
            (Some(1), true),
            (Some(3600), true),
            (Some(0), false),
            (Some(3601), false),
        ] {
            req.max_age = age;
            assert_eq!(req.validate().is_ok(), ok, "{age:?}");
        }
        req.path.clear();
        assert!(req.validate().is_err());
        let relay = RelayUrl {
            url: Some("https://w-relay:443/sdk/f4e6/relayservice?sessionid=c4".into()),
            cookie: Some("AWSELB=1".into()),
            token: Some(Secret::new("tok")),
            ..Default::default()
        };
        let renew = RenewRelayCookie::from_relay(&relay, Some(600)).unwrap();
        assert_eq!(renew.path, "/sdk/f4e6");
        assert!(renew.validate().is_ok());
        assert!(RenewRelayCookie::from_relay(&RelayUrl::default(), None).is_none());
    }

    #[test]
    fn search_year_validation() {
        let mut req = SearchYear {
            dev_list: vec![ChannelTarget::qr_code(QR, 1)],
            year: "2023".into(),
        };
        assert!(req.validate().is_ok());
        req.year = "23".into();
        assert!(req.validate().is_err());
        req.year = "2023".into();
        req.dev_list = vec![ChannelTarget::qr_code(QR, 1); 101];
        assert!(req.validate().is_err());
        req.dev_list = vec![ChannelTarget::qr_code(QR, 0)];
        assert!(req.validate().is_err());
        req.dev_list.clear();
        assert!(req.validate().is_err());
    }

    #[test]
    fn search_video_validation() {
        assert!(SearchVideo::new(QR, 1, "20180808", 0, 100)
            .validate()
            .is_ok());
        assert!(SearchVideo::new(QR, 1, "20180808", 5, 106)
            .validate()
            .is_err());
        assert!(SearchVideo::new(QR, 1, "20180808", 10, 9)
            .validate()
            .is_err());
        assert!(SearchVideo::new(QR, 1, "20180808", -1, 9)
            .validate()
            .is_err());
        assert!(SearchVideo::new(QR, 1, "2018-08-08", 0, 9)
            .validate()
            .is_err());
        assert!(SearchVideo::new(QR, 1, "20181308", 0, 9)
            .validate()
            .is_err());
        assert!(SearchHumanDetectionVideo::new(QR, 1, "20231128")
            .validate()
            .is_ok());
        assert!(SearchHumanDetectionVideo::new(QR, 1, "2023112")
            .validate()
            .is_err());
    }

    /// An in-memory day of `n` recordings answering windows with an inclusive or an
    /// exclusive `endIdx`.
    async fn walk(n: i64, inclusive: bool, span: i64) -> crate::Result<VideoSearchResult> {
        let day: Vec<VideoRecord> = (0..n)
            .map(|i| VideoRecord {
                start_time: DateTime::from_timestamp(1_700_000_000 + i * 60, 0),
                end_time: DateTime::from_timestamp(1_700_000_000 + i * 60 + 59, 0),
                video_type: VideoType(vec![1, 0]),
                source_type: Some(SourceType::Ipc),
            })
            .collect();
        let req = SearchVideo::new(QR, 1, "20231128", 0, span);
        collect_videos(&req, |start, end| {
            let hi = if inclusive { end + 1 } else { end }.min(n);
            let videos = if start >= hi {
                vec![]
            } else {
                day[start as usize..hi as usize].to_vec()
            };
            async move {
                Ok(VideoSearchResult {
                    user_id: Some(10),
                    videos,
                })
            }
        })
        .await
    }

    #[tokio::test]
    async fn search_video_walk_covers_the_day_either_way() {
        for inclusive in [true, false] {
            for n in [0, 1, 99, 100, 101, 137, 250] {
                let all = walk(n, inclusive, 99).await.unwrap();
                assert_eq!(all.videos.len() as i64, n, "n={n} inclusive={inclusive}");
                let mut sorted = all.videos.clone();
                sorted.dedup();
                assert_eq!(sorted.len() as i64, n, "no duplicates");
                assert_eq!(all.user_id, Some(10));
            }
        }
        assert!(
            walk(10, true, 101).await.is_err(),
            "span over 100 is rejected first"
        );
    }

    #[tokio::test]
    async fn search_video_walk_stops_a_server_that_ignores_the_index() {
        let req = SearchVideo::new(QR, 1, "20231128", 0, 99);
        let same = VideoRecord {
            start_time: DateTime::from_timestamp(1_700_000_000, 0),
            end_time: DateTime::from_timestamp(1_700_000_060, 0),
            video_type: VideoType(vec![2, 0]),
            source_type: None,
        };
        let err = collect_videos(&req, |_, _| {
            let videos = vec![same.clone()];
            async move {
                Ok(VideoSearchResult {
                    user_id: None,
                    videos,
                })
            }
        })
        .await
        .unwrap_err();
        assert!(err.to_string().contains("ignores the index"), "{err}");
    }

    #[test]
    fn video_type_bits() {
        assert_eq!(VideoEvent::ALL.len(), 50);
        for e in VideoEvent::ALL {
            assert_eq!(e.mask().count_ones(), 1, "{e:?}");
            let t = VideoType::from_events(&[*e]);
            assert_eq!(t.events(), vec![*e]);
            assert!(!t.has_unknown_bits());
        }
        let t = VideoType(vec![26, 0]);
        assert_eq!(
            t.events(),
            vec![
                VideoEvent::MotionDetection,
                VideoEvent::LineCrossing,
                VideoEvent::RegionIntrusion
            ]
        );
        assert!(VideoType(vec![0, 1 << 20, 0]).has_unknown_bits());
        assert_eq!(
            VideoType::from_events(&[VideoEvent::MotionHumanEnhanced]).0,
            vec![-2147483648, 0]
        );
        let t: VideoType = serde_json::from_str("[0, 128, 0]").unwrap();
        assert!(t.contains(VideoEvent::EntranceHumanEnhanced));
        assert_eq!(serde_json::to_string(&t).unwrap(), "[0,128,0]");
    }

    #[test]
    fn enums_keep_unknown_values() {
        assert_eq!(
            serde_json::from_str::<StreamType>("\"sdvod\"").unwrap(),
            StreamType::SdVod
        );
        assert_eq!(
            serde_json::from_str::<StreamResolution>("3").unwrap(),
            StreamResolution::Third
        );
        assert_eq!(
            serde_json::from_str::<RelayVersion>("\"2.0\"").unwrap(),
            RelayVersion::V2_0
        );
        assert_eq!(
            serde_json::from_str::<RelayVersion>("\"3.0\"").unwrap(),
            RelayVersion::Unknown("3.0".into())
        );
        assert_eq!(
            serde_json::from_str::<SourceType>("1").unwrap(),
            SourceType::Nvr
        );
        assert_eq!(
            serde_json::from_str::<ClientType>("\"AndroidSDKClient\"").unwrap(),
            ClientType::AndroidSdkClient
        );
    }

    #[test]
    fn records_read_trailing_space_keys_and_seconds() {
        let r: VideoRecord = serde_json::from_str(
            r#"{"startTime ":1647964794,"endTime ":"1647994738","videoType":[1,0],"sourceType":0}"#,
        )
        .unwrap();
        assert_eq!(r.start_time.unwrap().timestamp(), 1647964794);
        assert_eq!(r.end_time.unwrap().timestamp(), 1647994738);
        assert_eq!(r.source_type, Some(SourceType::Ipc));
    }

    proptest::proptest! {
        #[test]
        fn video_type_round_trips_any_event_set(mask in proptest::collection::vec(proptest::bool::ANY, 50)) {
            let chosen: Vec<VideoEvent> = VideoEvent::ALL
                .iter()
                .zip(&mask)
                .filter(|(_, on)| **on)
                .map(|(e, _)| *e)
                .collect();
            let t = VideoType::from_events(&chosen);
            proptest::prop_assert_eq!(t.events(), chosen.clone());
            proptest::prop_assert!(!t.has_unknown_bits());
            let json = serde_json::to_string(&t).unwrap();
            let back: VideoType = serde_json::from_str(&json).unwrap();
            proptest::prop_assert_eq!(back.events(), chosen);
        }
    }
}
