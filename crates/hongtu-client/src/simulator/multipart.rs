//! A minimal `multipart/form-data` reader for the simulator's upload endpoints.

/// One form part.
#[derive(Debug, Clone, Default)]
pub(crate) struct Part {
    pub name: String,
    pub file_name: Option<String>,
    pub data: Vec<u8>,
}

/// The boundary of a `multipart/form-data; boundary=…` content type.
pub(crate) fn boundary(content_type: &str) -> Option<String> {
    content_type
        .split(';')
        .map(str::trim)
        .find_map(|p| p.strip_prefix("boundary="))
        .map(|b| b.trim_matches('"').to_owned())
}

fn find(hay: &[u8], needle: &[u8], from: usize) -> Option<usize> {
    if needle.is_empty() || hay.len() < needle.len() {
        return None;
    }
    (from..=hay.len() - needle.len()).find(|&i| &hay[i..i + needle.len()] == needle)
}

fn param(headers: &str, key: &str) -> Option<String> {
    let pat = format!("{key}=\"");
    let start = headers.find(&pat)? + pat.len();
    let end = headers[start..].find('"')? + start;
    Some(headers[start..end].to_owned())
}

/// Splits a body into parts.
pub(crate) fn parse(body: &[u8], boundary: &str) -> Vec<Part> {
    let delim = format!("--{boundary}").into_bytes();
    let mut parts = Vec::new();
    let mut pos = match find(body, &delim, 0) {
        Some(p) => p + delim.len(),
        None => return parts,
    };
    loop {
        if body.get(pos..pos + 2) == Some(b"--") {
            break;
        }
        let Some(head_end) = find(body, b"\r\n\r\n", pos) else {
            break;
        };
        let headers = String::from_utf8_lossy(&body[pos..head_end]).into_owned();
        let data_start = head_end + 4;
        let Some(next) = find(body, &delim, data_start) else {
            break;
        };
        let data_end = next.saturating_sub(2).max(data_start);
        if let Some(name) = param(&headers, "name") {
            parts.push(Part {
                name,
                file_name: param(&headers, "filename"),
                data: body[data_start..data_end].to_vec(),
            });
        }
        pos = next + delim.len();
    }
    parts
}
