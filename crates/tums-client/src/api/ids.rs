//! Device identifiers (1.4.3 设备定位): the 17-character code and the platform MAC
//! form. Used by the device requests and by the shared checks (`api::check`), and
//! re-exported from [`crate::api::device`].

// ---------------------------------------------------------------------------------------
// Shared checks and helpers
// ---------------------------------------------------------------------------------------

/// The length of a device code (17位设备码).
pub const QR_CODE_LEN: usize = 17;

/// The largest `devList` the batch endpoints accept (请求参数中devList的长度限制不超过100).
pub const MAX_DEV_LIST: usize = 100;

/// Extracts the 17-character device code (`qrCode`) from the string printed on a
/// device label or read from its QR code: characters 4–20, counted from 1 (1.4.3.3).
///
/// Returns `None` when the text does not start with `TP` or is shorter than 20
/// characters. Surrounding whitespace is ignored.
///
/// ```
/// use tums_client::api::device::qr_code_from_label;
/// assert_eq!(qr_code_from_label("TP116E0091709B04C926B00").as_deref(), Some("16E0091709B04C926"));
/// assert_eq!(qr_code_from_label("16E0091709B04C926"), None);
/// ```
pub fn qr_code_from_label(label: &str) -> Option<String> {
    let label = label.trim();
    if !label.starts_with("TP") || label.chars().count() < 20 {
        return None;
    }
    Some(label.chars().skip(3).take(QR_CODE_LEN).collect())
}

/// Normalises a MAC address to the platform's form `00-FF-00-17-00-18` (upper-case hex,
/// `-` separated). Accepts `-`, `:` or `.` separators, no separator, any case and
/// surrounding whitespace; returns `None` unless there are exactly 12 hex digits.
///
/// ```
/// use tums_client::api::device::normalize_mac;
/// assert_eq!(normalize_mac(" 04:f9:f8:8a:40:a8").as_deref(), Some("04-F9-F8-8A-40-A8"));
/// assert_eq!(normalize_mac("04f9f88a40a8").as_deref(), Some("04-F9-F8-8A-40-A8"));
/// assert_eq!(normalize_mac("04-F9-F8-8A-40"), None);
/// ```
pub fn normalize_mac(input: &str) -> Option<String> {
    let digits: Vec<char> = input
        .trim()
        .chars()
        .filter(|c| !matches!(c, '-' | ':' | '.'))
        .collect();
    if digits.len() != 12 || !digits.iter().all(char::is_ascii_hexdigit) {
        return None;
    }
    let upper: Vec<String> = digits
        .chunks(2)
        .map(|pair| pair.iter().collect::<String>().to_ascii_uppercase())
        .collect();
    Some(upper.join("-"))
}

/// `true` when `mac` is already in the platform's form (`00-FF-00-17-00-18`).
pub fn is_platform_mac(mac: &str) -> bool {
    let bytes = mac.as_bytes();
    bytes.len() == 17
        && bytes.iter().enumerate().all(|(i, b)| {
            if i % 3 == 2 {
                *b == b'-'
            } else {
                b.is_ascii_digit() || (b'A'..=b'F').contains(b)
            }
        })
}
