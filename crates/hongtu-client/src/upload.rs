//! Multipart uploads (the four `multipart/form-data` endpoints) and the image types
//! they carry: [`Upload`], [`ImageFile`], [`ImageUri`].
//!
//! An upload goes through the same request pipeline as every JSON request, as a
//! multipart body signed with an empty `requestBodyMD5` (the seed's upload demo).

use bytes::Bytes;
use client_core::MultipartField;
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};

/// Largest image the upload endpoints accept (最大10m).
pub const MAX_IMAGE_BYTES: usize = 10 * 1024 * 1024;

/// A multipart upload endpoint (the four `multipart/form-data` endpoints).
pub trait Upload: Send + Sync {
    /// The payload of `data` on success.
    type Response: DeserializeOwned + Send + 'static;
    /// The exact path.
    const PATH: &'static str;
    /// Client-side checks run before anything is sent.
    fn validate(&self) -> std::result::Result<(), client_core::Error> {
        Ok(())
    }
    /// The form fields (built again for every attempt).
    fn fields(&self) -> Vec<MultipartField>;
}

/// An image to upload: file name, MIME type and bytes. The upload endpoints accept
/// jpg/jpeg/bmp/png (any case) up to 10 MB.
#[derive(Clone, PartialEq, Eq)]
pub struct ImageFile {
    /// The file name sent in the form part (its extension must be jpg/jpeg/bmp/png).
    pub file_name: String,
    /// The MIME type of the part.
    pub content_type: String,
    /// The image bytes.
    pub data: Bytes,
}

impl std::fmt::Debug for ImageFile {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ImageFile")
            .field("file_name", &self.file_name)
            .field("content_type", &self.content_type)
            .field("len", &self.data.len())
            .finish()
    }
}

impl ImageFile {
    /// An image from bytes; the MIME type follows the file name's extension.
    ///
    /// ```
    /// let img = hongtu_client::ImageFile::new("face.JPG", vec![0xff, 0xd8, 0xff]);
    /// assert_eq!(img.content_type, "image/jpeg");
    /// ```
    pub fn new(file_name: impl Into<String>, data: impl Into<Bytes>) -> Self {
        let file_name = file_name.into();
        let content_type = match extension(&file_name).as_deref() {
            Some("png") => "image/png",
            Some("bmp") => "image/bmp",
            Some("jpg") | Some("jpeg") => "image/jpeg",
            _ => "application/octet-stream",
        }
        .to_owned();
        Self {
            file_name,
            content_type,
            data: data.into(),
        }
    }

    /// Reads an image file from disk.
    pub fn read(path: impl AsRef<std::path::Path>) -> std::io::Result<Self> {
        let path = path.as_ref();
        let data = std::fs::read(path)?;
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_else(|| "image.jpg".to_owned());
        Ok(Self::new(name, data))
    }

    /// Checks the documented limits (10 MB; jpg/jpeg/bmp/png).
    pub fn check(&self, path: &str) -> std::result::Result<(), client_core::Error> {
        if self.data.is_empty() {
            return Err(client_core::Error::invalid(path, "file must not be empty"));
        }
        if self.data.len() > MAX_IMAGE_BYTES {
            return Err(client_core::Error::invalid(
                path,
                format!(
                    "file must be at most 10 MB ({MAX_IMAGE_BYTES} bytes), got {} bytes",
                    self.data.len()
                ),
            ));
        }
        match extension(&self.file_name).as_deref() {
            Some("jpg" | "jpeg" | "bmp" | "png") => Ok(()),
            _ => Err(client_core::Error::invalid(
                path,
                format!(
                    "file name must end in jpg/jpeg/bmp/png, got {:?}",
                    self.file_name
                ),
            )),
        }
    }

    /// The `file` form part.
    pub fn part(&self) -> MultipartField {
        MultipartField {
            name: "file".to_owned(),
            file_name: Some(self.file_name.clone()),
            content_type: Some(self.content_type.clone()),
            data: self.data.clone(),
        }
    }
}

fn extension(name: &str) -> Option<String> {
    name.rsplit_once('.').map(|(_, e)| e.to_ascii_lowercase())
}

/// The opaque image reference an upload returns (`data.uri`, e.g.
/// `_ZzEwMF9mb3JldmVyQnVja2V0_9a00bafda96b4829a9ff6cd470b1c675`), passed later as
/// `imageUri` (person add/update), `uri` (photo search) or `image1`/`image2` (1:1).
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct ImageUri(pub String);

impl ImageUri {
    /// The URI text.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Display for ImageUri {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl From<ImageUri> for String {
    fn from(u: ImageUri) -> Self {
        u.0
    }
}

impl From<String> for ImageUri {
    fn from(s: String) -> Self {
        Self(s)
    }
}
