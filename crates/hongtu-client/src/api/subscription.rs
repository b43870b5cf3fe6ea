//! 订阅接口 (业务数据推送) — subscribe a URL to business-data pushes, query and cancel
//! the subscription (hongtu-aiot-openapi.txt, module 订阅接口 1.1–1.3). The pushed
//! payloads are typed in [`crate::callback`].

use client_core::Ack;
use client_core::Error;
use serde::{Deserialize, Serialize};

use crate::dict::BusiType;

/// 业务数据记录订阅 — subscribe `pushUrl` to business data of the given types
/// (`POST /v1/api/pubsub/busi/record/add`, 订阅接口 1.1).
///
/// The box then POSTs each record to `pushUrl` as `{busiType, data}` (see
/// [`crate::callback::BusinessPush`]).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Subscribe {
    /// 用户appKey (`appKey`) — the subscriber's app key. The seed's table marks it
    /// required (必须) while its remark says the box falls back to the request's
    /// `cappkey` header when it is absent: send it (`Some(client.app_key())`) to follow
    /// the table. (The seed's example passes the secret's text here; pass the app key.)
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub app_key: Option<String>,
    /// 用户接受数据的url (`pushUrl`) — where the box POSTs the records.
    pub push_url: String,
    /// 要订阅的业务类型 (`busiTypes`) — 1 安防识别记录, 2 车辆识别记录, 3 警戒记录,
    /// 5 通行记录, 12 结构化全属性识别记录 (数据字典 1.12.3).
    pub busi_types: Vec<BusiType>,
}

impl Subscribe {
    fn check(&self, path: &str) -> Result<(), Error> {
        match url::Url::parse(&self.push_url) {
            Ok(u) if matches!(u.scheme(), "http" | "https") => {}
            _ => {
                return Err(Error::invalid(
                    path,
                    format!("pushUrl must be an http(s) URL, got {:?}", self.push_url),
                ))
            }
        }
        if self.busi_types.is_empty() {
            return Err(Error::invalid(path, "busiTypes must not be empty"));
        }
        Ok(())
    }
}

client_core::endpoint!(Subscribe => Ack, POST "/v1/api/pubsub/busi/record/add", write, validate);

/// 查询业务数据记录订阅 — the current subscription
/// (`POST /v1/api/pubsub/busi/record/query`, 订阅接口 1.2).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct QuerySubscription {
    /// 用户appKey (`appKey`) — taken from the `cappkey` header first; required only
    /// when the header is missing.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub app_key: Option<String>,
}

client_core::endpoint!(QuerySubscription => Subscription, POST "/v1/api/pubsub/busi/record/query", read);

/// A subscription (订阅接口 1.2.3).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Subscription {
    /// 用户appKey (`appKey`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub app_key: Option<String>,
    /// 用户接受数据的url (`pushUrl`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub push_url: Option<String>,
    /// 业务订阅类型 (`busiTypes`) — 数据字典 1.12.3.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub busi_types: Option<Vec<BusiType>>,
}

/// 解除业务数据记录订阅 — cancel the subscription
/// (`POST /v1/api/pubsub/busi/record/unbind`, 订阅接口 1.3).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Unsubscribe {
    /// 用户appKey (`appKey`) — taken from the `cappkey` header first; required only
    /// when the header is missing.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub app_key: Option<String>,
}

client_core::endpoint!(Unsubscribe => Ack, POST "/v1/api/pubsub/busi/record/unbind", write);
