//! 1.4.3 设备管理 — device management (tums-open-api.txt 1.4.3.1–1.4.3.24).
//!
//! Binding and unbinding devices, listing the devices of an application, NVR channel
//! management, capability sets, info sync, renaming, rebooting and firmware upgrades.
//!
//! ## Addressing a device (设备定位)
//!
//! Most requests address a device with `qrCode` and/or `mac` (send at least one; when
//! both are sent the platform uses `qrCode`):
//!
//! * `qrCode` — the 17-character device code: characters 4–20 (1-based) of the string on
//!   the label / in the QR code (`TP116E0091709B04C926B00` → `16E0091709B04C926`); see
//!   [`qr_code_from_label`];
//! * `mac` — upper-case, dash-separated (`00-FF-00-17-00-18`); see [`normalize_mac`];
//! * `channelId` (video devices, 1-based) — with it, `qrCode`/`mac` name the *parent*
//!   and the target is a video child: a directly bound IPC is always channel 1, a
//!   multi-lens IPC uses the lens number, an NVR uses the channel number;
//! * `childMac` (network devices) — with it, `qrCode`/`mac` name the parent and the
//!   target is the network child device with that MAC.
//!
//! `validate()` checks these rules before anything is sent.
//!
//! ## Batches and partial failures
//!
//! Batch endpoints (`devList`, at most 100 entries where the seed says so) may answer
//! with a `failList`; the client turns a non-empty one into a typed partial-failure
//! error carrying [`crate::envelope::FailItem`]s, so it is not part of the response
//! types here (except [`AddIpcListResult`], whose example nests it in `result`).
//!
//! ## Asynchronous operations
//!
//! | start | poll | done when |
//! |---|---|---|
//! | [`DiscoverIpcByNvr`] | [`GetNotAddedIpcInfoByNvr`] | `finished` is `true` (result valid 30 s) |
//! | [`SyncDevInfo`] | [`SyncDevInfoStatus`] | `percent` = 100 |
//! | [`CheckDeviceNewestFwVer`] / [`UpgradeDeviceOnline`] | [`GetDeviceUpgradeInfo`] | [`UpgradeStatus`] is final (kept 10 min) |
//!
//! ## Modules
//!
//! One submodule per group of seed sections; every item is re-exported here, so
//! `tums_client::api::device::X` names them all.

#[allow(unused_imports)]
use client_core::{Error, Page, PageRequest, Paged, Secret};
#[allow(unused_imports)]
use serde::{Deserialize, Serialize};

#[allow(unused_imports)]
use crate::api::check;
#[allow(unused_imports)]
use crate::envelope::PagedList;

pub use crate::api::ids::{
    is_platform_mac, normalize_mac, qr_code_from_label, MAX_DEV_LIST, QR_CODE_LEN,
};
mod enums;
pub use enums::*;
mod target;
pub use target::*;
mod binding;
pub use binding::*;
mod nvr;
pub use nvr::*;
mod delete;
pub use delete::*;
mod list;
pub use list::*;
mod overview;
pub use overview::*;
mod capability;
pub use capability::*;
mod sync;
pub use sync::*;
mod manage;
pub use manage::*;
mod firmware;
pub use firmware::*;

/// Serde helper for capability flags sent as the strings `"0"`/`"1"`: reads every form
/// [`client_core::lenient::bool`] reads, writes `"1"`/`"0"` back.
mod flag_str {
    use serde::{Deserializer, Serializer};

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Option<bool>, D::Error> {
        client_core::lenient::opt_bool::deserialize(d)
    }

    pub fn serialize<S: Serializer>(v: &Option<bool>, s: S) -> Result<S::Ok, S::Error> {
        match v {
            Some(true) => s.serialize_str("1"),
            Some(false) => s.serialize_str("0"),
            None => s.serialize_none(),
        }
    }
}

#[cfg(test)]
mod tests;
