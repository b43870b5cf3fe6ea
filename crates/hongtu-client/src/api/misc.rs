//! 通用模块 — file upload, usable for face comparison and structured search
//! (hongtu-aiot-openapi.txt, module 通用模块 1.1).

use bytes::Bytes;
use client_core::{Error, MultipartField};

use crate::api::person::UploadedImage;
use crate::upload::{ImageFile, Upload};

client_core::int_enum! {
    /// 上传文件类型 (`type`) — what is uploaded (通用模块 1.1.2).
    pub enum UploadFileType {
        /// 导入文件 — an import file (batch imports, temporary files).
        Import = 1,
        /// 人脸（或其他）图片 — a face (or other) image, ≤ 10 MB, no quality check;
        /// usable for face comparison and structured search (`searchImageUrl`).
        Image = 2,
    }
}

/// 上传文件（可用于人脸比对） — upload a file without quality checks
/// (`POST /v1/api/misc/file/upload`, multipart parts `file` and `type`, 通用模块 1.1).
/// Since 1.0.6 `type` is a form field (it used to be a query parameter).
#[derive(Debug, Clone, PartialEq)]
pub struct FileUpload {
    /// 上传文件 (`file`) — the file.
    pub file: ImageFile,
    /// 类型 (`type`) — 1 import file, 2 image.
    pub file_type: UploadFileType,
}

impl FileUpload {
    /// An image upload (`type` 2).
    pub fn image(file: ImageFile) -> Self {
        Self {
            file,
            file_type: UploadFileType::Image,
        }
    }
}

impl Upload for FileUpload {
    type Response = UploadedImage;
    const PATH: &'static str = "/v1/api/misc/file/upload";

    fn validate(&self) -> Result<(), Error> {
        match self.file_type {
            UploadFileType::Image => self.file.check(Self::PATH),
            _ if self.file.data.is_empty() => {
                Err(Error::invalid(Self::PATH, "file must not be empty"))
            }
            _ => Ok(()),
        }
    }

    fn fields(&self) -> Vec<MultipartField> {
        vec![
            self.file.part(),
            MultipartField {
                name: "type".to_owned(),
                file_name: None,
                content_type: None,
                data: Bytes::from(self.file_type.code().to_string()),
            },
        ]
    }
}
