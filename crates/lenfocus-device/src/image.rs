//! Image encoding helpers: the seed sends pictures as Base64 text, in the HTTP
//! uploads as data URIs (`data:image/jpeg;base64,…`, 2.1 and 2.4).

use base64::Engine as _;

/// The data-URI prefix of a JPEG image, as 2.1 and 2.4 show it.
pub const JPEG_DATA_URI_PREFIX: &str = "data:image/jpeg;base64,";

/// Encodes image bytes as `data:image/jpeg;base64,<standard Base64>`.
///
/// ```
/// let s = lenfocus_device::image::jpeg_data_uri(&[0xFF, 0xD8, 0xFF]);
/// assert_eq!(s, "data:image/jpeg;base64,/9j/");
/// ```
pub fn jpeg_data_uri(bytes: &[u8]) -> String {
    format!(
        "{JPEG_DATA_URI_PREFIX}{}",
        base64::engine::general_purpose::STANDARD.encode(bytes)
    )
}

/// Encodes image bytes as plain standard Base64 (no prefix), as the WebSocket
/// `photo` fields and the 2.5 vehicle images are described ("base64编码").
pub fn base64_image(bytes: &[u8]) -> String {
    base64::engine::general_purpose::STANDARD.encode(bytes)
}

/// Decodes Base64 image text, with or without a `data:…;base64,` prefix; whitespace
/// (line breaks) inside is ignored.
///
/// ```
/// let b = lenfocus_device::image::decode_base64_image("data:image/jpeg;base64,/9j/").unwrap();
/// assert_eq!(b, vec![0xFF, 0xD8, 0xFF]);
/// ```
pub fn decode_base64_image(text: &str) -> Result<Vec<u8>, base64::DecodeError> {
    let t = text.trim();
    let payload = match (t.starts_with("data:"), t.find(";base64,")) {
        (true, Some(i)) => &t[i + ";base64,".len()..],
        _ => t,
    };
    let clean: String = payload.chars().filter(|c| !c.is_whitespace()).collect();
    base64::engine::general_purpose::STANDARD.decode(clean)
}
