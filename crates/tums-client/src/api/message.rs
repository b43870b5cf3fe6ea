//! 1.4.6 消息订阅 — message push subscription: the application-level configuration
//! endpoints (tums-open-api.txt 1.4.6.1–1.4.6.2).
//!
//! Once configured, the cloud POSTs device alarm messages to `serverUrl`; the pushed
//! payload and a receiver are in [`crate::webhook`]. The content types
//! (`msgContentType`) are [`MsgContentType`] (1.4.6.5); an empty list means "all types".

use client_core::Error;
use serde::{Deserialize, Serialize};

use crate::webhook::MsgContentType;

/// 添加或者更新应用维度的消息订阅配置 — create or replace the application's push
/// subscription (1.4.6.1). Returns nothing on success.
///
/// ```
/// use client_core::Endpoint;
/// use tums_client::api::message::SetAppMsgPushConfig;
/// use tums_client::webhook::MsgContentType;
/// let all = SetAppMsgPushConfig::all("https://example.com/tums/push");
/// assert!(all.validate().is_ok());
/// let some = SetAppMsgPushConfig::only(
///     "https://example.com/tums/push",
///     [MsgContentType::from_wire("ipcDeviceOnline"), MsgContentType::from_wire("ipcDeviceOffline")],
/// );
/// assert_eq!(some.msg_content_type.len(), 2);
/// assert!(SetAppMsgPushConfig::all("").validate().is_err());
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct SetAppMsgPushConfig {
    /// 接收设备报警消息的url — **required**, where the cloud POSTs device messages; not
    /// empty; the seed's example uses plain `http://…:8002/msg` (1.4.6.1).
    pub server_url: String,
    /// 订阅消息开关 — **required**, push on (`true`, wire `1`) or off (`false`, wire `0`) (1.4.6.1).
    #[serde(with = "client_core::lenient::bool_int")]
    pub open_msg_transport: bool,
    /// 接收的设备消息类型 — **required**, the content types to receive (1.4.6.5); an
    /// **empty list receives every type**.
    #[serde(default)]
    pub msg_content_type: Vec<MsgContentType>,
}

impl SetAppMsgPushConfig {
    /// Push switched on, every content type, to `server_url`.
    pub fn all(server_url: impl Into<String>) -> Self {
        Self {
            server_url: server_url.into(),
            open_msg_transport: true,
            msg_content_type: Vec::new(),
        }
    }

    /// Push switched on, only `types`, to `server_url`.
    pub fn only(
        server_url: impl Into<String>,
        types: impl IntoIterator<Item = MsgContentType>,
    ) -> Self {
        Self {
            server_url: server_url.into(),
            open_msg_transport: true,
            msg_content_type: types.into_iter().collect(),
        }
    }

    /// Push switched off (the URL must still be given and non-empty).
    pub fn off(server_url: impl Into<String>) -> Self {
        Self {
            open_msg_transport: false,
            ..Self::all(server_url)
        }
    }
}

impl SetAppMsgPushConfig {
    fn check(&self, path: &str) -> Result<(), client_core::Error> {
        if self.server_url.trim().is_empty() {
            return Err(Error::invalid(path, "serverUrl must not be empty"));
        }
        match url::Url::parse(self.server_url.trim()) {
            Ok(u) if matches!(u.scheme(), "http" | "https") && u.has_host() => Ok(()),
            _ => Err(Error::invalid(
                path,
                format!(
                    "serverUrl must be an absolute http(s) URL, got {:?}",
                    self.server_url
                ),
            )),
        }
    }
}

// The seed prints this path with a trailing space; the space is not part of it.
client_core::endpoint!(SetAppMsgPushConfig => client_core::Ack, POST "/tums/open/msgTranspond/v1/setAppMsgPushConfig", write, validate);

/// 查询应用的消息订阅配置 — read the application's push subscription (1.4.6.2). No
/// parameters (the body is `{}`).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct GetAppMsgPushConfig {}

client_core::endpoint!(GetAppMsgPushConfig => AppMsgPushConfig, POST "/tums/open/msgTranspond/v1/getAppMsgPushConfig", read);

/// 应用的消息订阅配置 — the application's push subscription (result of 1.4.6.2).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct AppMsgPushConfig {
    /// 应用id — application id (a string, e.g. `"2583"`; a number is also read) (1.4.6.2).
    #[serde(default, with = "client_core::lenient::string")]
    pub app_id: String,
    /// 接收设备报警消息的url — the push URL (1.4.6.2).
    #[serde(default)]
    pub server_url: String,
    /// 订阅消息开关 — push on (wire `1`) or off (wire `0`) (1.4.6.2).
    #[serde(default, with = "client_core::lenient::bool_int")]
    pub open_msg_transport: bool,
    /// 接收的设备消息类型 — the content types received (1.4.6.5); empty = every type.
    #[serde(default)]
    pub msg_content_type: Vec<MsgContentType>,
}

impl AppMsgPushConfig {
    /// `true` when push is on and `kind` is subscribed (an empty list subscribes to
    /// every type).
    ///
    /// ```
    /// use tums_client::api::message::AppMsgPushConfig;
    /// use tums_client::webhook::MsgContentType;
    /// let cfg: AppMsgPushConfig = serde_json::from_str(
    ///     r#"{"appId":"2583","serverUrl":"http://h/msg","openMsgTransport":1,"msgContentType":[]}"#,
    /// ).unwrap();
    /// assert!(cfg.receives(&MsgContentType::from_wire("ipcDeviceOffline")));
    /// ```
    pub fn receives(&self, kind: &MsgContentType) -> bool {
        self.open_msg_transport
            && (self.msg_content_type.is_empty() || self.msg_content_type.contains(kind))
    }

    /// The request that would set this configuration again.
    pub fn to_request(&self) -> SetAppMsgPushConfig {
        SetAppMsgPushConfig {
            server_url: self.server_url.clone(),
            open_msg_transport: self.open_msg_transport,
            msg_content_type: self.msg_content_type.clone(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    #[allow(unused_imports)]
    use client_core::Endpoint;
    use http::Method;

    #[test]
    fn method_path_encoding() {
        assert_eq!(SetAppMsgPushConfig::METHOD, Method::POST);
        assert_eq!(
            SetAppMsgPushConfig::PATH,
            "/tums/open/msgTranspond/v1/setAppMsgPushConfig"
        );
        assert_eq!(GetAppMsgPushConfig::METHOD, Method::POST);
        assert_eq!(
            GetAppMsgPushConfig::PATH,
            "/tums/open/msgTranspond/v1/getAppMsgPushConfig"
        );
        let idempotent = [
            SetAppMsgPushConfig::IDEMPOTENT,
            GetAppMsgPushConfig::IDEMPOTENT,
        ];
        assert_eq!(idempotent, [false, true]);
        assert_eq!(
            GetAppMsgPushConfig {}.encode().unwrap().body.as_deref(),
            Some(&b"{}"[..])
        );
        let req = SetAppMsgPushConfig::only(
            "http://tp-vcs-test.tpddns.cn:8002/msg",
            [MsgContentType::from_wire("ipcDeviceOnline")],
        );
        let body: serde_json::Value =
            serde_json::from_slice(&req.encode().unwrap().body.unwrap()).unwrap();
        assert_eq!(
            body,
            serde_json::json!({
                "serverUrl": "http://tp-vcs-test.tpddns.cn:8002/msg",
                "openMsgTransport": 1,
                "msgContentType": ["ipcDeviceOnline"]
            })
        );
        let off: serde_json::Value = serde_json::from_slice(
            &SetAppMsgPushConfig::off("https://h/x")
                .encode()
                .unwrap()
                .body
                .unwrap(),
        )
        .unwrap();
        assert_eq!(off["openMsgTransport"], 0);
        assert_eq!(off["msgContentType"], serde_json::json!([]));
    }

    #[test]
    fn server_url_is_checked() {
        for bad in ["", "   ", "not a url", "ftp://h/x", "/relative"] {
            assert!(SetAppMsgPushConfig::all(bad).validate().is_err(), "{bad:?}");
        }
        for good in [
            "http://tp-vcs-test.tpddns.cn:8002/msg",
            "https://example.com/push",
        ] {
            assert!(SetAppMsgPushConfig::all(good).validate().is_ok(), "{good}");
        }
    }

    #[test]
    fn receives_follows_switch_and_list() {
        let mut cfg = AppMsgPushConfig {
            app_id: "1".into(),
            server_url: "http://h".into(),
            open_msg_transport: true,
            msg_content_type: vec![MsgContentType::from_wire("ipcDeviceOnline")],
        };
        let online = MsgContentType::from_wire("ipcDeviceOnline");
        let offline = MsgContentType::from_wire("ipcDeviceOffline");
        assert!(cfg.receives(&online));
        assert!(!cfg.receives(&offline));
        cfg.open_msg_transport = false;
        assert!(!cfg.receives(&online));
        assert!(!cfg.to_request().open_msg_transport);
        let unknown: AppMsgPushConfig = serde_json::from_str(
            r#"{"appId":2583,"serverUrl":"http://h","openMsgTransport":"1","msgContentType":["brandNewType"]}"#,
        )
        .unwrap();
        assert_eq!(unknown.app_id, "2583");
        assert_eq!(
            unknown.msg_content_type,
            vec![MsgContentType::Unknown("brandNewType".into())]
        );
    }
}
