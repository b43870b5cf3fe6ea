//! 1.4.3.5–1.4.3.8 NVR 通道 — discovering and adding IPCs through an NVR.

#[allow(unused_imports)]
use super::*;

// ---------------------------------------------------------------------------------------
// 1.4.3.5–1.4.3.8 NVR channels
// ---------------------------------------------------------------------------------------

/// 控制NVR发现IPC设备 — make an NVR discover the not-yet-added IPCs on its LAN (1.4.3.5).
///
/// Asynchronous: poll [`GetNotAddedIpcInfoByNvr`]. The NVR must be online and on trial
/// or paid. Returns nothing on success.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct DiscoverIpcByNvr {
    /// NVR设备码 — NVR 17-character device code; at least one of `qr_code`/`mac`,
    /// `qr_code` wins when both are sent (1.4.3.5).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub qr_code: Option<String>,
    /// NVR设备mac地址 — NVR MAC, `00-FF-00-17-00-18` (1.4.3.5).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mac: Option<String>,
}

impl DiscoverIpcByNvr {
    fn check(&self, path: &str) -> Result<(), client_core::Error> {
        check::locator(
            path,
            "request",
            self.qr_code.as_deref(),
            self.mac.as_deref(),
        )
    }
}

client_core::endpoint!(DiscoverIpcByNvr => client_core::Ack, POST "/vms/open/deviceManager/v1/discoverIpcByNvr", write, validate);

/// 查询NVR发现同一局域网下未被添加的IPC进度 — poll the result of [`DiscoverIpcByNvr`]
/// (1.4.3.6). The result stays valid for 30 s.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct GetNotAddedIpcInfoByNvr {
    /// NVR设备码 — NVR 17-character device code; at least one of `qr_code`/`mac` (1.4.3.6).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub qr_code: Option<String>,
    /// NVR设备mac地址 — NVR MAC, `00-FF-00-17-00-18` (1.4.3.6).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mac: Option<String>,
}

impl GetNotAddedIpcInfoByNvr {
    fn check(&self, path: &str) -> Result<(), client_core::Error> {
        check::locator(
            path,
            "request",
            self.qr_code.as_deref(),
            self.mac.as_deref(),
        )
    }
}

client_core::endpoint!(GetNotAddedIpcInfoByNvr => NotAddedIpcInfo, POST "/vms/open/deviceManager/v1/getNotAddedIpcInfoByNvr", read, validate);

/// NVR发现结果 — discovery progress and the IPCs found (result of 1.4.3.6).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct NotAddedIpcInfo {
    /// NVR发现设备的过程是否结束 — `true` when discovery has finished; only then is
    /// `list` filled. The table writes `finished`, the seed's example `finish`; both are
    /// accepted (1.4.3.6).
    #[serde(alias = "finish", with = "client_core::lenient::bool", default)]
    pub finished: bool,
    /// 未添加的IPC列表 — the IPCs found (empty until `finished`) (1.4.3.6).
    #[serde(default)]
    pub list: Vec<DiscoveredIpc>,
}

/// 发现的IPC — one IPC found by an NVR (1.4.3.6); pass its fields to [`AddIpcListToNvr`].
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct DiscoveredIpc {
    /// 设备唯一ID — unique id, used when adding the IPC to a channel (1.4.3.6).
    #[serde(default)]
    pub uuid: String,
    /// 设备IP — IP address, used when adding (1.4.3.6).
    #[serde(default)]
    pub ip: String,
    /// 设备端口 — port (a string, e.g. `"80"`), used when adding (1.4.3.6).
    #[serde(default, with = "client_core::lenient::string")]
    pub port: String,
    /// 连接协议 — connection protocol (e.g. `ONVIF`), used when adding (1.4.3.6).
    #[serde(default)]
    pub connect_protocol: String,
    /// 激活状态 — activation support and state; `None` when the IPC or NVR cannot report
    /// it (1.4.3.6).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub activate_status: Option<ActivateStatus>,
}

impl DiscoveredIpc {
    /// The entry to add this IPC with [`AddIpcListToNvr`] (no credentials: set
    /// `username`/`password` for IPCs that have a password).
    pub fn to_add(&self) -> IpcToAdd {
        IpcToAdd {
            uuid: self.uuid.clone(),
            ip: self.ip.clone(),
            port: self.port.clone(),
            connect_protocol: self.connect_protocol.clone(),
            username: None,
            password: None,
        }
    }
}

/// 把IPC添加到NVR通道下 — add IPCs found by [`GetNotAddedIpcInfoByNvr`] to NVR channels
/// (1.4.3.7).
///
/// `list` holds 1–128 IPCs. IPCs that support activation but are not activated cannot
/// be mixed with others; they are all activated with the same `activate_password`.
/// The NVR must be on trial or paid.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct AddIpcListToNvr {
    /// NVR设备码 — NVR 17-character device code; at least one of `qr_code`/`mac` (1.4.3.7).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub qr_code: Option<String>,
    /// 设备mac地址 — NVR MAC, `00-FF-00-17-00-18` (1.4.3.7).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mac: Option<String>,
    /// 激活密码 — optional activation password for IPCs that support activation but are
    /// not activated. When set, every IPC in `list` must be such an IPC (1.4.3.7).
    #[serde(
        default,
        serialize_with = "Secret::serialize_exposed_opt",
        skip_serializing_if = "Option::is_none"
    )]
    pub activate_password: Option<Secret>,
    /// IPC列表 — **required**, the IPCs to add, 1–128 entries (1.4.3.7).
    pub list: Vec<IpcToAdd>,
}

impl AddIpcListToNvr {
    /// The largest `list` accepted (请求参数中list的长度范围不超过128).
    pub const MAX_LIST: usize = 128;
}

/// 待添加的IPC — one IPC to add to an NVR channel (1.4.3.7 `list`).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct IpcToAdd {
    /// 设备唯一ID — **required**, unique id from 1.4.3.6.
    pub uuid: String,
    /// 设备IP — **required**, IP address from 1.4.3.6.
    pub ip: String,
    /// 设备端口 — **required**, port from 1.4.3.6 (a string).
    #[serde(with = "client_core::lenient::string")]
    pub port: String,
    /// 连接协议 — **required**, connection protocol from 1.4.3.6.
    pub connect_protocol: String,
    /// 登录用户名 — login user name; ignored for unactivated or password-less IPCs,
    /// required otherwise (1.4.3.7).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub username: Option<String>,
    /// 登录密码 — login password; ignored for unactivated or password-less IPCs,
    /// required otherwise (1.4.3.7).
    #[serde(
        default,
        serialize_with = "Secret::serialize_exposed_opt",
        skip_serializing_if = "Option::is_none"
    )]
    pub password: Option<Secret>,
}

impl AddIpcListToNvr {
    fn check(&self, path: &str) -> Result<(), client_core::Error> {
        check::locator(
            path,
            "request",
            self.qr_code.as_deref(),
            self.mac.as_deref(),
        )?;
        check::batch(path, "list", self.list.len(), Self::MAX_LIST)?;
        for (i, ipc) in self.list.iter().enumerate() {
            if ipc.uuid.is_empty()
                || ipc.ip.is_empty()
                || ipc.port.is_empty()
                || ipc.connect_protocol.is_empty()
            {
                return Err(Error::invalid(
                    path,
                    format!("list[{i}]: uuid, ip, port and connectProtocol are required"),
                ));
            }
        }
        Ok(())
    }
}

client_core::endpoint!(AddIpcListToNvr => AddIpcListResult, POST "/vms/open/deviceManager/v1/addIpcListToNvr", write, validate);

/// 添加结果 — per-IPC outcome of [`AddIpcListToNvr`] (1.4.3.7).
///
/// The table documents only a top-level `failList`; the seed's example nests
/// `successList` and `failList` in `result`, with items keyed `errorCode`. Both lists
/// are kept here. A non-empty failure list is also reported by the client as a
/// partial failure.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct AddIpcListResult {
    /// 添加成功列表 — IPCs added (1.4.3.7).
    #[serde(default)]
    pub success_list: Vec<IpcAddOutcome>,
    /// 添加失败列表 — IPCs that could not be added (1.4.3.7).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub fail_list: Vec<IpcAddOutcome>,
}

/// 添加结果项 — one IPC's outcome in [`AddIpcListResult`] (1.4.3.7).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct IpcAddOutcome {
    /// 设备唯一ID — the IPC's unique id (1.4.3.7).
    #[serde(default)]
    pub uuid: String,
    /// 错误码 — 0 on success, otherwise the failure code (the example writes `errorCode`,
    /// the table `error_code`; both are read, `errorCode` is written) (1.4.3.7).
    #[serde(
        rename = "errorCode",
        alias = "error_code",
        with = "client_core::lenient::int",
        default
    )]
    pub error_code: i64,
    /// 错误描述 — description of the code, may be null (1.4.3.7).
    #[serde(default)]
    pub message: Option<String>,
}

/// 解绑NVR通道 — unbind an NVR channel: the NVR removes the channel IPC, which also
/// leaves the application (1.4.3.8). Returns nothing on success.
///
/// The table puts `qrCode`/`mac`/`channelId` at the top level (followed here); the
/// seed's example wraps them in a `devList` array.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct UnbindNvrChannel {
    /// NVR设备码 — NVR 17-character device code; at least one of `qr_code`/`mac` (1.4.3.8).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub qr_code: Option<String>,
    /// NVR设备mac地址 — NVR MAC, `00-FF-00-17-00-18` (1.4.3.8).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mac: Option<String>,
    /// 通道编号 — **required**, the NVR channel to unbind, from 1 (1.4.3.8).
    #[serde(with = "client_core::lenient::int")]
    pub channel_id: i64,
}

impl UnbindNvrChannel {
    fn check(&self, path: &str) -> Result<(), client_core::Error> {
        check::locator(
            path,
            "request",
            self.qr_code.as_deref(),
            self.mac.as_deref(),
        )?;
        check::channel(path, "channelId", self.channel_id)
    }
}

client_core::endpoint!(UnbindNvrChannel => client_core::Ack, POST "/vms/open/deviceManager/v1/unbindNvrChannel", write, validate);
