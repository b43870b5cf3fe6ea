//! Client-side checks of the ranges, lengths and formats the seed documents, shared by
//! every endpoint module (run from `Endpoint::validate`, before anything is sent).
//!
//! Every check returns [`client_core::Error::invalid`] naming the endpoint path, the
//! field and the allowed range.

use client_core::Error;

use crate::api::ids::{is_platform_mac, QR_CODE_LEN};

// The generic checks are client_core's, re-exported under the names the endpoint
// modules use; what follows them is TUMS-specific (locators, device codes, MACs).
pub(crate) use client_core::validate::{count as len, opt_range, range};

/// A batch length within `1..=max` (`usize::MAX`: only "not empty").
pub(crate) fn batch(path: &str, field: &str, n: usize, max: usize) -> Result<(), Error> {
    if n == 0 && max == usize::MAX {
        return Err(Error::invalid(path, format!("{field} must not be empty")));
    }
    len(path, field, n, 1, max)
}

/// A `start`/`limit` page size within `1..=max`.
pub(crate) fn limit(path: &str, limit: u32, max: u32) -> Result<(), Error> {
    range(path, "limit", i64::from(limit), 1, i64::from(max))
}

/// A `start` offset that is not negative (the seed: "从0开始").
pub(crate) fn start(path: &str, start: i64) -> Result<(), Error> {
    client_core::validate::at_least(path, "start", start, 0)
}

/// A channel number: 1-based ("从1开始"). `field` is the member's name as reported
/// (`channelId`, `devList[2].channelId`).
pub(crate) fn channel(path: &str, field: &str, channel_id: i64) -> Result<(), Error> {
    if channel_id < 1 {
        return Err(Error::invalid(
            path,
            format!("{field} must be >= 1 (channels are numbered from 1), got {channel_id}"),
        ));
    }
    Ok(())
}

/// An optional 1-based channel number, when present.
pub(crate) fn opt_channel(path: &str, field: &str, channel_id: Option<i64>) -> Result<(), Error> {
    channel_id.map_or(Ok(()), |c| channel(path, field, c))
}

/// A string of at most `max` characters (Unicode scalar values).
pub(crate) fn max_chars(path: &str, field: &str, value: &str, max: usize) -> Result<(), Error> {
    let n = value.chars().count();
    if n <= max {
        Ok(())
    } else {
        Err(Error::invalid(
            path,
            format!("{field} must be at most {max} characters, got {n}"),
        ))
    }
}

/// A required string that is not empty.
pub(crate) fn non_empty(path: &str, field: &str, value: &str) -> Result<(), Error> {
    if value.trim().is_empty() {
        Err(Error::invalid(path, format!("{field} must not be empty")))
    } else {
        Ok(())
    }
}

/// One `qrCode` value (17 ASCII letters or digits, 1.4.3.1).
pub(crate) fn qr_code(path: &str, field: &str, qr_code: &str) -> Result<(), Error> {
    if qr_code.chars().count() != QR_CODE_LEN || !qr_code.chars().all(|c| c.is_ascii_alphanumeric())
    {
        return Err(Error::invalid(
            path,
            format!(
                "{field} must be the 17-character device code (characters 4-20 of the label, see qr_code_from_label), got {} characters",
                qr_code.chars().count()
            ),
        ));
    }
    Ok(())
}

/// One `mac` value in the platform's form (`00-FF-00-17-00-18`).
pub(crate) fn mac(path: &str, field: &str, mac: &str) -> Result<(), Error> {
    if !is_platform_mac(mac) {
        return Err(Error::invalid(
            path,
            format!("{field} must look like 00-FF-00-17-00-18 (upper case, '-' separated; see normalize_mac), got {mac:?}"),
        ));
    }
    Ok(())
}

/// A qrCode/mac pair (chapters 1.4.3 and 1.4.5): at least one present, each well
/// formed. `what` names the request or list entry in the message.
pub(crate) fn locator(
    path: &str,
    what: &str,
    qr: Option<&str>,
    mac_addr: Option<&str>,
) -> Result<(), Error> {
    if qr.is_none() && mac_addr.is_none() {
        return Err(Error::invalid(
            path,
            format!("{what}: at least one of qrCode and mac is required"),
        ));
    }
    if let Some(q) = qr {
        qr_code(path, &format!("{what}.qrCode"), q)?;
    }
    if let Some(m) = mac_addr {
        mac(path, &format!("{what}.mac"), m)?;
    }
    Ok(())
}

/// A qrCode/mac pair where only presence is checked (chapters 1.4.4, 1.4.7, 1.4.8):
/// "mac与qrCode两者至少存在一个，否则返回参数错误"; blank values count as absent.
pub(crate) fn any_locator(
    path: &str,
    qr: &Option<String>,
    mac_addr: &Option<String>,
) -> Result<(), Error> {
    let present = |v: &Option<String>| v.as_deref().is_some_and(|s| !s.trim().is_empty());
    if present(qr) || present(mac_addr) {
        Ok(())
    } else {
        Err(Error::invalid(
            path,
            "qrCode or mac is required (at least one of them)",
        ))
    }
}

/// Length of a GB/T 28181 (国标) device or SIP server id (20位国标设备ID, 2026 edition 1.4.22).
pub(crate) const GB_ID_LEN: usize = 20;

/// A 20-digit GB/T 28181 id (`deviceGbId` or `sipServerId`, 2026 edition 1.4.22).
pub(crate) fn gb_id(path: &str, field: &str, id: &str) -> Result<(), Error> {
    if id.len() == GB_ID_LEN && id.bytes().all(|b| b.is_ascii_digit()) {
        Ok(())
    } else {
        Err(Error::invalid(
            path,
            format!("{field} must be the 20-digit GB/T 28181 id, got {id:?}"),
        ))
    }
}

/// The GB/T 28181 (国标) form of a device target (2026 edition 1.4.22.1, 1.4.22.4): a
/// 20-digit `deviceGbId` with an optional 20-digit `sipServerId`, never mixed with the
/// TP-LINK form (`tp_link` names the TP-LINK members that are set, e.g. `qrCode`).
/// Returns `Ok(true)` when the GB form is used, `Ok(false)` when no GB member is set
/// (the caller then checks the TP-LINK form).
pub(crate) fn gb_form(
    path: &str,
    what: &str,
    device_gb_id: Option<&str>,
    sip_server_id: Option<&str>,
    tp_link: &[&str],
) -> Result<bool, Error> {
    match device_gb_id {
        Some(id) => {
            if !tp_link.is_empty() {
                return Err(Error::invalid(
                    path,
                    format!(
                        "{what}: deviceGbId (GB/T 28181 device) cannot be combined with {}",
                        tp_link.join(", ")
                    ),
                ));
            }
            gb_id(path, &format!("{what}.deviceGbId"), id)?;
            if let Some(sip) = sip_server_id {
                gb_id(path, &format!("{what}.sipServerId"), sip)?;
            }
            Ok(true)
        }
        None if sip_server_id.is_some() => Err(Error::invalid(
            path,
            format!("{what}: sipServerId is only sent with deviceGbId"),
        )),
        None => Ok(false),
    }
}

/// Names of the set members among `members` (for [`gb_form`]'s message).
pub(crate) fn set_members<'a>(members: &[(&'a str, bool)]) -> Vec<&'a str> {
    members
        .iter()
        .filter(|(_, set)| *set)
        .map(|(name, _)| *name)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn msg(r: Result<(), Error>) -> String {
        r.unwrap_err().to_string()
    }

    #[test]
    fn ranges_and_lengths() {
        assert!(range("/p", "x", 5, 1, 5).is_ok());
        assert!(msg(range("/p", "x", 6, 1, 5)).contains("x must be 1..=5, got 6"));
        assert!(opt_range("/p", "x", None, 1, 5).is_ok());
        assert!(opt_range("/p", "x", Some(0), 1, 5).is_err());
        assert!(len("/p", "l", 0, 0, 2).is_ok());
        assert!(msg(len("/p", "l", 3, 0, 2)).contains("l must hold 0..=2 entries, got 3"));
        assert!(msg(batch("/p", "devList", 0, usize::MAX)).contains("must not be empty"));
        assert!(batch("/p", "devList", 1000, usize::MAX).is_ok());
        assert!(batch("/p", "devList", 0, 10).is_err());
        assert!(batch("/p", "devList", 11, 10).is_err());
        assert!(limit("/p", 50, 50).is_ok());
        assert!(msg(limit("/p", 0, 50)).contains("limit must be 1..=50, got 0"));
        assert!(start("/p", 0).is_ok() && start("/p", -1).is_err());
        assert!(max_chars("/p", "n", "分组名称", 4).is_ok());
        assert!(max_chars("/p", "n", "分组名称", 3).is_err());
        assert!(non_empty("/p", "n", " ").is_err());
    }

    #[test]
    fn channels_and_locators() {
        assert!(channel("/p", "channelId", 1).is_ok());
        assert!(msg(channel("/p", "devList[1].channelId", 0)).contains("devList[1].channelId"));
        assert!(opt_channel("/p", "channelId", None).is_ok());
        assert!(opt_channel("/p", "channelId", Some(0)).is_err());
        assert!(locator("/p", "request", Some("16E0091709B04C926"), None).is_ok());
        assert!(locator("/p", "request", None, Some("00-FF-00-17-00-18")).is_ok());
        assert!(locator("/p", "request", None, None).is_err());
        assert!(locator("/p", "request", Some("short"), None).is_err());
        assert!(locator("/p", "request", None, Some("00:ff:00:17:00:18")).is_err());
        assert!(any_locator("/p", &Some("anything".into()), &None).is_ok());
        assert!(any_locator("/p", &Some(" ".into()), &None).is_err());
        assert!(any_locator("/p", &None, &None).is_err());
    }
}
