//! Multipart uploads: the [`Upload`] trait and the [`UploadFile`] they carry
//! (1.4.10.8 `startAiInspectionTaskWithImage`, TUMS 2026-08-31 edition).
//!
//! An upload is sent with [`crate::Client::upload`] through the same pipeline as every
//! JSON request: validated first, then for each attempt signed and sent. Its body is a
//! `multipart/form-data` form, which is not JSON, so the signature hashes the literal
//! `{}` as 1.2.2.2 prescribes ("如果请求体非 JSON 格式或为空，签名计算时需要传入"{}"");
//! it is never retried once the platform may have received it.

use bytes::Bytes;
use client_core::MultipartField;
use serde::de::DeserializeOwned;

/// A multipart upload endpoint (the Hongtu crate's `Upload` has the same shape).
pub trait Upload: Send + Sync {
    /// The decoded `result` on success.
    type Response: DeserializeOwned + Send + 'static;
    /// The exact path.
    const PATH: &'static str;
    /// Client-side checks run before anything is sent.
    fn validate(&self) -> Result<(), client_core::Error> {
        Ok(())
    }
    /// The form fields, in order.
    fn fields(&self) -> Result<Vec<MultipartField>, client_core::Error>;
}

/// One file of a multipart form: name, MIME type and bytes. `Debug` shows the length,
/// never the bytes.
#[derive(Clone, PartialEq, Eq)]
pub struct UploadFile {
    /// The file name sent in the form part.
    pub file_name: String,
    /// The MIME type of the part.
    pub content_type: String,
    /// The content.
    pub data: Bytes,
}

impl std::fmt::Debug for UploadFile {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("UploadFile")
            .field("file_name", &self.file_name)
            .field("content_type", &self.content_type)
            .field("len", &self.data.len())
            .finish()
    }
}

impl UploadFile {
    /// A file from bytes; the MIME type follows the extension (jpg/jpeg, png, bmp;
    /// `application/octet-stream` otherwise).
    ///
    /// ```
    /// use tums_client::api::upload::UploadFile;
    /// let f = UploadFile::new("door.PNG", vec![0x89, b'P', b'N', b'G']);
    /// assert_eq!(f.content_type, "image/png");
    /// assert_eq!(f.extension().as_deref(), Some("png"));
    /// ```
    pub fn new(file_name: impl Into<String>, data: impl Into<Bytes>) -> Self {
        let file_name = file_name.into();
        let content_type = match extension(&file_name).as_deref() {
            Some("png") => "image/png",
            Some("bmp") => "image/bmp",
            Some("jpg" | "jpeg") => "image/jpeg",
            _ => "application/octet-stream",
        }
        .to_owned();
        Self {
            file_name,
            content_type,
            data: data.into(),
        }
    }

    /// Reads a file from disk (the part's file name is the path's file name).
    ///
    /// ```no_run
    /// let f = tums_client::api::upload::UploadFile::read("shelf.jpg")?;
    /// # Ok::<(), std::io::Error>(())
    /// ```
    pub fn read(path: impl AsRef<std::path::Path>) -> std::io::Result<Self> {
        let path = path.as_ref();
        let data = std::fs::read(path)?;
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_else(|| "image.jpg".to_owned());
        Ok(Self::new(name, data))
    }

    /// The lower-case extension of the file name, if any.
    pub fn extension(&self) -> Option<String> {
        extension(&self.file_name)
    }

    /// The form part named `field`.
    pub fn part(&self, field: &str) -> MultipartField {
        MultipartField {
            name: field.to_owned(),
            file_name: Some(self.file_name.clone()),
            content_type: Some(self.content_type.clone()),
            data: self.data.clone(),
        }
    }
}

fn extension(name: &str) -> Option<String> {
    let (_, ext) = name.rsplit_once('.')?;
    Some(ext.to_ascii_lowercase())
}
