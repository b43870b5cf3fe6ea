//! 1.4.6 HTTP-FLV 拉流 — HTTP-FLV stream addresses (TUMS 2026-08-31 edition
//! 1.4.6.1–1.4.6.3).
//!
//! [`GetHttpFlvUrl`] returns a URL on `/vms/open/httpFlvServer/v1/getHttpFlvStream.flv`
//! carrying a `token` in its query: valid for 2 h, one FLV stream at a time. That URL
//! is fetched directly by a player (it is not a signed API call, so it has no endpoint
//! type); [`HttpFlvStreamUrl`] reads its parts. When a stream ends,
//! [`GetHttpFlvCloseReason`] tells why ([`CloseReason`], kept 30 min).

use client_core::Error;
use serde::{Deserialize, Serialize};

use crate::api::check;

/// The path of the stream URLs [`GetHttpFlvUrl`] returns (1.4.6.2).
pub const STREAM_PATH: &str = "/vms/open/httpFlvServer/v1/getHttpFlvStream.flv";

client_core::str_enum! {
    /// 流类型 — stream type (1.4.6.2 type).
    pub enum FlvStreamType {
        /// video — 预览, live view.
        Live = "video",
        /// sdvod — 回放, playback.
        Playback = "sdvod",
    }
}

client_core::str_enum! {
    /// 清晰度 — live-view resolution (1.4.6.2 resolution).
    pub enum FlvResolution {
        /// VGA — 流畅, smooth.
        Vga = "VGA",
        /// HD — 高清, high definition.
        Hd = "HD",
    }
}

client_core::str_enum! {
    /// 取流视频编码 — live-view codec (1.4.6.2 videoCode). Changing it changes every
    /// stream of the device.
    pub enum FlvVideoCode {
        /// H264.
        H264 = "H264",
        /// H265.
        H265 = "H265",
    }
}

/// 获取 HTTP-FLV 取流地址 — an HTTP-FLV URL for live view or playback (1.4.6.2).
///
/// ```
/// use client_core::Endpoint;
/// use tums_client::api::http_flv::{FlvResolution, GetHttpFlvUrl};
/// let live = GetHttpFlvUrl::live("16E0091709B04C926", 1, FlvResolution::Hd);
/// assert!(live.validate().is_ok());
/// let playback = GetHttpFlvUrl::playback("16E0091709B04C926", 1, 1718356689000, None);
/// assert!(playback.validate().is_ok());
/// let mut bad = live.clone();
/// bad.resolution = None; // required for live view
/// assert!(bad.validate().is_err());
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct GetHttpFlvUrl {
    /// 设备码 — this or `mac` (1.4.6.2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub qr_code: Option<String>,
    /// 设备mac地址 (1.4.6.2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mac: Option<String>,
    /// 通道编号 — **required**, from 1 (1.4.6.2).
    #[serde(with = "client_core::lenient::int")]
    pub channel_id: i64,
    /// 流类型 — **required** (1.4.6.2).
    #[serde(rename = "type")]
    pub stream_type: FlvStreamType,
    /// 清晰度 — live view only, required there (1.4.6.2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub resolution: Option<FlvResolution>,
    /// 取流视频编码 — live view only; the device's current codec when absent (1.4.6.2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub video_code: Option<FlvVideoCode>,
    /// 回放开始时间 — epoch milliseconds; playback only, required there (1.4.6.2).
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub playback_start_time: Option<i64>,
    /// 回放结束时间 — epoch milliseconds; playback only (1.4.6.2).
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub playback_end_time: Option<i64>,
}

impl GetHttpFlvUrl {
    /// Live view of channel `channel_id` of device `qr_code`.
    pub fn live(qr_code: impl Into<String>, channel_id: i64, resolution: FlvResolution) -> Self {
        Self {
            qr_code: Some(qr_code.into()),
            mac: None,
            channel_id,
            stream_type: FlvStreamType::Live,
            resolution: Some(resolution),
            video_code: None,
            playback_start_time: None,
            playback_end_time: None,
        }
    }

    /// Playback from `start_ms` (to `end_ms`, when given) of channel `channel_id`.
    pub fn playback(
        qr_code: impl Into<String>,
        channel_id: i64,
        start_ms: i64,
        end_ms: Option<i64>,
    ) -> Self {
        Self {
            qr_code: Some(qr_code.into()),
            mac: None,
            channel_id,
            stream_type: FlvStreamType::Playback,
            resolution: None,
            video_code: None,
            playback_start_time: Some(start_ms),
            playback_end_time: end_ms,
        }
    }

    fn check(&self, path: &str) -> Result<(), Error> {
        check::locator(
            path,
            "request",
            self.qr_code.as_deref(),
            self.mac.as_deref(),
        )?;
        check::channel(path, "channelId", self.channel_id)?;
        match &self.stream_type {
            FlvStreamType::Live => {
                if self.resolution.is_none() {
                    return Err(Error::invalid(
                        path,
                        "resolution is required when type is video (live view)",
                    ));
                }
            }
            FlvStreamType::Playback => {
                let Some(start) = self.playback_start_time else {
                    return Err(Error::invalid(
                        path,
                        "playbackStartTime is required when type is sdvod (playback)",
                    ));
                };
                client_core::validate::at_least(path, "playbackStartTime", start, 0)?;
                if let Some(end) = self.playback_end_time {
                    client_core::validate::ordered(
                        path,
                        "playbackStartTime",
                        &start,
                        "playbackEndTime",
                        &end,
                    )?;
                }
            }
            FlvStreamType::Unknown(t) => {
                return Err(Error::invalid(
                    path,
                    format!("type must be video or sdvod, got {t:?}"),
                ))
            }
        }
        Ok(())
    }
}

client_core::endpoint!(GetHttpFlvUrl => HttpFlvUrl, POST "/vms/open/httpFlvService/v1/getHttpFlvUrl", read, validate);

/// HTTP-FLV 取流地址 — the result of [`GetHttpFlvUrl`] (1.4.6.2).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct HttpFlvUrl {
    /// url — the stream URL, valid 2 h, one stream at a time (1.4.6.2). It carries an
    /// access token: treat it as a secret.
    #[serde(default)]
    pub url: String,
}

impl HttpFlvUrl {
    /// The URL's parts ([`HttpFlvStreamUrl::parse`]).
    pub fn parts(&self) -> Option<HttpFlvStreamUrl> {
        HttpFlvStreamUrl::parse(&self.url)
    }
}

/// The parts of a stream URL (`…/getHttpFlvStream.flv?token=…&deviceIndex=…`, 1.4.6.2).
/// `Debug` never shows the token.
#[derive(Clone, PartialEq, Eq)]
pub struct HttpFlvStreamUrl {
    /// The whole URL, as received (with the token).
    pub url: url::Url,
    /// token — the access token (secret).
    pub token: client_core::Secret,
    /// deviceIndex.
    pub device_index: Option<String>,
    /// channelId.
    pub channel_id: Option<i64>,
    /// type — `video` or `sdvod`.
    pub stream_type: Option<FlvStreamType>,
}

impl std::fmt::Debug for HttpFlvStreamUrl {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("HttpFlvStreamUrl")
            .field("host", &self.url.host_str())
            .field("path", &self.url.path())
            .field("token", &self.token)
            .field("device_index", &self.device_index)
            .field("channel_id", &self.channel_id)
            .field("stream_type", &self.stream_type)
            .finish()
    }
}

impl HttpFlvStreamUrl {
    /// Reads a stream URL: an absolute http(s) URL on [`STREAM_PATH`] with a non-empty
    /// `token`; `None` otherwise.
    ///
    /// ```
    /// use tums_client::api::http_flv::{FlvStreamType, HttpFlvStreamUrl};
    /// let u = HttpFlvStreamUrl::parse(
    ///     "https://flv.example.com:443/vms/open/httpFlvServer/v1/getHttpFlvStream.flv?token=t0k&deviceIndex=d1&channelId=1&type=video",
    /// ).unwrap();
    /// assert_eq!(u.channel_id, Some(1));
    /// assert_eq!(u.stream_type, Some(FlvStreamType::Live));
    /// assert!(!format!("{u:?}").contains("t0k"));
    /// assert!(HttpFlvStreamUrl::parse("https://h/other?token=x").is_none());
    /// ```
    pub fn parse(text: &str) -> Option<HttpFlvStreamUrl> {
        let url = url::Url::parse(text.trim()).ok()?;
        if !matches!(url.scheme(), "http" | "https") || url.path() != STREAM_PATH {
            return None;
        }
        let get = |name: &str| {
            url.query_pairs()
                .find(|(k, _)| k == name)
                .map(|(_, v)| v.into_owned())
        };
        let token = get("token").filter(|t| !t.is_empty())?;
        Some(HttpFlvStreamUrl {
            token: client_core::Secret::new(token),
            device_index: get("deviceIndex"),
            channel_id: get("channelId").and_then(|c| c.parse().ok()),
            stream_type: get("type").map(|t| FlvStreamType::from_wire(&t)),
            url,
        })
    }
}

/// 获取某地址最后一次取流关闭的原因 — why the last stream of a URL closed (1.4.6.3;
/// kept 30 min).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct GetHttpFlvCloseReason {
    /// url — **required**, a URL from [`GetHttpFlvUrl`] (1.4.6.3).
    pub url: String,
}

impl GetHttpFlvCloseReason {
    fn check(&self, path: &str) -> Result<(), Error> {
        // The documented URLs keep `${hostName}:${port}` placeholders, so only the
        // stream path is required (the platform recognises its own URLs).
        check::non_empty(path, "url", &self.url)?;
        if !self.url.contains(STREAM_PATH) {
            return Err(Error::invalid(
                path,
                format!("url must be a stream URL from getHttpFlvUrl (on {STREAM_PATH})"),
            ));
        }
        Ok(())
    }
}

client_core::endpoint!(GetHttpFlvCloseReason => HttpFlvCloseReason, POST "/vms/open/httpFlvService/v1/getHttpFlvCloseReason", read, validate);

client_core::int_enum! {
    /// closeReason — 关流原因 (表 1.4.6.1-1). The extraction prints the table's two
    /// columns (0–7, 8–15) with the descriptions shifted off their numbers; each column
    /// holds exactly eight descriptions, read here in order. Codes the table does not
    /// list are kept.
    pub enum CloseReason {
        /// 0 — 无异常/设备主动断开, no error / the device closed.
        Normal = 0,
        /// 1 — 未知错误, unknown error.
        UnknownError = 1,
        /// 2 — 用户主动关闭, closed by the user.
        ClosedByUser = 2,
        /// 3 — 内部拉流失败, internal pull failed.
        InternalPullFailed = 3,
        /// 4 — 拉流请求方法错误, wrong request method.
        WrongMethod = 4,
        /// 5 — 拉流地址错误, wrong stream address.
        WrongAddress = 5,
        /// 6 — 拉流请求参数错误, wrong request parameters.
        WrongParameters = 6,
        /// 7 — 鉴权失败/地址过期/token 错误, authentication failed / expired / bad token.
        AuthFailed = 7,
        /// 8 — 调用内部接口失败, internal call failed.
        InternalCallFailed = 8,
        /// 9 — 内部其他错误, other internal error.
        InternalOther = 9,
        /// 10 — 拉流到期, stream expired.
        Expired = 10,
        /// 11 — 地址错误/关流原因过期/无关流原因, bad address / reason expired / none.
        NoReason = 11,
        /// 12 — 地址重复拉流, the address is already streaming.
        DuplicatePull = 12,
        /// 13 — 无回放数据, no playback data.
        NoPlaybackData = 13,
        /// 14 — 视频编码不支持, video codec not supported.
        VideoCodecUnsupported = 14,
        /// 15 — 音频编码不支持, audio codec not supported.
        AudioCodecUnsupported = 15,
    }
}

/// The result of [`GetHttpFlvCloseReason`] (1.4.6.3). The table types `closeReason`
/// string, the example sends a number; both are read.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct HttpFlvCloseReason {
    /// 关闭原因 (表 1.4.6.1-1).
    #[serde(
        default,
        with = "lenient_reason",
        skip_serializing_if = "Option::is_none"
    )]
    pub close_reason: Option<CloseReason>,
}

/// `closeReason` as a number or a numeric string.
mod lenient_reason {
    use super::CloseReason;
    use serde::{Deserializer, Serialize, Serializer};

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Option<CloseReason>, D::Error> {
        Ok(client_core::lenient::opt_int::deserialize(d)?.map(CloseReason::from_code))
    }

    pub fn serialize<S: Serializer>(v: &Option<CloseReason>, s: S) -> Result<S::Ok, S::Error> {
        v.serialize(s)
    }
}
